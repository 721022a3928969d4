import SajianModel
import SajianScene

extension PublicationLayout {
    /// The body of a publication flowing over pages: chapter openings, narasi in columns, figures kept whole
    /// (tables split with their headings repeated), and the entries the lists at the front point to.
    struct BodyFlow {
        let layout: PublicationLayout
        let title: String
        var pages: [PageDraft] = []
        var page: PageDraft
        var y: Double
        var entries: [ListEntry] = []
        var warnings: [Diagnostic] = []
        /// A heading waiting to be placed with the first thing under it (chapters that run on).
        private var pendingHeading: String?
        private var chapterTitle: String?
        /// The chapter opening that stands alone at the top of this page, nothing under it yet: a figure that goes
        /// on a landscape page takes it along rather than leave it alone on a portrait page.
        /// Set where the opening is placed on an empty page; cleared by the next page, narasi or figure.
        private var loneOpening: (title: String, number: Int?, vocabulary: Vocabulary, itemCount: Int)?
        /// Each figure's place in the template's order, for the lists: a figure that floated is listed in its turn.
        private var figureOrder: [String: Int] = [:]
        /// Charts' and maps' layouts, measured to see whether they fit and kept for placing them (a map's projection
        /// and simplification are not done twice), shared with the trial copies that compare orders of figures.
        private let laidOut = LaidOutFigures()

        /// Where the publication's language lets a justified line break a word.
        private let hyphenator: Hyphenator?

        init(layout: PublicationLayout, title: String, locale: NumberLocale) {
            self.layout = layout
            self.title = title
            hyphenator = Hyphenator.forLocale(locale)
            page = PageDraft(size: layout.setup.size, role: .body)
            y = layout.setup.margin
        }

        private var style: HouseStyle { layout.style }
        var measures: PublicationMetrics { layout.measures }
        private var typesetter: Typesetter { layout.typesetter }
        private var figureLayout: FigureLayout { layout.figureLayout }
        private var margin: Double { layout.setup.margin }
        private var contentWidth: Double { page.size.width - 2 * margin }
        private var bottom: Double { page.size.height - margin }
        private var isPageEmpty: Bool { page.items.isEmpty }

        mutating func newPage(size: Size? = nil) {
            loneOpening = nil
            pages.append(page)
            page = PageDraft(size: size ?? layout.setup.size, role: .body, header: chapterTitle)
            y = margin
        }

        mutating func finish() {
            if !page.items.isEmpty || pages.isEmpty { pages.append(page) }
        }

        // MARK: Chapters

        /// `number`: nil for a *lampiran*, opened by its title alone.
        mutating func chapter(_ chapter: BoundChapter, number: Int?, vocabulary: Vocabulary) {
            chapterTitle = chapter.title
            if layout.chaptersStartPages {
                let room = bottom - y, pageHeight = bottom - margin
                // A chapter whose first figure goes on a landscape page opens on that page, not under the chapter before.
                if layout.setup.isCompact && !isPageEmpty && !opensWithALandscapeFigure(chapter)
                    && (room >= measures.compactChapterRoom * pageHeight || opensWithItsText(chapter, number: number, vocabulary: vocabulary)) {
                    // Ringkas: the chapter opens under the one before it.
                    y += measures.compactChapterGap
                } else if !isPageEmpty {
                    // An empty page (the portrait page after a landscape one) takes the opening as it is.
                    newPage()
                }
                // The running head names the chapter in force at the top of the page (BPS and Chicago practice): a
                // chapter opening under the one before heads the pages after it, not this one.
                if isPageEmpty { (page.header, page.opensChapter) = (chapter.title, chapter.title != nil) }
                if let title = chapter.title {
                    let wasEmpty = isPageEmpty
                    opening(title, number: number, vocabulary: vocabulary)
                    loneOpening = wasEmpty ? (title, number, vocabulary, page.items.count) : nil
                }
            } else if let title = chapter.title {
                pendingHeading = title
            }
            let titled = chapter.title != nil
            flow(layout.chaptersStartPages ? fullestOrder(of: chapter.blocks, inTitledChapter: titled) : chapter.blocks, inTitledChapter: titled)
        }

