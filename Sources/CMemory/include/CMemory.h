#pragma once
#include <stddef.h>

/// Hands the heap's free pages back to the system (glibc's malloc_trim), so the resident size
/// after decoding a big answer is what is still in use, not the decoding's high-water mark.
void cmemory_return_free_pages(void);

/// One malloc arena for every thread (glibc's M_ARENA_MAX = 1). pio's threads allocate little at a
/// time and rarely at once; an arena per thread kept ~1.5 MB of freed pages resident for nothing.
/// Call before the first thread starts.
void cmemory_use_one_arena(void);

/// Bytes malloc has handed out and not had back, mmapped blocks included (glibc's mallinfo2; 0
/// elsewhere), for benchmarks.
size_t cmemory_heap_in_use(void);
