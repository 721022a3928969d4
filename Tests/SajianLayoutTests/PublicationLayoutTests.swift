import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// A whole publication: cover, kata pengantar, lists with page numbers that match where things are,
/// clickable entries, numbered pages, narasi set ragged-right in columns and justified across the full measure.
final class PublicationLayoutTests: XCTestCase {
    private let figureLayout = FigureLayout(measurer: FixedWidthMeasurer())

    private func paragraph(_ words: Int, bold: Int? = nil) -> [InlineText] {
        (0..<words).map { index in InlineText((index == 0 ? "" : " ") + "kata\(index)", emphasis: index == bold ? .bold : []) }
    }

    private func content() -> PublicationContent {
        var chart = Fixtures.barChart()
        chart.components.number = "1.1"
        var table = Fixtures.table()
        table.components.number = "2.1"
        let narrative = BoundNarrative(id: "n", title: "Ringkasan", columns: 2,
                                       paragraphs: [paragraph(120, bold: 3), paragraph(80), paragraph(200)])
        let appeal = BoundNarrative(id: "a", genre: .suggestive, paragraphs: [paragraph(40)])
        var content = PublicationContent(info: DocumentInfo(title: "Buletin Uji"), chapters: [
            BoundChapter(title: "Pengangguran", blocks: [.narrative(narrative), .figure(chart)]),
            BoundChapter(title: "Upah", blocks: [.figure(table), .narrative(appeal)]),
        ])
        content.publisher = "Penerbit Uji"
        content.period = "Triwulan IV 2024"
        content.foreword = BoundNarrative(id: "kata-pengantar", paragraphs: [paragraph(60)])
        content.signature = Signature(placeAndDate: "Jakarta, November 2024", signatory: "Tim Uji")
        content.backPage = ["Alamat"]
        return content
    }

