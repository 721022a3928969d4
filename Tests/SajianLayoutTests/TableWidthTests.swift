import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// One width rule for every table (issue 14 defect 7): a table's rules take the full width of its box, columns are
/// sized from their numbers and headings (a heading wraps only when it must, to at most two lines; the label column
/// no wider than its content and a gap), and a table divided between pages keeps its columns in every part.
final class TableWidthTests: XCTestCase {
    private let measurer = FixedWidthMeasurer()
    private var layout: DocumentLayout { DocumentLayout(figureLayout: FigureLayout(measurer: measurer)) }

    /// A table of provinces' minimum wages in the shape of Tabel 4.1: a spanner over two years; `rows` rows, the
    /// longest label and the widest number far down, in the last part when the table is divided.
    private func wageTable(rows: Int) -> BoundFigure {
        let format = NumberFormat(decimals: 0)
        let body = (0..<rows).map { row in
            TableData.Row(label: row == rows - 2 ? "Kepulauan Bangka Belitung" : "Provinsi \(row + 1)",
                          cells: [.number(row == rows - 2 ? 5_396_761 : 2_000_000 + Double(row)), .number(2_100_000 + Double(row))])
        }
        let table = TableData(stubHead: "Provinsi", spanner: "Upah Minimum Provinsi (rupiah per bulan)",
                              columns: [TableData.Column(heading: "2024", format: format), TableData.Column(heading: "2025", format: format)],
                              rows: body + [TableData.Row(label: "Indonesia", cells: [.number(3_113_359), .number(3_317_000)], kind: .aggregate)])
        return BoundFigure(id: "ump", location: SourceLocation(file: "fixture"),
                           components: FigureComponents(kind: .table, number: "4.1", title: "Uji lebar tabel", source: "Uji", altText: "Tabel uji"),
                           body: table, locale: .indonesian)
    }

    /// Horizontal rules drawn on each page, as (page, from x, to x), group transforms applied.
    private func rules(_ scene: Scene) -> [(page: Int, from: Double, to: Double)] {
        var result: [(Int, Double, Double)] = []
        func visit(_ items: [SceneItem], _ transform: Transform, page: Int) {
            for item in items {
                switch item {
                case .group(let group): visit(group.items, transform.concatenating(group.transform), page: page)
                case .shape(let shape) where shape.stroke != nil && shape.fill == nil && shape.path.elements.count == 2:
                    guard case .move(let a) = shape.path.elements[0], case .line(let b) = shape.path.elements[1], a.y == b.y else { continue }
                    result.append((page, transform.apply(a).x, transform.apply(b).x))
                default: continue
                }
            }
        }
        for (index, page) in scene.pages.enumerated() { visit(page.items, .identity, page: index) }
        return result
    }

    func testATableTakesTheFullWidthOfItsBox() throws {
        for width in [400.0, 600.0] {
            let scene = layout.standalone(wageTable(rows: 5), width: width, height: nil).scene
            let title = try XCTUnwrap(scene.textRuns.first { $0.run.text.hasPrefix("Uji lebar") }?.run)
            let left = try XCTUnwrap(scene.textRuns.first { $0.run.text == "Tabel 4.1" }?.run.origin.x)
            let widest = try XCTUnwrap(rules(scene).map { $0.to - $0.from }.max())
            XCTAssertEqual(widest, width - 2 * left, accuracy: 0.5, "the table spans the text width at \(width) (title at \(title.origin.x))")
        }
    }

    func testAHeadingWrapsOnlyWhenItMustAndToAtMostTwoLines() throws {
        let spanner = "Upah Minimum Provinsi (rupiah per bulan)"
        func spannerLines(width: Double) -> [String] {
            layout.standalone(wageTable(rows: 5), width: width, height: nil).scene.textRuns.map(\.run.text)
                .filter { $0 != "Provinsi" && spanner.contains($0) }
        }
        XCTAssertEqual(spannerLines(width: 600), [spanner], "one line when the width allows")
        let narrow = spannerLines(width: 300)
        XCTAssertEqual(narrow.count, 2, "\(narrow)")
        XCTAssertEqual(narrow.joined(separator: " "), spanner)
    }

