// swift-tools-version:6.0
import PackageDescription

/// Coverage-guided fuzz targets (libFuzzer) for Sajian's readers and its PNG run encoder. `make fuzz` builds them with
/// `-sanitize=fuzzer,address` into `.build-fuzz` and runs each for a bounded time, seeded from `Tests/Corpus`.
/// A package of its own, so that the main package's `swift build --build-tests` never builds or links them.
let sajian: Target.Dependency = .product(name: "SajianPublish", package: "Sajian")
let package = Package(
    name: "SajianFuzz",
    dependencies: [.package(name: "Sajian", path: "..")],
    targets: [
        // libFuzzer entered from Swift (LLVMFuzzerRunDriver) and the contract every reader keeps.
        .target(name: "FuzzDriver", dependencies: [sajian]),
        // An independent PNG decoder on zlib alone, to check the run encoder's files.
        .target(name: "CPNGCheck", linkerSettings: [.linkedLibrary("z")]),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-metadata", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-template", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-geojson", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-wkb", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-shapefile", dependencies: ["FuzzDriver", sajian]),
        .executableTarget(name: "fuzz-png", dependencies: ["FuzzDriver", "CPNGCheck", sajian]),
    ]
)
