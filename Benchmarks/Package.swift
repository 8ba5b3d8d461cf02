// swift-tools-version:6.2
// In-process micro benchmarks of pio's keystrokes (Tests/bench/micro.sh runs them). A package of its
// own so the benchmark dependency stays out of the main build.
import PackageDescription

let package = Package(
    name: "pio-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "pio", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PortalKeystrokes",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PortalAPI", package: "pio"),
                .product(name: "PortalStore", package: "pio"),
                .product(name: "PortalUI", package: "pio"),
                .product(name: "PortalBenchData", package: "pio"),
            ],
            path: "Benchmarks/PortalKeystrokes",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
