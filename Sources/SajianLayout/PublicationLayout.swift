import SajianModel
import SajianScene

/// What a chapter holds, bound: figures and narasi in reading order.
public enum BoundBlock: Sendable {
    case figure(BoundFigure)
    case narrative(BoundNarrative)
}

/// The lists at the front of a publication.
public enum FrontMatterList: Sendable, CaseIterable {
    case contents, tables, charts, maps
}

/// A whole publication, bound, as the publication stage hands it to layout.
public struct PublicationContent: Sendable {
    public var info: DocumentInfo
    public var subtitle: String?
    /// The period covered, printed on the cover: "Triwulan III 2024".
    public var period: String?
    public var publisher: String?
    public var hasCover = true
    /// The key figures on the cover (*sampul: angka-kunci*), in a row of tiles under its band.
    public var coverFigures: [BoundFigure] = []
    public var foreword: BoundNarrative?
    /// Under the foreword, right: place and date, then the signatory (in bold) and position.
    public var signature: Signature?
    public var lists: [FrontMatterList] = FrontMatterList.allCases
    public var chapters: [BoundChapter]
    /// Lines of the back page (address, contact); nil: no back page.
    public var backPage: [String]?
    public var locale: NumberLocale = .indonesian

    public init(info: DocumentInfo, chapters: [BoundChapter]) {
        self.info = info
        self.chapters = chapters
    }
}

/// Who signs the kata pengantar, and where and when.
public struct Signature: Sendable {
    public var placeAndDate: String?
    public var signatory: String?
    public var position: String?

    public init(placeAndDate: String? = nil, signatory: String? = nil, position: String? = nil) {
        self.placeAndDate = placeAndDate
        self.signatory = signatory
        self.position = position
    }
}

/// The paper a publication is set on.
public struct PageSetup: Sendable {
    public var size: Size
    public var margin: Double
    /// Columns narasi flows in unless it says otherwise.
    public var columns: Int
    /// Whether the lists at the front share pages and chapters open on the page the one before ends on, when it
    /// leaves room (`tata-letak: ringkas`); otherwise each list and each chapter opens a page.
    public var isCompact = false
    /// The page count is made a multiple of this (`kelipatan-halaman`), with pages added before the back page.
    public var pageMultiple = 1
    /// Whether the added pages are left for the reader's notes (`halaman-tambahan: catatan`) or say they are empty.
    public var extraPagesForNotes = false

    public init(paper: PaperSize, landscape: Bool = false, marginMillimetres: Double = 20, columns: Int = 1) {
        let portrait = paper.size
        size = landscape ? Size(width: portrait.height, height: portrait.width) : portrait
        margin = marginMillimetres * PaperSize.pointsPerInch / PaperSize.millimetresPerInch
        self.columns = columns
    }
}

/// The measures of a publication's pages (cover, front matter, chapters, narasi, back page), in points unless said.
/// Type sizes here are the publication's own; figures take theirs from `HouseStyle`.
struct PublicationMetrics {
    /// The running head's baseline, as a fraction of the top margin.
    var runningHeadBaselineRatio = 0.55
    /// Space kept between the running head's two halves (title left, chapter right).
    var runningHeadGap = 6.0
    /// How far under the running head's baseline its rule lies.
    var runningHeadRuleDrop = 4.0
    /// Stroke width of the running head's rule.
    var runningHeadRuleWidth = 0.5
    /// The folio's baseline above the paper's foot, as a fraction of the bottom margin.
    var folioBaselineRatio = 0.5

    /// The cover's coloured band, as a fraction of the paper's height.
    var coverBandRatio = 0.58
    /// … and over key figures (`coverTiles`), which take the white under it.
    var coverBandRatioOverTiles = 0.5
    /// Height of the accent stripe under the cover's band and over the back page's.
    var stripeHeight = 5.0
    /// Cover type on paper narrower than A4 shrinks with the width, by this much less (a fraction of full size).
    var coverScaleAllowance = 0.15
    /// Type sizes on the cover: publisher over the band, title, subtitle, period, publisher at the foot.
    var coverPublisherSize = 9.0, coverTitleSize = 26.0, coverSubtitleSize = 13.0, coverPeriodSize = 15.0, coverFootSize = 11.0
    /// Where the cover's title starts, as a fraction of the band's height.
    var coverTitlePosition = 0.36
    /// Space under the cover's title, and under its subtitle.
    var coverTitleGap = 14.0, coverSubtitleGap = 10.0
    /// The logo on the cover, as a multiple of its size in the house style.
    var coverLogoScale = 1.6
    /// Space between the cover's logo and the publisher's name.
    var coverLogoGap = 10.0
    /// How far above the foot margin the publisher's name on the cover starts.
    var coverFootHeight = 30.0
    /// The most key figures in a row on the cover, and the space kept between the stripe under the band and them,
    /// and between them and the logo at the foot, as a fraction of the paper's width.
    var coverTilesPerRow = 3
    var coverTilesSpaceRatio = 0.05
    /// The cover's tiles are set as on an A4 infographic leaflet: their smallest type this size on A4, less on
    /// narrower paper (the house style's own sizes at the least).
    var coverTileSmallestType = 9.0
    /// The steps by which the cover's tiles are set smaller where they do not fit at that size.
    var coverTileScaleStep = 0.05

