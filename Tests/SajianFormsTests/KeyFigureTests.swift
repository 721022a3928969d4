import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// *Angka kunci* (issue 14): binding to the official figures, the change with its direction in arrow and word, the CSV
/// and alt text, the errors of its keys, and its tile laid out inside its frame.
final class KeyFigureTests: XCTestCase {
    /// TPT Agustus 2024 (BPS, Sakernas), with the series since Februari 2015 for the sparkline.
    private let tptYAML = """
        jenis: angka-kunci
        id: angka-tpt
        judul: Tingkat Pengangguran Terbuka, Agustus 2024
        data: indikator-nasional
        nilai: tpt
        periode: 2024-08
        saring: { periode: 2015-02 s.d. 2024-08 }
        garis-kecil: ya
        sumber: BPS, Sakernas Agustus 2024
        """

    private func template(_ figure: String, language: String = "id") -> String {
        "publikasi: { judul: Uji, bahasa: \(language) }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
    }

    private func bind(_ figure: String, language: String = "id") throws -> BoundFigure {
        try TemplateBinding.bind(template(figure, language: language)).figures[0]
    }

    private func tile(_ figure: BoundFigure) throws -> KeyFigureData {
        guard let tile = figure.body as? KeyFigureData else {
            XCTFail("expected an angka kunci, got \(type(of: figure.body))")
            throw TestSupport.Failure("not an angka kunci")
        }
        return tile
    }

    /// The text runs and the stroked lines (with their boxes and how many points each has) of a laid-out figure, in
    /// the figure's coordinates.
    private func drawn(_ laid: LaidOutFigure) -> (runs: [TextRun], lines: [(box: Rect, points: Int)]) {
        var runs: [TextRun] = [], lines: [(box: Rect, points: Int)] = []
        func visit(_ items: [SceneItem], _ offset: Point) {
            for item in items {
                switch item {
                case .group(let group): visit(group.items, Point(x: offset.x + group.transform.tx, y: offset.y + group.transform.ty))
                case .text(var run): run.origin = Point(x: run.origin.x + offset.x, y: run.origin.y + offset.y); runs.append(run)
                case .shape(let shape) where shape.stroke != nil:
                    let box = shape.path.bounds
                    lines.append((Rect(x: box.x + offset.x, y: box.y + offset.y, width: box.width, height: box.height), shape.path.elements.count))
                default: break
                }
            }
        }
        visit(laid.items, Point(x: 0, y: 0))
        return (runs, lines)
    }

    func testBindsTheValueTheYearBeforeAndTheSeries() throws {
        let figure = try bind(tptYAML)
        XCTAssertEqual(figure.components.kind, .keyFigure)
        let tile = try tile(figure)
        XCTAssertEqual(tile.value, .number(4.91))
        XCTAssertEqual(tile.periodLabel, "Agustus 2024")
        XCTAssertEqual(tile.previous?.label, "Agustus 2023", "the same month a year before, not Februari 2024")
        XCTAssertEqual(tile.previous?.value, .number(5.32))
        XCTAssertEqual(tile.changeLine(locale: .indonesian)?.text, "turun 0,41 persen poin")
        XCTAssertEqual(tile.changeLine(locale: .indonesian)?.direction, .down)
        XCTAssertEqual(tile.sparkline.first?.periodCode, "2015-02")
        XCTAssertEqual(tile.sparkline.last?.periodCode, "2024-08")
        XCTAssertEqual(tile.sparkline.count, 20)
    }