    private func layout(_ paper: PaperSize = .a4) -> Scene {
        PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: paper, marginMillimetres: 20)).layout(content()).scene
    }

    private func runs(_ scene: Scene, page: Int) -> [TextRun] { scene.textRuns.filter { $0.page == page }.map(\.run) }

    func testFrontMatterInOrderWithRomanFoliosAndABackPage() throws {
        let scene = layout()
        XCTAssertTrue(runs(scene, page: 0).contains { $0.text == "Buletin Uji" }, "the cover has the title")
        XCTAssertTrue(runs(scene, page: 0).contains { $0.text == "Triwulan IV 2024" })
        XCTAssertFalse(runs(scene, page: 0).contains { $0.text == "i" }, "the cover has no folio")
        XCTAssertTrue(runs(scene, page: 1).contains { $0.text == "Kata Pengantar" })
        XCTAssertTrue(runs(scene, page: 1).contains { $0.text == "i" })
        XCTAssertTrue(runs(scene, page: 1).contains { $0.text == "Tim Uji" && $0.style.weight == .bold })
        XCTAssertTrue(runs(scene, page: 2).contains { $0.text == "Daftar Isi" })
        XCTAssertTrue(runs(scene, page: 2).contains { $0.text == "ii" })
        let titles = scene.pages.indices.compactMap { index in runs(scene, page: index).first { $0.text.hasPrefix("Daftar ") }?.text }
        XCTAssertEqual(titles, ["Daftar Isi", "Daftar Tabel", "Daftar Grafik"], "no Daftar Peta without maps")
        XCTAssertEqual(scene.pages.count % 2, 0, "the back page is an even page")
        XCTAssertTrue(runs(scene, page: scene.pages.count - 1).contains { $0.text == "Alamat" })
        // A page left empty so that the back page is even says so; no page is empty without saying it.
        for index in scene.pages.indices.dropLast() where !runs(scene, page: index).contains(where: { !$0.text.isEmpty }) {
            XCTFail("page \(index + 1) is empty and does not say it is on purpose")
        }
        var variants = [content(), content(), content()]
        variants[1].chapters.removeLast()
        variants[2].chapters.append(variants[2].chapters[0])
        let laidOut = variants.map { PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a4, marginMillimetres: 20)).layout($0).scene }
        let withBlank = laidOut.filter { variant in
            variant.pages.indices.contains { runs(variant, page: $0).map(\.text) == ["Halaman ini sengaja dikosongkan."] }
        }
        let odd = try XCTUnwrap(withBlank.first, "one of the layouts needs an empty page before the back page")
        XCTAssertEqual(runs(odd, page: odd.pages.count - 2).map(\.text), ["Halaman ini sengaja dikosongkan."], "just before the back page")
        XCTAssertEqual(scene.pages.flatMap(\.bookmarks).filter { $0.level == 1 }.map(\.title),
                       ["Daftar Isi", "Daftar Tabel", "Daftar Grafik", "Bab 1 Pengangguran", "Bab 2 Upah"])
    }

    /// The daftar isi lists a chapter's sections only where it has two or more: a lone section under one chapter of
    /// seven made the others look as if they had lost theirs (proof-reading 19). The PDF outline keeps every section.
    func testTheDaftarIsiListsSectionsOnlyOfAChapterThatHasTwoOrMore() throws {
        func contents(_ content: PublicationContent) -> (listed: [String], outlined: [String]) {
            let scene = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a4, marginMillimetres: 20)).layout(content).scene
            return (runs(scene, page: 2).map(\.text), scene.pages.flatMap(\.bookmarks).filter { $0.level == 2 }.map(\.title))
        }
        let lone = contents(content())
        XCTAssertTrue(lone.listed.contains("Pengangguran"), "the chapter is listed")
        XCTAssertFalse(lone.listed.contains("Ringkasan"), "a lone section is not")
        XCTAssertTrue(lone.outlined.contains("Ringkasan"), "the outline keeps it")
        var two = content()
        two.chapters[0].blocks.append(.narrative(BoundNarrative(id: "m", title: "Rincian", paragraphs: [paragraph(40)])))
        let listed = contents(two).listed
        XCTAssertTrue(listed.contains("Ringkasan") && listed.contains("Rincian"), "two sections are both listed: \(listed)")
    }

    /// A cover title of two lines is wrapped into lines of about one length (review proof 4, finding 21: "Buletin
    /// Ketenagakerjaan Edisi / Agustus 2024"); running text keeps greedy lines.
    func testCoverTitleLinesAreBalanced() throws {
        var content = content()
        content.info.title = "Buletin Ketenagakerjaan Edisi Agustus 2024"
        let scene = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a4, marginMillimetres: 20)).layout(content).scene
        let cover = runs(scene, page: 0).map(\.text)
        XCTAssertTrue(cover.contains("Buletin Ketenagakerjaan"), "\(cover)")
        XCTAssertTrue(cover.contains("Edisi Agustus 2024"), "\(cover)")
        let typesetter = Typesetter(measurer: FixedWidthMeasurer())
        let style = TextStyle(family: "Noto Sans", size: 26, weight: .bold)
        let greedy = typesetter.paragraph(content.info.title, style: style, in: (0, 0, 470)).runs.map(\.text)
        XCTAssertEqual(greedy, ["Buletin Ketenagakerjaan Edisi", "Agustus 2024"], "the defect, without balancing")
        XCTAssertEqual(typesetter.paragraph(content.info.title, style: style, in: (0, 0, 470), balanced: true).runs.map(\.text),
                       ["Buletin Ketenagakerjaan", "Edisi Agustus 2024"])
    }

    /// A *lampiran* (`lampiran: ya`) opens with its title alone, no "BAB 3", and the daftar isi and the PDF outline
    /// list it without a number, on the page it opens; a chapter after it goes on counting (proof-reading 45, F11:
    /// the booklets' appendix tables).
    func testALampiranOpensWithoutAChapterNumberAndIsListedSo() throws {
        var content = content()
        var table = Fixtures.table()
        table.id = "lampiran-tabel"
        table.components.number = "L.1"
        content.chapters.append(BoundChapter(title: "Lampiran", blocks: [.figure(table)], isAppendix: true))
        content.chapters.append(BoundChapter(title: "Penutup", blocks: [.narrative(BoundNarrative(id: "p", paragraphs: [paragraph(30)]))]))
        let scene = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a4, marginMillimetres: 20)).layout(content).scene
        let all = scene.textRuns
        let marks = all.map(\.run.text).filter { $0.hasPrefix("BAB ") }
        XCTAssertEqual(marks, ["BAB 1", "BAB 2", "BAB 3"], "no mark for the lampiran; the chapter after it is the third")
        let firstBody = try XCTUnwrap(all.first { $0.run.text == "BAB 1" }?.page)
        let opening = try XCTUnwrap(all.first { $0.run.text == "Lampiran" && $0.page >= firstBody })
        XCTAssertTrue(runs(scene, page: opening.page).contains { $0.text == "Tabel L.1" }, "the lampiran's table under its title")
        let listed = try XCTUnwrap(all.first { $0.run.text == "Lampiran" && $0.page < firstBody }, "in the daftar isi")
        let row = all.filter { $0.page == listed.page && abs($0.run.origin.y - listed.run.origin.y) < 1 }.map(\.run.text)
        XCTAssertFalse(row.contains { $0.hasPrefix("Bab") }, "listed without a number: \(row)")
        XCTAssertEqual(Int(try XCTUnwrap(row.last)), opening.page - firstBody + 1, "at the page it opens: \(row)")
        XCTAssertEqual(scene.pages.flatMap(\.bookmarks).filter { $0.level == 1 }.map(\.title).suffix(2), ["Lampiran", "Bab 3 Penutup"])
    }

    func testListsGiveThePageWhereEachEntryIsAndLinkToIt() throws {
        let scene = layout()
        let all = scene.textRuns
        let firstBody = try XCTUnwrap(all.first { $0.run.text == "BAB 1" }?.page)
        XCTAssertTrue(runs(scene, page: firstBody).contains { $0.text == "1" }, "the body starts at page 1")
        for (entry, target) in [("Upah", "BAB 2"), ("Tabel 2.1", "Tabel 2.1"), ("Grafik 1.1", "Grafik 1.1")] {
            let listed = try XCTUnwrap(all.first { $0.run.text == entry && $0.page < firstBody }, entry)
            let number = try XCTUnwrap(all.filter { $0.page == listed.page && abs($0.run.origin.y - listed.run.origin.y) < 20 && Int($0.run.text) != nil }.last, entry)
            let page = try XCTUnwrap(all.first { $0.run.text == target && $0.page >= firstBody }?.page, target)
            XCTAssertEqual(Int(number.run.text), page - firstBody + 1, "\(entry) is listed at the page it is on")
            let link = try XCTUnwrap(scene.pages[listed.page].links.first { $0.area.minY <= listed.run.origin.y && $0.area.maxY >= listed.run.origin.y }, entry)
            XCTAssertEqual(link.page, page, "\(entry) links to its page")
        }
    }

    /// The editor's review 3, finding 10: the Ringkasan's first column was ragged and its second justified with
    /// rivers, and a sentence starting a line looked like a paragraph with no gap. One rule: columns narrower than
    /// about 80 characters are set ragged-right, wider measures (the kata pengantar) justified; paragraphs are
    /// separated by a real gap.
    func testNarasiIsRaggedInColumnsJustifiedInFullMeasureWithParagraphGapsAndNothingLeavesThePage() throws {
        let scene = layout()
        let margin = 20 * 72 / 25.4
        let page = try XCTUnwrap(scene.textRuns.last { $0.run.text == "Ringkasan" }?.page)
        let words = scene.textRuns.filter { $0.page == page && $0.run.text.hasPrefix("kata") }.map(\.run)
        let middle = scene.pages[page].size.width / 2
        let lines = Dictionary(grouping: words) { (run: TextRun) -> String in
            let column = run.origin.x > middle ? "1" : "0"
            return column + "-" + String(Int(run.origin.y.rounded()))
        }
        XCTAssertTrue(lines.keys.contains { $0.hasPrefix("1-") }, "text flows into the second column")
        XCTAssertTrue(words.contains { $0.text.split(separator: " ").contains("kata3") && $0.style.weight == .bold }, "emphasis is kept")
        let space = FixedWidthMeasurer().width(of: " ", style: words[0].style)
        for (key, line) in lines {
            // Ragged-right in both columns: every word follows the one before at one natural space, and runs of one
            // style are one run.
            let sorted = line.sorted { $0.origin.x < $1.origin.x }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                XCTAssertEqual(b.origin.x - (a.origin.x + a.width), space, accuracy: 0.01, "line \(key): \(a.text) | \(b.text)")
            }
        }
        let lefts = Set(lines.values.map { line in Int(line.map(\.origin.x).min()!.rounded()) })
        XCTAssertEqual(lefts.count, 2, "each column flush left at one x: \(lefts)")
        // Paragraph gaps: the first line of each paragraph after the first stands further below the line above it
        // than the lines inside a paragraph do.
        for column in ["0", "1"] {
            let ys = lines.filter { $0.key.hasPrefix(column + "-") }.map { line in (y: line.value[0].origin.y, starts: line.value.contains { $0.text == "kata0" || $0.text.hasPrefix("kata0 ") }) }
                .sorted { $0.y < $1.y }
            let steps = zip(ys, ys.dropFirst()).map { (step: $1.y - $0.y, starts: $1.starts) }
            guard let pitch = steps.filter({ !$0.starts }).map(\.step).min() else { continue }
            for step in steps {
                if step.starts { XCTAssertGreaterThan(step.step, pitch * 1.3, "column \(column): a paragraph opens after a gap") }
                else { XCTAssertEqual(step.step, pitch, accuracy: 0.01, "column \(column): lines of a paragraph at one pitch") }
            }
        }
        XCTAssertTrue(lines.values.contains { $0.contains { $0.text == "kata0" || $0.text.hasPrefix("kata0 ") } && $0[0].origin.y > lines.values.map { $0[0].origin.y }.min()! },
                      "a paragraph other than the first opens inside a column")
        // The kata pengantar runs the full measure (about 100 characters): justified, its lines ending at the margin.
        let foreword = try XCTUnwrap(scene.textRuns.first { $0.run.text == "Kata Pengantar" }?.page)
        let forewordLines = Dictionary(grouping: runs(scene, page: foreword).filter { $0.text.hasPrefix("kata") }) { Int($0.origin.y.rounded()) }
        let right = scene.pages[foreword].size.width - margin
        let full = forewordLines.values.filter { line in abs(line.map { $0.origin.x + $0.width }.max()! - right) < 0.05 }
        XCTAssertEqual(full.count, forewordLines.count - 1, "every line but the last is justified to the margin")
        for (index, page) in scene.pages.enumerated() {
            for run in runs(scene, page: index) {
                XCTAssertGreaterThanOrEqual(run.origin.x, margin - 0.01, run.text)
                XCTAssertLessThanOrEqual(run.origin.x + run.width, page.size.width - margin + 0.01, run.text)
                XCTAssertLessThanOrEqual(run.bounds.maxY, page.size.height, run.text)
            }
        }
    }

    /// The editor's review 3, finding 15: Daftar Tabel and Daftar Grafik each sized their label column to their own
    /// widest label, so titles after "Grafik" started further right than after "Tabel". One column for all lists.
    func testFrontListsShareOneLabelColumn() throws {
        let scene = layout()
        let firstBody = try XCTUnwrap(scene.textRuns.first { $0.run.text == "BAB 1" }?.page)
        var starts: [String: Double] = [:]
        for label in ["Tabel 2.1", "Grafik 1.1"] {
            let listed = try XCTUnwrap(scene.textRuns.first { $0.run.text == label && $0.page < firstBody }, label)
            let title = try XCTUnwrap(scene.textRuns.filter {
                $0.page == listed.page && abs($0.run.origin.y - listed.run.origin.y) < 0.01 && $0.run.origin.x > listed.run.origin.x + listed.run.width
            }.min { $0.run.origin.x < $1.run.origin.x }, label)
            starts[label] = title.run.origin.x
        }
        XCTAssertNotEqual(FixedWidthMeasurer().width(of: "Tabel 2.1", style: TextStyle(family: "Noto Sans", size: 10)),
                          FixedWidthMeasurer().width(of: "Grafik 1.1", style: TextStyle(family: "Noto Sans", size: 10)), "the labels differ in width")
        XCTAssertEqual(try XCTUnwrap(starts["Tabel 2.1"]), try XCTUnwrap(starts["Grafik 1.1"]), accuracy: 0.01, "\(starts)")
    }

    func testPaperSizes() {
        XCTAssertEqual(layout(.a5).pages[0].size.width, 148 * 72 / 25.4, accuracy: 0.01)
        XCTAssertEqual(layout(.f4).pages[0].size.height, 330 * 72 / 25.4, accuracy: 0.01)
        let landscape = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a4, landscape: true)).layout(content()).scene
        XCTAssertGreaterThan(landscape.pages[0].size.width, landscape.pages[0].size.height)
    }

    /// Issue 14: the running head of 23 booklets was cut ("Papua Bar…" could be Papua Barat or Papua Barat Daya).
    /// A title that does not fit beside the chapter wraps onto a second line above the rule; it is never shortened.
    func testRunningHeadsKeepTheWholeTitle() throws {
        for title in ["Buku Saku Ketenagakerjaan Provinsi Papua Barat", "Buku Saku Ketenagakerjaan Provinsi Papua Barat Daya",
                      "Buku Saku Ketenagakerjaan Provinsi Kepulauan Bangka Belitung Tahun 2024 Edisi Lengkap"] {
            var content = content()
            content.info = DocumentInfo(title: title)
            let scene = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a5, marginMillimetres: 20)).layout(content).scene
            let body = try XCTUnwrap(scene.pages.firstIndex { page in
                page.items.contains { if case .text(let run) = $0 { return run.text == "Pengangguran" && run.origin.y < 40 } else { return false } }
            }, "a body page of the chapter Pengangguran")
            let head = scene.textRuns.filter { $0.page == body && $0.run.origin.y < 40 }.map(\.run)
            XCTAssertFalse(head.contains { $0.text.contains("…") }, "\(head.map(\.text))")
            let titleRuns = head.filter { $0.text != "Pengangguran" }
            XCTAssertEqual(titleRuns.map(\.text).joined(separator: " "), title)
            let chapter = try XCTUnwrap(head.first { $0.text == "Pengangguran" })
            for run in titleRuns {
                XCTAssertFalse(run.bounds.intersects(chapter.bounds), "\(run.text) overlaps the chapter's title")
                XCTAssertGreaterThanOrEqual(run.bounds.minY, 0, "\(run.text) stays on the page")
            }
        }
    }

    // MARK: Tight pages (issue 14, defect 6)

    private func compactSetup(_ paper: PaperSize = .a4) -> PageSetup {
        var setup = PageSetup(paper: paper, marginMillimetres: 20)
        setup.isCompact = true
        return setup
    }

    /// The page each run with exactly `text` is on.
    private func pages(of text: String, in scene: Scene) -> [Int] {
        scene.textRuns.filter { $0.run.text == text }.map(\.page)
    }

    func testCompactListsShareAPageAndStillPointWhereEachEntryIs() throws {
        let full = layout()
        let scene = PublicationLayout(figureLayout: figureLayout, setup: compactSetup()).layout(content()).scene
        let headings = ["Daftar Isi", "Daftar Tabel", "Daftar Grafik"].flatMap { pages(of: $0, in: scene) }
        XCTAssertEqual(headings.count, 3, "the daftar isi does not list the lists on its own page")
        XCTAssertEqual(Set(headings), [2], "the lists share the page after the kata pengantar")
        XCTAssertLessThan(scene.pages.count, full.pages.count)
        XCTAssertEqual(scene.pages.flatMap(\.bookmarks).filter { $0.level == 1 }.map(\.title),
                       ["Daftar Isi", "Daftar Tabel", "Daftar Grafik", "Bab 1 Pengangguran", "Bab 2 Upah"])
        let all = scene.textRuns
        let firstBody = try XCTUnwrap(all.first { $0.run.text == "BAB 1" }?.page)
        for (entry, target) in [("Upah", "BAB 2"), ("Tabel 2.1", "Tabel 2.1"), ("Grafik 1.1", "Grafik 1.1"), ("Kata Pengantar", "Kata Pengantar")] {
            let listed = try XCTUnwrap(all.first { $0.run.text == entry && $0.page == 2 }, entry)
            let number = try XCTUnwrap(all.filter { $0.page == 2 && abs($0.run.origin.y - listed.run.origin.y) < 1 && $0.run.text != entry }.last, entry)
            let page = try XCTUnwrap(all.first { $0.run.text == target && $0.page != 2 }?.page, target)
            XCTAssertEqual(number.run.text, page >= firstBody ? String(page - firstBody + 1) : "i", "\(entry) is listed at the page it is on")
            let link = try XCTUnwrap(scene.pages[2].links.first { $0.area.minY <= listed.run.origin.y && $0.area.maxY >= listed.run.origin.y }, entry)
            XCTAssertEqual(link.page, page, "\(entry) links to its page")
        }
    }

    func testCompactShortChaptersRunOnAndLongOnesOpenAPage() throws {
        func content(words: Int) -> PublicationContent {
            PublicationContent(info: DocumentInfo(title: "Buku Saku Uji"), chapters: [
                BoundChapter(title: "Pengangguran", blocks: [.narrative(BoundNarrative(id: "a", paragraphs: [paragraph(words)]))]),
                BoundChapter(title: "Upah", blocks: [.narrative(BoundNarrative(id: "b", paragraphs: [paragraph(30)]))]),
            ])
        }
        let short = PublicationLayout(figureLayout: figureLayout, setup: compactSetup(.a5)).layout(content(words: 40)).scene
        XCTAssertEqual(pages(of: "BAB 1", in: short), pages(of: "BAB 2", in: short), "a short chapter does not open a page")
        let bab1 = try XCTUnwrap(short.textRuns.first { $0.run.text == "BAB 1" }), bab2 = try XCTUnwrap(short.textRuns.first { $0.run.text == "BAB 2" })
        XCTAssertGreaterThan(bab2.run.origin.y, bab1.run.origin.y + 40)
        let fullSetup = PageSetup(paper: .a5, marginMillimetres: 20)
        let full = PublicationLayout(figureLayout: figureLayout, setup: fullSetup).layout(content(words: 40)).scene
        XCTAssertEqual(pages(of: "BAB 2", in: full).first, pages(of: "BAB 1", in: full).first.map { $0 + 1 }, "lengkap: each chapter opens a page")
        // A chapter ending low on its page leaves the next one to open a page of its own; one ending high, room for it;
        // one ending a little lower, room for it when its opening and its first narasi fit whole under it (never a
        // line of that narasi alone on the next page: six booklets had Bab 2 open a page and end with a blank one).
        let setup = compactSetup(.a5)
        let bottom = setup.size.height - setup.margin, pageHeight = setup.size.height - 2 * setup.margin
        // How tall chapter 2's opening and narasi are, measured where it runs on under a short chapter 1.
        let opening = try XCTUnwrap(short.textRuns.first { $0.run.text == "BAB 2" })
        let chapterTwoEnd = try XCTUnwrap(short.textRuns.filter { $0.run.text.hasPrefix("kata") && $0.run.origin.y > opening.run.origin.y }.map(\.run.bounds.maxY).max())
        let chapterOneEnd = try XCTUnwrap(short.textRuns.filter { $0.run.text.hasPrefix("kata") && $0.run.origin.y < opening.run.origin.y }.map(\.run.bounds.maxY).max())
        let needed = chapterTwoEnd - chapterOneEnd
        var seen: Set<String> = []
        for words in stride(from: 100, through: 1_000, by: 10) {
            let scene = PublicationLayout(figureLayout: figureLayout, setup: setup).layout(content(words: words)).scene
            let words = scene.textRuns.filter { $0.run.text.hasPrefix("kata") }
            let bab2 = try XCTUnwrap(scene.textRuns.first { $0.run.text == "BAB 2" })
            let chapterOne = words.filter { $0.page < bab2.page || $0.run.origin.y < bab2.run.origin.y }
            let last = try XCTUnwrap(chapterOne.map(\.page).max())
            let lowest = try XCTUnwrap(chapterOne.filter { $0.page == last }.map(\.run.bounds.maxY).max())
            let room = bottom - lowest
            let chapterTwo = words.filter { $0.page > bab2.page || ($0.page == bab2.page && $0.run.origin.y > bab2.run.origin.y) }
            if room > 0.3 * pageHeight + 30 {
                XCTAssertEqual(bab2.page, last, "\(words.count) words: room was left, the chapter runs on")
                seen.insert("runs on")
            } else if room > needed + 10 {
                XCTAssertEqual(bab2.page, last, "\(words.count) words: room for its opening and narasi, the chapter runs on")
                XCTAssertEqual(Set(chapterTwo.map(\.page)), [bab2.page], "\(words.count) words: its narasi stays with it")
                seen.insert("runs on with its text")
            } else if room < needed - 10 {
                XCTAssertEqual(bab2.page, last + 1, "\(words.count) words: too little room, the chapter opens a page")
                seen.insert("opens a page")
            }
        }
        XCTAssertEqual(seen, ["runs on", "runs on with its text", "opens a page"], "every case was met")
    }

    /// A bar chart of `bars` provinces: tall enough not to fit under a page of text.
    private func tallChart(bars: Int) -> BoundFigure {
        let data = BarChartData(bars: (0..<bars).map { BarChartData.Bar(label: "Provinsi \($0 + 1)", value: .number(Double(bars - $0) / 4)) },
                                orientation: .horizontal, unit: .percent, format: NumberFormat(decimals: 2))
        return BoundFigure(id: "tinggi", location: SourceLocation(file: "fixture"),
                           components: FigureComponents(kind: .chart, number: "1.1", title: "Grafik Tinggi untuk Uji Tata Letak", source: "Uji", altText: "Grafik uji"),
                           body: BarChartBody.single(data), locale: .indonesian)
    }

    func testAChartThatDoesNotFitFloatsPastASmallerFigureButNotPastTheChapter() throws {
        var table = Fixtures.table()
        table.components.number = "1.2"
        var floated: Scene?
        // Some length of text leaves room for the table but not for the chart.
        for words in stride(from: 40, through: 1_200, by: 40) {
            var content = PublicationContent(info: DocumentInfo(title: "Uji"), chapters: [
                BoundChapter(title: "Satu", blocks: [.narrative(BoundNarrative(id: "n", paragraphs: [paragraph(words)])), .figure(tallChart(bars: 30)), .figure(table)]),
                BoundChapter(title: "Dua", blocks: [.narrative(BoundNarrative(id: "m", paragraphs: [paragraph(20)]))]),
            ])
            content.hasCover = false
            content.lists = [.tables, .charts]
            let scene = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: .a4)).layout(content).scene
            // The figures' labels are bold; the lists' are not.
            let chart = try XCTUnwrap(scene.textRuns.first { $0.run.text == "Grafik 1.1" && $0.run.style.weight == .bold })
            let tableLabel = try XCTUnwrap(scene.textRuns.first { $0.run.text == "Tabel 1.2" && $0.run.style.weight == .bold })
            XCTAssertLessThanOrEqual(chart.page, tableLabel.page + 1, "the chart waits one page at the most")
            XCTAssertLessThan(chart.page, try XCTUnwrap(pages(of: "BAB 2", in: scene).first), "the chart stays in its chapter")
            if chart.page == tableLabel.page + 1 {
                floated = scene
                XCTAssertLessThan(chart.run.origin.y, 100, "the chart that floated heads the next page")
                break
            }
        }
        let scene = try XCTUnwrap(floated, "some length of text lets the table go before the chart")
        // The lists link each figure to the page it is on.
        let firstBody = try XCTUnwrap(pages(of: "BAB 1", in: scene).first)
        for label in ["Grafik 1.1", "Tabel 1.2"] {
            let listed = try XCTUnwrap(scene.textRuns.first { $0.run.text == label && $0.page < firstBody }, label)
            let placed = try XCTUnwrap(scene.textRuns.first { $0.run.text == label && $0.page >= firstBody }, label)
            let link = try XCTUnwrap(scene.pages[listed.page].links.first { $0.area.minY <= listed.run.origin.y && $0.area.maxY >= listed.run.origin.y }, label)
            XCTAssertEqual(link.page, placed.page, label)
        }
    }

    /// Review 3, finding 14: the running head names the chapter in force at the top of the page (BPS and Chicago
    /// practice). A page whose top is still Bab 1 carries Bab 1's head even when Bab 2 opens lower on it; the pages
    /// after it carry Bab 2's. (Last session's rule, the chapter that opens on the page, headed a page with a chapter
    /// its reader had not reached yet.)
    func testRunningHeadNamesTheChapterInForceAtTheTopOfThePage() throws {
        let setup = compactSetup(.a5)
        var seen = false
        for words in stride(from: 300, through: 900, by: 50) {
            let content = PublicationContent(info: DocumentInfo(title: "Buku Saku Uji"), chapters: [
                BoundChapter(title: "Pengangguran", blocks: [.narrative(BoundNarrative(id: "a", paragraphs: [paragraph(words)]))]),
                BoundChapter(title: "Upah", blocks: [.narrative(BoundNarrative(id: "b", paragraphs: [paragraph(30)]))]),
            ])
            let scene = PublicationLayout(figureLayout: figureLayout, setup: setup).layout(content).scene
            let bab1 = try XCTUnwrap(pages(of: "BAB 1", in: scene).first), bab2 = try XCTUnwrap(pages(of: "BAB 2", in: scene).first)
            // The head's runs lie in the top margin.
            func head(_ page: Int) -> [String] { runs(scene, page: page).filter { $0.origin.y < setup.margin }.map(\.text) }
            // Bab 1 opens its page: no running head there (it would repeat the opening), a folio still.
            XCTAssertEqual(head(bab1), [], "\(words) words: the head over Bab 1's opening")
            XCTAssertTrue(runs(scene, page: bab1).contains { $0.origin.y > setup.size.height - setup.margin }, "\(words) words: Bab 1's page keeps its folio")
            for page in (bab1 + 1)..<bab2 { XCTAssertTrue(head(page).contains("Pengangguran"), "\(words) words, page \(page): \(head(page))") }
            // Bab 2's page: is its top still Bab 1's text? Then Bab 1 heads it; else Bab 2 opens it, headless.
            let mark = try XCTUnwrap(runs(scene, page: bab2).first { $0.text == "BAB 2" })
            let runsOn = runs(scene, page: bab2).contains { $0.text.hasPrefix("kata") && $0.origin.y < mark.origin.y }
            if runsOn {
                XCTAssertTrue(head(bab2).contains("Pengangguran") && !head(bab2).contains("Upah"), "\(words) words: \(head(bab2))")
            } else {
                XCTAssertEqual(head(bab2), [], "\(words) words: the head over Bab 2's opening")
            }
            for page in (bab2 + 1)..<scene.pages.count where !head(page).isEmpty {
                XCTAssertFalse(head(page).contains("Pengangguran"), "\(words) words, page \(page): \(head(page))")
            }
            seen = seen || runsOn
        }
        XCTAssertTrue(seen, "some length of text has the second chapter open in the middle of a page after the first")
    }

    /// A chart of `bars` bars, numbered `number`.
    private func chart(bars: Int, id: String, number: String) -> BoundFigure {
        var figure = tallChart(bars: bars)
        figure.id = id
        figure.components.number = number
        figure.components.title = "Grafik \(number) untuk Uji Tata Letak"
        return figure
    }

    /// How far down its text block each body page is filled, by its lowest text (a figure ends with its source line).
    private func fills(_ scene: Scene, setup: PageSetup) -> [Int: Double] {
        let height = setup.size.height - 2 * setup.margin
        let body = scene.textRuns.filter { $0.run.origin.y > setup.margin && $0.run.origin.y < setup.size.height - setup.margin }
        return Dictionary(body.map { ($0.page, ($0.run.bounds.maxY - setup.margin) / height) }, uniquingKeysWith: max)
    }

    /// Issue 14: a booklet's chapter (text, a map, a smaller chart, a chart a page tall) left the smaller chart alone
    /// on half a page. The figures are set in the order that fills the pages, each kind keeping its numbers' order.
    func testFiguresAreSetInTheOrderThatFillsThePages() throws {
        let setup = compactSetup(.a5)
        let width = setup.size.width - 2 * setup.margin, height = setup.size.height - 2 * setup.margin
        func share(_ figure: BoundFigure) -> Double { figureLayout.layout(figure, width: width).size.height / height }
        // A table of about two thirds of the page (the map), a chart under half (the line), a chart a page tall.
        var table = try XCTUnwrap((4...80).lazy.map { Fixtures.largeTable(rows: $0, columns: 3) }.first { share($0) >= 0.62 })
        table.components.number = "1.1"
        let small = try XCTUnwrap((2...40).lazy.map { self.chart(bars: $0, id: "kecil", number: "1.1") }.first { share($0) >= 0.42 })
        let tall = chart(bars: 60, id: "tinggi", number: "1.2")
        XCTAssertLessThan(share(table), 0.75)
        XCTAssertLessThan(share(small), 0.55)
        func content(_ blocks: [BoundBlock]) -> PublicationContent {
            var content = PublicationContent(info: DocumentInfo(title: "Buku Saku Uji"), chapters: [BoundChapter(title: "Satu", blocks: blocks)])
            content.hasCover = false
            content.lists = []
            return content
        }
        var tested = 0
        for words in stride(from: 20, through: 400, by: 20) {
            let narrative = BoundBlock.narrative(BoundNarrative(id: "n", paragraphs: [paragraph(words)]))
            // The text's share of the page, alone: the order matters when it holds the table and not the small chart too.
            let text = try XCTUnwrap(fills(PublicationLayout(figureLayout: figureLayout, setup: setup).layout(content([narrative])).scene, setup: setup).values.max())
            guard text > 0.2, text < 0.3 else { continue }
            tested += 1
            let scene = PublicationLayout(figureLayout: figureLayout, setup: setup)
                .layout(content([narrative, .figure(table), .figure(small), .figure(tall)])).scene
            let filled = fills(scene, setup: setup)
            let last = try XCTUnwrap(filled.keys.max())
            for (page, fill) in filled where page != last {
                XCTAssertGreaterThanOrEqual(fill, 0.6, "\(words) words: page \(page) is \(Int(fill * 100)) % full")
            }
            let one = try XCTUnwrap(pages(of: "Grafik 1.1", in: scene).first), two = try XCTUnwrap(pages(of: "Grafik 1.2", in: scene).first)
            XCTAssertLessThan(one, two, "\(words) words: Grafik 1.1 comes before Grafik 1.2")
        }
        XCTAssertGreaterThan(tested, 0, "some length of text takes a fifth to a third of the page")
    }

    /// Issue 14: a table continued with three rows. Every continuation holds at least four.
    func testNoContinuationOfFewerThanFourRows() {
        for rows in 25...55 {
            let parts = figureLayout.parts(of: Fixtures.largeTable(rows: rows, columns: 3), width: 480, firstHeight: 700, pageHeight: 700)
            for part in parts.dropFirst() {
                XCTAssertGreaterThanOrEqual(part.figure.body.divisibleRowCount ?? 0, 4, "\(rows) rows: a continuation of \(part.figure.body.divisibleRowCount ?? 0)")
            }
        }
    }
}