    /// The back page's band starts at this fraction of the paper's height.
    var backBandRatio = 0.8
    /// Space between the back page's band top and its first line.
    var backTextDrop = 16.0
    /// Type sizes on the back page: the publisher, the other lines.
    var backPublisherSize = 11.0, backLineSize = 9.0
    /// Space under the back page's publisher, and under each other line.
    var backPublisherGap = 6.0, backLineGap = 3.0

    /// Type size of a front-matter page's heading ("Kata Pengantar", "Daftar Isi").
    var headingSize = 16.0
    /// Space between a front-matter heading and the short accent rule under it, and under that rule.
    var headingRuleGap = 6.0, headingBottomGap = 18.0
    /// The ruled lines of a notes page (`halaman-tambahan: catatan`): 8 mm apart, as in a ruled notebook.
    var notesRulePitch = 8 * PaperSize.pointsPerInch / PaperSize.millimetresPerInch, notesRuleWidth = 0.5
    /// Width and height of the short accent rule under a front-matter heading.
    var headingRuleWidth = 36.0, headingRuleHeight = 2.5

    /// Type size of the kata pengantar.
    var forewordSize = 10.0
    /// Lines of running text (kata pengantar, narasi) stand this many times their type's line height apart.
    var lineSpacing = 1.15
    /// Space between paragraphs of the kata pengantar, in lines.
    var forewordParagraphGap = 0.6
    /// Space between the kata pengantar and the place and date under it, in lines.
    var signatureGap = 1.5
    /// Room under the place and date for the signature, in lines.
    var signatureSpace = 2.6
    /// The signature block starts at this fraction of the text width.
    var signatureIndentRatio = 0.55

    /// Type size of the daftar isi and the lists of tables, charts and maps.
    var listSize = 9.5
    /// The room kept at the right of a list for the page numbers.
    var listNumberWidth = 28.0
    /// Space between an entry's label ("Tabel 2.1") and its title.
    var listLabelGap = 10.0
    /// How far entries under a chapter are indented.
    var listIndent = 14.0
    /// Space between an entry's title and the page numbers' room.
    var listNumberGap = 8.0
    /// Space above a chapter's entry, and above any other entry.
    var listMainGap = 7.0, listEntryGap = 3.5
    /// `tata-letak: ringkas`: space above a list that follows another on the same page, and how many entries its
    /// heading keeps with it (else the list opens the next page).
    var compactListGap = 14.0, compactListKeepsEntries = 3
    /// `tata-letak: ringkas`: space under a list's heading and its rule.
    var compactHeadingBottomGap = 12.0
    /// Space between the dotted leader and the title before it and the number after it.
    var leaderGap = 4.0
    /// Stroke width of the dotted leader, and its pattern (dot, gap).
    var leaderWidth = 0.6, leaderDash = [0.6, 2.4]

    /// Type size of the chapter mark ("BAB 2"), its baseline below the chapter's top, and the height it takes.
    var chapterMarkSize = 10.0, chapterMarkBaseline = 10.0, chapterMarkHeight = 18.0
    /// Type size of a chapter's title on its opening page.
    var chapterTitleSize = 18.0
    /// Space between a chapter's title and the rule under it, and under the rule.
    var chapterTitleGap = 8.0, chapterRuleGap = 20.0
    /// Height of the rule under a chapter's title.
    var chapterRuleHeight = 1.5
    /// Type size of the heading of a chapter that runs on, and the space under it.
    var runOnHeadingSize = 13.0, runOnHeadingGap = 12.0

    /// Space under a figure in the flow.
    var figureGap = 24.0
    /// A chart or map too tall for the room left floats to the next page when at least this fraction of the page is
    /// left, so that a later figure of the chapter can use the room.
    var floatMinimumRoom = 0.2
    /// The most figures waiting to float at once.
    var maximumFloats = 2
    /// A body page is full enough when its content reaches this fraction of the text block's height; orders of a
    /// chapter's figures are compared by how far their pages fall short of it (times `underfillWeight`, in pages) …
    var minimumFill = 0.6, underfillWeight = 4.0
    /// … by the pages they take, and by the figures of one kind they put out of their numbers' order (in pages each).
    var numberOrderWeight = 1.0
    /// The longest run of figures (between two narasi) whose orders are compared.
    var maximumReorderedRun = 6
    /// `tata-letak: ringkas`: a chapter opens on the page the one before ends on when this fraction of the page is
    /// left, with this much space above its mark.
    var compactChapterRoom = 0.3, compactChapterGap = 12.0
    /// A chart a little taller than the room left is drawn to fit the room when the room is at least this high …
    var figureSqueezeMinimum = 200.0
    /// … and at least this fraction of the chart's height.
    var figureSqueezeRatio = 0.85

