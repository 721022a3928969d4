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

    public init(paper: PaperSize, landscape: Bool = false, marginMillimetres: Double = 20, columns: Int = 1) {
        let portrait = paper.size
        size = landscape ? Size(width: portrait.height, height: portrait.width) : portrait
        margin = marginMillimetres * 72 / 25.4
        self.columns = columns
    }
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
        var body = BodyFlow(layout: self, title: content.info.title)
        for (index, chapter) in content.chapters.enumerated() {
            body.chapter(chapter, number: index + 1, vocabulary: vocabulary)
        }
        body.finish()

        // Front matter, in order; its page count is known before its page numbers are.
        var front: [PageDraft] = []
        var frontEntries: [ListEntry] = []
        if content.hasCover { front.append(cover(content)) }
        if let foreword = content.foreword {
            let pages = self.foreword(foreword, signature: content.signature, vocabulary: vocabulary)
            frontEntries.append(ListEntry(level: 1, label: nil, title: vocabulary.foreword, target: .front(front.count), y: setup.margin))
            front += pages
        }
        let figureLists: [(FrontMatterList, FigureKind, String)] = [
            (.tables, .table, vocabulary.listOfTables), (.charts, .chart, vocabulary.listOfCharts), (.maps, .map, vocabulary.listOfMaps),
        ]
        var lists: [(title: String, entries: [ListEntry])] = []
        for (list, kind, title) in figureLists where content.lists.contains(list) {
            let entries = body.entries.filter { $0.kind == kind }
            if !entries.isEmpty { lists.append((title, entries)) }
        }
        let contentsEntries = body.entries.filter { $0.kind == nil }
        let hasContents = content.lists.contains(.contents) && !contentsEntries.isEmpty
        // Lay the lists out once to count their pages, then again with the real numbers.
        let contentsPageCount = hasContents ? listPages(title: vocabulary.contents, entries: frontEntries + contentsEntries + lists.map { _ in ListEntry.placeholder }, numbers: { _ in "000" }).count : 0
        let listPageCounts = lists.map { listPages(title: $0.title, entries: $0.entries, numbers: { _ in "000" }).count }
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
            var pages = listPages(title: vocabulary.contents, entries: frontEntries + listEntries + contentsEntries, numbers: number, absolute: absolute)
            pages[0].bookmarks.insert(Bookmark(title: vocabulary.contents, level: 1, y: setup.margin), at: 0)
            front += pages
        }
        for list in lists {
            var pages = listPages(title: list.title, entries: list.entries, numbers: number, absolute: absolute)
            pages[0].bookmarks.insert(Bookmark(title: list.title, level: 1, y: setup.margin), at: 0)
            front += pages
        }

        var all = front + body.pages
        if let back = content.backPage {
            if content.hasCover && all.count % 2 == 0 { all.append(PageDraft(size: setup.size, role: .blank)) }
            all.append(backPage(back, content: content))
        }
        let pages = all.enumerated().map { index, draft in
            finished(draft, folio: draft.role == .front || draft.role == .body ? folio(ofAbsolute: index) : nil, title: content.info.title)
        }
        return (Scene(info: content.info, pages: pages), body.warnings)
    }

    // MARK: Pages

    enum PageRole { case cover, front, body, blank, back }

    struct PageDraft {
        var size: Size
        var role: PageRole
        var items: [SceneItem] = []
        var bookmarks: [Bookmark] = []
        var links: [PageLink] = []
        /// The chapter a body page belongs to, for the running header.
        var header: String?
    }

    /// A draft with its running header (body pages) and folio added.
    private func finished(_ draft: PageDraft, folio: String?, title: String) -> Page {
        var items = draft.items
        let muted = style.text(style.smallSize, color: style.mutedTextColor)
        let margin = setup.margin
        if draft.role == .body {
            let baseline = margin * 0.55
            items.append(.text(typesetter.line(typesetter.truncated(title, style: muted, maxWidth: draft.size.width / 2 - margin - 6),
                                               style: muted, x: margin, baseline: baseline)))
            if let header = draft.header {
                items.append(.text(typesetter.line(typesetter.truncated(header, style: muted, maxWidth: draft.size.width / 2 - margin - 6),
                                                   style: muted, x: draft.size.width - margin, baseline: baseline, alignment: .right)))
            }
            items.append(.shape(Shape(path: .line(from: Point(x: margin, y: baseline + 4), to: Point(x: draft.size.width - margin, y: baseline + 4)),
                                      stroke: Stroke(color: style.gridColor, width: 0.5))))
        }
        if let folio {
            items.append(.text(typesetter.line(folio, style: muted, x: draft.size.width / 2, baseline: draft.size.height - margin * 0.5,
                                               alignment: .center)))
        }
        var page = Page(size: draft.size, items: items, bookmarks: draft.bookmarks)
        page.links = draft.links
        return page
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
        let bandHeight = size.height * 0.58
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: size.width, height: bandHeight)), fill: brand)))
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: bandHeight, width: size.width, height: 5)), fill: style.accent)))
        let onBrand = style.textColor(on: brand)
        let scale = min(1, size.width / PaperSize.a4.size.width + 0.15)
        var y = margin
        if let publisher = content.publisher {
            let placed = typesetter.paragraph(publisher.uppercased(), style: style.text(9 * scale, weight: .bold, color: onBrand),
                                              in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
        }
        y = bandHeight * 0.36
        let title = typesetter.paragraph(content.info.title, style: style.text(26 * scale, weight: .bold, color: onBrand), in: (margin, y, contentWidth))
        page.items += title.runs.map(SceneItem.text)
        y += title.height + 14
        if let subtitle = content.subtitle {
            let placed = typesetter.paragraph(subtitle, style: style.text(13 * scale, color: onBrand), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + 10
        }
        if let period = content.period {
            let placed = typesetter.paragraph(period, style: style.text(15 * scale, weight: .bold, color: onBrand), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
        }
        // The publisher at the foot, with the logo when the house style has one.
        var x = margin
        let foot = size.height - margin
        if let logo = style.logo {
            let height = logo.size.height * 1.6, width = logo.size.width * 1.6
            page.items.append(.image(ImageItem(png: logo.png, frame: Rect(x: margin, y: foot - height, width: width, height: height))))
            x += width + 10
        }
        if let publisher = content.publisher {
            let placed = typesetter.paragraph(publisher, style: style.text(11 * scale, weight: .bold), in: (x, foot - 30, size.width - margin - x))
            page.items += placed.runs.map(SceneItem.text)
        }
        return page
    }

    private func foreword(_ foreword: BoundNarrative, signature: Signature?, vocabulary: Vocabulary) -> [PageDraft] {
        var flow = SimpleFlow(layout: self, role: .front)
        flow.heading(vocabulary.foreword)
        let setter = ParagraphSetter(typesetter: typesetter, style: style.text(10))
        let lineHeight = typesetter.measurer.metrics(for: setter.style).lineHeight * 1.15
        for paragraph in foreword.paragraphs {
            flow.lines(setter.lines(of: paragraph, width: contentWidth), lineHeight: lineHeight, gapBefore: lineHeight * 0.6)
        }
        flow.y += lineHeight * 1.5
        // Place and date, room for the signature, then the signatory in bold and the position.
        let lines: [(text: String?, bold: Bool, after: Double)] = [
            (signature?.placeAndDate, false, 2.6), (signature?.signatory, true, 1), (signature?.position, false, 1),
        ]
        for line in lines {
            guard let text = line.text else { continue }
            let lineStyle = style.text(10, weight: line.bold ? .bold : .regular)
            flow.ensure(lineHeight)
            flow.page.items.append(.text(typesetter.line(text, style: lineStyle, x: setup.margin + contentWidth * 0.55,
                                                         baseline: flow.y + typesetter.measurer.metrics(for: lineStyle).ascent)))
            flow.y += lineHeight * line.after
        }
        return flow.finish()
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

        static let placeholder = ListEntry(level: 1, label: nil, title: "—", target: .front(0), y: 0)
    }

    private func listPages(title: String, entries: [ListEntry], numbers: (ListEntry) -> String,
                           absolute: (ListEntry.Target) -> Int = { _ in 0 }) -> [PageDraft] {
        var flow = SimpleFlow(layout: self, role: .front)
        flow.heading(title)
        let regular = style.text(9.5), bold = style.text(9.5, weight: .bold)
        let metrics = typesetter.measurer.metrics(for: regular)
        let numberWidth = 28.0
        let labelWidth = entries.compactMap(\.label).map { typesetter.measurer.width(of: $0, style: bold) }.max().map { $0 + 10 } ?? 0
        for entry in entries {
            // Chapters and front matter in bold; figures and narasi headings under them.
            let isMain = entry.level == 1 && entry.kind == nil
            let entryStyle = isMain ? bold : regular
            let indent = entry.level > 1 ? 14.0 : 0
            let textX = setup.margin + indent + (isMain && entry.label == nil ? 0 : labelWidth)
            let textWidth = contentWidth - indent - labelWidth - numberWidth - 8
            let lines = typesetter.measurer.lines(of: entry.title, style: entryStyle, maxWidth: textWidth)
            let height = Double(lines.count - 1) * metrics.lineHeight + metrics.ascent + metrics.descent
            let gap = isMain ? 7.0 : 3.5
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
            if numberRun.origin.x - 4 > lastRight + 4 {
                flow.page.items.append(.shape(Shape(path: .line(from: Point(x: lastRight + 4, y: baseline), to: Point(x: numberRun.origin.x - 4, y: baseline)),
                                                    stroke: Stroke(color: style.mutedTextColor, width: 0.6, dash: [0.6, 2.4]))))
            }
            flow.page.items.append(.text(numberRun))
            flow.page.links.append(PageLink(area: Rect(x: setup.margin, y: top, width: contentWidth, height: height),
                                            page: absolute(entry.target), y: entry.y))
            flow.y = top + height
        }
        return flow.finish()
    }

    private func backPage(_ lines: [String], content: PublicationContent) -> PageDraft {
        var page = PageDraft(size: setup.size, role: .back)
        let size = setup.size, margin = setup.margin
        let bandTop = size.height * 0.8
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: bandTop, width: size.width, height: size.height - bandTop)), fill: brand)))
        page.items.append(.shape(Shape(path: .rectangle(Rect(x: 0, y: bandTop - 5, width: size.width, height: 5)), fill: style.accent)))
        let onBrand = style.textColor(on: brand)
        var y = bandTop + 16
        if let publisher = content.publisher {
            let placed = typesetter.paragraph(publisher, style: style.text(11, weight: .bold, color: onBrand), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + 6
        }
        for line in lines {
            let placed = typesetter.paragraph(line, style: style.text(9, color: onBrand), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + 3
        }
        return page
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

        mutating func heading(_ text: String) {
            let placed = layout.typesetter.paragraph(text, style: layout.style.text(16, weight: .bold, color: layout.brand),
                                                     in: (layout.setup.margin, y, layout.contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            y += placed.height + 6
            page.items.append(.shape(Shape(path: .rectangle(Rect(x: layout.setup.margin, y: y, width: 36, height: 2.5)), fill: layout.style.accent)))
            y += 18
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
