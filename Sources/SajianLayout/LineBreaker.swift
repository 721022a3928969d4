/// How far the spaces of a justified line may depart from their natural width, as ratios of it.
///
/// A demanding typesetter's limits: a space may shrink to four fifths of itself and stretch to 1,6 times (TeX's
/// plain spaces allow 0,67–1,5 at its default tolerance). Where no breaking of a paragraph keeps a line within them,
/// its spaces may stretch further, up to `loose` (twice a space: TeX's emergency stretch), at a cost that makes it
/// the last resort; a line whose spaces would have to go further still (proof-reading 8, N12: 2,8 times a space) is
/// the costliest of all, chosen only where no breaking avoids it, and is still justified, since a ragged line inside
/// a justified paragraph reads as a fault (proof-reading 10, N-3: bulletin p. 1, a line of Bab 2 13 mm short, whose
/// next word, "(6,40 persen)", is bound and could not be pulled up even with the spaces at their narrowest). Only a
/// line of one word stays at natural spacing.
///
/// Spaces may shrink past `shrink`, to `tight` (0,7: TeX's own interword shrink is two thirds of a space), at the
/// cost of a loose line, only where that saves the paragraph a line past `loose`: a line of spaces 0,78 times their
/// width reads far better than one of 2,66 (proof-reading 12, Q-5: once "Keem-/pat" was no longer broken, the
/// bulletin's TPT definition either pulled "Keempat" up at 0,78 or left its first line at 2,66).
public struct WordSpacing: Sendable, Equatable {
    public var shrink = 0.8
    public var stretch = 1.6
    public var loose = 2.0
    public var tight = 0.7

    public init(shrink: Double = 0.8, stretch: Double = 1.6, loose: Double = 2.0, tight: Double = 0.7) {
        self.shrink = shrink
        self.stretch = stretch
        self.loose = loose
        self.tight = min(tight, shrink)
    }

    /// Whether spaces at `ratio` times their natural width may be set in a paragraph's chosen breaking: within
    /// `tight` and `loose` (past `shrink` or `stretch` at a cost).
    public func admits(_ ratio: Double) -> Bool {
        ratio >= tight - 1e-9 && ratio <= loose + 1e-9
    }

    /// Whether a line the breaking could not keep within `loose` is set justified all the same: any stretch, never
    /// a shrink past `tight`.
    public func admitsInEmergency(_ ratio: Double) -> Bool {
        ratio >= tight - 1e-9
    }
}

