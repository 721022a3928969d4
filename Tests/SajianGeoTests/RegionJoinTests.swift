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

    /// The bundled boundaries have all 38 provinces: every province of the code list joins its own polygon, by code
    /// and by name, and none is left over on either side.
    func testEveryProvinceHasItsOwnPolygon() throws {
        let bundled = try BoundaryFile.read(TestSupport.path("Datasets/batas-provinsi.geojson"))
        var provinces = bundled
        provinces.features = bundled.features.filter { $0.properties["jenis"] == "provinsi" }
        XCTAssertEqual(provinces.features.count, 38)
        let regions = ProvinceCodes.all.map { RegionKey(code: $0.bpsCode, name: $0.name) }
        let join = RegionJoin(regions: regions, layer: provinces, by: try XCTUnwrap(JoinAttribute.detect(in: provinces)))
        XCTAssertEqual(join.unmatchedRegions, [])
        XCTAssertEqual(join.unmatchedFeatures, [])
        let byName = RegionJoin(regions: regions.map { RegionKey(code: nil, name: $0.name) }, layer: provinces, by: .name(property: "nama"))
        XCTAssertEqual(byName.unmatchedRegions, [])
        XCTAssertEqual(byName.regionOfFeature, join.regionOfFeature)
    }

    /// A boundary file drawn before 2012 has no Kalimantan Utara: its value is not drawn at all (the map lists it),
    /// never in Kalimantan Timur's polygon.
    func testAProvinceTheFileLacksIsNeverDrawnInItsParent() {
        let boundaries = layer([["kode_bps": "64"], ["kode_bps": "94"]])
        let regions = [RegionKey(code: "64", name: "Kalimantan Timur"), RegionKey(code: "65", name: "Kalimantan Utara"),
                       RegionKey(code: "97", name: "Papua Pegunungan")]
        let join = RegionJoin(regions: regions, layer: boundaries, by: .code(property: "kode_bps", kemendagri: false))
        XCTAssertEqual(join.regionOfFeature, [0, nil])
        XCTAssertEqual(join.unmatchedRegions, [1, 2])
        XCTAssertEqual(join.unmatchedFeatures, [1])
    }
}
