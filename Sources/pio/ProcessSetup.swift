import Glibc
import PortalTerminal

/// What main does before anything else: the process protections and crash handlers, and in debug
/// builds the crash switch the tests use.
enum ProcessSetup {
    static func start() {
        ProcessGuard.start()
        #if DEBUG
        CrashSwitch.armIfAsked()
        #endif
    }
}

#if DEBUG
/// Debug builds only, for the crash tests: with `PIO_TEST_CRASH=fatal|segv|abort|stack`, a SIGUSR2
/// makes pio fail that way on a thread of its own (a real fault, not a signal sent from outside;
/// `stack` overflows the thread's stack, which has an alternate signal stack as the UI thread does).
enum CrashSwitch {
    nonisolated(unsafe) static var kind = ""

    static func armIfAsked() {
        guard let value = getenv("PIO_TEST_CRASH") else { return }
        kind = String(cString: value)
        let fd = ProcessGuard.signalPipe(SIGUSR2)
        guard fd >= 0 else { return }
        var thread = pthread_t()
        pthread_create(&thread, nil, { raw in
            ProcessGuard.prepareThread()
            var byte: UInt8 = 0
            while read(Int32(Int(bitPattern: raw)), &byte, 1) != 1 {}
            CrashSwitch.fail()
        }, UnsafeMutableRawPointer(bitPattern: Int(fd)))
    }

    @inline(never) static func deeper(_ depth: Int) -> Int {
        depth < 0 ? 0 : deeper(depth + 1) + 1
    }

    static func fail() -> Never {
        switch kind {
        case "segv":
            UnsafeMutablePointer<Int>(bitPattern: 16)!.pointee = 1
            fatalError("unreachable")
        case "abort":
            abort()
        case "stack":
            _ = deeper(0)
            fatalError("unreachable")
        default:
            fatalError("PIO_TEST_CRASH=\(kind)")
        }
    }
}
#endif
