import Foundation
import SajianGeo
import SajianModel
import SajianTestSupport
import XCTest

/// The boundaries Sajian ships (`Datasets/batas-provinsi.geojson`, `Datasets/batas-kabupaten-kota.geojson`), derived
/// from cahyadsn/wilayah_boundaries by scripts/batas-wilayah.sh.
final class BundledBoundaryTests: XCTestCase {
    private func read(_ name: String) throws -> BoundaryLayer {
        try BoundaryFile.read(TestSupport.path("Datasets/" + name))
    }

    private func provinces() throws -> [String: Feature] {
        let features = try read(BoundaryFile.bundledName).features.filter { $0.properties["jenis"] == "provinsi" }
        return Dictionary(uniqueKeysWithValues: features.map { ($0.properties["kode_bps"]!, $0) })
    }

    /// Every position finite and in Indonesia's box (94°–142° BT, 12° LS–7° LU), every ring a ring.
    private func assertValid(_ feature: Feature, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(feature.geometry.isEmpty, "\(feature.properties["nama"] ?? "?") has no polygon", file: file, line: line)
        for ring in feature.geometry.polygons.flatMap(\.rings) {
            XCTAssertGreaterThanOrEqual(ring.count, 3, file: file, line: line)
            for point in ring where !(point.x.isFinite && point.y.isFinite && (94...142).contains(point.x) && (-12...7).contains(point.y)) {
                XCTFail("\(feature.properties["nama"] ?? "?"): position \(point)", file: file, line: line)
                return
            }
        }
    }

    func testThirtyEightProvincesWithBothCodes() throws {
        let layer = try read(BoundaryFile.bundledName)
        let features = layer.features.filter { $0.properties["jenis"] == "provinsi" }
        XCTAssertEqual(features.count, 38)
        XCTAssertEqual(features.compactMap { $0.properties["kode_bps"] }, ProvinceCodes.all.map(\.bpsCode))
        XCTAssertEqual(features.compactMap { $0.properties["kode_kemendagri"] }, ProvinceCodes.all.map(\.kemendagriCode))
        XCTAssertEqual(features.compactMap { $0.properties["nama"] }, ProvinceCodes.all.map(\.name))
        features.forEach { assertValid($0) }
        // The neighbouring countries stay, for the muted context and the Southeast Asia inset.
        XCTAssertEqual(layer.features.filter { $0.properties["jenis"] == "negara" }.compactMap { $0.properties["iso_a3"] },
                       ["AUS", "BGD", "BRN", "CHN", "IND", "KHM", "LAO", "MMR", "MYS", "PHL", "PLW", "PNG", "SGP", "THA", "TLS", "TWN", "VNM"])
        XCTAssertEqual(layer.history, "batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), kode wilayah menurut Kepmendagri Nomor 300.2.2-2430 Tahun 2025, "
                       + "asal geometri tidak dinyatakan, disederhanakan oleh Sajian (0,01°); bukan batas resmi; negara tetangga: Natural Earth")
        XCTAssertEqual(layer.englishHistory, "boundaries from cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), codes per Kepmendagri No. 300.2.2-2430 of 2025, "
                       + "origin of the geometry not stated, simplified by Sajian (0.01°); not official boundaries; neighbouring countries: Natural Earth")
    }

    func testKabupatenKotaWithKemendagriCodesAndBPSCodesWhereKnown() throws {
        let features = try read(BoundaryFile.bundledRegencyName).features
        XCTAssertEqual(features.count, 514)
        XCTAssertEqual(Set(features.compactMap { $0.properties["kode_kemendagri"] }).count, 514)
        // The 26 kabupaten/kota of the 2022 Papua provinces have no current BPS code in the code list.
        XCTAssertEqual(features.filter { $0.properties["kode_bps"] == nil }.count, 26)
        XCTAssertEqual(features.filter { $0.properties["kode_provinsi_bps"] == "32" }.count, 27)
        XCTAssertEqual(features.first { $0.properties["kode_kemendagri"] == "93.01" }?.properties["nama"], "Kabupaten Merauke")
        features.forEach { assertValid($0) }
    }

    /// All of it well under 2 MB, with the MIT notice beside it.
    func testSizesAndLicence() throws {
        let size = { (name: String) in (try FileManager.default.attributesOfItem(atPath: TestSupport.path("Datasets/" + name))[.size] as! NSNumber).intValue }
        let total = try size(BoundaryFile.bundledName) + size(BoundaryFile.bundledRegencyName) + size("LICENSE-wilayah_boundaries.txt")
        XCTAssertLessThan(total, 1_500_000)
        let licence = try String(contentsOfFile: TestSupport.path("Datasets/LICENSE-wilayah_boundaries.txt"), encoding: .utf8)
        XCTAssertTrue(licence.contains("Copyright (c) 2024 Cahya DSN"))
    }

