import SajianForms
import SajianModel
import SajianTemplate
import XCTest

final class MapTemplateTests: XCTestCase {
    private func parse(_ figure: String) -> (spec: PublicationSpec?, problems: [String]) {
        let text = "publikasi: { judul: Uji }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
        let collector = DiagnosticCollector()
        let spec = TemplateParser.parse(text, file: "uji.yaml", problems: collector)
        return (spec, collector.diagnostics.map(\.description) + MandatoryComponents.check(spec!).map(\.description))
    }

    func testEveryMapKeyIsRead() throws {
        let (spec, problems) = parse("""
            jenis: peta-tematik
            judul: Peta uji
            data: tpt-provinsi
            nilai: tpt
            batas: batas/kabupaten.gpkg
            lapisan: kabupaten
            riwayat-batas: batas wilayah uji
            kolom-batas: KDPKAB
            gabung: kode
            daftar-kode: kemendagri
            kode-wilayah: kode_wilayah
            nama-wilayah: wilayah
            klasifikasi: { metode: manual, batas: [4, 5.5, 7] }
            warna: divergen
            sorot: "32"
            label-wilayah: tidak
            sumber: BPS
            """)
        XCTAssertEqual(problems, [])
        let figure = try XCTUnwrap(spec?.figures.first)
        XCTAssertEqual(figure.kind, .map)
        XCTAssertEqual(figure.form.word, "peta-tematik")
        guard let map = figure.form as? MapSpec else { return XCTFail() }
        XCTAssertEqual(map.boundaries?.value, "batas/kabupaten.gpkg")
        XCTAssertEqual(map.layer, "kabupaten")
        XCTAssertEqual(map.boundaryAttribute?.value, "KDPKAB")
        XCTAssertEqual(map.joinBy, .code)
        XCTAssertEqual(map.codeList, .kemendagri)
        XCTAssertEqual(map.method, .manual)
        XCTAssertEqual(map.manualBreaks, [4, 5.5, 7])
        XCTAssertEqual(map.classCount, 3)
        XCTAssertEqual(map.ramp, .diverging)
        XCTAssertEqual(map.highlighted?.value, "32")
        XCTAssertFalse(map.showsRegionLabels)
    }

    func testMapMistakesAreReportedWithTheirLines() {
        let (_, problems) = parse("""
            jenis: peta-tematik
            judul: Peta uji
            data: tpt-provinsi
            klasifikasi: { metode: manual, kelas: 4 }
            warna: pelangi
            label-wilayh: ya
            sumber: BPS
            """)
        let text = problems.joined(separator: "\n")
        XCTAssertTrue(text.contains("`metode: manual` needs `batas:`"), text)
        XCTAssertTrue(text.contains("warna"), text)
        XCTAssertTrue(text.contains("label-wilayah"), "an unknown key suggests the nearest: \(text)")
        XCTAssertTrue(text.contains("uji.yaml:4:9: error: peta-tematik `map-1-1` lacks its isi peta (nilai) (`nilai`), a mandatory component under PER.03/MEN/II/2009 Pasal 8"), text)
    }
}
