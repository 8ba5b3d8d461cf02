import Foundation
import Synchronization

/// Decides, per request, which injected fault applies; also runs the latency and rate limit switches.
final class FaultInjector: Sendable {
    enum Decision: Equatable {
        case none
        case fail(status: Int)
        case malformed
        case hang
        case resetAfterCommit
    }

    private let rules: [(RoutePattern, SandboxFault)]
    private let latencyMs: Int
    private let jitterMs: Int
    private let rateLimit: Int?
    private let spare: Int
    /// Matching requests seen per rule, for `spare`.
    private let seen: Mutex<[Int]>
    /// Seeded so that a `--fail …:0.5` run is reproducible.
    private let random = Mutex(SplitMix64(seed: 0x5EED_0F_F4))
    private let window = Mutex<(second: Int, count: Int)>((0, 0))

    init(options: SandboxOptions) throws {
        rules = try options.faults.map { fault in
            guard let pattern = RoutePattern(fault.route) else {
                throw SandboxError.invalidOption("bad route pattern \"\(fault.route)\" (use \"METHOD /path\" or \"/path\", * for an id)")
            }
            return (pattern, fault)
        }
        latencyMs = max(0, options.latencyMs)
        jitterMs = max(0, options.jitterMs)
        rateLimit = options.rateLimit
        spare = max(0, options.spare)
        seen = Mutex(Array(repeating: 0, count: options.faults.count))
    }

    /// The first matching rule decides; a `fail` rule that does not fire this time lets later rules try.
    func decide(method: String, segments: [String]) -> Decision {
        for (index, (pattern, fault)) in rules.enumerated() where pattern.matches(method: method, segments: segments) {
            let count = seen.withLock { $0[index] += 1; return $0[index] }
            if count <= spare { continue }
            switch fault {
            case .fail(_, let status, let rate):
                let roll = random.withLock { $0.nextUnit() }
                if roll < rate { return .fail(status: status) }
            case .malformed: return .malformed
            case .hang: return .hang
            case .resetAfterCommit: return .resetAfterCommit
            }
        }
        return .none
    }

    /// Seconds to wait before retrying when this request exceeds the per-second limit, else nil.
    func rateLimited(now: Date) -> Int? {
        guard let limit = rateLimit, limit > 0 else { return nil }
        let second = Int(now.timeIntervalSince1970)
        return window.withLock { w in
            if w.second != second { w = (second, 0) }
            w.count += 1
            return w.count > limit ? 1 : nil
        }
    }

    func delay() async {
        guard latencyMs > 0 || jitterMs > 0 else { return }
        let extra = jitterMs > 0 ? random.withLock { Int($0.nextUnit() * Double(jitterMs + 1)) } : 0
        try? await Task.sleep(for: .milliseconds(latencyMs + extra))
    }
}

struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
