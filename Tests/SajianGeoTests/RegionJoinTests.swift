import SajianGeo
import SajianModel
import SajianTestSupport
import XCTest

final class RegionJoinTests: XCTestCase {
    private func layer(_ properties: [[String: String]]) -> BoundaryLayer {
        BoundaryLayer(file: "uji.geojson", name: "uji", features: properties.map { Feature(properties: $0, geometry: MultiPolygon([])) })
    }

    func testJoinByCodeReportsUnmatchedOnBothSides() {
        let boundaries = layer([["kode_bps": "31"], ["kode_bps": "32"], ["kode_bps": "99"]])
        let regions = [RegionKey(code: "32", name: "Jawa Barat"), RegionKey(code: "31", name: "DKI Jakarta"), RegionKey(code: "88", name: "Tak dikenal")]
        let join = RegionJoin(regions: regions, layer: boundaries, by: .code(property: "kode_bps", kemendagri: false))
        XCTAssertEqual(join.regionOfFeature, [1, 0, nil])
        XCTAssertEqual(join.unmatchedRegions, [2], "code 88 has no boundary")
        XCTAssertEqual(join.unmatchedFeatures, [2], "boundary 99 has no data")
        XCTAssertTrue(join.fallbacks.isEmpty)
    }

    func testKemendagriCodesAreCrosswalkedToBPS() {
        // Kemendagri 91 is Papua (BPS 94) and Kemendagri 92 is Papua Barat (BPS 91).
        let boundaries = layer([["kode": "91"], ["kode": "92"]])
        let regions = [RegionKey(code: "91", name: "Papua Barat"), RegionKey(code: "94", name: "Papua")]
        let join = RegionJoin(regions: regions, layer: boundaries, by: .code(property: "kode", kemendagri: true))
        XCTAssertEqual(join.regionOfFeature, [1, 0])
    }

    func testJoinByNormalisedName() {
        XCTAssertEqual(RegionName.normalized("DKI Jakarta"), RegionName.normalized("Jakarta Raya"))
        XCTAssertEqual(RegionName.normalized("Kep. Bangka Belitung"), RegionName.normalized("Bangka-Belitung"))
        XCTAssertEqual(RegionName.normalized("Daerah Istimewa Yogyakarta"), RegionName.normalized("DI Yogyakarta"))
        XCTAssertEqual(RegionName.normalized("PROVINSI ACEH"), RegionName.normalized("Nanggroe Aceh Darussalam"))
        XCTAssertNotEqual(RegionName.normalized("Kepulauan Riau"), RegionName.normalized("Riau"))
        let boundaries = layer([["name": "Jakarta Raya"], ["name": "Yogyakarta"], ["name": "Bangka-Belitung"]])
        let regions = [RegionKey(code: nil, name: "DKI Jakarta"), RegionKey(code: nil, name: "DI Yogyakarta"),
                       RegionKey(code: nil, name: "Kepulauan Bangka Belitung"), RegionKey(code: nil, name: "Atlantis")]
        let join = RegionJoin(regions: regions, layer: boundaries, by: .name(property: "name"))
        XCTAssertEqual(join.regionOfFeature, [0, 1, 2])
        XCTAssertEqual(join.unmatchedRegions, [3])
    }

    /// The bundled boundaries have 33 provinces: the five newer ones are drawn within the province they came from.
    func testNewProvincesFallBackToTheProvinceTheyWereSplitFrom() throws {
        let bundled = try BoundaryFile.read(TestSupport.path("Datasets/batas-provinsi.geojson"))
        var provinces = bundled
        provinces.features = bundled.features.filter { $0.properties["jenis"] == "provinsi" }
        XCTAssertEqual(provinces.features.count, 33)
        XCTAssertEqual(bundled.history, "batas wilayah: Natural Earth 1:10m, 2018")
        let regions = ProvinceCodes.all.map { RegionKey(code: $0.bpsCode, name: $0.name) }
        let join = RegionJoin(regions: regions, layer: provinces, by: try XCTUnwrap(JoinAttribute.detect(in: provinces)))
        XCTAssertTrue(join.unmatchedRegions.isEmpty)
        XCTAssertTrue(join.unmatchedFeatures.isEmpty)
        let fallbacks = join.fallbacks.map { (regions[$0.region].name, provinces.features[$0.feature].properties["nama"]!) }
        XCTAssertEqual(fallbacks.map(\.0), ["Kalimantan Utara", "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"])
        XCTAssertEqual(fallbacks.map(\.1), ["Kalimantan Timur", "Papua Barat", "Papua", "Papua", "Papua"])
        // The same by name, as with a boundary file that has no codes.
        let byName = RegionJoin(regions: regions.map { RegionKey(code: nil, name: $0.name) }, layer: provinces, by: .name(property: "nama_ne"))
        XCTAssertEqual(byName.fallbacks.count, 5)
        XCTAssertTrue(byName.unmatchedRegions.isEmpty, "\(byName.unmatchedRegions.map { regions[$0].name })")
    }
}