    /// The most columns narasi flows in.
    var maximumColumns = 2
    /// Space between columns of narasi.
    var columnGutter = 16.0
    /// Inner margin of a sugestif narasi's tinted box.
    var suggestivePadding = 10.0
    /// Type size of narasi, and of its title.
    var narrativeSize = 9.5, narrativeTitleSize = 11.5
    /// Space between paragraphs of narasi, in lines.
    var narrativeParagraphGap = 0.55
    /// Space under a narasi's title.
    var narrativeTitleGap = 8.0
    /// A narasi's title keeps at least this many lines of its text with it on the page.
    var titleKeepsLines = 2.0
    /// Balanced columns stop filling within this much of their target height.
    var balanceTolerance = 0.1
    /// A column keeps more than this many lines before it gives one away to avoid a widow or orphan.
    var minimumLinesBeforeBreak = 2
    /// Space under a narasi.
    var narrativeGap = 18.0
    /// A sugestif narasi's tint: this fraction of the brand colour over white.
    var suggestiveTintStrength = 0.1
    /// Width of the accent bar at a sugestif narasi's left.
    var suggestiveBarWidth = 3.0

    static let standard = PublicationMetrics()
}

/// Lays a publication out on pages: cover, kata pengantar, daftar isi and the lists of tables, charts and maps
/// (with page numbers and clickable entries), chapters of narasi and figures, and the back page.
///
/// The body is laid out first, so the lists know every page number; front pages are numbered i, ii, …,
/// the body 1, 2, …; the cover and back page carry no number.
public struct PublicationLayout {
    public let figureLayout: FigureLayout
    public let setup: PageSetup
    /// Whether each chapter starts on a new page (publications) or runs on (a plain collection of figures).
    public var chaptersStartPages = true
    let measures = PublicationMetrics.standard

    public init(figureLayout: FigureLayout, setup: PageSetup) {
        self.figureLayout = figureLayout
        self.setup = setup
    }

    var style: HouseStyle { figureLayout.style }
    var typesetter: Typesetter { figureLayout.typesetter }
    /// The colour of the cover and chapter marks: the palette's first colour.
    var brand: Color { style.palette.first ?? style.textColor }

    public func layout(_ content: PublicationContent) -> (scene: Scene, warnings: [Diagnostic]) {
        let vocabulary = Vocabulary.forLocale(content.locale)
        var body = BodyFlow(layout: self, title: content.info.title, locale: content.locale)
        let numbers = ChapterNumbers.numbers(isAppendix: content.chapters.map(\.isAppendix))
        for (chapter, number) in zip(content.chapters, numbers) {
            body.chapter(chapter, number: number, vocabulary: vocabulary)
        }
        body.finish()

        // Front matter, in order; its page count is known before its page numbers are.
        var front: [PageDraft] = []
        var frontEntries: [ListEntry] = []
        if content.hasCover { front.append(cover(content)) }
        if let foreword = content.foreword {
            let pages = self.foreword(foreword, signature: content.signature, vocabulary: vocabulary, locale: content.locale)
            frontEntries.append(ListEntry(level: 1, label: nil, title: vocabulary.foreword, target: .front(front.count), y: setup.margin))
            front += pages
        }
        let figureLists: [(FrontMatterList, FigureKind, String)] = [
            (.tables, .table, vocabulary.listOfTables), (.charts, .chart, vocabulary.listOfCharts), (.maps, .map, vocabulary.listOfMaps),
        ]
        var lists: [(title: String, entries: [ListEntry])] = []
        for (list, kind, title) in figureLists where content.lists.contains(list) {
            let entries = body.entries.filter { $0.kind == kind }.sorted { $0.order < $1.order }
            if !entries.isEmpty { lists.append((title, entries)) }
        }
        let contentsEntries = Self.contentsEntries(of: body.entries)
        let hasContents = content.lists.contains(.contents) && !contentsEntries.isEmpty
        // One label column for every front list, so that titles after "Tabel 2.1" and "Grafik 2.1" start at one x.
        let column = labelColumn(contentsEntries + lists.flatMap(\.entries))
        if setup.isCompact {
            // The lists one after another on shared pages; the daftar isi does not list lists on its own page.
            let all = (hasContents ? [(title: vocabulary.contents, entries: frontEntries + contentsEntries)] : []) + lists
            let frontCount = front.count + compactListPages(all, labelColumn: column, numbers: { _ in "000" }).count
            func absolute(_ target: ListEntry.Target) -> Int {
                switch target {
                case .front(let index): index
                case .body(let index): frontCount + index
                }
            }
            let folio: (Int) -> String = { index in
                index < frontCount ? Self.roman(index - (content.hasCover ? 0 : -1)) : String(index - frontCount + 1)
            }
            front += compactListPages(all, labelColumn: column, numbers: { folio(absolute($0.target)) }, absolute: absolute)
            return assemble(front: front, body: body, content: content, folio: folio)
        }
        // Lay the lists out once to count their pages, then again with the real numbers.
        let contentsPageCount = hasContents ? listPages(title: vocabulary.contents, entries: frontEntries + contentsEntries + lists.map { _ in ListEntry.placeholder }, labelColumn: column, numbers: { _ in "000" }).count : 0
        let listPageCounts = lists.map { listPages(title: $0.title, entries: $0.entries, labelColumn: column, numbers: { _ in "000" }).count }
        let contentsIndex = front.count
        var listIndex = contentsIndex + contentsPageCount
        var listStarts: [Int] = []
        for count in listPageCounts {
            listStarts.append(listIndex)
            listIndex += count
        }
        let frontCount = listIndex
        func absolute(_ target: ListEntry.Target) -> Int {
            switch target {
            case .front(let index): index
            case .body(let index): frontCount + index
            }
        }
        func folio(ofAbsolute index: Int) -> String {
            index < frontCount ? Self.roman(index - (content.hasCover ? 0 : -1)) : String(index - frontCount + 1)
        }
        let number: (ListEntry) -> String = { folio(ofAbsolute: absolute($0.target)) }
        if hasContents {
            let listEntries = lists.enumerated().map { index, list in
                ListEntry(level: 1, label: nil, title: list.title, target: .front(listStarts[index]), y: setup.margin)
            }
            var pages = listPages(title: vocabulary.contents, entries: frontEntries + listEntries + contentsEntries, labelColumn: column, numbers: number, absolute: absolute)
            pages[0].bookmarks.insert(Bookmark(title: vocabulary.contents, level: 1, y: setup.margin), at: 0)
            front += pages
        }
        for list in lists {
            var pages = listPages(title: list.title, entries: list.entries, labelColumn: column, numbers: number, absolute: absolute)
            pages[0].bookmarks.insert(Bookmark(title: list.title, level: 1, y: setup.margin), at: 0)
            front += pages
        }

        return assemble(front: front, body: body, content: content, folio: folio(ofAbsolute:))
    }

