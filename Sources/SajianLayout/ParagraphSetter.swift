import SajianModel
import SajianScene

/// One line of a set paragraph: runs positioned relative to the line's left edge and baseline.
public struct SetLine: Sendable {
    public var runs: [TextRun]
    /// Whether the line ends its paragraph (its last line is never stretched).
    public var endsParagraph: Bool
}

/// Breaks paragraphs of emphasised text into lines and sets them, word by word: justified in wide measures,
/// ragged-right (flush left) in narrow ones.
///
/// One rule for every narasi (bulletin, buku saku, contoh): a measure narrower than `minimumJustifiedCharacters`
/// average characters is set ragged-right, as newspapers and BPS/FT columns are, since without hyphenation
/// (Pango does not hyphenate Indonesian) justified narrow columns open rivers between words; wider measures are
/// justified. Justification is done here, not by the backend, so that what the scene says is exactly what every
/// backend draws: each word is a run at its own position. A justified paragraph is broken as a whole (`LineBreaker`,
/// total fit as in TeX) so that its spaces stay near their natural width, within `spacing`; a line that no breaking
/// keeps within it is still justified, never left ragged inside the paragraph
/// (proof-reading 8, N12: gaps of twice a space and more; proof-reading 10, N-3: a ragged line on bulletin p. 1).
public struct ParagraphSetter {
    public let typesetter: Typesetter
    public let style: TextStyle
    /// How far a justified line's spaces may stretch and shrink (past `loose` only where no breaking avoids it).
    public var spacing = WordSpacing()
    /// Measures narrower than this many average characters of `style` are set ragged-right: the bulletin's two
    /// columns and the A5 booklets' page (about 70), whose justified lines opened gaps a proof-reader marked
    /// (proof-reading 4, finding 14); the A4 page's full measure (about 100) stays justified.
    public var minimumJustifiedCharacters = 80.0
    /// Where words of a justified paragraph may be broken at a line's end (*pemenggalan kata*); nil: never.
    public var hyphenator: Hyphenator?
    /// Ordinary Indonesian narasi, whose average character width stands for the measure's width in characters.
    private static let sampleText = "Tingkat pengangguran terbuka pada Agustus 2024 sebesar 4,91 persen, turun dibanding tahun lalu."

    public init(typesetter: Typesetter, style: TextStyle) {
        self.typesetter = typesetter
        self.style = style
    }

    private var measurer: any TextMeasuring { typesetter.measurer }

    public func style(for emphasis: Emphasis) -> TextStyle {
        var styled = style
        if emphasis.contains(.bold) { styled.weight = .bold }
        if emphasis.contains(.italic) { styled.isItalic = true }
        return styled
    }

    /// A piece of a word in one style; `boundSpace`: the width of a bound space before it, in the style before it
    /// (0: none). The line may not break there, but in a justified line the space stretches as any other
    /// (proof-reading 12, Q-6).
    private struct Fragment {
        var text: String
        var style: TextStyle
        var width: Double
        var boundSpace = 0.0
        var afterBoundSpace: Bool { boundSpace > 0 }
    }

    /// A word is one or more fragments with no space between them ("**4,91**," is a bold and a plain fragment), or
    /// words bound by a space the line may not break at ("Nomor 6").
    private typealias Word = [Fragment]

    /// The spaces inside a bound word.
    private static func boundSpaces(_ word: Word) -> Int { word.filter(\.afterBoundSpace).count }

