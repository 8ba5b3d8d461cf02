// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "pio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pio", targets: ["pio"]),
        .executable(name: "pio-sandbox", targets: ["pio-sandbox"]),
        .library(name: "PortalAPI", targets: ["PortalAPI"]),
        .library(name: "PortalStore", targets: ["PortalStore"]),
        .library(name: "PortalUI", targets: ["PortalUI"]),
        .library(name: "PortalBenchData", targets: ["PortalBenchData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", exact: "1.35.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-configuration", exact: "1.4.0", traits: []),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        // No pkgConfig: its `-L/usr/lib/x86_64-linux-gnu` would come first on the release link's search
        // path, ahead of packaging/static-libs, and bring back libz.so.1 (yaml.h is in /usr/include).
        .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
        .target(name: "CTermSupport"),
        .target(name: "CMemory"),
        .target(name: "CGlibcFloor"),
        .target(name: "CTextWidth"),
        .target(name: "PortalAPI", dependencies: [
            "CTextWidth",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOTLS", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
        ]),
        .target(name: "PortalStore", dependencies: ["PortalAPI"]),
        .target(name: "PortalConfig", dependencies: [
            "PortalAPI", "CYAML",
            .product(name: "Configuration", package: "swift-configuration"),
        ]),
        .target(name: "PortalEffects", dependencies: ["PortalStore", "PortalAPI", "CMemory"]),
        .target(name: "PortalUI", dependencies: ["PortalStore", "PortalAPI"]),
        .target(name: "PortalTerminal", dependencies: ["CNcurses", "CTermSupport", "PortalUI", "PortalStore"]),
        .target(name: "PortalSandbox", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "pio", dependencies: [
            "PortalAPI", "PortalStore", "PortalEffects", "PortalUI", "PortalTerminal", "PortalConfig",
            "CMemory", "CGlibcFloor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // A release pio starts on glibc 2.34 and links only ncursesw, libyaml and glibc
            // (Tests/dist/check_binary.py): libstdc++, zlib and libgcc linked in (packaging/static-libs
            // comes first on the search path), hypotf from CGlibcFloor, no packed relocations (DT_RELR
            // needs glibc 2.36). With lld, no symbol table exported for dlopen (the static standard
            // library asks for one), and the functions a session runs placed together
            // (Assets/link-order.txt, `make link-order`). docs/development.md, "Memory".
            .unsafeFlags(["-use-ld=lld", "-Xlinker", "--no-export-dynamic",
                          "-L", "\(Context.packageDirectory)/packaging/static-libs", "-Xclang-linker", "-static-libgcc",
                          "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Assets/link-order.txt",
                          "-Xlinker", "--no-warn-symbol-ordering"],
                         .when(platforms: [.linux], configuration: .release)),
        ]),
        .executableTarget(name: "pio-sandbox", dependencies: [
            "PortalSandbox",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // In-process figures for `make bench` (Tests/bench/run.sh): the invoices list with 100,000 rows.
        .executableTarget(name: "pio-bench", dependencies: ["PortalAPI", "PortalStore", "PortalUI", "PortalBenchData", "CMemory"],
                          path: "Tests/bench/pio-bench"),
        .target(name: "PortalBenchData", path: "Tests/bench/PortalBenchData"),
        .testTarget(name: "PortalAPITests", dependencies: [
            "PortalAPI", "PortalSandbox",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ], resources: [.copy("Fixtures/tls")]),
        .testTarget(name: "PortalSandboxTests", dependencies: ["PortalSandbox", "PortalAPI"]),
        .target(name: "PortalFixtures", dependencies: ["PortalStore", "PortalAPI"], path: "Tests/PortalFixtures"),
        .testTarget(name: "PortalStoreTests", dependencies: ["PortalStore", "PortalAPI", "PortalFixtures"]),
        .testTarget(name: "PortalConfigTests", dependencies: ["PortalConfig", "PortalAPI"]),
        .testTarget(name: "PortalEffectsTests", dependencies: ["PortalEffects", "PortalStore", "PortalAPI", "CMemory"]),
        // The executable's own parts over real HTTP (profiles: UISessions with the effect runner and two sandboxes).
        .testTarget(name: "pioTests", dependencies: ["pio", "PortalSandbox", "PortalConfig", "PortalEffects", "PortalStore", "PortalAPI"]),
        .testTarget(name: "PortalUITests", dependencies: ["PortalUI", "PortalStore", "PortalAPI", "PortalFixtures"],
                    resources: [.copy("Goldens")]),
    ]
)