        /// Whether `chapter`'s first block is a figure that goes on a landscape page of its own.
        private func opensWithALandscapeFigure(_ chapter: BoundChapter) -> Bool {
            guard let first = chapter.blocks.first, case .figure(let figure) = first else { return false }
            return needsLandscape(figure)
        }

        /// Whether `chapter`, opening here under the one before, keeps its opening and the whole narasi it starts with
        /// on this page (a map whose note grew left a little less than `compactChapterRoom` under it, and six booklets
        /// sent Bab 2 to the next page, ending with a blank one).
        private func opensWithItsText(_ chapter: BoundChapter, number: Int?, vocabulary: Vocabulary) -> Bool {
            guard let first = chapter.blocks.first, case .narrative(let narrative) = first, let title = chapter.title else { return false }
            var trial = self
            let pageCount = trial.pages.count
            trial.y += measures.compactChapterGap
            trial.opening(title, number: number, vocabulary: vocabulary)
            trial.place(narrative)
            return trial.pages.count == pageCount
        }

        /// Places a chapter's blocks in this order, figures floating as `chapter` says.
        mutating func flow(_ blocks: [BoundBlock], inTitledChapter titled: Bool) {
            // Figures waiting for the next page because they did not fit the room left, while a later one did.
            var deferred: [BoundFigure] = []
            for (index, block) in blocks.enumerated() {
                switch block {
                case .figure(let figure):
                    figureOrder[figure.id] = figureOrder[figure.id] ?? figureOrder.count
                    // A chart or map too tall for the room left floats to the next page, leaving the room to a later,
                    // smaller figure of the same chapter; it never passes the chapter's end, and no more than
                    // `maximumFloats` wait at once. A figure that fits goes before those waiting, unless one of its
                    // own kind waits (Grafik 2.2 never precedes Grafik 2.1: numbers follow the reading order); a table
                    // that does not fit (it would be split) or one more chart sends them on first.
                    let kindWaits = deferred.contains { $0.components.kind == figure.components.kind }
                    let mayFloat = layout.chaptersStartPages && !isPageEmpty && deferred.count < measures.maximumFloats
                        && bottom - y >= measures.floatMinimumRoom * (bottom - margin)
                    // Measured only when it matters: a collection of figures without chapter pages never floats.
                    let fitsNow = mayFloat || !deferred.isEmpty ? fits(figure) : true
                    // A figure on a landscape page of its own does not float from a page that holds only its
                    // chapter's opening: it takes the opening along.
                    let floats = mayFloat && (kindWaits || (!fitsNow && fitsOnePage(figure)))
                        && !(holdsOnlyTheOpening && deferred.isEmpty && needsLandscape(figure))
                    if floats {
                        deferred.append(figure)
                    } else {
                        if !fitsNow || kindWaits { flush(&deferred, inTitledChapter: titled) }
                        // A figure on a landscape page keeps no closing narasi: that goes on the portrait page after it.
                        place(figure, inTitledChapter: titled,
                              keeping: deferred.isEmpty && !needsLandscape(figure) ? closingText(after: index, in: blocks) : nil)
                    }
                case .narrative(let narrative):
                    flush(&deferred, inTitledChapter: titled)
                    place(narrative)
                }
            }
            flush(&deferred, inTitledChapter: titled)
        }

        /// Places the figures that floated, in their order, from the top of the next page.
        private mutating func flush(_ deferred: inout [BoundFigure], inTitledChapter: Bool) {
            guard !deferred.isEmpty else { return }
            if !isPageEmpty { newPage() }
            for figure in deferred { place(figure, inTitledChapter: inTitledChapter) }
            deferred = []
        }

        /// Whether `figure` is kept whole: a chart or map, or a table no taller than a page (with tighter rows).
        private func fitsOnePage(_ figure: BoundFigure) -> Bool {
            guard figure.body.divisibleRowCount != nil else { return true }
            if let minimum = figureLayout.minimumWidth(of: figure), minimum > contentWidth { return false }
            return figureLayout.layout(FigurePart(figure), width: contentWidth, height: nil).size.height <= bottom - margin
                || figureLayout.tightened(FigurePart(figure), width: contentWidth, room: bottom - margin) != nil
        }

        /// The figure whole at its own height, at the page's width; charts and maps are kept for `place`.
        private mutating func natural(_ figure: BoundFigure) -> LaidOutFigure {
            sized(figure, height: nil)
        }