    /// Shared borders were simplified once: where one province's outline runs along its neighbour's, every position
    /// of it is a position of the neighbour too, so they neither gap nor overlap.
    func testNeighboursShareTheirSimplifiedBorder() throws {
        let provinces = try provinces()
        func positions(_ code: String) -> [GeoPoint] { provinces[code]!.geometry.polygons.flatMap(\.rings).flatMap { $0 } }
        func segments(_ code: String) -> [(GeoPoint, GeoPoint)] {
            provinces[code]!.geometry.polygons.flatMap(\.rings).flatMap { ring in ring.indices.map { (ring[$0], ring[($0 + 1) % ring.count]) } }
        }
        for (a, b, shared) in [("32", "33", 15), ("64", "65", 91), ("94", "97", 181)] {
            let theirs = Set(positions(b))
            let border = segments(b)
            // Positions of `a` on `b`'s outline (within a millimetre), and those that are positions of `b`.
            let onOutline = Set(positions(a).filter { p in border.contains { Self.squaredDistance(p, $0.0, $0.1) < 1e-16 } })
            XCTAssertEqual(onOutline.count, shared, "\(a)–\(b)")
            XCTAssertEqual(onOutline.subtracting(theirs), [], "\(a)–\(b): positions on the neighbour's outline that are not its positions")
        }
    }

    /// Kabupaten/kota borders are drawn twice in the source, with positions up to about 0.0045° apart; aligned by the
    /// derivation, each neighbour's positions on the other's outline are the other's positions, and none lies just off
    /// it (the white wedges between Ciamis, Pangandaran, Kota Banjar and Tasikmalaya, and Subang–Indramayu).
    func testKabupatenKotaNeighboursShareTheirSimplifiedBorder() throws {
        let regencies = Dictionary(uniqueKeysWithValues: try read(BoundaryFile.bundledRegencyName).features.map { ($0.properties["kode_kemendagri"]!, $0) })
        func positions(_ code: String) -> [GeoPoint] { regencies[code]!.geometry.polygons.flatMap(\.rings).flatMap { $0 } }
        func segments(_ code: String) -> [(GeoPoint, GeoPoint)] {
            regencies[code]!.geometry.polygons.flatMap(\.rings).flatMap { ring in ring.indices.map { (ring[$0], ring[($0 + 1) % ring.count]) } }
        }
        let pairs = [("32.07", "32.18"), ("32.18", "32.07"), ("32.07", "32.79"), ("32.79", "32.07"), ("32.07", "32.06"), ("32.06", "32.07"),
                     ("32.18", "32.06"), ("32.06", "32.18"), ("32.13", "32.12"), ("32.12", "32.13"), ("32.06", "32.78"), ("32.78", "32.06")]
        for (a, b) in pairs {
            let theirs = Set(positions(b))
            let border = segments(b)
            let distances = positions(a).filter { !theirs.contains($0) }.map { p in border.map { Self.squaredDistance(p, $0.0, $0.1) }.min()! }
            XCTAssertGreaterThan(positions(a).filter(theirs.contains).count, 2, "\(a)–\(b) share a border")
            // 0.004° (about 450 m, 0,6 pt on the Jawa Barat map) is a wedge; a position of one's own is further off.
            XCTAssertEqual(distances.filter { $0 < 0.004 * 0.004 }.count, 0, "\(a)–\(b): positions just off the neighbour's outline")
        }
    }

    private static func squaredDistance(_ p: GeoPoint, _ a: GeoPoint, _ b: GeoPoint) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y, length = dx * dx + dy * dy
        let t = length > 0 ? max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0
        return (a.x + t * dx - p.x) * (a.x + t * dx - p.x) + (a.y + t * dy - p.y) * (a.y + t * dy - p.y)
    }

    func testSharedArcsAreSimplifiedOnce() {
        // Two squares sharing a wavy edge from (1, 0) to (1, 1); the wave (0.001) is under the tolerance.
        let wave = (1..<10).map { GeoPoint(x: 1 + ($0 % 2 == 0 ? 0.001 : -0.001), y: Double($0) / 10) }
        let left = MultiPolygon([Polygon(exterior: [GeoPoint(x: 0, y: 0), GeoPoint(x: 1, y: 0)] + wave + [GeoPoint(x: 1, y: 1), GeoPoint(x: 0, y: 1)])])
        let right = MultiPolygon([Polygon(exterior: [GeoPoint(x: 1, y: 0), GeoPoint(x: 2, y: 0), GeoPoint(x: 2, y: 1), GeoPoint(x: 1, y: 1)] + wave.reversed())])
        let (shapes, report) = SharedBorders.simplify([left, right], tolerance: 0.01)
        // Each ring starts at its first junction, (1, 0).
        XCTAssertEqual(shapes[0].polygons[0].exterior, [GeoPoint(x: 1, y: 0), GeoPoint(x: 1, y: 1), GeoPoint(x: 0, y: 1), GeoPoint(x: 0, y: 0)])
        XCTAssertEqual(shapes[1].polygons[0].exterior, [GeoPoint(x: 1, y: 0), GeoPoint(x: 2, y: 0), GeoPoint(x: 2, y: 1), GeoPoint(x: 1, y: 1)])
        XCTAssertEqual(report.sharedArcs, 1)
        XCTAssertEqual(report.crossingsAfter, 0)
    }
}
