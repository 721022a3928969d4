import SajianForms
import SajianLayout
import SajianModel
import SajianTestSupport
import XCTest

/// `skala-bersama:` on bar charts of several series: a stacked chart's axis runs to its tallest total, a grouped one's
/// to its tallest segment, so two such charts side by side had different ticks until they shared the group's range.
final class SeriesBarSharedScaleTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func template(group second: String) -> String {
        func chart(_ id: String, stacking: String, group: String) -> String {
            let keys = TemplateBinding.seriesBarChart(stacking: stacking) + """

                id: \(id)
                judul: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Agustus 2024
                satuan: ribu orang
                desimal: 0
                skala-bersama: \(group)
                sumber: BPS, Sakernas Agustus 2024
                """
            return "      - " + keys.split(separator: "\n").joined(separator: "\n        ")
        }
        return "publikasi: { judul: Uji }\nbab:\n  - isi:\n" + chart("tumpuk", stacking: "tumpuk", group: "umur") + "\n"
            + chart("kelompok", stacking: "kelompok", group: second) + "\n"
    }

    /// The largest number written on the chart (tick or value label, whole numbers in Indonesian format), in thousands.
    private func largestLabel(_ figure: BoundFigure) -> Double {
        layout.standalone(figure, width: 400, height: 300).scene.textRuns.compactMap { item in
            let text = item.run.text
            return !text.isEmpty && text.allSatisfy({ $0.isNumber || $0 == "." }) ? Double(text.replacingOccurrences(of: ".", with: "")) : nil
        }.max() ?? 0
    }

    func testStackedAndGroupedChartsOfOneGroupShareTheirTicks() throws {
        let shared = try TemplateBinding.bind(template(group: "umur"))
        XCTAssertEqual(shared.figures.count, 2)
        let range = try XCTUnwrap(shared.figures[0].sharedValueRange)
        XCTAssertEqual(shared.figures[1].sharedValueRange, range)
        let stackedTop = try XCTUnwrap(shared.figures[0].body.valueExtent?.range.upperBound)
        let groupedTop = try XCTUnwrap(TemplateBinding.bind(template(group: "lain")).figures[1].body.valueExtent?.range.upperBound)
        XCTAssertGreaterThan(stackedTop, groupedTop, "a stacked chart's extent is its tallest total, a grouped one's its tallest bar")
        XCTAssertEqual(range.upperBound, stackedTop)
        // The grouped chart's axis now runs past the stacked chart's tallest total (2.498 thousand) to the same top tick.
        XCTAssertGreaterThanOrEqual(largestLabel(shared.figures[1]), stackedTop)
        XCTAssertEqual(largestLabel(shared.figures[1]), largestLabel(shared.figures[0]))
        let apart = try TemplateBinding.bind(template(group: "lain"))
        XCTAssertLessThan(largestLabel(apart.figures[1]), stackedTop, "without the group the grouped axis stops lower (the defect)")
    }
}