    func testAContinuedTableKeepsItsColumnsInEveryPart() throws {
        let scene = layout.publication([BoundChapter(title: "Bab", figures: [wageTable(rows: 90)])],
                                       info: DocumentInfo(title: "Buletin"), paper: .a4).scene
        let runs = scene.textRuns
        let titles = runs.filter { $0.run.text.hasPrefix("Uji lebar") }
        XCTAssertGreaterThanOrEqual(titles.count, 2, "the table is divided")
        for number in ["(1)", "(2)", "(3)"] {
            let positions = Set(runs.filter { $0.run.text == number }.map { ($0.run.origin.x * 100).rounded() })
            XCTAssertEqual(positions.count, 1, "column \(number) stands at one x in every part: \(positions)")
        }
        let labelX = Set(runs.filter { $0.run.text.hasPrefix("Provinsi ") }.map { ($0.run.origin.x * 100).rounded() })
        XCTAssertEqual(labelX.count, 1, "the labels stand at one x in every part: \(labelX)")
        let tableRules = rules(scene).filter { rule in titles.contains { $0.page == rule.page } }
        let widths = Dictionary(grouping: tableRules, by: \.page).mapValues { rules in rules.map { $0.to - $0.from }.max()! }
        XCTAssertEqual(Set(widths.values.map { ($0 * 100).rounded() }).count, 1, "every part as wide as the first: \(widths)")
        // Numbers of the first part and of the last align on one edge.
        let first = try XCTUnwrap(runs.first { $0.run.text == "2.000.000" })
        let widest = try XCTUnwrap(runs.first { $0.run.text == "5.396.761" })
        XCTAssertNotEqual(first.page, widest.page)
        XCTAssertEqual(first.run.origin.x + measurer.width(of: first.run.text, style: first.run.style),
                       widest.run.origin.x + measurer.width(of: widest.run.text, style: widest.run.style), accuracy: 0.001)
    }

    /// Tabel 3.1 and Tabel 5.1 of the bulletin: a label column and one column of numbers.
    private func twoColumnTable() -> BoundFigure {
        let labels = ["SD ke bawah", "SMP", "SMA", "SMK", "Diploma I/II/III", "Diploma IV/S1/S2/S3"]
        let rows = labels.enumerated().map { index, label in TableData.Row(label: label, cells: [.number(10 + Double(index) * 7.31)]) }
        let table = TableData(stubHead: "Pendidikan tertinggi yang ditamatkan",
                              columns: [TableData.Column(heading: "Penduduk Bekerja (juta orang)", format: NumberFormat(decimals: 2))],
                              rows: rows + [TableData.Row(label: "Jumlah", cells: [.number(139.85)], kind: .total)])
        return BoundFigure(id: "pendidikan", location: SourceLocation(file: "fixture"),
                           components: FigureComponents(kind: .table, number: "3.1", title: "Uji dua kolom", source: "Uji", altText: "Tabel uji"),
                           body: table, locale: .indonesian)
    }

