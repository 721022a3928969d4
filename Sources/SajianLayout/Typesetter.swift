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
    public func paragraph(_ text: String, style: TextStyle, in frame: (x: Double, top: Double, width: Double),
                          alignment: TextAlignment = .left, maxLines: Int = .max) -> (runs: [TextRun], height: Double) {
        let metrics = measurer.metrics(for: style)
        var lines = measurer.lines(of: text, style: style, maxWidth: frame.width)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = truncated(lines[maxLines - 1] + "…", style: style, maxWidth: frame.width)
        }
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
