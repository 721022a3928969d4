import SajianModel
import SajianScene

/// A figure laid out at a size: its items in its own coordinates (origin top-left) and what layout noticed.
public struct LaidOutFigure: Sendable {
    public var size: Size
    public var items: [SceneItem]
    /// Things the reader should know about, e.g. labels shortened to fit, at the figure's place in its template.
    public var warnings: [Diagnostic]
}

/// A body laid out in its frame: its items, what the reader should know about (labels shortened …), and the notes
/// the body adds to its own figure's *catatan* (a map's units left unnamed), printed under it after the others.
public struct LaidOutBody {
    public var items: [SceneItem]
    public var warnings: [String]
    public var notes: [String]
    /// In a free height, the height the body took where it grew past its frame (a map with the key to its letters on a
    /// line under it); nil: the frame's.
    public var grownHeight: Double?

    public init(items: [SceneItem], warnings: [String] = [], notes: [String] = [], grownHeight: Double? = nil) {
        self.items = items
        self.warnings = warnings
        self.notes = notes
        self.grownHeight = grownHeight
    }
}

/// The body of a figure (chart, table …) as one form lays it out. Each form implements this once;
/// the frame around it (number, title, source, notes) is shared.
public protocol BodyLayout {
    /// The height the body wants at `width` when the figure's height is free.
    func preferredHeight(width: Double) -> Double
    /// The body's items, placed in `frame`, and what the reader should know about (labels shortened …).
    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String])
    /// The body laid out in `frame` with the notes it adds to its figure; by default `items(in:)` and no notes.
    /// `heightIsFixed`: the figure's height is given, so every line of note the body adds is taken from the body's
    /// own room (a map then keeps its room rather than move a key into the note).
    func laidOut(in frame: Rect, heightIsFixed: Bool) -> LaidOutBody
    /// The narrowest width the body can take without clipping (a table at its smallest type) or without losing what
    /// it must show (a map of the whole country, its names); nil: any width. A publication gives a body wider than
    /// its page a landscape page of its own.
    func minimumWidth() -> Double?
    /// The least height the body can be set in at `width` when its frame is shorter than it wants (a table with
    /// tighter rows); nil: it takes its preferred height.
    func tightestHeight(width: Double) -> Double?
}

extension BodyLayout {
    public func laidOut(in frame: Rect, heightIsFixed: Bool) -> LaidOutBody {
        let (items, warnings) = items(in: frame)
        return LaidOutBody(items: items, warnings: warnings)
    }

    public func minimumWidth() -> Double? { nil }
    public func tightestHeight(width: Double) -> Double? { nil }
}

/// What a form's layout is given besides its body: the house style, the typesetter, the publication's words,
/// and the markers of the notes marked on its rows.
public struct BodyLayoutContext {
    public let style: HouseStyle
    public let typesetter: Typesetter
    public let locale: NumberLocale
    /// The marker ("¹") of each row a note is marked on, by row id: the same marker the note carries below.
    public let rowMarkers: [Int: String]
    /// The range the value axis spans at least: the figure's scale shared with other charts (`skala-bersama`).
    public var sharedValueRange: ClosedRange<Double>? = nil
    /// Whether the body is drawn as a tile with no caption over it (an infographic's *angka kunci*), so that it names
    /// what it shows itself; under a caption it leaves that to the caption.
    public var isUncaptioned = false

    public var vocabulary: Vocabulary { .forLocale(locale) }
}

/// How the figure layout lays out a form's body: the forms register one (`SajianForms`); layout knows no form by name.
public protocol FigureFormLayouts: Sendable {
    /// The layout of `body`, whose type is one a registered form binds.
    func bodyLayout(for body: any FigureBody, in context: BodyLayoutContext) -> any BodyLayout
}

/// A figure, or one part of a figure divided between pages (a long table).
public struct FigurePart: Sendable {
    public var figure: BoundFigure
    /// A part after the first: its title is marked "(lanjutan)".
    public var isContinuation = false
    /// Whether the source line and notes are printed (only under the last part).
    public var showsComponentsBelow = true
    /// Whether the number ("Grafik 1") is printed before the title: on an infographic it may be left off.
    public var showsNumber = true
    /// Whether a body with a compact arrangement (`CompactBodyLayout`) uses it: on an infographic's small canvases.
    public var isCompact = false
    /// The symbols of the whole figure, for the legend of symbols under its last part: a part's body holds only its
    /// rows, and Kota Sukabumi's "d" in the first part of the kab/kota booklets' Tabel 3 went unexplained under the
    /// second (proof-reading 46, F1). Nil for a figure in one part.
    public var wholeFigureSymbols: [StatisticalSymbol]?

