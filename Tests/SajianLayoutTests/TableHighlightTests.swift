import SajianBind
import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// `sorot:` on a table: the booklet's own kabupaten/kota is set off in its table as its bar is in the accent colour
/// (review proof 4, finding 12): bold, on a pale tint of the accent colour; a `sorot:` that names no row is warned of.
final class TableHighlightTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func table(highlighting: String) throws -> BoundPublication {
        try TemplateBinding.bind(TemplateBinding.template(figure: """
            jenis: tabel-silang
            judul: TPT menurut Kabupaten/Kota di Jawa Barat, Agustus 2022–2024
            data: tpt-kabupaten-kota-jabar
            saring: { periode: ["2022", "2023", "2024"] }
            baris: kode_wilayah
            kolom: periode
            nilai: tpt
            sorot: "\(highlighting)"
            sumber: BPS Provinsi Jawa Barat, Sakernas Agustus
            """))
    }

    func testTheHighlightedRowIsBoldOnTheAccentTint() throws {
        let bound = try table(highlighting: "3273")
        let data = try XCTUnwrap(bound.figures[0].body as? TableData)
        XCTAssertEqual(data.rows.filter(\.isHighlighted).map(\.label), ["Kota Bandung"])
        XCTAssertEqual(data.columns.map(\.heading), ["Agustus 2022", "Agustus 2023", "Agustus 2024"], "bulan-survei: 8 heads the years")
        let scene = layout.standalone(bound.figures[0], width: 420, height: 700).scene
        let runs = scene.textRuns.map(\.run)
        XCTAssertEqual(runs.first { $0.text == "Kota Bandung" }?.style.weight, .bold)
        XCTAssertEqual(runs.first { $0.text == "Kota Bogor" }?.style.weight, .regular)
        XCTAssertEqual(runs.first { $0.text == "7,40" }?.style.weight, .bold, "its values too")
        let tint = HouseStyle.standard.accent.tint(0.15)
        let tinted = SceneGeometry.shapes(scene.pages[0].items).filter { $0.fill == tint }
        XCTAssertEqual(tinted.count, 1, "one tinted row")
        XCTAssertTrue(bound.warnings.allSatisfy { !$0.message.contains("sorot") }, "\(bound.warnings)")
    }

    func testASorotThatNamesNoRowIsWarnedOf() throws {
        let bound = try table(highlighting: "Kota Bandungg")
        XCTAssertTrue(bound.warnings.contains { $0.message.contains("`sorot: Kota Bandungg` names no row") && $0.hint == "Did you mean `Kota Bandung`?" },
                      "\(bound.warnings)")
        let data = try XCTUnwrap(bound.figures[0].body as? TableData)
        XCTAssertTrue(data.rows.allSatisfy { !$0.isHighlighted })
    }
}
