import SajianForms
import SajianModel
import SajianTemplate
import XCTest

/// What one template may ask for, refused at parse time at the line that passes the limit.
final class TemplateLimitTests: XCTestCase {
    private func errors(_ figures: [String]) -> [String] {
        let text = "publikasi: { judul: Uji }\nbab:\n  - isi:\n" + figures.map { "      - " + $0.split(separator: "\n").joined(separator: "\n        ") + "\n" }.joined()
        let problems = DiagnosticCollector()
        _ = TemplateParser.parse(text, file: "t.yaml", problems: problems)
        return problems.errors.map(\.description)
    }

    private func table(notes: Int = 0, size: String? = nil) -> String {
        var lines = ["jenis: tabel-tunggal", "judul: Uji", "data: tpt-provinsi", "baris: wilayah", "nilai: tpt", "sumber: BPS"]
        if let size { lines.append("ukuran: \(size)") }
        if notes > 0 { lines += ["catatan:"] + (1...notes).map { "  - Catatan \($0)." } }
        return lines.joined(separator: "\n")
    }

    func testMoreThanTwentyNotesAreRefusedAtTheNotes() {
        XCTAssertEqual(errors([table(notes: TemplateLimits.notesPerFigure)]), [])
        XCTAssertEqual(errors([table(notes: 21)]), [
            """
            t.yaml:11:11: error: the figure has 21 notes (`catatan`); a figure has at most 20
                Join related notes into one, or move the long explanations into a narasi or the publication's text.
            """,
        ])
    }

    func testMoreThanFiveHundredFiguresAreRefusedAtTheFirstBeyond() {
        XCTAssertEqual(errors(Array(repeating: table(), count: TemplateLimits.figuresPerPublication)), [])
        XCTAssertEqual(errors(Array(repeating: table(), count: 501)), [
            """
            t.yaml:3004:9: error: the template has 501 figures; a publication has at most 500 (this is figure 501)
                Split it into several templates, e.g. one per chapter, or use a per-region template (`per-wilayah:`) for repeated figures.
            """,
        ])
    }

    func testFigureSizeIsAtMostFiveThousandPixelsASide() {
        XCTAssertEqual(errors([table(size: "5000x5000")]), [])
        XCTAssertEqual(errors([table(size: "6666x6666")]), [
            """
            t.yaml:10:17: error: `ukuran: 6666x6666` is not a size Sajian can use
                Write WIDTHxHEIGHT in px (e.g. `800x500`) or mm (e.g. `160mm x 100mm`), 100 to 5000 px wide and at most 5000 px high.
            """,
        ])
        XCTAssertEqual(errors([table(size: "800x5001")]).count, 1)
        XCTAssertEqual(errors([table(size: "1400mm x 100mm")]).count, 1, "1400 mm is 5291 px")
    }
}