    /// A table of one value column with width to spare: its stub starts at the left rule (it floated about 190 px
    /// inside full-width rules, review proof 4, finding 11), its heading stands on one line, the stub and the value
    /// column share the spare width evenly, and the numbers stay aligned on the decimal comma.
    func testATwoColumnTableStartsAtItsLeftRuleAndSharesItsWidth() throws {
        let width = 480.0, padding = 5.0
        let scene = layout.standalone(twoColumnTable(), width: width, height: nil).scene
        let runs = scene.textRuns.map(\.run)
        func right(_ run: TextRun) -> Double { run.origin.x + measurer.width(of: run.text, style: run.style) }
        let left = try XCTUnwrap(runs.first { $0.text == "Tabel 3.1" }?.origin.x)
        let labels = runs.filter { ["SD ke bawah", "SMP", "Diploma IV/S1/S2/S3", "Jumlah"].contains($0.text) }
        XCTAssertEqual(try XCTUnwrap(labels.map(\.origin.x).min()), left + padding, accuracy: 0.01, "the stub starts at the left rule")
        XCTAssertTrue(runs.contains { $0.text == "Pendidikan tertinggi yang ditamatkan" }, "the stub's heading on one line")
        // The rules span the text width, as in every table.
        let ruleWidths = rules(scene).map { $0.to - $0.from }
        XCTAssertEqual(try XCTUnwrap(ruleWidths.max()), width - 2 * left, accuracy: 0.5)
        // The column numbers stand in the middle of their columns: the stub ends where the value column starts.
        let one = try XCTUnwrap(runs.first { $0.text == "(1)" }), two = try XCTUnwrap(runs.first { $0.text == "(2)" })
        let stubEnd = 2 * (one.origin.x + measurer.width(of: one.text, style: one.style) / 2 - left) + left
        let valueMiddle = two.origin.x + measurer.width(of: two.text, style: two.style) / 2
        XCTAssertEqual(valueMiddle, (stubEnd + width - left) / 2, accuracy: 0.5, "one value column from the stub to the right rule")
        XCTAssertGreaterThan(stubEnd - left, labels.map { measurer.width(of: $0.text, style: $0.style) }.max()! + 2 * padding + 12,
                             "the stub took a share of the spare width")
        let numbers = runs.filter { $0.text.contains(",") && $0.text.first!.isNumber }
        XCTAssertEqual(numbers.count, 7)
        XCTAssertTrue(numbers.allSatisfy { $0.origin.x > stubEnd }, "every number in the value column")
        let numberRights = Set(numbers.filter { $0.style.weight != .bold }.map { (right($0) * 100).rounded() })
        XCTAssertEqual(numberRights.count, 1, "two decimals each: right edges aligned on the decimal comma")
    }

    func testATableALittleTallerThanThePageIsSetTighterRatherThanContinued() throws {
        func laid(_ rows: Int) -> (parts: Int, pitch: Double) {
            let scene = layout.publication([BoundChapter(title: "Bab", figures: [wageTable(rows: rows)])],
                                           info: DocumentInfo(title: "Buletin"), paper: .a4).scene
            let parts = scene.textRuns.filter { $0.run.text.hasPrefix("Uji lebar") }.count
            let ys = scene.textRuns.filter { $0.run.text == "Provinsi 1" || $0.run.text == "Provinsi 2" }.map(\.run.origin.y)
            return (parts, ys[1] - ys[0])
        }
        let natural = laid(10).pitch
        var rows = 20
        while laid(rows).parts == 1 { rows += 1 }
        let tight = laid(rows - 1)
        XCTAssertLessThan(tight.pitch, natural - 0.5, "the longest table kept whole has tighter rows")
        XCTAssertGreaterThanOrEqual(tight.pitch, natural * 1.2 / 1.55 - 0.01, "but no tighter than the house minimum")
        XCTAssertEqual(laid(rows).pitch, natural, accuracy: 0.001, "a table continued on the next page keeps the house pitch")
    }

    func testTheDataAggregateIsSetBoldAfterARule() throws {
        let scene = layout.standalone(wageTable(rows: 5), width: 500, height: nil).scene
        let indonesia = try XCTUnwrap(scene.textRuns.first { $0.run.text == "Indonesia" }?.run)
        XCTAssertEqual(indonesia.style.weight, .bold)
        let last = try XCTUnwrap(scene.textRuns.last { $0.run.text.hasPrefix("Provinsi ") }?.run)
        XCTAssertGreaterThan(indonesia.origin.y, last.origin.y, "last")
        XCTAssertTrue(rules(scene).count >= 4, "top, under the headings, under the column numbers, above the total, foot")
    }
}