    /// The whole figure, as one part.
    public init(_ figure: BoundFigure) {
        self.figure = figure
    }
}

/// Lays out a bound figure: "Grafik 1" and the title above, the body, then "Sumber:" and notes below.
public struct FigureLayout {
    public let style: HouseStyle
    public let typesetter: Typesetter
    /// The forms, which lay out each figure's body.
    public let forms: any FigureFormLayouts

    public init(style: HouseStyle = .standard, measurer: any TextMeasuring, forms: any FigureFormLayouts) {
        self.style = style
        self.typesetter = Typesetter(measurer: measurer)
        self.forms = forms
    }

    /// How many times a body whose notes need more room under it than it left is laid out again in a fixed height.
    static let bodyNoteRelayouts = 3

    /// The figure at `width`; `height` nil lets the body take the height it wants.
    /// `footer` keeps the source line and notes clear of something at the foot's right (a logo): they leave its width
    /// free, and the foot is at least its height, so that it never reaches into the body (an axis's labels).
    public func layout(_ figure: BoundFigure, width: Double, height: Double? = nil, footer reserved: Size = Size(width: 0, height: 0)) -> LaidOutFigure {
        layout(FigurePart(figure), width: width, height: height, footer: reserved)
    }

    /// A part of a figure at `width`, as `layout(_:width:height:footer:)`.
    public func layout(_ part: FigurePart, width: Double, height: Double? = nil, footer reserved: Size = Size(width: 0, height: 0)) -> LaidOutFigure {
        let figure = part.figure
        let header = headerItems(part, width: width)
        var footer = footerItems(part, width: width - reserved.width)
        footer.height = max(footer.height, reserved.height)
        let body = bodyLayout(for: figure)
        let chrome = header.height + footer.height + 2 * style.gap
        let compact = part.isCompact ? body as? any CompactBodyLayout : nil
        let bodyHeight = max(style.minimumBodyHeight, height.map { $0 - chrome }
                             ?? compact?.compactHeight(width: width) ?? body.preferredHeight(width: width))
        var bodyFrame = Rect(x: 0, y: header.height + style.gap, width: width, height: bodyHeight)
        func laidOutBody() -> LaidOutBody {
            guard let compact else { return body.laidOut(in: bodyFrame, heightIsFixed: height != nil) }
            let (items, warnings) = compact.compactItems(in: bodyFrame)
            return LaidOutBody(items: items, warnings: warnings)
        }
        var placed = laidOutBody()
        if !placed.notes.isEmpty, part.showsComponentsBelow {
            // The body's own notes join the figure's under it: in a fixed height the body gives up the room they
            // take and is laid out again (its notes are then those of that layout, which may be longer: a smaller
            // map leaves more units unnamed; at most `bodyNoteRelayouts` times).
            func footerWithBodyNotes() -> (items: [SceneItem], height: Double) {
                var result = footerItems(part, width: width - reserved.width, bodyNotes: placed.notes)
                result.height = max(result.height, reserved.height)
                return result
            }
            var grownFooter = footerWithBodyNotes()
            var roomGiven = footer.height
            for _ in 0..<Self.bodyNoteRelayouts where height != nil && grownFooter.height > roomGiven {
                bodyFrame.height = max(style.minimumBodyHeight, bodyHeight - (grownFooter.height - footer.height))
                roomGiven = grownFooter.height
                placed = laidOutBody()
                grownFooter = footerWithBodyNotes()
            }
            footer = grownFooter
        }
        // A body of free height that grew (`LaidOutBody.grownHeight`) pushes its footer down.
        let bodyBottom = height == nil ? bodyFrame.minY + max(placed.grownHeight ?? 0, bodyFrame.height) : bodyFrame.maxY
        let footerTop = bodyBottom + style.gap
        let footerGroup = SceneItem.group(Group(role: "components-below", transform: .translation(x: 0, y: footerTop), items: footer.items))
        return LaidOutFigure(
            size: Size(width: width, height: footerTop + footer.height),
            items: [
                .group(Group(role: "components-above", items: header.items)),
                .group(Group(role: "body \(figure.components.kind.rawValue)", items: placed.items)),
                footerGroup,
            ],
            warnings: placed.warnings.map { Diagnostic(.warning, at: figure.location, "figure `\(figure.id)`: \($0)") })
    }