    /// A key-figure tile is not a chart (proof-reading 8, N15): it is numbered "Angka kunci 1, 2, …" in a sequence of
    /// its own, the charts after it start at Grafik 1, and narasi refers to it by that name.
    func testKeyFiguresAreNumberedAsAngkaKunciApartFromTheCharts() throws {
        let second = tptYAML.replacingOccurrences(of: "id: angka-tpt", with: "id: angka-tpak").replacingOccurrences(of: "nilai: tpt", with: "nilai: tpak")
        let bar = "jenis: grafik-batang\nid: tpt-provinsi\njudul: TPT menurut Provinsi, Agustus 2024\ndata: tpt-provinsi\nsaring: { periode: 2024-08 }\nkategori: wilayah\nnilai: tpt\nsumber: BPS"
        let narasi = "jenis: narasi\nid: n\nawal: Lihat {{ ref angka-tpak }} dan {{ ref tpt-provinsi }}."
        let text = "publikasi: { judul: Uji }\nbab:\n  - isi:\n" + [tptYAML, second, bar, narasi].map { TemplateBinding.listItem($0, indent: 6) }.joined(separator: "\n") + "\n"
        let bound = try TemplateBinding.bind(text)
        let vocabulary = Vocabulary.indonesian
        XCTAssertEqual(bound.figures.map(\.components.kind), [.keyFigure, .keyFigure, .chart])
        XCTAssertEqual(bound.figures.map { $0.components.label(in: vocabulary) }, ["Angka kunci 1", "Angka kunci 2", "Grafik 1"])
        XCTAssertEqual(bound.narratives["n"]?.plainText, "Lihat Angka kunci 2 dan Grafik 1.")
        XCTAssertEqual(bound.figures[0].components.label(in: .english), "Key figure 1")
        let laid = FigureLayout(measurer: FixedWidthMeasurer()).layout(bound.figures[0], width: 400)
        let dump = SceneDump.dump(Scene(info: DocumentInfo(title: ""), pages: [Page(size: laid.size, items: laid.items)]))
        XCTAssertTrue(dump.contains("\"Angka kunci 1\""), dump)
        XCTAssertFalse(dump.contains("Grafik"), dump)
        XCTAssertEqual(LineBreakRules.units(of: "lihat Angka kunci 12 dan"), ["lihat", "Angka kunci 12", "dan"], "never broken inside")
    }