    private func words(of paragraph: [InlineText], chained: Bool) -> [Word] {
        var words: [Word] = []
        var current: Word = []
        for piece in paragraph {
            let pieceStyle = style(for: piece.emphasis)
            let parts = piece.text.split(separator: " ", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0, !current.isEmpty {
                    words.append(current)
                    current = []
                }
                if !part.isEmpty {
                    let text = String(part)
                    current.append(Fragment(text: text, style: pieceStyle, width: measurer.width(of: text, style: pieceStyle)))
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        return bound(words, chained: chained)
    }

    /// `words` with those `LineBreakRules` binds ("Grafik 2.1", "3,42 persen") joined into one word, a space inside;
    /// a bound word binds on by its last word ("PP" + "Nomor" + "51", proof-reading 11, P-1: justified text had
    /// compared "PP Nomor" whole with "51" and broken the citation there). With `chained` (ragged text) a citation's
    /// number binds its year too ("PP Nomor 36 Tahun 2021", proof-reading 10, N-4); justified text lets the line
    /// break before "Tahun 2021", since a citation of 25 characters bound whole leaves a justified line no room
    /// (spaces of four times their width in the bulletin's PHK entry).
    private func bound(_ words: [Word], chained: Bool) -> [Word] {
        var joined: [Word] = []
        for (index, word) in words.enumerated() {
            let following = index + 1 < words.count ? words[index + 1].first.map { Substring($0.text) } : nil
            guard let previous = joined.last, let last = previous.last, let first = word.first,
                  LineBreakRules.binds(Substring(last.text), Substring(first.text), following: following, citationYears: chained,
                                       regionKinds: chained) else {
                joined.append(word)
                continue
            }
            var rest = word
            rest[0].boundSpace = measurer.width(of: " ", style: last.style)
            joined[joined.count - 1] = previous + rest
        }
        return joined
    }

    /// A word, or a part of one after which the line may break with a hyphen (`continues`: the rest of the word follows);
    /// `width` leaves out its bound spaces, `boundSpaces` of them.
    private struct Piece {
        var word: Word
        var width: Double
        var continues: Bool
        var boundSpaces = 0
    }

    /// Punctuation that may stand before or after a word that is broken: the break falls within its letters.
    private static let leading: Set<Character> = ["(", "\u{201C}", "\""]
    private static let trailing: Set<Character> = [",", ".", ";", ":", ")", "!", "?", "\u{201D}", "\""]

    /// `word` as pieces at the breaks `hyphenator` allows: only a word of one fragment (one style, no bound space);
    /// each piece as wide as its prefix's measured width less the previous one's, so that the pieces of an unbroken
    /// word add up to the word's width exactly.
    private func pieces(of word: Word) -> [Piece] {
        let whole = Piece(word: word, width: word.reduce(0) { $0 + $1.width }, continues: false, boundSpaces: Self.boundSpaces(word))
        guard let hyphenator, word.count == 1, case let text = word[0].text, !text.contains(" ") else { return [whole] }
        let characters = Array(text)
        let lead = characters.prefix { Self.leading.contains($0) }.count
        let trail = characters.reversed().prefix { Self.trailing.contains($0) }.count
        guard lead + trail < characters.count else { return [whole] }
        let core = String(characters[lead..<(characters.count - trail)])
        let offsets = hyphenator.breakOffsets(in: core).map { $0 + lead }
        guard !offsets.isEmpty else { return [whole] }
        var pieces: [Piece] = []
        var previousOffset = 0, previousWidth = 0.0
        for offset in offsets + [characters.count] {
            let prefixWidth = offset == characters.count ? whole.width : measurer.width(of: String(characters[..<offset]), style: word[0].style)
            let part = String(characters[previousOffset..<offset])
            pieces.append(Piece(word: [Fragment(text: part, style: word[0].style, width: prefixWidth - previousWidth)], width: prefixWidth - previousWidth,
                                continues: offset < characters.count))
            previousOffset = offset
            previousWidth = prefixWidth
        }
        return pieces
    }

    /// A line's pieces as its words: the parts of a word on one line joined again, and a hyphen after the last when
    /// the line breaks its word (`hyphenated`: not the paragraph's last line).
    private func joined(_ pieces: ArraySlice<Piece>, hyphenated: Bool) -> [Word] {
        var words: [Word] = []
        var continuing = false
        for piece in pieces {
            if continuing, var last = words.popLast() {
                last[last.count - 1].text += piece.word[0].text
                last[last.count - 1].width += piece.width
                words.append(last)
            } else {
                words.append(piece.word)
            }
            continuing = piece.continues
        }
        if continuing, hyphenated, var last = words.popLast() {
            last[last.count - 1].text += "-"
            last[last.count - 1].width += measurer.width(of: "-", style: last[last.count - 1].style)
            words.append(last)
        }
        return words
    }

    /// Whether a measure of `width` is justified: whether it holds at least `minimumJustifiedCharacters` characters.
    public func justifies(width: Double) -> Bool {
        let average = measurer.width(of: Self.sampleText, style: style) / Double(Self.sampleText.count)
        return width >= minimumJustifiedCharacters * average
    }

    /// The paragraph's lines at `width`, justified or ragged-right by `justifies(width:)` unless `justify` says.
    public func lines(of paragraph: [InlineText], width: Double, justify: Bool? = nil) -> [SetLine] {
        let justify = justify ?? justifies(width: width)
        let space = measurer.width(of: " ", style: style)
        let all = words(of: paragraph, chained: !justify)
        let broken: [[Word]]
        if justify {
            let pieces = all.flatMap(pieces(of:))
            let hyphen = measurer.width(of: "-", style: style)
            let ranges = LineBreaker.bestFit(pieces.map(\.width), hyphenAfter: pieces.map(\.continues), boundSpaces: pieces.map(\.boundSpaces),
                                             hyphen: hyphen, space: space, width: width, spacing: spacing)
            broken = ranges.enumerated().map { index, range in joined(pieces[range], hyphenated: index < ranges.count - 1) }
        } else {
            let widths = all.map { $0.reduce(0) { $0 + $1.width + $1.boundSpace } }
            var ranges = LineBreaker.firstFit(widths, space: space, width: width, spacing: spacing)
            // The widow fix of all ragged text (`LineBreakRules.pullsDown`).
            if ranges.count >= 2, let last = ranges.last, !last.isEmpty, case let over = ranges[ranges.count - 2],
               let pulled = all[over.upperBound - 1].last?.text, let lone = all[last.lowerBound].first?.text,
               case let lastWidth = widths[last].reduce(0, +) + space * Double(last.count - 1),
               LineBreakRules.pullsDown(pulled, over: lone, width: lastWidth, piecesOver: over.count, measure: width),
               widths[over.upperBound - 1] + space + lastWidth <= width {
                ranges[ranges.count - 2] = over.lowerBound..<(over.upperBound - 1)
                ranges[ranges.count - 1] = (over.upperBound - 1)..<last.upperBound
            }
            broken = ranges.map { Array(all[$0]) }
        }
        let metrics = measurer.metrics(for: style)
        return broken.enumerated().map { index, words in
            let isLast = index == broken.count - 1
            // Every space of the line stretches alike, bound or not (proof-reading 12, Q-6).
            let spaces = words.count - 1 + words.reduce(0) { $0 + Self.boundSpaces($1) }
            let natural = words.reduce(0) { $0 + $1.reduce(0) { $0 + $1.width } } + space * Double(spaces)
            var gap = space
            if justify, !isLast, spaces > 0 {
                let stretched = space + (width - natural) / Double(spaces)
                // Within `loose` as the breaking chose; past it only where no breaking could avoid it.
                if spacing.admitsInEmergency(stretched / space) { gap = stretched }
            }
            var runs: [TextRun] = []
            var x = 0.0
            for (position, word) in words.enumerated() {
                if position > 0 { x += gap }
                for (index, fragment) in word.enumerated() {
                    let spaced = position > 0 && index == 0 || fragment.afterBoundSpace
                    // A bound space at natural width is as wide as in its style; stretched, as the line's others.
                    let before = fragment.afterBoundSpace && gap == space ? fragment.boundSpace : gap
                    if fragment.afterBoundSpace { x += before }
                    // Ragged lines keep neighbouring words of one style in one run; justified lines place each word.
                    if gap == space, spaced, let last = runs.last, last.style == fragment.style {
                        runs[runs.count - 1].text += " " + fragment.text
                        runs[runs.count - 1].width += (fragment.afterBoundSpace ? before : space) + fragment.width
                    } else {
                        runs.append(TextRun(text: fragment.text, origin: Point(x: x, y: 0), style: fragment.style, width: fragment.width,
                                            ascent: metrics.ascent, descent: metrics.descent))
                    }
                    x += fragment.width
                }
            }
            return SetLine(runs: runs, endsParagraph: isLast)
        }
    }
}
