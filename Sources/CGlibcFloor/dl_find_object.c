// pio's own _dl_find_object, so the release binary does not ask for _dl_find_object@GLIBC_2.35:
// the unwinder linked in from libgcc_eh.a (libgcc_s is linked statically, so pio needs no
// libgcc_s.so.1) calls it to find the exception-handling frames of the object that holds an
// address. Same answer as glibc's, found through dl_iterate_phdr (GLIBC_2.2.5): the mapping of the
// loaded object whose PT_LOAD segment holds the address, and its PT_GNU_EH_FRAME segment.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <string.h>
#include "glibc_floor.h"

struct search {
    uintptr_t address;
    struct dl_find_object *result;
};

static int find_in_object(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct search *search = data;
    uintptr_t start = UINTPTR_MAX, end = 0;
    void *eh_frame = NULL;
    int holds = 0;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        uintptr_t from = info->dlpi_addr + segment->p_vaddr, to = from + segment->p_memsz;
        if (segment->p_type == PT_LOAD) {
            if (from < start) start = from;
            if (to > end) end = to;
            if (search->address >= from && search->address < to) holds = 1;
        } else if (segment->p_type == PT_GNU_EH_FRAME) {
            eh_frame = (void *)from;
        }
    }
    if (!holds) return 0;
    memset(search->result, 0, sizeof *search->result);
    search->result->dlfo_map_start = (void *)start;
    search->result->dlfo_map_end = (void *)end;
    search->result->dlfo_eh_frame = eh_frame;
    return 1;
}

int _dl_find_object(void *address, struct dl_find_object *result) {
    struct search search = { (uintptr_t)address, result };
    return dl_iterate_phdr(find_in_object, &search) ? 0 : -1;
}
