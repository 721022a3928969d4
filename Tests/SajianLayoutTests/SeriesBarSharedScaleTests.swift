import SajianForms
import SajianLayout
import SajianModel
import SajianScene
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

/// Proof-reading 20: contoh-inti's Grafik 5, two years of unemployment by age, as grouped bars.
final class PeriodSeriesBarTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func chart(orientation: String) throws -> BoundFigure {
        try TemplateBinding.bind(TemplateBinding.template(figure: """
            jenis: grafik-batang
            judul: Pengangguran menurut Golongan Umur, Agustus 2023 dan Agustus 2024
            data: pengangguran-umur-pengalaman
            saring: { periode: [2023-08, 2024-08], pengalaman_kerja: total, golongan_umur: [15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60+] }
            kategori: golongan_umur
            seri: periode
            susun: kelompok
            arah: \(orientation)
            nilai: pengangguran
            satuan: ribu orang
            desimal: 1
            sumber: BPS, Sakernas Agustus 2023 dan Agustus 2024
            """)).figures[0]
    }

    /// The fills of one bar's group, in drawing order.
    private func fills(_ scene: Scene, bar: String) -> [Color] {
        func groups(_ items: [SceneItem]) -> [Group] {
            items.flatMap { item -> [Group] in
                guard case .group(let group) = item else { return [] }
                return [group] + groups(group.items)
            }
        }
        let group = groups(scene.pages[0].items).first { $0.role == "bar \(bar)" }
        return group?.items.compactMap { item -> Color? in
            if case .shape(let shape) = item { return shape.fill }
            return nil
        } ?? []
    }

    /// Two years are two shades of the palette's first colour, the earlier lighter: not the blue and orange that mean
    /// *pernah* and *tidak pernah bekerja* in Grafik 4 beside it.
    func testTwoPeriodsAreShadesOfOneHueTheEarlierLighter() throws {
        let scene = layout.standalone(try chart(orientation: "horizontal"), width: 800, height: 560).scene
        let palette = HouseStyle.standard.palette
        // Drawn in reverse (each bar under the ones before): Agustus 2024 first, then Agustus 2023.
        XCTAssertEqual(fills(scene, bar: "15–19"), [palette[0], palette[0].tint(0.5)])
    }

    /// Side by side over columns, "1.292,4" and "1.258,8" are wider than their columns and ran into one another
    /// ("1.292,41.258,8"): the template is told to turn the bars; turned, the warning goes.
    func testValuesWiderThanTheirGroupedColumnsAreWarnedOf() throws {
        let upright = layout.standalone(try chart(orientation: "vertikal"), width: 500, height: 400).warnings.map(\.message)
        XCTAssertTrue(upright.contains { $0.contains("arah: horizontal") }, "\(upright)")
        let turned = layout.standalone(try chart(orientation: "horizontal"), width: 800, height: 560).warnings.map(\.message)
        XCTAssertFalse(turned.contains { $0.contains("arah: horizontal") }, "\(turned)")
    }
}
