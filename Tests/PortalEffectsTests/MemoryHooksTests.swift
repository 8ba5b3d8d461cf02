import CMemory
import Testing

/// The glibc hooks must be compiled in: until this suite existed, a missing `<malloc.h>` before the
/// `__GLIBC__` test made every one of them (one arena, giving pages back, the heap count) a silent
/// no-op. Other suites allocate in parallel, so only "it counts something" is asserted.
@Suite struct MemoryHooksTests {
    @Test func theGlibcHooksAreCompiledIn() {
        let block = [UInt8](repeating: 1, count: 4 << 20)
        #expect(cmemory_heap_in_use() >= block.count)
        cmemory_return_free_pages()
        #expect(block.allSatisfy { $0 == 1 })
    }
}