        /// A chart or map at the page's width and `height` (nil: its own), laid out once; a table part each time.
        private func sized(_ figure: BoundFigure, height: Double?) -> LaidOutFigure {
            guard figure.body.divisibleRowCount == nil else {
                return figureLayout.layout(FigurePart(figure), width: contentWidth, height: height)
            }
            let key = LaidOutFigures.Key(id: figure.id, width: contentWidth, height: height)
            if let kept = laidOut.figures[key] { return kept }
            let laid = figureLayout.layout(FigurePart(figure), width: contentWidth, height: height)
            laidOut.figures[key] = laid
            return laid
        }

        /// Whether `figure` fits whole in the room left on the page (a chart slightly taller is drawn to fit it).
        private mutating func fits(_ figure: BoundFigure) -> Bool {
            let room = bottom - y - pendingHeadingHeight
            if let minimum = figureLayout.minimumWidth(of: figure), minimum > contentWidth { return false }
            if needsLandscape(figure) { return false }
            let height = natural(figure).size.height
            if height <= room { return true }
            return figure.body.divisibleRowCount == nil && room >= max(measures.figureSqueezeMinimum, measures.figureSqueezeRatio * height)
        }

        /// A chapter's opening: "BAB 2" in the brand colour, its title, a rule. A *lampiran* (`number` nil) has no mark:
        /// its title stands where the chapters' titles stand, and the daftar isi lists it without a number.
        private mutating func opening(_ title: String, number: Int?, vocabulary: Vocabulary) {
            if let number {
                let mark = typesetter.line("\(vocabulary.chapter.uppercased()) \(number)",
                                           style: style.text(measures.chapterMarkSize, weight: .bold, color: layout.brand),
                                           x: margin, baseline: y + measures.chapterMarkBaseline)
                page.items.append(.text(mark))
            }
            y += measures.chapterMarkHeight
            let placed = typesetter.paragraph(title, style: style.text(measures.chapterTitleSize, weight: .bold), in: (margin, y, contentWidth))
            page.items += placed.runs.map(SceneItem.text)
            let label = number.map { "\(vocabulary.chapter) \($0)" }
            page.bookmarks.append(Bookmark(title: label.map { "\($0) \(title)" } ?? title, level: 1, y: y - measures.chapterMarkHeight))
            entries.append(ListEntry(level: 1, label: label, title: title, target: .body(pages.count),
                                     y: y - measures.chapterMarkHeight))
            y += placed.height + measures.chapterTitleGap
            page.items.append(.shape(Shape(path: .rectangle(Rect(x: margin, y: y, width: contentWidth, height: measures.chapterRuleHeight)), fill: layout.brand)))
            y += measures.chapterRuleGap
            page.used = y
        }

        private var pendingHeadingHeight: Double {
            guard let pending = pendingHeading else { return 0 }
            return typesetter.paragraph(pending, style: style.text(measures.runOnHeadingSize, weight: .bold), in: (margin, 0, contentWidth)).height
                + measures.runOnHeadingGap
        }

        /// Makes room for `height` below a pending heading: a new page if it does not fit; then places the heading.
        private mutating func reserve(_ height: Double) {
            if y + pendingHeadingHeight + height > bottom && !isPageEmpty { newPage() }
            if let pending = pendingHeading {
                let placed = typesetter.paragraph(pending, style: style.text(measures.runOnHeadingSize, weight: .bold), in: (margin, y, contentWidth))
                page.bookmarks.append(Bookmark(title: pending, level: 1, y: y))
                if isPageEmpty { page.header = pending }
                entries.append(ListEntry(level: 1, label: nil, title: pending, target: .body(pages.count), y: y))
                page.items += placed.runs.map(SceneItem.text)
                y += placed.height + measures.runOnHeadingGap
                pendingHeading = nil
            }
        }

        // MARK: Figures

        private func rows(_ part: FigurePart) -> Int {
            part.figure.body.divisibleRowCount ?? .max
        }

        /// Whether `figure` goes on landscape pages of its own here: a table too wide for the page even in its smallest
        /// type, a map of the whole country on a narrow page (`BodyLayout.minimumWidth`), or a figure the template
        /// turns (`halaman: lanskap`).
        private func needsLandscape(_ figure: BoundFigure) -> Bool {
            page.size.width < page.size.height
                && (figure.wantsLandscapePage || (figureLayout.minimumWidth(of: figure).map { $0 > page.size.width - 2 * margin } ?? false))
        }

