import Foundation
import SajianScene

/// Horizontal alignment of a line within its box, resolved by layout.
public enum TextAlignment: Sendable { case left, center, right }

/// Places text runs using a measurer: the one place where text positions are computed.
public struct Typesetter {
    public let measurer: any TextMeasuring

    /// Lines are broken by `LineBreakRules` (no break inside "Grafik 2.1", "3,42 persen", "Agustus 2024"),
    /// whichever measurer is given.
    public init(measurer: any TextMeasuring) {
        self.measurer = measurer is RuleBreakingMeasurer ? measurer : RuleBreakingMeasurer(base: measurer)
    }

    /// This typesetter measuring through a `SerializedMeasurer`: for work split over threads, each measurement
    /// taken in turn from the one measurer (the same answers, and the same line breaks).
    public func serialized() -> Typesetter {
        if let rules = measurer as? RuleBreakingMeasurer, rules.base is SerializedMeasurer { return self }
        let base = (measurer as? RuleBreakingMeasurer)?.base ?? measurer
        return Typesetter(measurer: RuleBreakingMeasurer(base: SerializedMeasurer(base: base)))
    }

    /// One line whose baseline is at `baseline`, aligned at `x` (the left edge, centre or right edge).
    public func line(_ text: String, style: TextStyle, x: Double, baseline: Double, alignment: TextAlignment = .left) -> TextRun {
        let width = measurer.width(of: text, style: style)
        let metrics = measurer.metrics(for: style)
        let left: Double
        switch alignment {
        case .left: left = x
        case .center: left = x - width / 2
        case .right: left = x - width
        }
        return TextRun(text: text, origin: Point(x: left, y: baseline), style: style, width: width,
                       ascent: metrics.ascent, descent: metrics.descent)
    }

    /// A paragraph wrapped to `width`, its first line's top at `top`; returns the runs and the height used.
    /// `balanced` wraps it into the same number of lines at the least width that keeps that number, so that the
    /// lines are of about one length (a cover's "Buletin Ketenagakerjaan / Edisi Agustus 2024", not "Buletin
    /// Ketenagakerjaan Edisi / Agustus 2024"): for display type, never for running text.
    public func paragraph(_ text: String, style: TextStyle, in frame: (x: Double, top: Double, width: Double),
                          alignment: TextAlignment = .left, maxLines: Int = .max, balanced: Bool = false) -> (runs: [TextRun], height: Double) {
        let metrics = measurer.metrics(for: style)
        var lines = measurer.lines(of: text, style: style, maxWidth: frame.width)
        if balanced && lines.count > 1 && lines.count <= maxLines {
            lines = balancedLines(text, style: style, count: lines.count, maxWidth: frame.width) ?? lines
        }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = truncated(lines[maxLines - 1] + "…", style: style, maxWidth: frame.width)
        }
        return self.lines(lines, style: style, in: frame, alignment: alignment)
    }

    /// Lines already broken, set one under the other from `top` (a paragraph's lines); returns the runs and the height.
    public func lines(_ lines: [String], style: TextStyle, in frame: (x: Double, top: Double, width: Double),
                      alignment: TextAlignment = .left) -> (runs: [TextRun], height: Double) {
        let metrics = measurer.metrics(for: style)
        let anchor: Double
        switch alignment {
        case .left: anchor = frame.x
        case .center: anchor = frame.x + frame.width / 2
        case .right: anchor = frame.x + frame.width
        }
        let runs = lines.enumerated().map { index, text in
            line(text, style: style, x: anchor, baseline: frame.top + metrics.ascent + Double(index) * metrics.lineHeight,
                 alignment: alignment)
        }
        let height = lines.isEmpty ? 0 : metrics.ascent + metrics.descent + Double(lines.count - 1) * metrics.lineHeight
        return (runs, height)
    }

    /// `text` wrapped into `count` lines at the least width (to a tenth of a point) that still gives `count`.
    private func balancedLines(_ text: String, style: TextStyle, count: Int, maxWidth: Double) -> [String]? {
        var low = maxWidth / Double(count), high = maxWidth
        var best: [String]?
        while high - low > 0.1 {
            let width = (low + high) / 2
            let lines = measurer.lines(of: text, style: style, maxWidth: width)
            if lines.count == count && lines.allSatisfy({ measurer.width(of: $0, style: style) <= width }) {
                best = lines
                high = width
            } else {
                low = width
            }
        }
        return best
    }

    /// `text` shortened with an ellipsis until it fits `maxWidth`.
    public func truncated(_ text: String, style: TextStyle, maxWidth: Double) -> String {
        if measurer.width(of: text, style: style) <= maxWidth { return text }
        var characters = Array(text.hasSuffix("…") ? String(text.dropLast()) : text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingCharacters(in: .whitespaces) + "…"
            if measurer.width(of: candidate, style: style) <= maxWidth { return candidate }
        }
        return "…"
    }
}
