import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// The editor's review, finding 7: the kab/kota booklets' Grafik 2 set 2015, 2017, … one step apart with 2016 missing
/// and joined the line across it. Finding 1: Papua's and Papua Barat's lines ran across the 2022 split. Points lie on
/// a time scale, lines break at missing periods and at breaks in comparability, which carry their note's marker.
final class LineChartTimeTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func figure(_ chart: LineChartData) -> BoundFigure {
        var figure = Fixtures.lineChart()
        figure.body = chart
        return figure
    }

    /// Each series' points (marker centres) and how many pieces its line is drawn in.
    /// Each line's points (its markers' centres), how many pieces its strokes draw, and how many of its markers are
    /// hollow (white, stroked: the points before a break in comparability).
    private func lines(_ scene: Scene) -> [String: (points: [Point], pieces: Int, hollow: Int)] {
        var found: [String: (points: [Point], pieces: Int, hollow: Int)] = [:]
        func visit(_ items: [SceneItem]) {
            for case .group(let group) in items {
                if group.role.hasPrefix("line ") {
                    var points: [Point] = [], pieces = 0, hollow = 0
                    for case .shape(let shape) in group.items {
                        if shape.fill != nil {
                            points.append(Point(x: shape.path.bounds.midX, y: shape.path.bounds.midY))
                            if shape.fill == .white && shape.stroke != nil { hollow += 1 }
                        } else {
                            pieces += shape.path.elements.filter { if case .move = $0 { true } else { false } }.count
                        }
                    }
                    found[String(group.role.dropFirst(5))] = (points, pieces, hollow)
                }
                visit(group.items)
            }
        }
        visit(scene.pages[0].items)
        return found
    }

    func testTimeScaleOfEachKindOfPeriod() throws {
        let years = try XCTUnwrap(LineChartData.TimeScale([.year(2015), .year(2017), .year(2018)]))
        XCTAssertEqual(years.step, 12)
        XCTAssertEqual(years.positions[1] - years.positions[0], 24, "2016 keeps its room")
        let sakernas = try XCTUnwrap(LineChartData.TimeScale([.month(year: 2023, month: 2), .month(year: 2023, month: 8), .month(year: 2024, month: 8)]))
        XCTAssertEqual(sakernas.step, 6, "Februari and Agustus rounds: six months apart")
        XCTAssertEqual(LineChartData.TimeScale([.quarter(year: 2024, quarter: 1), .quarter(year: 2024, quarter: 3)])?.step, 3)
        XCTAssertEqual(LineChartData.TimeScale([.semester(year: 2024, semester: 1), .semester(year: 2024, semester: 2)])?.step, 6)
        XCTAssertNil(LineChartData.TimeScale([.year(2023), .month(year: 2024, month: 2)]), "mixed kinds stay categories")
    }

    func testMissingYearKeepsItsRoomAndBreaksTheLine() throws {
        let years = [2015, 2017, 2018, 2019, 2020]
        var chart = LineChartData(periods: years.map(String.init),
                                  series: [LineChartData.Series(name: "Kota Bandung", values: [9.02, 8.44, 8.16, 8.18, 11.19].map { .number($0) })],
                                  unit: .percent, format: NumberFormat(decimals: 2))
        chart.timeScale = LineChartData.TimeScale(years.map { .year($0) })
        let line = try XCTUnwrap(lines(layout.standalone(figure(chart), width: 600, height: 350).scene)["Kota Bandung"])
        let x = line.points.map(\.x)
        XCTAssertEqual(x[1] - x[0], 2 * (x[2] - x[1]), accuracy: 0.01, "2015 to 2017 is two years wide")
        XCTAssertEqual(x[3] - x[2], x[2] - x[1], accuracy: 0.01)
        XCTAssertEqual(line.pieces, 2, "not joined across the missing 2016")

        chart.timeScale = nil
        let even = try XCTUnwrap(lines(layout.standalone(figure(chart), width: 600, height: 350).scene)["Kota Bandung"])
        XCTAssertEqual(even.points[1].x - even.points[0].x, even.points[2].x - even.points[1].x, accuracy: 0.01, "without a scale: categories")
        XCTAssertEqual(even.pieces, 1)
    }

    func testSakernasRoundsAreJoinedSixMonthsApart() throws {
        let periods: [Period] = [.month(year: 2023, month: 2), .month(year: 2023, month: 8), .month(year: 2024, month: 2), .month(year: 2024, month: 8)]
        var chart = LineChartData(periods: ["Feb 2023", "Agu 2023", "Feb 2024", "Agu 2024"],
                                  series: [LineChartData.Series(name: "Indonesia", values: [5.45, 5.32, 4.82, 4.91].map { .number($0) })],
                                  unit: .percent, format: NumberFormat(decimals: 2))
        chart.timeScale = LineChartData.TimeScale(periods)
        XCTAssertEqual(try XCTUnwrap(lines(layout.standalone(figure(chart), width: 600, height: 350).scene)["Indonesia"]).pieces, 1)
    }

    func testBreakInComparabilitySplitsTheNamedSeriesWithAMarker() throws {
        var chart = LineChartData(periods: ["Feb 2023", "Agu 2023", "Feb 2024", "Agu 2024"],
                                  series: [LineChartData.Series(name: "Papua", values: [2.67, 2.67, 5.81, 6.48].map { .number($0) }),
                                           LineChartData.Series(name: "Indonesia", values: [5.45, 5.32, 4.82, 4.91].map { .number($0) })],
                                  unit: .percent, format: NumberFormat(decimals: 2))
        chart.breaks = [LineChartData.Break(after: 1, series: ["Papua"], marker: "1)")]
        let scene = layout.standalone(figure(chart), width: 600, height: 350).scene
        let found = lines(scene)
        XCTAssertEqual(found["Papua"]?.pieces, 2, "Papua is not joined between Agu 2023 and Feb 2024")
        XCTAssertEqual(found["Indonesia"]?.pieces, 1, "other series run on")
        // Proof-readings 29 and 30: the points before the break are drawn hollow, the later ones and other lines' filled.
        XCTAssertEqual(found["Papua"]?.hollow, 2, "Feb and Agu 2023 hollow")
        XCTAssertEqual(found["Indonesia"]?.hollow, 0)
        func local(_ items: [SceneItem]) -> [TextRun] {  // in the chart's own coordinates, as the points are
            items.flatMap { item -> [TextRun] in
                if case .group(let group) = item { return local(group.items) }
                if case .text(let run) = item { return [run] }
                return []
            }
        }
        let marker = try XCTUnwrap(local(scene.pages[0].items).first { $0.text == "1)" }, "the note's marker stands at the break")
        let papua = try XCTUnwrap(found["Papua"]).points
        XCTAssertEqual(marker.origin.x + marker.width / 2, (papua[1].x + papua[2].x) / 2, accuracy: 0.01, "between the two periods")

        chart.breaks = [LineChartData.Break(after: 1, marker: "")]
        let all = lines(layout.standalone(figure(chart), width: 600, height: 350).scene)
        XCTAssertEqual(all["Indonesia"]?.pieces, 2, "a break for all series")
    }

    /// The kab/kota booklets' real data: 2016 is missing from the source.
    func testBoundYearsLieOnATimeScale() throws {
        let bound = try TemplateBinding.bind("""
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: grafik-garis
                    judul: TPT Kota Bandung, 2015–2024
                    data: tpt-kabupaten-kota-jabar
                    saring: { kode_wilayah: "3273", periode: 2015 s.d. 2024 }
                    seri: kode_wilayah
                    nilai: tpt
                    sumber: BPS Provinsi Jawa Barat
            """)
        let chart = try XCTUnwrap(bound.figures[0].body as? LineChartData)
        let scale = try XCTUnwrap(chart.timeScale)
        XCTAssertEqual(chart.periods.first, "2015")
        // The missing year stands on the axis, labelled, with no value; the line is not joined across it.
        XCTAssertEqual(chart.periods[1], "2016")
        XCTAssertEqual(chart.series[0].values[1], .notAvailable)
        XCTAssertEqual(scale.step, 12)
        XCTAssertEqual(scale.positions[1] - scale.positions[0], 12)
        let scene = layout.standalone(bound.figures[0], width: 600, height: 350).scene
        XCTAssertTrue(scene.textRuns.contains { $0.run.text == "2016" }, "2016 is labelled on the axis")
    }

    /// The province booklets' Grafik 1 for Papua and Indonesia: `tidak-sebanding:` in tpt-provinsi's metadata breaks
    /// Papua's line between Agustus 2023 and Februari 2024 (not Indonesia's), and the note says which line and why.
    /// A province formed in 2022 has no line before its first figures: a note says from when, and no "... = data tidak
    /// tersedia" legend stands under a chart that prints no '...' (proof-reading 5, N4: the Papua Pegunungan booklet).
    func testALineThatStartsLateSaysFromWhenAndNeedsNoSymbolLegend() throws {
        let bound = try TemplateBinding.bind(TemplateBinding.template(figure: """
            jenis: grafik-garis
            judul: TPT Papua Pegunungan dan Indonesia, Februari 2023 – Februari 2025
            data: tpt-provinsi
            saring: { kode_wilayah: ["97", "00"], periode: 2023-02 s.d. 2025-02 }
            seri: wilayah
            nilai: tpt
            sumber: BPS, Sakernas
            """))
        let figure = bound.figures[0]
        XCTAssertEqual(figure.body.dataNotes, ["Angka Papua Pegunungan tersedia mulai Februari 2024."])
        XCTAssertEqual(figure.symbolsUsed, [], "the missing periods are a gap, not a '...'")
        XCTAssertFalse(layout.standalone(figure, width: 600, height: 350).scene.textRuns.contains { $0.run.text.contains("data tidak tersedia") })
    }

    func testDeclaredComparabilityBreakSplitsPapuasLineWithItsNote() throws {
        let bound = try TemplateBinding.bind("""
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: grafik-garis
                    judul: TPT Papua dan Indonesia, Februari 2023 – Februari 2025
                    data: tpt-provinsi
                    saring: { kode_wilayah: ["94", "00"] }
                    seri: wilayah
                    nilai: tpt
                    sumber: BPS, Sakernas
            """)
        let chart = try XCTUnwrap(bound.figures[0].body as? LineChartData)
        let split = try XCTUnwrap(chart.breaks.first, "a break")
        XCTAssertEqual(chart.breaks.count, 1)
        XCTAssertEqual(chart.periods[split.after], "Agu 2023")
        XCTAssertTrue(split.breaks("Papua"))
        XCTAssertFalse(split.breaks("Indonesia"))
        XCTAssertEqual(chart.dataNotes, ["Garis Papua tidak disambung antara Agustus 2023 dan Februari 2024 karena BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022; titik sebelumnya digambar berongga."])
        XCTAssertEqual(lines(layout.standalone(bound.figures[0], width: 600, height: 350).scene)["Papua"]?.pieces, 2)
        XCTAssertTrue(bound.figures[0].components.notes.contains { $0.text.hasPrefix("Garis Papua tidak disambung") }, "printed under the figure")
    }
}
