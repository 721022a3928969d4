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

/// Proof-reading 19: Tabel 5.1 lists the ten largest provinces of origin, then the three smallest, then the rest:
/// with nothing between them, Gorontalo, Papua Barat and Maluku Utara read as ranks 11 to 13. A thin rule opens each
/// part after the first (no row is added: the table keeps its height, and the bulletin its page).
final class TablePartRuleTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func placements(_ extra: String) throws -> BoundFigure {
        try TemplateBinding.bind(TemplateBinding.template(figure: TemplateBinding.migrantPlacementsByProvince + "\nurut: menurun" + extra)).figures[0]
    }

    /// The rules across the table (thin, wide boxes), and each text's middle, by their height on the page.
    private func geometry(_ scene: Scene) -> (rules: [Double], texts: [String: Double]) {
        let drawn = SceneGeometry.drawn(scene.pages[0].items)
        let rules = drawn.filter { $0.what.hasPrefix("a shape") && $0.box.height < 1 && $0.box.width > 100 }.map(\.box.midY)
        var texts: [String: Double] = [:]
        for item in drawn where item.what.hasPrefix("text \"") {
            texts[String(item.what.dropFirst(6).dropLast())] = texts[String(item.what.dropFirst(6).dropLast())] ?? item.box.midY
        }
        return (rules, texts)
    }

    func testTheSmallestAndTheRestEachOpenWithARule() throws {
        let figure = try placements("\nbaris-sisa: 10")
        let table = try XCTUnwrap(figure.body as? TableData)
        XCTAssertEqual(table.rows.filter(\.opensPart).map(\.label), ["Gorontalo", "Provinsi lainnya"])
        let (lines, texts) = geometry(layout.standalone(figure, width: 420, height: nil).scene)
        func middle(_ text: String) throws -> Double { try XCTUnwrap(texts[text], text) }
        for (above, below) in [("Sulawesi Selatan", "Gorontalo"), ("Maluku Utara", "Provinsi lainnya")] {
            let (from, to) = (try middle(above), try middle(below))
            XCTAssertTrue(lines.contains { $0 > from && $0 < to }, "a rule between \(above) and \(below): \(lines)")
        }
        let (first, tenth) = (try middle("Jawa Timur"), try middle("Sulawesi Selatan"))
        XCTAssertFalse(lines.contains { $0 > first && $0 < tenth }, "none within the ten largest: \(lines)")
        // Without a split the rest alone opens a part.
        let whole = try XCTUnwrap(try placements("\nbaris-sisa: 0").body as? TableData)
        XCTAssertEqual(whole.rows.filter(\.opensPart).map(\.label), ["Provinsi lainnya"])
    }
}