    /// Front and body pages, the back page on an even page, each with its running head and folio.
    private func assemble(front: [PageDraft], body: BodyFlow, content: PublicationContent,
                          folio: (Int) -> String) -> (scene: Scene, warnings: [Diagnostic]) {
        var all = front + body.pages
        let back = content.backPage.map { backPage($0, content: content) }
        // The back page on an even page: a multiple of two when there is a cover.
        let multiple = max(setup.pageMultiple, back != nil && content.hasCover ? 2 : 1)
        let count = all.count + (back == nil ? 0 : 1)
        let extra = (multiple - count % multiple) % multiple
        all += Array(repeating: PageDraft(size: setup.size, role: setup.extraPagesForNotes ? .notes : .blank), count: extra)
        if let back { all.append(back) }
        let vocabulary = Vocabulary.forLocale(content.locale)
        let pages = all.enumerated().map { index, draft in
            finished(draft, folio: draft.role == .front || draft.role == .body ? folio(index) : nil, title: content.info.title,
                     vocabulary: vocabulary)
        }
        return (Scene(info: content.info, pages: pages), body.warnings)
    }

    /// `tata-letak: ringkas`: the lists one under another, a list opening a page only when too little of the page is
    /// left for its heading and first entries.
    private func compactListPages(_ lists: [(title: String, entries: [ListEntry])], labelColumn: Double, numbers: (ListEntry) -> String,
                                  absolute: (ListEntry.Target) -> Int = { _ in 0 }) -> [PageDraft] {
        var flow = SimpleFlow(layout: self, role: .front)
        for list in lists {
            if flow.y > setup.margin {
                flow.y += measures.compactListGap
                // The heading and its first entries (all of a short list) stay together.
                let heading = typesetter.measurer.metrics(for: style.text(measures.headingSize, weight: .bold)).lineHeight
                    + measures.headingRuleGap + measures.compactHeadingBottomGap
                let entry = typesetter.measurer.metrics(for: style.text(measures.listSize)).lineHeight + measures.listEntryGap
                flow.ensure(heading + Double(min(list.entries.count, measures.compactListKeepsEntries)) * entry)
            }
            flow.page.bookmarks.append(Bookmark(title: list.title, level: 1, y: flow.y))
            flow.heading(list.title, bottomGap: measures.compactHeadingBottomGap)
            listEntries(into: &flow, entries: list.entries, labelWidth: labelColumn, numbers: numbers, absolute: absolute)
        }
        return flow.finish()
    }

    // MARK: Pages

    /// `notes`: a page added for `PageSetup.pageMultiple` and left for the reader's notes.
    enum PageRole { case cover, front, body, blank, notes, back }

    struct PageDraft {
        var size: Size
        var role: PageRole
        var items: [SceneItem] = []
        var bookmarks: [Bookmark] = []
        var links: [PageLink] = []
        /// The chapter a body page belongs to, for the running header: the one in force at the top of the page (one
        /// opening there, else the one running on from the page before).
        var header: String?
        /// A chapter opens at the page's top: its opening is the page's head, and the running head is left off, as
        /// on the display pages of a book (Chicago 1.10); over "BAB 1 Peta Ketenagakerjaan" it only repeated the
        /// chapter's title (proof-reading 41). The folio stays.
        var opensChapter = false
        /// How far down the page its content reaches, from the top margin: the page's fill.
        var used = 0.0
    }

