// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Sajian: a publication engine for Indonesian labour statistics (PER.03/MEN/II/2009).
///
/// Targets depend one way only (the table is in scripts/lint-deps.sh, which `make test` runs):
/// Model ← YAML ← Template, Catalog ← Bind; Model ← Scene ← Layout; Bind, Layout, Geo ← Forms (one folder per form)
/// ← Publish ← sajian (CLI); Scene ← Cairo ← Publish. Only `SajianCairo` touches Cairo; `SajianModel` imports only
/// Foundation; no shared stage names a form.
let package = Package(
    name: "Sajian",
    products: [
        .executable(name: "sajian", targets: ["sajian"]),
        .library(name: "SajianPublish", targets: ["SajianPublish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Sajian Studio (issue 13): the HTTP server, its HTML templates and multipart uploads.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C system libraries, found with pkg-config.
        // pangocairo.pc requires cairo.pc, so one pkg-config name yields the flags of both.
        .systemLibrary(name: "CCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        // A thin C shim over libpng: libpng reports errors with longjmp, which Swift cannot catch.
        // Its run encoder (sajian_runpng.c) needs only zlib's crc32.
        .target(name: "CSajianPNG", linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("z")]),
        // shapelib (Debian: libshp-dev) reads ESRI Shapefiles and their .dbf attribute tables.
        .systemLibrary(name: "CShapelib", pkgConfig: "shapelib", providers: [.apt(["libshp-dev"])]),
        // libhyphen (Debian: libhyphen-dev, LibreOffice's hyphenator) with the hyphen-id / hyphen-en-us patterns:
        // where a justified line may break a word (pemenggalan kata).
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),

        .target(name: "SajianModel"),
        .target(name: "SajianScene"),
        // YAML read into typed values with the line of every value: shared by templates and dataset metadata.
        .target(name: "SajianYAML", dependencies: ["SajianModel", "Yams"]),
        .target(name: "SajianTemplate", dependencies: ["SajianModel", "SajianYAML", "Yams"]),
        .target(name: "SajianCatalog", dependencies: [
            "SajianModel", "SajianYAML", "Yams",
            .product(name: "GRDB", package: "GRDB.swift"), "ZIPFoundation",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Boundaries (GeoJSON, GeoPackage, Shapefile), coordinate systems, projection, simplification, classification.
        .target(name: "SajianGeo", dependencies: ["SajianModel", "CShapelib", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "SajianBind", dependencies: ["SajianModel", "SajianTemplate", "SajianCatalog"]),
        .target(name: "SajianLayout", dependencies: ["SajianModel", "SajianScene", "CHyphen"]),
        // One folder per presentation form (tabel, grafik batang/garis/lingkaran/piktogram, peta tematik …): its
        // `jenis:` words and keys, spec, mandatory components, binding, bound body (CSV records, alt text) and layout.
        .target(name: "SajianForms", dependencies: ["SajianModel", "SajianYAML", "SajianTemplate", "SajianCatalog", "SajianBind",
                                                    "SajianLayout", "SajianScene", "SajianGeo"]),
        .target(name: "SajianCairo", dependencies: ["SajianScene", "CCairo", "CSajianPNG"]),
        .target(name: "SajianPublish", dependencies: [
            "SajianModel", "SajianTemplate", "SajianCatalog", "SajianBind", "SajianLayout", "SajianScene", "SajianCairo",
            "SajianForms", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "sajian", dependencies: [
            "SajianPublish", "SajianForms", "SajianCatalog", "SajianTemplate", "SajianModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Derives Datasets/batas-provinsi.geojson from Natural Earth in Debian's qgis-common (scripts/batas-wilayah.sh).
        .executableTarget(name: "sajian-batas", dependencies: ["SajianGeo", "SajianModel"]),
        .executableTarget(name: "sajian-bench", dependencies: ["SajianPublish", "SajianForms", "SajianCairo", "SajianLayout", "SajianBind",
                                                             "SajianCatalog", "SajianTemplate", "SajianModel", "SajianScene", "SajianGeo"],
                          exclude: ["matplotlib_peer.py"],
                          // Top-level benchmark script code; Swift 6 would isolate its globals to the main actor.
                          swiftSettings: [.swiftLanguageMode(.v5)]),

        .target(name: "SajianTestSupport", dependencies: ["SajianForms", "SajianLayout", "SajianScene", "CSajianPNG", "SajianBind", "SajianCatalog", "SajianTemplate", "Yams"],
                path: "Tests/SajianTestSupport"),
        .testTarget(name: "SajianModelTests", dependencies: ["SajianModel"]),
        .testTarget(name: "SajianTemplateTests", dependencies: ["SajianTemplate", "SajianForms", "SajianTestSupport"]),
        .testTarget(name: "SajianFormsTests", dependencies: ["SajianForms", "SajianModel", "SajianPublish", "SajianCairo", "SajianTestSupport"]),
        .testTarget(name: "SajianBindTests", dependencies: ["SajianForms", "SajianBind", "SajianCatalog", "SajianTemplate", "SajianModel", "SajianTestSupport", "SajianGeo"]),
        .testTarget(name: "SajianCatalogTests", dependencies: ["SajianCatalog", "SajianTestSupport", "ZIPFoundation",
                                                            .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SajianLayoutTests", dependencies: ["SajianForms", "SajianLayout", "SajianBind", "SajianModel", "SajianTestSupport"]),
        .testTarget(name: "SajianGeoTests", dependencies: ["SajianGeo", "SajianModel", "CShapelib", "SajianTestSupport",
                                                           .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SajianCairoTests", dependencies: ["SajianForms", "SajianCairo", "SajianTestSupport", "SajianBind", "SajianCatalog", "SajianTemplate", "SajianModel"]),
        .testTarget(name: "SajianPublishTests", dependencies: ["SajianForms", "SajianPublish", "SajianCairo", "SajianScene", "SajianTestSupport"]),
    ]
)

// Sajian Studio (issue 13): a long-running Sajian with a web face (HTML pages in Indonesian and a JSON API under
// /api/v1) over Hummingbird. `make sanitize` leaves it out (SAJIAN_WITHOUT_STUDIO=1): its tests are HTTP routes, not
// bytes from files meeting C code, and building Hummingbird again under AddressSanitizer would cost CI minutes.
if ProcessInfo.processInfo.environment["SAJIAN_WITHOUT_STUDIO"] == nil {
    package.targets += [
        .target(name: "SajianStudio", dependencies: [
            "SajianPublish", "SajianCatalog", "SajianTemplate", "SajianModel", "SajianCairo", "SajianBind", "SajianScene",
            "ZIPFoundation", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "MultipartKit", package: "multipart-kit"), .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "SajianStudioTests", dependencies: ["SajianStudio", "SajianCairo", "SajianTestSupport",
                                                             .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                             .product(name: "HTTPTypes", package: "swift-http-types")],
                    exclude: ["studio-uji.yaml"]),
    ]
    package.targets.first { $0.name == "sajian" }?.dependencies.append("SajianStudio")
}
