// One iteration is one keystroke: the reduce of one Action and the render of the whole 80×24 frame.
// Each benchmark's budgets are its thresholds: wall clock and mallocs per keystroke at p99. The wall
// clock budgets are those of pio-bench (a move 5 ms, a filter keystroke one 60 Hz frame, 16 ms): a p99
// on a shared 2-core machine includes being preempted. The targets, what an idle machine gives, are
// printed beside them by Tests/bench/micro.sh.
import Benchmark
import Foundation
import PortalStore

/// Set by Tests/bench/micro.sh for its reference run, where a keystroke does nothing: the benchmark
/// package's thresholds are tolerances around a reference, so against these near-zero figures they
/// are upper bounds.
let referenceRun = ProcessInfo.processInfo.environment["PIO_MICRO_REFERENCE"] != nil

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds,
                                           warmupIterations: 5, maxDuration: .seconds(3), maxIterations: 5_000)

    keystroke("Services: move j-k (1,000)", p99: .milliseconds(5), mallocs: 800) {
        let screen = Screen()
        screen.loadServices(1_000)
        screen.send(.move(500))
        screen.keys = [.move(1), .move(-1)]
        return screen
    }
    keystroke("Services: filter keystroke (10,000)", p99: .milliseconds(16), mallocs: 800) {
        let screen = Screen()
        screen.loadServices(10_000)
        screen.filter("ac")
        screen.keys = [.edit(.insert("t")), .edit(.backspace)]
        return screen
    }
    keystroke("Invoices: filter keystroke (100,000)", p99: .milliseconds(16), mallocs: 1_000) {
        let screen = Screen()
        screen.loadInvoices(100_000)
        screen.filter("2025/")
        screen.keys = [.edit(.insert("7")), .edit(.backspace)]
        return screen
    }
    keystroke("Invoices: move j-k (100,000)", p99: .milliseconds(5), mallocs: 800) {
        let screen = Screen()
        screen.loadInvoices(100_000)
        screen.send(.move(50_000))
        screen.keys = [.move(1), .move(-1)]
        return screen
    }
    // Each switch also starts the shown list's refresh, as pio does; it is never answered here.
    keystroke("Section switch 1-2 (10,000 + 100,000)", p99: .milliseconds(5), mallocs: 800) {
        let screen = Screen()
        screen.loadServices(10_000)
        screen.loadInvoices(100_000)
        screen.keys = [.selectSection(.services), .selectSection(.invoices)]
        return screen
    }
}

func keystroke(_ name: String, p99 wallClock: Int, mallocs: Int, _ screen: @escaping () -> Screen) {
    var configuration = Benchmark.defaultConfiguration
    configuration.thresholds = [
        .wallClock: .init(absolute: [.p99: wallClock]),
        .mallocCountTotal: .init(absolute: [.p99: mallocs]),
    ]
    if referenceRun {
        Benchmark(name, configuration: configuration) { _ in }
    } else {
        Benchmark(name, configuration: configuration) { _, screen in screen.pressNext() } setup: { screen() }
    }
}