    /// A draft with its running header (body pages) and folio added.
    private func finished(_ draft: PageDraft, folio: String?, title: String, vocabulary: Vocabulary) -> Page {
        var items = draft.items
        let muted = style.text(style.smallSize, color: style.mutedTextColor)
        let margin = setup.margin
        if draft.role == .blank {
            // The page that puts the back page on an even page says it is empty on purpose, as printers' proofs do.
            items.append(.text(typesetter.line(vocabulary.intentionallyBlank, style: muted, x: draft.size.width / 2,
                                               baseline: draft.size.height / 2, alignment: .center)))
        }
        if draft.role == .notes { items += notesPage(vocabulary.notesPage, size: draft.size) }
        if draft.role == .body && !draft.opensChapter {
            let baseline = margin * measures.runningHeadBaselineRatio
            items += runningHead(title: title, chapter: draft.header, width: draft.size.width - 2 * margin, x: margin, baseline: baseline, style: muted)
            let ruleY = baseline + measures.runningHeadRuleDrop
            items.append(.shape(Shape(path: .line(from: Point(x: margin, y: ruleY), to: Point(x: draft.size.width - margin, y: ruleY)),
                                      stroke: Stroke(color: style.gridColor, width: measures.runningHeadRuleWidth))))
        }
        if let folio {
            items.append(.text(typesetter.line(folio, style: muted, x: draft.size.width / 2, baseline: draft.size.height - margin * measures.folioBaselineRatio,
                                               alignment: .center)))
        }
        var page = Page(size: draft.size, items: items, bookmarks: draft.bookmarks)
        page.links = draft.links
        return page
    }

    /// The running head: the publication's title at the left, the chapter's at the right, on one line when both fit
    /// (the title taking the room the chapter leaves), else the title wrapped onto a second line above, so that it is
    /// never cut: a cut title could make two booklets look alike ("Papua Bar…" is Papua Barat and Papua Barat Daya).
    /// Only a chapter title longer than half the line is shortened.
    private func runningHead(title: String, chapter: String?, width: Double, x: Double, baseline: Double, style: TextStyle) -> [SceneItem] {
        let gap = measures.runningHeadGap
        let chapterText = chapter.map { typesetter.truncated($0, style: style, maxWidth: width / 2 - gap) }
        let chapterWidth = chapterText.map { typesetter.measurer.width(of: $0, style: style) + gap } ?? 0
        var items: [SceneItem] = []
        let room = width - chapterWidth
        if typesetter.measurer.width(of: title, style: style) <= room {
            items.append(.text(typesetter.line(title, style: style, x: x, baseline: baseline)))
        } else {
            // Two lines ending on the head's baseline.
            let metrics = typesetter.measurer.metrics(for: style)
            let top = baseline - metrics.ascent - metrics.lineHeight
            items += typesetter.paragraph(title, style: style, in: (x, top, room), maxLines: 2).runs.map(SceneItem.text)
        }
        if let chapterText {
            items.append(.text(typesetter.line(chapterText, style: style, x: x + width, baseline: baseline, alignment: .right)))
        }
        return items
    }

