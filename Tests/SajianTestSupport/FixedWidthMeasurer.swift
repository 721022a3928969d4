import SajianForms
import SajianLayout
import SajianScene

/// A deterministic text measurer for layout tests: every character is 0.5 em wide (bold 0.55 em),
/// ascent 0.8 em, descent 0.2 em, line height 1.2 em. Layout tests need no fonts.
public struct FixedWidthMeasurer: TextMeasuring {
    public init() {}

    public func metrics(for style: TextStyle) -> FontMetrics {
        FontMetrics(ascent: style.size * 0.8, descent: style.size * 0.2, lineHeight: style.size * 1.2)
    }

    public func width(of text: String, style: TextStyle) -> Double {
        Double(text.count) * style.size * (style.weight == .bold ? 0.55 : 0.5)
    }

    public func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(of: candidate, style: style) <= maxWidth || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
