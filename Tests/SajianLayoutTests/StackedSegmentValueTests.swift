import SajianForms
import SajianLayout
import SajianModel
import SajianTestSupport
import XCTest

/// Every segment of a stacked chart carries its value: inside the segment where it fits, else in a note under the
/// chart (proof-reading 6: bulletin Grafik 2.4's 55–59 segment of those who have worked, 149 thousand, had none).
final class StackedSegmentValueTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))
    private let prefix = "Angka pada bagian batang yang terlalu pendek untuk dicantumkan:"

    private func chart(stacking: String) throws -> BoundFigure {
        try TemplateBinding.bind(TemplateBinding.template(figure: """
            jenis: grafik-batang
            id: umur
            judul: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Agustus 2024
            susun: \(stacking)

            """ + TemplateBinding.unemploymentByAgeAndExperience)).figures[0]
    }

    func testSegmentsTooShortForTheirValueAreGivenInANote() throws {
        let figure = try chart(stacking: "tumpuk")
        guard case .series(let chart)? = figure.body as? BarChartBody else { return XCTFail("a chart of several series") }
        let text = layout.standalone(figure, width: 560, height: 300).scene.textRuns.map(\.run.text).joined(separator: " ")
        let start = try XCTUnwrap(text.range(of: prefix), text).upperBound
        let note = String(text[start...])
        // By series in the legend's order, each segment's value with its category.
        let (worked, never) = (try XCTUnwrap(note.range(of: " Pernah bekerja ")), try XCTUnwrap(note.range(of: "; Tidak pernah bekerja ")))
        XCTAssertTrue(note[worked.upperBound..<never.lowerBound].contains("149 (55–59)"), note)
        XCTAssertTrue(note[never.upperBound...].contains("34 (55–59)"), note)
        XCTAssertTrue(note.hasSuffix(")."), note)
        // Every segment's value is on the figure, in its segment or in the note.
        let body = String(text[..<text.range(of: prefix)!.lowerBound])
        for bar in chart.bars {
            for (series, value) in zip(chart.seriesNames, bar.segments) {
                let written = chart.format.string(from: value)
                XCTAssertTrue(body.contains(written) || note.contains("\(written) (\(bar.label))"), "\(series) \(bar.label) \(written)")
            }
        }
        // A segment named in the note is not also written in the chart: each value once.
        XCTAssertFalse(note.contains("(15–19)") && note.contains("Tidak pernah bekerja 1.250"), note)
    }

    func testA100PercentChartGivesTheSharesOfItsShortSegmentsToo() throws {
        let figure = try chart(stacking: "persen")
        guard case .series(let chart)? = figure.body as? BarChartBody else { return XCTFail("a chart of several series") }
        let text = layout.standalone(figure, width: 240, height: 300).scene.textRuns.map(\.run.text).joined(separator: " ")
        let split = try XCTUnwrap(text.range(of: prefix), text)
        let (body, note) = (String(text[..<split.lowerBound]), String(text[split.upperBound...]))
        for bar in chart.bars {
            for (series, value) in zip(chart.seriesNames, bar.segments) {
                let written = chart.format.string(from: value)
                XCTAssertTrue(body.contains(written) || note.contains("\(written) (\(bar.label))"), "\(series) \(bar.label) \(written)")
            }
        }
    }

    func testNoNoteWhereEverySegmentHoldsItsValue() throws {
        let text = layout.standalone(try chart(stacking: "tumpuk"), width: 1600, height: 3000).scene.textRuns.map(\.run.text).joined(separator: " ")
        XCTAssertFalse(text.contains(prefix), text)
        let grouped = layout.standalone(try chart(stacking: "kelompok"), width: 560, height: 300).scene.textRuns.map(\.run.text).joined(separator: " ")
        XCTAssertFalse(grouped.contains(prefix), "grouped bars write every value above the bar")
    }
}