    /// i, ii, iii, iv … for front matter.
    static func roman(_ number: Int) -> String {
        let values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                      (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = max(1, number), result = ""
        for (value, letters) in values {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }

    private var contentWidth: Double { setup.size.width - 2 * setup.margin }

    private func cover(_ content: PublicationContent) -> PageDraft {
        var page = PageDraft(size: setup.size, role: .cover)
        let size = setup.size, margin = setup.margin
        let bandHeight = size.height * (content.coverFigures.isEmpty ? measures.coverBandRatio : measures.coverBandRatioOverTiles)
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: size.width, height: bandHeight)), fill: brand)))
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: bandHeight, width: size.width, height: measures.stripeHeight)), fill: style.accent)))
        let onBrand = style.textColor(on: brand)
        let scale = min(1, size.width / PaperSize.a4.size.width + measures.coverScaleAllowance)
        var y = margin
        if let publisher = content.publisher {
            let placed = typesetter.paragraph(publisher.uppercased(), style: style.text(measures.coverPublisherSize * scale, weight: .bold, color: onBrand),
                                              in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
        }
        y = bandHeight * measures.coverTitlePosition
        let title = typesetter.paragraph(content.info.title, style: style.text(measures.coverTitleSize * scale, weight: .bold, color: onBrand),
                                         in: (margin, y, contentWidth), balanced: true)
        page.items += title.runs.map(SceneItem.text)
        y += title.height + measures.coverTitleGap
        if let subtitle = content.subtitle {
            let placed = typesetter.paragraph(subtitle, style: style.text(measures.coverSubtitleSize * scale, color: onBrand), in: (margin, y, contentWidth),
                                              balanced: true)
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + measures.coverSubtitleGap
        }
        if let period = content.period {
            let placed = typesetter.paragraph(period, style: style.text(measures.coverPeriodSize * scale, weight: .bold, color: onBrand),
                                              in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
        }
        // The publisher at the foot, with the logo when the house style has one.
        var x = margin
        let foot = size.height - margin
        let logoHeight = style.logo.map { $0.size.height * measures.coverLogoScale } ?? measures.coverFootHeight
        if !content.coverFigures.isEmpty {
            let space = size.width * measures.coverTilesSpaceRatio
            page.items += coverTiles(content.coverFigures, in: Rect(x: margin, y: bandHeight + measures.stripeHeight + space, width: contentWidth,
                                                                   height: foot - logoHeight - space - (bandHeight + measures.stripeHeight + space)),
                                     locale: content.locale)
        }
        if let logo = style.logo {
            let height = logo.size.height * measures.coverLogoScale, width = logo.size.width * measures.coverLogoScale
            page.items.append(.image(ImageItem(png: logo.png, frame: Rect(x: margin, y: foot - height, width: width, height: height))))
            x += width + measures.coverLogoGap
        }
        if let publisher = content.publisher {
            let placed = typesetter.paragraph(publisher, style: style.text(measures.coverFootSize * scale, weight: .bold),
                                              in: (x, foot - measures.coverFootHeight, size.width - margin - x))
            page.items += placed.runs.map(SceneItem.text)
        }
        return page
    }

    /// The cover's key figures in `given` (the white under the band), set as on an A4 infographic leaflet: rows of up
    /// to `coverTilesPerRow` tiles, each row's numbers set alike, on the infographic's tile colour, each tile with its
    /// label and period, the source of them all under the last row, the whole block in the middle of the white. At the
    /// largest scale up to `coverTileSmallestType` at which the rows fit whole (else without their sparklines); none
    /// where they do not fit at the house style's own sizes.
    private func coverTiles(_ figures: [BoundFigure], in given: Rect, locale: NumberLocale) -> [SceneItem] {
        let tiles = figures.compactMap { figure in (figureLayout.uncaptionedBodyLayout(for: figure) as? any TileLayout).map { (figure, $0) } }
        guard !tiles.isEmpty else { return [] }
        let largest = max(1, measures.coverTileSmallestType / style.smallSize * setup.size.width / PaperSize.a4.size.width)
        let scales = stride(from: largest, to: 1, by: -measures.coverTileScaleStep) + [1]
        for scale in scales {
            // Laid out at the house style's sizes in a frame smaller by `scale`, then drawn `scale` times larger.
            guard let (items, height) = coverTileItems(tiles, width: given.width / scale, height: given.height / scale, locale: locale) else { continue }
            let top = given.y + (given.height - height * scale) / 2
            return [.group(Group(role: "sampul angka kunci", transform: Transform(a: scale, b: 0, c: 0, d: scale, tx: given.x, ty: top), items: items))]
        }
        return []
    }

    /// The cover's tiles and their source line from (0, 0), `width` wide, and the height they take; nil where they do
    /// not fit `height` even without their sparklines.
    private func coverTileItems(_ tiles: [(BoundFigure, any TileLayout)], width: Double, height: Double,
                                locale: NumberLocale) -> (items: [SceneItem], height: Double)? {
        let tileMeasures = InfographicMetrics.standard
        let perRow = min(measures.coverTilesPerRow, tiles.count), gap = tileMeasures.gap, padding = tileMeasures.tilePadding
        let tileWidth = (width - Double(perRow - 1) * gap) / Double(perRow), inner = tileWidth - 2 * padding
        let rows = stride(from: 0, to: tiles.count, by: perRow).map { start in
            TileRowSetting.settingAlike(Array(tiles[start..<min(start + perRow, tiles.count)]), width: inner, aligningChanges: true)
        }
        let sourceStyle = style.text(style.smallSize, color: style.mutedTextColor)
        // Each source as its tile bears it out (a tile that cannot compare names its own period alone).
        let sources = tiles.map { $0.1.source($0.0.components.source, height: .infinity, width: inner) }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let sourceText = InfographicLayout.sourceLine(sources, locale: locale)
        let sourceHeight = typesetter.paragraph(sourceText, style: sourceStyle, in: (0, 0, width)).height
        func rowHeight(_ row: [(BoundFigure, any TileLayout)], fit: TileFit) -> Double {
            row.map { fit.height(of: $0.1, width: inner) }.max()! + 2 * padding
        }
        func total(_ fit: TileFit) -> Double { rows.reduce(0) { $0 + rowHeight($1, fit: fit) + gap } + sourceHeight }
        guard let fit = TileFit.allCases.first(where: { total($0) <= height }) else { return nil }
        var items: [SceneItem] = [], top = 0.0
        for row in rows {
            let rowHeight = rowHeight(row, fit: fit)
            for (column, (figure, tile)) in row.enumerated() {
                let box = Rect(x: Double(column) * (tileWidth + gap), y: top, width: tileWidth, height: rowHeight)
                let placed = tile.items(in: Rect(x: box.minX + padding, y: box.minY + padding, width: inner, height: rowHeight - 2 * padding))
                items.append(.group(Group(role: "sampul angka kunci \(figure.id)",
                                          items: [.shape(Shape(path: .rectangle(box), fill: tileMeasures.tileColor))] + placed.items)))
            }
            top += rowHeight + gap
        }
        let source = typesetter.paragraph(sourceText, style: sourceStyle, in: (0, top, width))
        items.append(.group(Group(role: "sampul sumber", items: source.runs.map(SceneItem.text))))
        return (items, total(fit))
    }

    private func foreword(_ foreword: BoundNarrative, signature: Signature?, vocabulary: Vocabulary, locale: NumberLocale) -> [PageDraft] {
        var flow = SimpleFlow(layout: self, role: .front)
        flow.heading(vocabulary.foreword)
        var setter = ParagraphSetter(typesetter: typesetter, style: style.text(measures.forewordSize))
        setter.hyphenator = Hyphenator.forLocale(locale)
        let lineHeight = typesetter.measurer.metrics(for: setter.style).lineHeight * measures.lineSpacing
        for paragraph in foreword.paragraphs {
            flow.lines(setter.lines(of: paragraph, width: contentWidth), lineHeight: lineHeight, gapBefore: lineHeight * measures.forewordParagraphGap)
        }
        flow.y += lineHeight * measures.signatureGap
        // Place and date, room for the signature, then the signatory in bold and the position.
        let lines: [(text: String?, bold: Bool, after: Double)] = [
            (signature?.placeAndDate, false, measures.signatureSpace), (signature?.signatory, true, 1), (signature?.position, false, 1),
        ]
        for line in lines {
            guard let text = line.text else { continue }
            let lineStyle = style.text(measures.forewordSize, weight: line.bold ? .bold : .regular)
            flow.ensure(lineHeight)
            flow.page.items.append(.text(typesetter.line(text, style: lineStyle, x: setup.margin + contentWidth * measures.signatureIndentRatio,
                                                         baseline: flow.y + typesetter.measurer.metrics(for: lineStyle).ascent)))
            flow.y += lineHeight * line.after
        }
        return flow.finish()
    }

    /// The daftar isi's entries among `entries`: the chapters, and a chapter's sections where it has two or more. A
    /// lone section divides nothing; listed, it stood under one chapter of seven and made the daftar isi look as if the
    /// other chapters had lost theirs (proof-reading 19). The PDF's outline keeps every section.
    static func contentsEntries(of entries: [ListEntry]) -> [ListEntry] {
        var kept: [ListEntry] = []
        var sections: [ListEntry] = []
        func closeChapter() {
            if sections.count >= 2 { kept += sections }
            sections = []
        }
        for entry in entries where entry.kind == nil {
            if entry.level == 1 {
                closeChapter()
                kept.append(entry)
            } else {
                sections.append(entry)
            }
        }
        closeChapter()
        return kept
    }

    /// An entry of the daftar isi or a list of figures.
    struct ListEntry {
        enum Target { case front(Int), body(Int) }
        var level: Int
        /// "Tabel 2.1", or nil for chapters and front matter.
        var label: String?
        var title: String
        var target: Target
        var y: Double
        var kind: FigureKind?
        /// A figure's place in the template's order.
        var order = 0

        static let placeholder = ListEntry(level: 1, label: nil, title: "—", target: .front(0), y: 0)
    }

    private func listPages(title: String, entries: [ListEntry], labelColumn: Double, numbers: (ListEntry) -> String,
                           absolute: (ListEntry.Target) -> Int = { _ in 0 }) -> [PageDraft] {
        var flow = SimpleFlow(layout: self, role: .front)
        flow.heading(title)
        listEntries(into: &flow, entries: entries, labelWidth: labelColumn, numbers: numbers, absolute: absolute)
        return flow.finish()
    }

    /// The width of the label column of the front lists holding `entries`: their widest label and a gap.
    private func labelColumn(_ entries: [ListEntry]) -> Double {
        let bold = style.text(measures.listSize, weight: .bold)
        return entries.compactMap(\.label).map { typesetter.measurer.width(of: $0, style: bold) }.max().map { $0 + measures.listLabelGap } ?? 0
    }

    /// The entries of a list, with dotted leaders to their page numbers and links to their pages; titles start
    /// `labelWidth` after their label's left edge.
    private func listEntries(into flow: inout SimpleFlow, entries: [ListEntry], labelWidth: Double, numbers: (ListEntry) -> String,
                      absolute: (ListEntry.Target) -> Int) {
        let regular = style.text(measures.listSize), bold = style.text(measures.listSize, weight: .bold)
        let metrics = typesetter.measurer.metrics(for: regular)
        let numberWidth = measures.listNumberWidth
        // Every leader ends at one place, before the widest page number, its dots on one grid counted back from there:
        // ended a fixed gap before each number, the dots stood at any of three distances from it, touching "10" and
        // short of "12" (proof-reading 40), and did not line up from row to row.
        let widestNumber = entries.map { typesetter.measurer.width(of: numbers($0), style: bold) }.max() ?? 0
        let dotsEnd = setup.margin + contentWidth - widestNumber - measures.leaderGap
        let (dot, period) = (measures.leaderDash[0], measures.leaderDash.reduce(0, +))
        for entry in entries {
            // Chapters and front matter in bold; figures and narasi headings under them.
            let isMain = entry.level == 1 && entry.kind == nil
            let entryStyle = isMain ? bold : regular
            let indent = entry.level > 1 ? measures.listIndent : 0
            let textX = setup.margin + indent + (isMain && entry.label == nil ? 0 : labelWidth)
            let textWidth = contentWidth - indent - labelWidth - numberWidth - measures.listNumberGap
            let lines = typesetter.measurer.lines(of: entry.title, style: entryStyle, maxWidth: textWidth)
            let height = Double(lines.count - 1) * metrics.lineHeight + metrics.ascent + metrics.descent
            let gap = isMain ? measures.listMainGap : measures.listEntryGap
            flow.ensure(height + gap)
            flow.y += gap
            let top = flow.y
            if let label = entry.label {
                flow.page.items.append(.text(typesetter.line(label, style: entryStyle, x: setup.margin + indent, baseline: top + metrics.ascent)))
            }
            var lastRight = textX
            for (index, line) in lines.enumerated() {
                let run = typesetter.line(line, style: entryStyle, x: textX, baseline: top + metrics.ascent + Double(index) * metrics.lineHeight)
                flow.page.items.append(.text(run))
                lastRight = run.origin.x + run.width
            }
            let baseline = top + metrics.ascent + Double(lines.count - 1) * metrics.lineHeight
            let numberRun = typesetter.line(numbers(entry), style: entryStyle, x: setup.margin + contentWidth, baseline: baseline, alignment: .right)
            let leaderStart = lastRight + measures.leaderGap
            let leaderEnd = min(dotsEnd, numberRun.origin.x - measures.leaderGap)
            let firstDot = leaderEnd - dot - ((leaderEnd - dot - leaderStart) / period).rounded(.down) * period
            if leaderEnd - dot > leaderStart {
                flow.page.items.append(.shape(Shape(path: .line(from: Point(x: firstDot, y: baseline), to: Point(x: leaderEnd, y: baseline)),
                                                    stroke: Stroke(color: style.mutedTextColor, width: measures.leaderWidth, dash: measures.leaderDash))))
            }
            flow.page.items.append(.text(numberRun))
            flow.page.links.append(PageLink(area: Rect(x: setup.margin, y: top, width: contentWidth, height: height),
                                            page: absolute(entry.target), y: entry.y))
            flow.y = top + height
        }
    }

    private func backPage(_ lines: [String], content: PublicationContent) -> PageDraft {
        var page = PageDraft(size: setup.size, role: .back)
        let size = setup.size, margin = setup.margin
        let bandTop = size.height * measures.backBandRatio
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: bandTop, width: size.width, height: size.height - bandTop)), fill: brand)))
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: bandTop - measures.stripeHeight, width: size.width, height: measures.stripeHeight)),
                                       fill: style.accent)))
        let onBrand = style.textColor(on: brand)
        var y = bandTop + measures.backTextDrop
        if let publisher = content.publisher {
            let placed = typesetter.paragraph(publisher, style: style.text(measures.backPublisherSize, weight: .bold, color: onBrand), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + measures.backPublisherGap
        }
        for line in lines {
            let placed = typesetter.paragraph(line, style: style.text(measures.backLineSize, color: onBrand), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + measures.backLineGap
        }
        return page
    }

    /// A page for the reader's notes: the heading of the front matter's pages, then ruled lines a handwriting's
    /// height apart down to the foot margin.
    private func notesPage(_ heading: String, size: Size) -> [SceneItem] {
        var flow = SimpleFlow(layout: self, role: .notes)
        flow.heading(heading)
        var items = flow.page.items
        let rule = Stroke(color: style.gridColor, width: measures.notesRuleWidth)
        var y = flow.y + measures.notesRulePitch
        while y <= size.height - setup.margin {
            items.append(.shape(Shape(path: .line(from: Point(x: setup.margin, y: y), to: Point(x: size.width - setup.margin, y: y)),
                                      stroke: rule)))
            y += measures.notesRulePitch
        }
        return items
    }

    /// Pages filled top to bottom with headings and lines: front matter.
    struct SimpleFlow {
        let layout: PublicationLayout
        let role: PageRole
        var pages: [PageDraft] = []
        var page: PageDraft
        var y: Double

        init(layout: PublicationLayout, role: PageRole) {
            self.layout = layout
            self.role = role
            page = PageDraft(size: layout.setup.size, role: role)
            y = layout.setup.margin
        }

        var bottom: Double { layout.setup.size.height - layout.setup.margin }

        mutating func newPage() {
            pages.append(page)
            page = PageDraft(size: layout.setup.size, role: role)
            y = layout.setup.margin
        }

        mutating func ensure(_ height: Double) {
            if y + height > bottom && y > layout.setup.margin { newPage() }
        }

        mutating func heading(_ text: String, bottomGap: Double? = nil) {
            let measures = layout.measures
            let placed = layout.typesetter.paragraph(text, style: layout.style.text(measures.headingSize, weight: .bold, color: layout.brand),
                                                     in: (layout.setup.margin, y, layout.contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + measures.headingRuleGap
            page.items.append(.shape(Shape(path: .rectangle(Rect(x: layout.setup.margin, y: y, width: measures.headingRuleWidth, height: measures.headingRuleHeight)),
                                           fill: layout.style.accent)))
            y += bottomGap ?? measures.headingBottomGap
        }

        mutating func lines(_ lines: [SetLine], lineHeight: Double, gapBefore: Double) {
            y += pages.isEmpty && y == layout.setup.margin ? 0 : gapBefore
            for line in lines {
                ensure(lineHeight)
                let ascent = line.runs.first?.ascent ?? 0
                for run in line.runs {
                    var placed = run
                    placed.origin = Point(x: layout.setup.margin + run.origin.x, y: y + ascent)
                    page.items.append(.text(placed))
                }
                y += lineHeight
            }
        }

        mutating func finish() -> [PageDraft] {
            pages.append(page)
            return pages
        }
    }
}
