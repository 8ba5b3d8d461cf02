#pragma once

/// Hands the heap's free pages back to the system (glibc's malloc_trim), so the resident size
/// after decoding a big answer is what is still in use, not the decoding's high-water mark.
void cmemory_return_free_pages(void);
