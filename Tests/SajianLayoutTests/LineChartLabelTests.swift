@testable import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// Issue 14, line charts: the last and first value of each line at its ends (a single line's peak too), in Indonesian
/// numbers rounded as the table rounds them; no label box overlaps another text box or is crossed by a line; every
/// text run, the period labels at both ends included, lies inside the figure's box; charts of one `skala-bersama`
/// share their ticks.
final class LineChartLabelTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    /// The chart as drawn: its text runs and series paths in the body's coordinates, the value labels among them.
    private struct Drawn {
        var texts: [TextRun] = []
        var labels: [TextRun] = []
        var lines: [String: Path] = [:]
    }

    private func drawn(_ scene: Scene) throws -> Drawn {
        var result = Drawn()
        func visit(_ items: [SceneItem], role: String) {
            for item in items {
                switch item {
                case .group(let group):
                    visit(group.items, role: group.role.hasPrefix("line ") || group.role == "value labels" ? group.role : role)
                case .text(let run):
                    result.texts.append(run)
                    if role == "value labels" { result.labels.append(run) }
                case .shape(let shape) where role.hasPrefix("line ") && shape.stroke != nil:
                    result.lines[String(role.dropFirst(5))] = shape.path
                default: break
                }
            }
        }
        func body(_ items: [SceneItem]) -> [SceneItem]? {
            for case .group(let group) in items {
                if group.role.hasPrefix("body ") { return group.items }
                if let found = body(group.items) { return found }
            }
            return nil
        }
        visit(try XCTUnwrap(body(scene.pages[0].items), "the figure's body"), role: "")
        return result
    }

    /// The points a series' path runs through, in order.
    private static func points(of path: Path) -> [Point] {
        path.elements.compactMap { element -> Point? in
            switch element {
            case .move(let point), .line(let point): point
            default: nil
            }
        }
    }

    private func bind(_ figure: String) throws -> BoundFigure {
        try XCTUnwrap(TemplateBinding.bind(TemplateBinding.template(figure: figure)).figures.first)
    }

    /// The bulletin's line of the national TPT, Februari 2015 – Agustus 2024.
    private func nationalTPT() throws -> BoundFigure {
        try bind("""
            jenis: grafik-garis
            judul: Tingkat Pengangguran Terbuka (TPT) Indonesia, Februari 2015 – Agustus 2024
            data: indikator-nasional
            saring: { periode: 2015-02 s.d. 2024-08 }
            nilai: tpt
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas)
            """)
    }

    /// No two text boxes overlap, no value label is crossed by a line, and every run of the page lies inside the
    /// figure's box (the page less its margin).
    private func assertClean(_ scene: Scene, width: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let chart = try drawn(scene)
        for (index, a) in chart.texts.enumerated() {
            for b in chart.texts[(index + 1)...] where a.bounds.intersects(b.bounds) {
                XCTFail("\"\(a.text)\" overlaps \"\(b.text)\"", file: file, line: line)
            }
        }
        for label in chart.labels {
            for (name, path) in chart.lines where LabelKnockout.split(path, around: [label.bounds]) != nil {
                XCTFail("the line of \(name) crosses the label \"\(label.text)\"", file: file, line: line)
            }
        }
        let margin = HouseStyle.standard.figureMargin
        for (run, _) in scene.textRuns {
            XCTAssertGreaterThanOrEqual(run.bounds.minX, margin - 0.01, "\"\(run.text)\" hangs left of the figure's box", file: file, line: line)
            XCTAssertLessThanOrEqual(run.bounds.maxX, width - margin + 0.01, "\"\(run.text)\" hangs right of the figure's box", file: file, line: line)
        }
    }

    /// A province booklet's Grafik 1 (the province and Indonesia, Sakernas February 2023 – February 2025); Jawa
    /// Barat's unless said.
    private func booklet(_ code: String = "32", _ province: String = "Jawa Barat") throws -> BoundFigure {
        try bind("""
            jenis: grafik-garis
            judul: Tingkat Pengangguran Terbuka \(province) dan Indonesia, Februari 2023 – Februari 2025
            data: tpt-provinsi
            saring: { kode_wilayah: ["\(code)", "00"] }
            seri: wilayah
            nilai: tpt
            sorot: \(province)
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas)
            """)
    }

    func testEachLineCarriesItsFirstAndLastValueAndItsName() throws {
        let figure = try booklet()
        let chart = try XCTUnwrap(figure.body as? LineChartData)
        for width in [600.0, 330] {
            let scene = layout.standalone(figure, width: width, height: width * 0.6).scene
            let labels = try drawn(scene).labels.map(\.text)
            for series in chart.series {
                let numbers = series.values.compactMap { $0.number == nil ? nil : $0 }
                let first = chart.format.string(from: try XCTUnwrap(numbers.first)), last = chart.format.string(from: try XCTUnwrap(numbers.last))
                XCTAssertTrue(labels.contains(last), "\(series.name)'s last value \(last) at its end (\(width) pt): \(labels)")
                XCTAssertTrue(labels.contains(first), "\(series.name)'s first value \(first) beside its first point (\(width) pt): \(labels)")
                XCTAssertTrue(labels.contains(series.name), "several lines: each named at its end")
                XCTAssertTrue(last.contains(","), "Indonesian decimals: \(last)")
            }
            try assertClean(scene, width: width)
        }
    }

    /// Proof-reading 17: Grafik 1's plot narrowed with the length of the province's name at its end, 35 pt narrower in
    /// Kalimantan Selatan's booklet than in Aceh's. A name longer than `nameWrapEms` goes on two lines, split between
    /// words, so that the plots of the 38 booklets keep nearly one width.
    func testALongNameAtALinesEndGoesOnTwoLinesAndThePlotKeepsItsWidth() throws {
        func plotRight(_ code: String, _ province: String) throws -> (right: Double, labels: [String], scene: Scene) {
            let scene = layout.standalone(try booklet(code, province), width: 330, height: 200).scene
            let chart = try drawn(scene)
            let right = try XCTUnwrap(chart.lines.values.flatMap(\.elements).compactMap { element -> Double? in
                switch element { case .move(let p), .line(let p): p.x; default: nil }
            }.max())
            return (right, chart.labels.map(\.text), scene)
        }
        let aceh = try plotRight("11", "Aceh"), kalsel = try plotRight("63", "Kalimantan Selatan")
        XCTAssertTrue(kalsel.labels.contains("Kalimantan") && kalsel.labels.contains("Selatan"), "\(kalsel.labels)")
        XCTAssertFalse(kalsel.labels.contains("Kalimantan Selatan"), "\(kalsel.labels)")
        XCTAssertTrue(aceh.labels.contains("Aceh") && aceh.labels.contains("Indonesia"), "\(aceh.labels)")
        XCTAssertLessThan(aceh.right - kalsel.right, 12, "the plots' right edges: Aceh \(aceh.right), Kalimantan Selatan \(kalsel.right)")
        try assertClean(kalsel.scene, width: 330)
    }

    /// Proof-reading 17: a first value's label keeps clear of the value axis's ticks ("7,89" beside the tick "8" read
    /// as one more tick; "3,73" against "4" in Bali's booklet), and two lines' first values never stand level (Aceh's
    /// "5,75" under its point beside Indonesia's "5,45" over its own read as a pair).
    func testFirstValuesKeepClearOfTheAxisAndOfEachOther() throws {
        let figure = try booklet()
        let chart = try XCTUnwrap(figure.body as? LineChartData)
        for width in [600.0, 330] {
            let drawn = try drawn(layout.standalone(figure, width: width, height: width * 0.6).scene)
            let firsts = chart.series.compactMap { series in
                series.values.first { $0.number != nil }.map { chart.format.string(from: $0) }
            }.compactMap { text in drawn.labels.first { $0.text == text } }
            XCTAssertEqual(firsts.count, 2, "both first values labelled at \(width) pt")
            let others = drawn.texts.filter { run in !drawn.labels.contains { $0.text == run.text && $0.origin == run.origin } }
            for label in firsts {
                for other in others {
                    let gapX = max(other.bounds.minX - label.bounds.maxX, label.bounds.minX - other.bounds.maxX)
                    let gapY = max(other.bounds.minY - label.bounds.maxY, label.bounds.minY - other.bounds.maxY)
                    XCTAssertGreaterThanOrEqual(max(gapX, gapY), 4, "\"\(label.text)\" within 4 pt of \"\(other.text)\" at \(width) pt")
                }
            }
            if firsts.count == 2 {
                let (a, b) = (firsts[0].bounds, firsts[1].bounds)
                XCTAssertFalse(a.minY < b.maxY && b.minY < a.maxY, "\(firsts.map(\.text)) stand level at \(width) pt")
            }
        }
    }

    func testLabelsTakeTheLinesColour() throws {
        let scene = layout.standalone(try booklet(), width: 600, height: 360).scene
        let chart = try drawn(scene)
        let name = try XCTUnwrap(chart.labels.first { $0.text == "Jawa Barat" })
        let value = try XCTUnwrap(chart.labels.first { $0.style.weight == .bold && abs($0.bounds.midY - name.bounds.midY) < 1 })
        XCTAssertEqual(value.style.color, name.style.color, "the value and the name in the line's colour")
        XCTAssertLessThan(value.bounds.maxX, name.bounds.minX, "the value, then the name")
    }

    /// The bulletin's Grafik of the national TPT, Februari 2015 – Agustus 2024: one line, its peak (7,07 in Agustus
    /// 2020, the alt text's) labelled as well as its ends.
    func testASingleLineOverTimeLabelsItsPeak() throws {
        let figure = try nationalTPT()
        let chart = try XCTUnwrap(figure.body as? LineChartData)
        let values = chart.series[0].values.compactMap(\.number)
        XCTAssertTrue(figure.components.altText.contains("7,07"), figure.components.altText)
        for width in [760.0, 420] {
            let scene = layout.standalone(figure, width: width, height: width * 0.55).scene
            let labels = try drawn(scene).labels.map(\.text)
            XCTAssertTrue(labels.contains("7,07"), "the peak (\(width) pt): \(labels)")
            XCTAssertTrue(labels.contains(chart.format.string(from: .number(values.last!))), "the last value: \(labels)")
            XCTAssertTrue(labels.contains(chart.format.string(from: .number(values.first!))), "the first value: \(labels)")
            XCTAssertFalse(labels.contains("Indonesia"), "one line needs no name")
            try assertClean(scene, width: width)
        }
    }

    /// Proof-reading 22: on the web's phone chart (300 pt wide) the first value "5,81" slid along its line until it
    /// stood beside the next point (Agustus 2015's 6,18) and read as that one's. A first value's label now starts
    /// before the midway to the next point, or is left out.
    func testAFirstValueNeverSlidesPastTheMidwayToTheNextPoint() throws {
        let figure = try nationalTPT()
        for width in [760.0, 420, 300] {
            let chart = try drawn(layout.standalone(figure, width: width, height: nil).scene)
            let line = try XCTUnwrap(chart.lines.values.first)
            let points = Self.points(of: line)
            guard points.count > 1, let label = chart.labels.first(where: { $0.text == "5,81" }) else { continue }
            XCTAssertLessThan(label.bounds.minX, (points[0].x + points[1].x) / 2, "at \(width) pt the first value starts before the midway")
        }
    }

    /// Proof-reading 35: on the web's phone chart "5,81" of Februari 2015 stood beside Februari 2016's point (5,50)
    /// and read as its value. Every value label inside the plot lies nearer its own point than any other point; at
    /// every width the first, the peak and the trough are checked against the points of the line.
    func testEveryValueLabelIsNearerItsOwnPointThanAnyOther() throws {
        let figure = try nationalTPT()
        let chart = try XCTUnwrap(figure.body as? LineChartData)
        let values = chart.series[0].values
        var checked = 0
        for width in [760.0, 420, 360, 300, 260] {
            let drawn = try drawn(layout.standalone(figure, width: width, height: nil).scene)
            let line = try XCTUnwrap(drawn.lines.values.first)
            let points = Self.points(of: line)
            XCTAssertEqual(points.count, values.count)
            for label in drawn.labels where label.bounds.maxX <= (points.last?.x ?? 0) {
                guard let own = values.indices.filter({ chart.format.string(from: values[$0]) == label.text })
                    .min(by: { label.bounds.distance(to: points[$0]) < label.bounds.distance(to: points[$1]) })
                else { continue }
                checked += 1
                let nearest = points.indices.min { label.bounds.distance(to: points[$0]) < label.bounds.distance(to: points[$1]) }
                XCTAssertEqual(nearest, own, "at \(width) pt \(label.text) lies nearer the point of \(nearest.map { chart.periods[$0] } ?? "?")")
            }
        }
        XCTAssertGreaterThan(checked, 5)
    }

    /// Close lines: their end labels are spread apart, each joined to its point by a leader.
    func testCloseLinesSpreadTheirEndLabelsWithLeaders() throws {
        var figure = Fixtures.lineChart()
        figure.body = LineChartData(periods: ["2022", "2023", "2024"],
                                    series: [LineChartData.Series(name: "Seri A (ilustrasi)", values: [5.0, 5.1, 5.20].map { .number($0) }),
                                             LineChartData.Series(name: "Seri B (ilustrasi)", values: [5.3, 5.2, 5.21].map { .number($0) }),
                                             LineChartData.Series(name: "Seri C (ilustrasi)", values: [4.0, 4.5, 5.19].map { .number($0) })],
                                    unit: .percent, format: NumberFormat(decimals: 2))
        let scene = layout.standalone(figure, width: 500, height: 300).scene
        let chart = try drawn(scene)
        let ends = ["5,20", "5,21", "5,19"].compactMap { text in chart.labels.first { $0.text == text } }
        XCTAssertEqual(ends.count, 3)
        try assertClean(scene, width: 500)
        var leaders = 0
        func count(_ items: [SceneItem], inLabels: Bool) {
            for item in items {
                if case .group(let group) = item { count(group.items, inLabels: inLabels || group.role == "value labels") }
                if inLabels, case .shape(let shape) = item, shape.stroke != nil { leaders += 1 }
            }
        }
        count(scene.pages[0].items, inLabels: false)
        XCTAssertGreaterThanOrEqual(leaders, 2, "at least two of the three labels moved and got a leader")
    }

    /// Proof-readings 31 and 55: an end label moved a few points off its point's height got a leader of a few points,
    /// read as a stray "\" by "4,76 Indonesia" on three booklets. A label moved less than half its height stands level
    /// with its point, without a leader; every leader drawn is longer than that.
    func testNoEndLabelHasAStubOfALeader() throws {
        let half = FixedWidthMeasurer().metrics(for: HouseStyle.standard.text(HouseStyle.standard.smallSize)).lineHeight / 2
        for (code, province) in [("12", "Sumatera Utara"), ("73", "Sulawesi Selatan"), ("95", "Papua Selatan"), ("32", "Jawa Barat")] {
            for (width, height) in [(330.0, 190.0), (330, 230), (400, 250)] {
                let scene = layout.standalone(try booklet(code, province), width: width, height: height).scene
                func leaders(_ items: [SceneItem], inLabels: Bool) -> [Rect] {
                    items.flatMap { item -> [Rect] in
                        if case .group(let group) = item { return leaders(group.items, inLabels: inLabels || group.role == "value labels") }
                        if inLabels, case .shape(let shape) = item, shape.stroke != nil { return [shape.path.bounds] }
                        return []
                    }
                }
                for leader in leaders(scene.pages[0].items, inLabels: false) {
                    XCTAssertTrue(leader.height > half * 0.9 || leader.width > 12, "\(province) \(width)x\(height): a leader \(leader)")
                }
            }
        }
    }

    /// Proof-reading 6: Kota Cimahi's 2018 TPT (8,0x) sat on the axis line of an axis from 8. The lowest value keeps
    /// clear of the axis: the axis starts a step lower. (The values are illustrative, shaped like Cimahi's.)
    func testTheLowestPointDoesNotSitOnTheAxis() throws {
        var figure = Fixtures.lineChart()
        figure.body = LineChartData(periods: ["2017", "2018", "2019", "2020"],
                                    series: [LineChartData.Series(name: "Seri A (ilustrasi)", values: [8.42, 8.0, 8.09, 13.3].map { .number($0) })],
                                    unit: .percent, format: NumberFormat(decimals: 2))
        let scene = layout.standalone(figure, width: 500, height: 300).scene
        let ticks = scene.textRuns.map(\.run.text).compactMap { Int($0) }
        XCTAssertEqual(ticks.min(), 6, "the axis starts below 8: \(ticks)")
    }

    /// Proof-reading 17: Papua Selatan's Agustus 2024 TPT, 4,05, sat on the axis line of an axis from 4 in its booklet's
    /// Grafik 1, its marker merging with the line. The axis starts a step lower (3,5).
    func testALowPointsMarkerStandsClearOfTheAxisLine() throws {
        let texts = layout.standalone(try booklet("95", "Papua Selatan"), width: 440, height: 260).scene.textRuns.map(\.run.text)
        XCTAssertTrue(texts.contains("3,5"), "the axis starts at 3,5, below 4,05: \(texts)")
    }

    /// Proof-reading 23: the phone chart's ticks read "Feb 2015, Agu 2017, Feb 2020, Agu 2022"; and "4,5" stood 2 pt
    /// over "Feb 2015", read as one stacked label.
    func testPeriodLabelsKeepOneTimeOfYearAndTheLowestValueLabelSitsOnTheAxis() throws {
        for width in [300.0, 600] {
            let texts = layout.standalone(try nationalTPT(), width: width, height: 300).scene.textRuns.map(\.run)
            let periods = texts.filter { $0.text.hasPrefix("Feb ") || $0.text.hasPrefix("Agu ") }
            XCTAssertGreaterThan(periods.count, 2, "\(width): \(periods.map(\.text))")
            XCTAssertTrue(periods.allSatisfy { $0.text.hasPrefix("Feb ") }, "\(width): \(periods.map(\.text))")
            let lowest = try XCTUnwrap(texts.first { $0.text == "4,5" }, "the lowest tick")
            let first = try XCTUnwrap(periods.first)
            XCTAssertGreaterThanOrEqual(first.bounds.minY - lowest.bounds.maxY, 2, "\(width): \"4,5\" over \"\(first.text)\"")
        }
    }

    /// Proof-reading 22: Jawa Barat's first value "7,89" stood level with the unit's line, "Persen 7,89" read as one
    /// heading. Where it has another place it takes it (at 330 pt in the tests' fixed-width measure it has none, and
    /// stays rather than go unlabelled).
    func testNoValueStandsBesideTheUnitLine() throws {
        for (width, height) in [(400.0, 250.0), (480, 260)] {
            let scene = layout.standalone(try booklet(), width: width, height: height).scene
            let chart = try drawn(scene)
            let unit = try XCTUnwrap(chart.texts.first { $0.text == "Persen" })
            for label in chart.labels where label.bounds.minY < unit.bounds.maxY && unit.bounds.minY < label.bounds.maxY {
                XCTAssertGreaterThanOrEqual(label.bounds.minX - unit.bounds.maxX, 3 * unit.style.size,
                                            "\(width)x\(height): \"\(label.text)\" beside \"Persen\"")
            }
        }
    }

    /// Proof-reading 24: Papua's line starts again at Februari 2024 after the break in comparability, and its booklet's
    /// text compares with that value; it stood unlabelled.
    func testAPointStartingALineAgainAfterABreakIsLabelled() throws {
        let chart = try drawn(layout.standalone(try booklet("94", "Papua"), width: 400, height: 250).scene)
        XCTAssertTrue(chart.labels.map(\.text).contains("5,81"), "\(chart.labels.map(\.text))")
    }

    /// Proof-reading 54: Kepulauan Bangka Belitung's 4,63 of Agustus 2024, the figure its booklet's text sets in bold,
    /// stood bare: Indonesia's point just over it, its own lines meeting steeply under it. Every value of the booklet's
    /// own line is labelled, at a gap further off where it must be.
    func testEveryValueOfABookletsOwnLineIsLabelled() throws {
        let figure = try booklet("19", "Kepulauan Bangka Belitung")
        let chart = try XCTUnwrap(figure.body as? LineChartData)
        let own = try XCTUnwrap(chart.series.first { $0.name == "Kepulauan Bangka Belitung" })
        let values = own.values.compactMap(\.number).map { chart.format.string(from: .number($0)) }
        XCTAssertEqual(values, ["3,89", "4,56", "3,85", "4,63", "4,17"])
        for (width, height) in [(330.0, 190.0), (330, 230), (400, 250)] {
            let scene = layout.standalone(figure, width: width, height: height).scene
            let labels = try drawn(scene).labels.map(\.text)
            for value in values { XCTAssertTrue(labels.contains(value), "\(width)x\(height): \(value) in \(labels)") }
            try assertClean(scene, width: width)
        }
    }

    /// Proof-reading 55: Papua Selatan's line starts in Februari 2024, 4,75 under Indonesia's point and falling steeply
    /// to 4,05: its first value, which the booklet's text cites, stood bare. A first value has the places under its
    /// point and left of it last.
    func testALineStartingMidChartUnderAnotherLabelsItsFirstValue() throws {
        let figure = try booklet("95", "Papua Selatan")
        for (width, height) in [(330.0, 190.0), (330, 230)] {
            let scene = layout.standalone(figure, width: width, height: height).scene
            let labels = try drawn(scene).labels.map(\.text)
            for value in ["4,75", "4,05", "4,90"] { XCTAssertTrue(labels.contains(value), "\(width)x\(height): \(value) in \(labels)") }
            try assertClean(scene, width: width)
        }
    }

    /// Proof-reading 23: on Aceh's booklet Indonesia's first value went unlabelled, its line leaving the point gently
    /// under Aceh's "5,75".
    func testBothLinesOfABookletLabelTheirFirstValue() throws {
        for (width, height) in [(330.0, 230.0), (400, 250), (480, 260)] {
            let chart = try drawn(layout.standalone(try booklet("11", "Aceh"), width: width, height: height).scene)
            let labels = chart.labels.map(\.text)
            XCTAssertTrue(labels.contains("5,75") && labels.contains("5,45"), "\(width)x\(height) \(labels)")
        }
    }

    /// The booklet's first period label ("Feb 2023") hung 2 mm left of the text block: it is shifted inward.
    func testPeriodLabelsAtBothEndsStayInsideTheFigure() throws {
        for width in [300.0, 330, 600] {
            let scene = layout.standalone(try booklet(), width: width, height: 200).scene
            XCTAssertTrue(scene.textRuns.contains { $0.run.text == "Feb 2023" })
            try assertClean(scene, width: width)
        }
    }

    private func sharedScaleTemplate(group: String = "tpt-karakteristik", second: String = "tpt") -> String {
        """
        publikasi: { judul: Uji }
        bab:
          - isi:
              - jenis: grafik-batang
                id: tpt-jenis-kelamin
                judul: TPT menurut Jenis Kelamin, Agustus 2024
                data: tpt-jenis-kelamin-daerah
                saring: { periode: 2024-08, dimensi: jenis_kelamin }
                kategori: kategori
                nilai: tpt
                arah: vertikal
                skala-bersama: tpt-karakteristik
                sumber: BPS, Sakernas Agustus 2024
              - jenis: grafik-batang
                id: tpt-daerah
                judul: TPT menurut Daerah, Agustus 2024
                data: tpt-jenis-kelamin-daerah
                saring: { periode: 2024-08, dimensi: daerah }
                kategori: kategori
                nilai: \(second)
                arah: vertikal
                skala-bersama: \(group)
                sumber: BPS, Sakernas Agustus 2024
        """
    }

    /// The infographic's TPT by sex and by area: 0–5 by 1 beside 0–6 by 2 until they shared a scale.
    func testChartsOfOneGroupShareTheirTicks() throws {
        let bound = try TemplateBinding.bind(sharedScaleTemplate())
        XCTAssertEqual(bound.figures.count, 2)
        XCTAssertNotNil(bound.figures[0].sharedValueRange)
        XCTAssertEqual(bound.figures[0].sharedValueRange, bound.figures[1].sharedValueRange)
        func ticks(_ figure: BoundFigure) -> [String] {
            layout.standalone(figure, width: 400, height: 300).scene.textRuns.map(\.run.text).filter { text in
                text.allSatisfy { $0.isNumber || $0 == "," } && !text.isEmpty
            }
        }
        let sex = Set(ticks(bound.figures[0])), area = Set(ticks(bound.figures[1]))
        let axis = { (labels: Set<String>) in labels.filter { !$0.contains(",") || $0.hasSuffix(",0") } }
        XCTAssertEqual(axis(sex), axis(area), "the same ticks on both charts")

        let apart = try TemplateBinding.bind(sharedScaleTemplate(group: "lain"))
        XCTAssertNotEqual(Set(ticks(apart.figures[0])).filter { !$0.contains(",") }, Set(ticks(apart.figures[1])).filter { !$0.contains(",") },
                          "without the shared group the scales differ (the defect)")
    }

    /// Proof-reading 24: Perkotaan's 5,79 stood under the top gridline at 6, its value above the plot level with the
    /// tick; a labelled column that close to the top gets one more step, on both charts of the shared scale.
    func testALabelledColumnCloseToTheTopGetsOneMoreStep() throws {
        let bound = try TemplateBinding.bind(sharedScaleTemplate())
        for figure in bound.figures {
            let texts = layout.standalone(figure, width: 400, height: 300).scene.textRuns.map(\.run.text)
            XCTAssertTrue(texts.contains("8"), "\(figure.id): \(texts)")
            XCTAssertFalse(texts.contains("10"), "\(figure.id): one step, no more: \(texts)")
        }
    }

    func testASharedScaleOfAFigureWithoutAValueAxisIsAnError() throws {
        let text = TemplateBinding.template(figure: """
            jenis: tabel-tunggal
            judul: TPT menurut Daerah, Agustus 2024
            data: tpt-jenis-kelamin-daerah
            saring: { periode: 2024-08, dimensi: daerah }
            baris: kategori
            nilai: tpt
            skala-bersama: tpt
            sumber: BPS, Sakernas Agustus 2024
            """)
        XCTAssertThrowsError(try TemplateBinding.bind(text)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("uji.yaml"), message)
            XCTAssertTrue(message.contains("has no value axis to share"), message)
        }
    }
}