        /// Whether the page holds only its chapter's opening, which a figure on a landscape page takes along.
        private var holdsOnlyTheOpening: Bool { loneOpening.map { page.items.count == $0.itemCount } ?? false }

        /// `keeping`: the narasi that closes the chapter right after the figure, kept on its page if the figure (a
        /// chart or map) may be drawn a little shorter for it (see `PublicationBody+KeepWith`).
        mutating func place(_ figure: BoundFigure, inTitledChapter: Bool, keeping closing: BoundNarrative? = nil) {
            let portrait = layout.setup.size.width < layout.setup.size.height ? layout.setup.size
                : Size(width: layout.setup.size.height, height: layout.setup.size.width)
            let turnsPage = needsLandscape(figure)
            let carriesOpening = turnsPage && holdsOnlyTheOpening
            if turnsPage {
                if let lone = loneOpening, carriesOpening {
                    // The chapter's opening, alone on its portrait page, goes to the top of the landscape one.
                    page.items.removeAll()
                    page.bookmarks.removeLast()
                    entries.removeLast()
                    page.size = Size(width: portrait.height, height: portrait.width)
                    y = margin
                    opening(lone.title, number: lone.number, vocabulary: lone.vocabulary)
                } else if !isPageEmpty { newPage(size: Size(width: portrait.height, height: portrait.width)) } else {
                    page.size = Size(width: portrait.height, height: portrait.width)
                }
            }
            loneOpening = nil
            let pageHeight = bottom - margin
            var parts = figureLayout.parts(of: figure, width: contentWidth, firstHeight: bottom - y - pendingHeadingHeight, pageHeight: pageHeight)
            // (Not where the page holds only the opening the figure took along: a new page would leave it alone.)
            if parts.count > 1, !isPageEmpty, !carriesOpening,
               rows(parts[0]) < style.minimumRowsPerPart || (2 * rows(parts[0]) < rows(FigurePart(figure)) && fitsOnePage(figure))
                || (rows(parts[parts.count - 1]) < style.minimumRowsPerPart && fitsOnePage(figure)) {
                // Too little room for a useful first part, or a table a page holds whole split with less than half
                // of it here or with a last part too short to stand alone (Tabel 3.1's two rows and Jumlah over the
                // page, proof-reading 8): start the table on a new page.
                newPage(size: page.size)
                parts = figureLayout.parts(of: figure, width: contentWidth, firstHeight: pageHeight - pendingHeadingHeight, pageHeight: pageHeight)
            }
            for (index, part) in parts.enumerated() {
                let whole = parts.count == 1 && rows(part) == .max
                var laid = whole ? natural(figure) : figureLayout.layout(part, width: contentWidth, height: nil)
                if laid.size.height > pageHeight - (index == 0 ? pendingHeadingHeight : 0) {
                    // Taller than a page and not divisible (a chart): drawn at the page's height.
                    let height = pageHeight - (index == 0 ? pendingHeadingHeight : 0)
                    laid = whole ? sized(figure, height: height) : figureLayout.layout(part, width: contentWidth, height: height)
                }
                let room = bottom - y - (index == 0 ? pendingHeadingHeight : 0), natural = laid.size.height
                if whole, laid.size.height > room,
                   room >= max(measures.figureSqueezeMinimum, measures.figureSqueezeRatio * laid.size.height) {
                    // A chart a little taller than the room left is drawn to fit it rather than leave the page half
                    // empty, unless that costs it something it warns of: a map squeezed below the room its key to
                    // numbered regions needs left 11 provinces unnamed on the map demo's Peta 2 (proof-reading 15).
                    let squeezed = sized(figure, height: room)
                    if squeezed.warnings.count <= laid.warnings.count { laid = squeezed }
                }
                if !whole, parts.count == 1, let tight = figureLayout.tightened(part, width: contentWidth, room: room) {
                    // A table a little taller than the room, kept whole with tighter rows.
                    laid = tight
                }
                if whole, let closing, let height = keptHeight(natural: natural, drawn: laid.size.height, room: room, closing: closing) {
                    laid = sized(figure, height: height)
                }
                warnings += laid.warnings
                if index == 0 { reserve(laid.size.height) } else if y + laid.size.height > bottom && !isPageEmpty { newPage(size: page.size) }
                if index == 0 {
                    let label = figure.components.label(in: figure.vocabulary)
                    page.bookmarks.append(Bookmark(title: "\(label) \(figure.components.title)", level: inTitledChapter ? 2 : 1, y: y))
                    var entry = ListEntry(level: 2, label: label, title: figure.components.title, target: .body(pages.count), y: y)
                    entry.kind = figure.components.kind
                    entry.order = figureOrder[figure.id] ?? figureOrder.count
                    entries.append(entry)
                }
                page.items.append(.group(Group(role: "figure \(figure.id)", transform: .translation(x: margin, y: y), items: laid.items)))
                y += laid.size.height
                page.used = y
                y += measures.figureGap
            }
            if turnsPage { newPage(size: layout.setup.size) }
        }

