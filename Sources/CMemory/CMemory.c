#include "CMemory.h"
// <malloc.h> first: it is what defines __GLIBC__ (through <features.h>).
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

void cmemory_return_free_pages(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void cmemory_use_one_arena(void) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

size_t cmemory_heap_in_use(void) {
#if defined(__GLIBC__)
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
#else
    return 0;
#endif
}