    /// The narrowest width the figure can take without clipping (tables at their smallest type) or losing its names
    /// (a map of the whole country), if it has one.
    public func minimumWidth(of figure: BoundFigure) -> Double? {
        bodyLayout(for: figure).minimumWidth()
    }

    /// The figure divided into parts that each fit `firstHeight` (the first) or `pageHeight` (the rest): a body
    /// with rows (a table) continues on the next page with its headings repeated and the title marked "(lanjutan)";
    /// the source line and notes stand under the last part. Other figures are one part.
    public func parts(of figure: BoundFigure, width: Double, firstHeight: Double, pageHeight: Double) -> [FigurePart] {
        guard let rowCount = figure.body.divisibleRowCount, layout(figure, width: width).size.height > firstHeight else {
            return [FigurePart(figure)]
        }
        // A table a little taller than the room is set with tighter rows rather than continued (see `tightened`).
        if tightened(FigurePart(figure), width: width, room: firstHeight) != nil { return [FigurePart(figure)] }
        func part(_ rows: Range<Int>, first: Bool, last: Bool) -> FigurePart {
            var piece = FigurePart(figure)
            piece.figure.body = figure.body.rows(rows)
            piece.wholeFigureSymbols = figure.symbolsUsed
            piece.isContinuation = !first
            piece.showsComponentsBelow = last
            return piece
        }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < rowCount {
            let available = ranges.isEmpty ? firstHeight : pageHeight
            // The most rows that fit, found by bisection; a part holds at least one row.
            var low = 1, high = rowCount - start
            while low < high {
                let middle = (low + high + 1) / 2
                let end = start + middle
                let candidate = part(start..<end, first: ranges.isEmpty, last: end == rowCount)
                if layout(candidate, width: width).size.height <= available { low = middle } else { high = middle - 1 }
            }
            var end = start + low
            // A part never ends where the body says it must not (a table's group heading).
            if end < rowCount, end - start > 1, !figure.body.canEndPart(after: end - 1) { end -= 1 }
            ranges.append(start..<end)
            start = end
        }
        // No widows: a last part of one or two rows takes rows from the part before it.
        let minimum = style.minimumRowsPerPart
        if ranges.count > 1, ranges[ranges.count - 1].count < minimum, ranges[ranges.count - 2].count > 2 * minimum {
            let moved = minimum - ranges[ranges.count - 1].count
            let previous = ranges[ranges.count - 2], last = ranges[ranges.count - 1]
            ranges[ranges.count - 2] = previous.lowerBound..<(previous.upperBound - moved)
            ranges[ranges.count - 1] = (last.lowerBound - moved)..<last.upperBound
        }
        return ranges.enumerated().map { index, range in part(range, first: index == 0, last: index == ranges.count - 1) }
    }

    /// The part laid out in `room` with its body at less than its preferred height, when its body can be set that
    /// tight (`BodyLayout.tightestHeight`) and its own height is more than `room`; nil otherwise.
    public func tightened(_ part: FigurePart, width: Double, room: Double) -> LaidOutFigure? {
        guard let tightest = bodyLayout(for: part.figure).tightestHeight(width: width),
              tightest + chromeHeight(part, width: width) <= room,
              layout(part, width: width).size.height > room else { return nil }
        return layout(part, width: width, height: room)
    }

    /// The height of everything round the body: number and title, source and notes, the gaps between.
    func chromeHeight(_ part: FigurePart, width: Double) -> Double {
        headerItems(part, width: width).height + footerItems(part, width: width).height + 2 * style.gap
    }

    func bodyLayout(for figure: BoundFigure) -> any BodyLayout {
        forms.bodyLayout(for: figure.body, in: BodyLayoutContext(style: style, typesetter: typesetter, locale: figure.locale,
                                                                 rowMarkers: FigureNote.markers(of: figure.components.notes),
                                                                 sharedValueRange: figure.sharedValueRange))
    }