        // MARK: Narasi

        /// A line of narasi ready to flow: its runs, the space above it, and its place in its paragraph.
        private struct FlowLine {
            var line: SetLine
            var gapBefore: Double
            var isFirstOfParagraph: Bool
        }

        mutating func place(_ narrative: BoundNarrative) {
            loneOpening = nil
            let isSuggestive = narrative.genre == .suggestive
            let columns = isSuggestive ? 1 : max(1, min(measures.maximumColumns, narrative.columns ?? layout.setup.columns))
            let gutter = measures.columnGutter
            let padding = isSuggestive ? measures.suggestivePadding : 0
            let columnWidth = (contentWidth - 2 * padding - gutter * Double(columns - 1)) / Double(columns)
            let textStyle = style.text(measures.narrativeSize, italic: false)
            var setter = ParagraphSetter(typesetter: typesetter, style: textStyle)
            setter.hyphenator = hyphenator
            let lineHeight = typesetter.measurer.metrics(for: textStyle).lineHeight * measures.lineSpacing
            let paragraphGap = lineHeight * measures.narrativeParagraphGap

            var lines: [FlowLine] = []
            for paragraph in narrative.paragraphs {
                let set = setter.lines(of: paragraph, width: columnWidth)
                for (index, line) in set.enumerated() {
                    lines.append(FlowLine(line: line, gapBefore: index == 0 && !lines.isEmpty ? paragraphGap : 0, isFirstOfParagraph: index == 0))
                }
            }
            guard !lines.isEmpty else { return }
            let titleStyle = style.text(measures.narrativeTitleSize, weight: .bold, color: isSuggestive ? style.textColor : layout.brand)
            let titleHeight = narrative.title.map { typesetter.paragraph($0, style: titleStyle, in: (margin, 0, contentWidth)).height + measures.narrativeTitleGap } ?? 0
            // The title keeps at least two lines of text with it.
            reserve(titleHeight + measures.titleKeepsLines * lineHeight + 2 * padding)
            // A sugestif box (an ajakan) is a call-out, not a section: it is not in the daftar isi.
            if let title = narrative.title, !isSuggestive {
                page.bookmarks.append(Bookmark(title: title, level: 2, y: y))
                entries.append(ListEntry(level: 2, label: nil, title: title, target: .body(pages.count), y: y))
            }
            var boxTop = y
            if let title = narrative.title {
                let placed = typesetter.paragraph(title, style: titleStyle, in: (margin + padding, y + padding, contentWidth - 2 * padding))
                page.items += placed.runs.map(SceneItem.text)
                y += placed.height + measures.narrativeTitleGap
            }
            y += padding
            var remaining = lines[...]
            while !remaining.isEmpty {
                let available = bottom - padding - y
                var taken: [[FlowLine]] = []
                var rest = remaining
                let total = Self.height(of: rest, lineHeight: lineHeight)
                if columns > 1 && total <= Double(columns) * available {
                    // The rest fits on this page: balance the columns.
                    let target = total / Double(columns)
                    for _ in 0..<columns - 1 {
                        var column: [FlowLine] = []
                        // Up to half the text, and never past the foot of the page.
                        while let next = rest.first, Self.height(of: column[...], lineHeight: lineHeight) < target - measures.balanceTolerance,
                              Self.height(of: column[...] + [next], lineHeight: lineHeight) <= available {
                            column.append(next)
                            rest = rest.dropFirst()
                        }
                        // No paragraph's first line alone at a column's foot, nor its last alone at the next one's head.
                        if column.count > measures.minimumLinesBeforeBreak, let last = column.last, let next = rest.first,
                           (last.isFirstOfParagraph && !last.line.endsParagraph) || (next.line.endsParagraph && !next.isFirstOfParagraph) {
                            rest = column.suffix(1) + rest
                            column.removeLast()
                        }
                        taken.append(column)
                    }
                    taken.append(Array(rest))
                    rest = []
                    if taken.contains(where: { Self.height(of: $0[...], lineHeight: lineHeight) > available }) {
                        // Kept paragraph lines made a column too long: fill the columns in turn instead.
                        rest = remaining
                        taken = (0..<columns).map { _ in Self.fill(&rest, available: available, lineHeight: lineHeight) }
                    }
                } else {
                    for _ in 0..<columns {
                        let column = Self.fill(&rest, available: available, lineHeight: lineHeight)
                        taken.append(column)
                    }
                }
                if taken.allSatisfy(\.isEmpty) {
                    closeBox(isSuggestive, from: boxTop, to: y)
                    newPage()
                    boxTop = y
                    y += padding
                    continue
                }
                var deepest = y
                for (column, columnLines) in taken.enumerated() {
                    var lineTop = y
                    for (index, flowLine) in columnLines.enumerated() {
                        if index > 0 { lineTop += flowLine.gapBefore }
                        let x = margin + padding + Double(column) * (columnWidth + gutter)
                        let ascent = flowLine.line.runs.first?.ascent ?? 0
                        for run in flowLine.line.runs {
                            var placed = run
                            placed.origin = Point(x: x + run.origin.x, y: lineTop + ascent)
                            page.items.append(.text(placed))
                        }
                        lineTop += lineHeight
                    }
                    deepest = max(deepest, lineTop)
                }
                y = deepest
                remaining = rest
                page.used = y
                if !remaining.isEmpty {
                    closeBox(isSuggestive, from: boxTop, to: y + padding)
                    newPage()
                    boxTop = y
                    y += padding
                }
            }
            y += padding
            closeBox(isSuggestive, from: boxTop, to: y)
            page.used = y
            y += measures.narrativeGap

        }