    /// In a publication the front lists hold PER.03's three forms: a tile is in the PDF outline as "Angka kunci 1 …"
    /// but not in the Daftar Grafik, which lists the chart after it as Grafik 1.
    func testTheDaftarGrafikLeavesTilesOutAndTheOutlineKeepsThem() throws {
        let bar = "jenis: grafik-batang\nid: tpt-provinsi\njudul: TPT menurut Provinsi, Agustus 2024\ndata: tpt-provinsi\nsaring: { periode: 2024-08 }\nkategori: wilayah\nnilai: tpt\nsumber: BPS"
        let text = "publikasi: { judul: Uji }\nbab:\n  - judul: Angka\n    isi:\n" + [tptYAML, bar].map { TemplateBinding.listItem($0, indent: 6) }.joined(separator: "\n") + "\n"
        let bound = try TemplateBinding.bind(text)
        let content = PublicationContent(info: DocumentInfo(title: "Uji"), chapters: [BoundChapter(title: "Angka", blocks: bound.figures.map { .figure($0) })])
        let scene = PublicationLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()), setup: PageSetup(paper: .a4)).layout(content).scene
        let runs = scene.textRuns
        let listPage = try XCTUnwrap(runs.last { $0.run.text == "Daftar Grafik" }?.page, "a Daftar Grafik (after the daftar isi that lists it)")
        let listed = runs.filter { $0.page == listPage }.map(\.run.text)
        XCTAssertTrue(listed.contains("Grafik 1"), "\(listed)")
        XCTAssertFalse(listed.contains { $0.contains("Angka kunci") }, "no tile in the lists: \(listed)")
        XCTAssertFalse(runs.contains { $0.run.text.hasPrefix("Daftar Angka") }, "no list of tiles")
        let outline = scene.pages.flatMap(\.bookmarks).map(\.title)
        XCTAssertTrue(outline.contains("Angka kunci 1 Tingkat Pengangguran Terbuka, Agustus 2024"), "\(outline)")
        XCTAssertTrue(outline.contains("Grafik 1 TPT menurut Provinsi, Agustus 2024"), "\(outline)")
    }

    func testCountsChangeWithTheirPercentageAndInTheUnitShown() throws {
        let yaml = tptYAML.replacingOccurrences(of: "nilai: tpt", with: "nilai: bekerja\nsatuan: juta orang\ndesimal: 2")
            .replacingOccurrences(of: "garis-kecil: ya\n", with: "")
        let tile = try tile(try bind(yaml))
        XCTAssertEqual(tile.format.string(from: tile.value), "144,64")
        XCTAssertEqual(tile.changeLine(locale: .indonesian)?.text, "naik 4,79 juta orang (3,42 persen)")
        XCTAssertTrue(tile.sparkline.isEmpty, "no sparkline unless asked")
    }

    /// Proof-reading 20: a tile's change is the difference of the two figures as printed. Kota Banjar's UMK 2023,
    /// 1.998.119,05 against 1.852.099,52, prints 1.998.119 and 1.852.100: naik 146.019, not the 146.020 of the sen.
    func testTheChangeIsTheDifferenceOfTheFiguresAsPrinted() {
        let tile = KeyFigureData(label: "UMK", periodCode: "2023", periodLabel: "2023", value: .number(1_998_119.05),
                                 previous: KeyFigureData.Point(periodCode: "2022", label: "2022", value: .number(1_852_099.52)),
                                 sparkline: [], unit: .rupiahPerMonth, format: NumberFormat(decimals: 0))
        XCTAssertEqual(tile.changeLine(locale: .indonesian)?.text, "naik 146.019 rupiah per bulan (7,88 persen)")
    }

    func testLatestPeriodWhenNoneIsNamedAndEnglishWords() throws {
        let yaml = tptYAML.replacingOccurrences(of: "periode: 2024-08\n", with: "").replacingOccurrences(of: "2015-02 s.d. 2024-08", with: "2023-08 s.d. 2024-08")
        let figure = try bind(yaml, language: "en")
        let tile = try tile(figure)
        XCTAssertEqual(tile.periodCode, "2024-08")
        XCTAssertEqual(tile.changeLine(locale: .english)?.text, "down 0.41 percentage points")
        XCTAssertEqual(figure.components.altText,
                       "Tingkat Pengangguran Terbuka August 2024: 4.91 percent, down 0.41 percentage points from August 2023 (5.32 percent). Sparkline: August 2023 to August 2024, lowest 4.82 percent, highest 5.32 percent.")
    }

    func testAltTextAndCSVSayWhatTheTileShows() throws {
        let figure = try bind(tptYAML)
        XCTAssertTrue(figure.components.altText.hasPrefix("Tingkat Pengangguran Terbuka Agustus 2024: 4,91 persen, turun 0,41 persen poin dibanding Agustus 2023 (5,32 persen). Garis kecil: Februari 2015 sampai Agustus 2024; terendah 4,82 persen; tertinggi 7,07 persen."),
                      figure.components.altText)
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["periode", "nilai (persen)", "peran"])
        XCTAssertEqual(table.records[0], [.text("2024-08"), .value(.number(4.91), decimals: 2), .text("angka")])
        XCTAssertEqual(table.records[1], [.text("2023-08"), .value(.number(5.32), decimals: 2), .text("pembanding")])
    }

    /// The direction is a drawn triangle beside the word, not ▲ or ▼ as text: Noto Sans has no such glyph, so the
    /// PDF would embed a fallback font (DejaVu) for one character. The word ("turun") stays for screen readers.
    func testDirectionIsADrawnTriangleBesideTheWord() throws {
        let figure = try bind(tptYAML)
        let laid = FigureLayout(measurer: FixedWidthMeasurer()).layout(figure, width: 240)
        var runs: [TextRun] = [], shapes: [Shape] = []
        func visit(_ items: [SceneItem]) {
            for item in items {
                switch item {
                case .group(let group): visit(group.items)
                case .text(let run): runs.append(run)
                case .shape(let shape): shapes.append(shape)
                default: break
                }
            }
        }
        visit(laid.items)
        XCTAssertFalse(runs.contains { $0.text.contains(where: { "▲▼●".contains($0) }) }, "\(runs.map(\.text))")
        let word = try XCTUnwrap(runs.first { $0.text.hasPrefix("turun 0,41 persen poin") }, "\(runs.map(\.text))")
        let mark = try XCTUnwrap(shapes.first { $0.fill == word.style.color }, "a shape in the fall's colour")
        let points = mark.path.elements.compactMap { element -> Point? in
            switch element {
            case .move(let p), .line(let p): p
            default: nil
            }
        }
        XCTAssertEqual(points.count, 3, "a triangle")
        let ys = points.map(\.y).sorted()
        XCTAssertEqual(ys[0], ys[1], accuracy: 1e-9, "a flat top …")
        XCTAssertGreaterThan(ys[2], ys[1], "… and its point below: down")
        let box = mark.path.bounds
        XCTAssertLessThan(box.maxX, word.origin.x, "left of the word")
        XCTAssertTrue(word.bounds.minY <= box.minY && box.maxY <= word.bounds.maxY, "within the word's line: \(box) \(word.bounds)")
    }

    /// The change is coloured good or bad only where `arah-baik:` says which way is better: a fall in unemployment
    /// blue, a rise in it vermillion, and without the key the tile's own colour (a rise in employment is no warning).
    func testChangeIsColouredByWhichWayIsBetter() throws {
        func changeColour(_ yaml: String) throws -> Color {
            let laid = FigureLayout(measurer: FixedWidthMeasurer()).layout(try bind(yaml), width: 240)
            func runs(_ items: [SceneItem]) -> [TextRun] {
                items.flatMap { item -> [TextRun] in
                    switch item {
                    case .group(let group): runs(group.items)
                    case .text(let run): [run]
                    default: []
                    }
                }
            }
            return try XCTUnwrap(runs(laid.items).first { $0.text.hasPrefix("turun 0,41") }).style.color
        }
        let better = try changeColour(tptYAML + "\narah-baik: turun")
        let worse = try changeColour(tptYAML + "\narah-baik: naik")
        let neutral = try changeColour(tptYAML)
        XCTAssertEqual(better, Color(hex: 0x00588A))
        XCTAssertEqual(worse, Color(hex: 0xA63D00))
        XCTAssertNotEqual(neutral, better)
        XCTAssertNotEqual(neutral, worse)
        XCTAssertThrowsError(try bind(tptYAML + "\narah-baik: bagus")) { error in
            XCTAssertTrue("\(error)".contains("`arah-baik: bagus` is not one of naik, turun, netral"), "\(error)")
        }
    }

    func testErrorsNameTheKeyAndWhatToDo() throws {
        XCTAssertThrowsError(try bind(tptYAML.replacingOccurrences(of: "periode: 2024-08\n", with: "periode: 2030-08\n"))) { error in
            XCTAssertTrue("\(error)".contains("`periode: 2030-08` has no value of `tpt` after `saring:`"), "\(error)")
        }
        XCTAssertThrowsError(try bind(tptYAML.replacingOccurrences(of: "nilai: tpt\n", with: ""))) { error in
            XCTAssertTrue("\(error)".contains("angka-kunci `angka-tpt` lacks its angka (nilai) (`nilai`), a mandatory component under PER.03/MEN/II/2009"), "\(error)")
        }
        let twoSeries = """
            jenis: angka-kunci
            id: dua
            judul: TPT
            data: tpt-provinsi
            nilai: tpt
            sumber: BPS
            """
        XCTAssertThrowsError(try bind(twoSeries)) { error in
            XCTAssertTrue("\(error)".contains("leaves more than one value of `tpt`"), "\(error)")
        }
    }

    /// A tile shorter than it needs leaves out its sparkline and says so; the comparison keeps its one wording, with
    /// the earlier value (proof-reading: the posts had said "dibanding Agustus 2023" alone, the square "…: 5,32 persen").
    func testATileShorterThanItNeedsLeavesOutTheSparklineButNotTheEarlierValue() throws {
        let figure = try bind(tptYAML)
        let layout = FigureLayout(measurer: FixedWidthMeasurer())
        let laid = layout.layout(figure, width: 240, height: 60)
        XCTAssertEqual(laid.warnings.count, 1)
        XCTAssertTrue(laid.warnings.first?.message.contains("the sparkline is left out") ?? false, "\(laid.warnings)")
        let dump = SceneDump.dump(Scene(info: DocumentInfo(title: ""), pages: [Page(size: laid.size, items: laid.items)]))
        XCTAssertTrue(dump.contains("dibanding Agustus 2023") && dump.contains("5,32 persen)"), dump)
        XCTAssertFalse(dump.contains("Feb 2015 – Agu 2024"), "the sparkline is left out")
    }

    /// A web tile stands under its caption ("Angka kunci 1 Tingkat Pengangguran Terbuka, Agustus 2024"): it does not say its
    /// label and period again (review 3, finding 12); the sparkline's periods stand under the line.
    func testUnderACaptionTheTileLeavesItsNameToTheCaptionAndDatesItsSparkline() throws {
        let figure = try bind(tptYAML + "\nlabel: Pengangguran terbuka (TPT)")
        let laid = FigureLayout(measurer: FixedWidthMeasurer()).layout(figure, width: 240)
        let (runs, lines) = drawn(laid)
        let texts = runs.map(\.text)
        XCTAssertTrue(texts.joined(separator: " ").contains("Tingkat Pengangguran Terbuka, Agustus 2024"), "the caption: \(texts)")
        XCTAssertFalse(texts.contains("Pengangguran terbuka (TPT)"), "no inner label under the caption: \(texts)")
        // (Not the source's run, hung after its "Sumber:" label: "BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024".)
        XCTAssertEqual(texts.filter { $0.contains("Agustus 2024") && !$0.contains("dibanding") && !$0.contains("Sakernas") }.count, 1, "the period once, in the caption: \(texts)")
        XCTAssertTrue(texts.contains("4,91"), "\(texts)")
        let span = try XCTUnwrap(runs.first { $0.text == "Feb 2015 – Agu 2024" }, "the sparkline's span: \(texts)")
        let sparkline = try XCTUnwrap(lines.max { $0.points < $1.points }, "the sparkline")
        XCTAssertGreaterThanOrEqual(sparkline.points, 20)
        XCTAssertGreaterThanOrEqual(span.bounds.minY, sparkline.box.maxY - 0.01, "the span under the line")
    }

    /// The sparkline stands clear of the comparison over it (proof-reading 7, #14: the peak of TPT's line, 7,07 in
    /// 2020, all but touched "dibanding Agustus 2023"): no text box on the line's box, and at least 8 pt between them,
    /// at the tile's own height and in a taller frame.
    func testTheSparklineKeepsClearOfTheComparisonOverIt() throws {
        let figure = try bind(tptYAML)
        let layout = FigureLayout(measurer: FixedWidthMeasurer())
        for height in [nil, 260.0] {
            let laid = layout.layout(figure, width: 300, height: height)
            let (runs, lines) = drawn(laid)
            let sparkline = try XCTUnwrap(lines.max { $0.points < $1.points }, "the sparkline").box
            for run in runs { XCTAssertFalse(run.bounds.intersects(sparkline), "`\(run.text)` on the sparkline (height \(String(describing: height)))") }
            let comparison = try XCTUnwrap(runs.last { $0.text.contains("5,32 persen)") }, "\(runs.map(\.text))")
            XCTAssertGreaterThanOrEqual(sparkline.minY - comparison.bounds.maxY, 8 - 0.01, "room between the comparison and the line (height \(String(describing: height)))")
        }
    }

    /// Web tiles of a row are drawn at one height (`TileRow`); under a caption of fewer lines the room stands over the
    /// number, so that the numbers and the sparklines of the row stand on one line each (proof-reading 7, #14).
    func testTilesOfOneHeightPutTheirNumbersOnOneLineWhateverTheirCaptions() throws {
        let long = try bind(tptYAML.replacingOccurrences(of: "judul: Tingkat Pengangguran Terbuka, Agustus 2024",
                                                          with: "judul: Tingkat Pengangguran Terbuka menurut Survei Angkatan Kerja Nasional, Agustus 2024"))
        let short = try bind(tptYAML.replacingOccurrences(of: "judul: Tingkat Pengangguran Terbuka, Agustus 2024", with: "judul: TPT, Agustus 2024"))
        let layout = FigureLayout(measurer: FixedWidthMeasurer())
        let height = max(layout.layout(long, width: 300).size.height, layout.layout(short, width: 300).size.height)
        let tiles = [long, short].map { drawn(layout.layout($0, width: 300, height: height)) }
        let captions = [long, short].map { figure in drawn(layout.layout(figure, width: 300)).runs.filter { $0.style.weight == .bold && $0.style.size == 10 }.count }
        XCTAssertGreaterThan(captions[0], captions[1], "captions of different lines: \(captions)")
        let numbers = try tiles.map { tile in try XCTUnwrap(tile.runs.first { $0.text == "4,91" }).origin.y }
        XCTAssertEqual(numbers[0], numbers[1], accuracy: 0.01, "the numbers on one line")
        let sparklines = try tiles.map { tile in try XCTUnwrap(tile.lines.max { $0.points < $1.points }).box.minY }
        XCTAssertEqual(sparklines[0], sparklines[1], accuracy: 0.01, "the sparklines on one line")
    }

    func testTileStaysInsideItsFrameAtSeveralWidthsWithoutOverlaps() throws {
        let figure = try bind(tptYAML)
        let layout = FigureLayout(measurer: FixedWidthMeasurer())
        for width in [140.0, 220.0, 400.0] {
            let laid = layout.layout(figure, width: width)
            var runs: [TextRun] = []
            func visit(_ items: [SceneItem], _ offset: Point) {
                for item in items {
                    switch item {
                    case .group(let group): visit(group.items, Point(x: offset.x + group.transform.tx, y: offset.y + group.transform.ty))
                    case .text(var run): run.origin = Point(x: run.origin.x + offset.x, y: run.origin.y + offset.y); runs.append(run)
                    default: break
                    }
                }
            }
            visit(laid.items, Point(x: 0, y: 0))
            XCTAssertTrue(runs.contains { $0.text == "4,91" }, "\(runs.map(\.text))")
            XCTAssertTrue(runs.contains { $0.text.hasPrefix("turun") }, "\(runs.map(\.text))")
            let page = Rect(x: 0, y: 0, width: width, height: laid.size.height)
            for run in runs {
                XCTAssertTrue(page.contains(run.bounds, tolerance: 0.5), "`\(run.text)` leaves the figure at width \(width)")
            }
            // Boxes that only touch (a line's descent on the next one's ascent, up to rounding) do not overlap.
            func inset(_ r: Rect) -> Rect { Rect(x: r.x + 0.01, y: r.y + 0.01, width: r.width - 0.02, height: r.height - 0.02) }
            for (i, a) in runs.enumerated() {
                for b in runs[(i + 1)...] where inset(a.bounds).intersects(inset(b.bounds)) {
                    XCTFail("`\(a.text)` overlaps `\(b.text)` at width \(width)")
                }
            }
        }
    }
}