    /// Nomor and judul: the number in bold, the title beside it with a hanging indent.
    private func headerItems(_ part: FigurePart, width: Double) -> (items: [SceneItem], height: Double) {
        let figure = part.figure
        let labelStyle = style.text(style.labelSize, weight: .bold)
        let titleStyle = style.text(style.titleSize, weight: .bold)
        let label = part.showsNumber ? figure.components.label(in: figure.vocabulary) : ""
        let title = figure.components.title + (part.isContinuation ? " " + figure.vocabulary.continued : "")
        let labelWidth = typesetter.measurer.width(of: label, style: labelStyle)
        let indent = label.isEmpty ? 0 : labelWidth + style.titleSize * style.titleIndentRatio
        let sideBySide = indent < width * style.titleBesideNumberLimit
        let labelRun = typesetter.line(label, style: labelStyle, x: 0,
                                       baseline: typesetter.measurer.metrics(for: labelStyle).ascent)
        let titleTop = sideBySide ? 0 : typesetter.measurer.metrics(for: labelStyle).lineHeight
        let set = typesetter.paragraph(title, style: titleStyle,
                                       in: (sideBySide ? indent : 0, titleTop, width - (sideBySide ? indent : 0)), maxLines: style.titleMaxLines)
        let items = (label.isEmpty ? [] : [SceneItem.text(labelRun)]) + set.runs.map(SceneItem.text)
        return (items, max(labelRun.ascent + labelRun.descent, titleTop + set.height))
    }

    /// Sumber, catatan and the legend of symbols, in small type under the body.
    /// `bodyNotes`: the notes the body adds (`LaidOutBody.notes`), listed after the figure's own.
    private func footerItems(_ part: FigurePart, width: Double, bodyNotes: [String] = []) -> (items: [SceneItem], height: Double) {
        let figure = part.figure
        guard part.showsComponentsBelow else { return ([], 0) }
        let vocabulary = figure.vocabulary
        let textStyle = style.text(style.smallSize, color: style.mutedTextColor)
        let listed = FigureNote.listed(figure.components.notes + bodyNotes.map { FigureNote($0) })
        let general = listed.filter { $0.marker == nil }
        let symbols = part.wholeFigureSymbols ?? figure.symbolsUsed
        let sourceLabel = "\(vocabulary.source):", label = "\(vocabulary.note):", symbolsLabel = "\(vocabulary.legendOfSymbols):"
        // The labelled paragraphs (Sumber, Catatan, Keterangan) hang after their labels in one column, as a list of
        // terms: a wrapped "Sumber:" had run back to the margin over notes that hung (proof-reading 42, kab/kota 13 and
        // web W-5), and each text starting after its own label left a ragged edge of starts.
        let labels = [sourceLabel] + (general.isEmpty ? [] : [label]) + (symbols.isEmpty ? [] : [symbolsLabel])
        let column = labels.map { typesetter.measurer.width(of: $0 + " ", style: textStyle) }.max() ?? 0
        // Each paragraph with the room left of it and the hanging labels set in that room, at their x.
        typealias Paragraph = (text: String, indent: Double, labels: [(text: String, x: Double)])
        var paragraphs: [Paragraph] = []
        func labelled(_ term: String, _ text: String) -> Paragraph { (text, column, [(term, 0)]) }
        paragraphs.append(labelled(sourceLabel, figure.components.source))
        // Notes marked on a row start with their marker (¹ …). One note on the figure reads "Catatan: …"; several
        // stand under one "Catatan:" label, numbered, rather than each repeating it.
        // The numbers stand in the column, each note's lines hung after its number (proof-reading 11, P-3: a note's
        // second line started under its number, so that "2." read as one step further in).
        let numberWidth = typesetter.measurer.width(of: "\(max(general.count, 1)). ", style: textStyle)
        var number = 0
        // The notes on rows (¹ …) after those on the whole figure: between the source and "Catatan:" a footnote split
        // the figure's notes from its source (proof-reading 39, Tabel 2.1).
        for note in general + listed.filter({ $0.marker != nil }) {
            if let marker = note.marker {
                paragraphs.append(("\(marker) \(note.text)", 0, []))
            } else if general.count == 1 {
                paragraphs.append(labelled(label, note.text))
            } else {
                number += 1
                paragraphs.append((note.text, column + numberWidth, (number == 1 ? [(label, 0)] : []) + [("\(number).", column)]))
            }
        }
        if !symbols.isEmpty {
            paragraphs.append(labelled(symbolsLabel, symbols.map { $0.legend(in: vocabulary) }.joined(separator: "; ")))
        }
        var items: [SceneItem] = []
        var top = 0.0
        for paragraph in paragraphs {
            let set = typesetter.paragraph(paragraph.text, style: textStyle, in: (paragraph.indent, top, width - paragraph.indent))
            if let first = set.runs.first {
                items += paragraph.labels.map { .text(typesetter.line($0.text, style: textStyle, x: $0.x, baseline: first.origin.y)) }
            }
            items += set.runs.map(SceneItem.text)
            top += set.height + style.smallSize * style.footerParagraphSpacing
        }
        return (items, top - style.smallSize * style.footerParagraphSpacing)
    }
}