        private static func height(of lines: ArraySlice<FlowLine>, lineHeight: Double) -> Double {
            lines.enumerated().reduce(0) { $0 + lineHeight + ($1.offset == 0 ? 0 : $1.element.gapBefore) }
        }

        /// Takes the lines that fit in `available`, leaving no paragraph's first line alone at the foot
        /// of a column and no last line alone at the head of the next.
        private static func fill(_ rest: inout ArraySlice<FlowLine>, available: Double, lineHeight: Double) -> [FlowLine] {
            var column: [FlowLine] = []
            var used = 0.0
            while let next = rest.first {
                let needed = lineHeight + (column.isEmpty ? 0 : next.gapBefore)
                if used + needed > available { break }
                column.append(next)
                used += needed
                rest = rest.dropFirst()
            }
            guard !rest.isEmpty, column.count > PublicationMetrics.standard.minimumLinesBeforeBreak else { return column }
            if column.last!.isFirstOfParagraph && !column.last!.line.endsParagraph {
                rest = column.suffix(1) + rest
                column.removeLast()
            } else if rest.first!.line.endsParagraph && !rest.first!.isFirstOfParagraph {
                rest = column.suffix(1) + rest
                column.removeLast()
            }
            return column
        }

        /// A sugestif narasi sits in a tinted box with a bar in the accent colour, drawn behind its text.
        private mutating func closeBox(_ isSuggestive: Bool, from top: Double, to bottom: Double) {
            guard isSuggestive, bottom > top else { return }
            let area = Rect(x: margin, y: top, width: contentWidth, height: bottom - top)
            page.items.insert(.shape(Shape(path: .rectangle(area), fill: layout.brand.tint(measures.suggestiveTintStrength))), at: 0)
            page.items.insert(.shape(Shape(path: .rectangle(Rect(x: margin, y: top, width: measures.suggestiveBarWidth, height: area.height)),
                                           fill: style.accent)), at: 1)
        }
    }
}