/// Chooses where a paragraph's lines break, from its words' widths: ranges of word indices, one per line.
enum LineBreaker {
    /// Each line takes as many words as fit at natural spacing (ragged-right setting).
    static func firstFit(_ widths: [Double], space: Double, width: Double, spacing: WordSpacing) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0, lineWidth = 0.0
        for (index, wordWidth) in widths.enumerated() {
            if index > start && lineWidth + space + wordWidth > width {
                lines.append(start..<index)
                start = index
                lineWidth = 0
            }
            lineWidth += (index > start ? space : 0) + wordWidth
        }
        if start < widths.count { lines.append(start..<widths.count) }
        return lines
    }

    /// The breaks that keep the whole paragraph's spaces nearest their natural width (total fit, after Knuth and
    /// Plass): each line but the last costs `(1 + badness)²`, its badness growing with the cube of how far its
    /// spaces stretch or shrink towards `spacing`'s limits. A loose line (stretched past `stretch`) costs more than any
    /// breaking without one, and a line too short to fill the measure even loosely (or of one word) more than any
    /// with loose lines, so each is chosen only where no breaking avoids it.
    /// The last line costs nothing if it fits at natural spacing. First fit is always one candidate, so the result
    /// is never worse than it.
    static func bestFit(_ widths: [Double], space: Double, width: Double, spacing: WordSpacing) -> [Range<Int>] {
        bestFit(widths, hyphenAfter: [Bool](repeating: false, count: widths.count), hyphen: 0, space: space, width: width, spacing: spacing)
    }

    /// What a line ending in a hyphen costs beyond its spaces (TeX's `\hyphenpenalty` 50, squared): a break inside
    /// a word is taken where it saves a line from spaces about 1,45 times their width or more.
    static let hyphenCost = 2_500.0
    /// Two lines in a row ending in a hyphen (TeX's `\doublehyphendemerits`), and the last full line ending in one
    /// (`\finalhyphendemerits`): both read as faults.
    static let doubleHyphenCost = 10_000.0, finalHyphenCost = 5_000.0
    /// What a paragraph's last line shorter than `LineBreakRules.shortLastLine` of the measure costs at least (a
    /// widow), as much as a break inside a word; twice that for a last line of nothing.
    static let widowCost = 2_500.0

    /// ``bestFit(_:space:width:spacing:)`` over pieces that are words or parts of words: `hyphenAfter[i]` says that
    /// piece `i` is followed by the rest of its word, not a space, so that a line may end after it with a hyphen
    /// `hyphen` wide, at ``hyphenCost``; no space is counted between it and the next piece.
    ///
    /// `boundSpaces[i]`: the spaces inside piece `i` that the line may not break at ("Nomor 6"), which `widths` leaves
    /// out; they stretch and shrink as the line's other spaces do (proof-reading 12, Q-6: a bound space of natural
    /// width beside stretched ones made "Nomor 6  Tahun 2023" read as two groups).
    ///
    /// A last line shorter than `LineBreakRules.shortLastLine` of the measure (a widow) is avoided where a breaking of
    /// as many lines has one longer: at a cost, never at the price of a line more.
    static func bestFit(_ widths: [Double], hyphenAfter: [Bool], boundSpaces: [Int]? = nil, hyphen: Double, space: Double, width: Double,
                        spacing: WordSpacing) -> [Range<Int>] {
        let plain = bestFit(widths, hyphenAfter: hyphenAfter, boundSpaces: boundSpaces, hyphen: hyphen, space: space, width: width,
                            spacing: spacing, widowCost: 0)
        guard plain.count >= 2, let last = plain.last else { return plain }
        let inner = boundSpaces ?? [Int](repeating: 0, count: widths.count)
        let lastWidth = last.reduce(0.0) { $0 + widths[$1] + Double(inner[$1]) * space + ($1 > last.lowerBound && !hyphenAfter[$1 - 1] ? space : 0) }
        guard lastWidth < width * LineBreakRules.shortLastLine else { return plain }
        let avoiding = bestFit(widths, hyphenAfter: hyphenAfter, boundSpaces: boundSpaces, hyphen: hyphen, space: space, width: width,
                               spacing: spacing, widowCost: widowCost)
        return avoiding.count == plain.count ? avoiding : plain
    }

    private static func bestFit(_ widths: [Double], hyphenAfter: [Bool], boundSpaces: [Int]?, hyphen: Double, space: Double, width: Double,
                                spacing: WordSpacing, widowCost: Double) -> [Range<Int>] {
        let count = widths.count
        let inner = boundSpaces ?? [Int](repeating: 0, count: count)
        guard count > 1, space > 0 else {
            return firstFit(zip(widths, inner).map { $0 + Double($1) * space }, space: space, width: width, spacing: spacing)
        }
        let loose = 1e8, ragged = 1e10, lonelyWord = 1e3
        let shortLastLine = width * LineBreakRules.shortLastLine
        var cost = [Double](repeating: .infinity, count: count + 1)
        var from = [Int](repeating: 0, count: count + 1)
        cost[0] = 0
        // rest[i]: the natural width of pieces i..<count on one line, to tell the last full line.
        var rest = [Double](repeating: 0, count: count + 1)
        for index in stride(from: count - 1, through: 0, by: -1) {
            rest[index] = widths[index] + Double(inner[index]) * space + (index + 1 < count ? rest[index + 1] + (hyphenAfter[index] ? 0 : space) : 0)
        }
        for start in 0..<count where cost[start] < .infinity {
            var words = 0.0
            var spaces = 0
            for end in start + 1...count {
                words += widths[end - 1]
                spaces += inner[end - 1]
                if end - 1 > start, !hyphenAfter[end - 2] { spaces += 1 }
                let endsInHyphen = end < count && hyphenAfter[end - 1]
                let gaps = Double(spaces)
                let natural = words + gaps * space + (endsInHyphen ? hyphen : 0)
                // Past what its spaces can shrink to: no longer line from `start` fits either.
                // (A first piece wider than the line, its bound spaces counted, still gets a line of its own.)
                if gaps > 0 && end - 1 > start && words + gaps * space * spacing.tight > width + 1e-9 { break }
                let line: Double
                if end == count {
                    // The last line is set at natural spacing: it must fit so.
                    guard natural <= width + 1e-9 || gaps == 0 || end - 1 == start else { continue }
                    // A last line of a few characters under a paragraph of more than one line (a widow: "Peta 1).",
                    // "pada Peta 1." alone; proof-reading 30) costs as much as a line of spaces 1,45 times their width,
                    // the shorter the more: a looser line over it is taken where the paragraph has one to give.
                    line = start > 0 && natural < shortLastLine ? widowCost * (2 - natural / shortLastLine) : 0
                } else if gaps > 0, case let ratio = 1 + (width - natural) / (gaps * space), spacing.admits(ratio) {
                    let reach = ratio >= 1 ? (ratio - 1) / (spacing.stretch - 1) : (1 - ratio) / (1 - spacing.shrink)
                    let badness = 100 * reach * reach * reach
                    // Past `stretch` (or `shrink`), a loose (or tight) line costs more than any paragraph of good ones.
                    line = (1 + badness) * (1 + badness) + (reach > 1 + 1e-9 ? loose : 0)
                } else if gaps > 0 {
                    // Past `loose`: still set justified (never ragged inside a paragraph), at a cost that grows with
                    // the square of its spaces' stretch, so that two lines share a stretch rather than one take it all.
                    let ratio = 1 + (width - natural) / (gaps * space)
                    line = ragged * ratio * ratio
                } else {
                    // One word cannot be justified: worse than any stretch, the shorter the line the worse.
                    line = ragged * lonelyWord * (1 + max(0, width - natural) / width)
                }
                var hyphenation = 0.0
                if endsInHyphen {
                    let startsAfterHyphen = start > 0 && hyphenAfter[start - 1]
                    let lastFull = rest[end] <= width + 1e-9
                    hyphenation = hyphenCost + (startsAfterHyphen ? doubleHyphenCost : 0) + (lastFull ? finalHyphenCost : 0)
                }
                if cost[start] + line + hyphenation < cost[end] {
                    cost[end] = cost[start] + line + hyphenation
                    from[end] = start
                }
            }
        }
        var lines: [Range<Int>] = []
        var end = count
        while end > 0 {
            lines.append(from[end]..<end)
            end = from[end]
        }
        return lines.reversed()
    }
}

