/// Vertical metrics of a font at a size.
public struct FontMetrics: Sendable, Hashable {
    public var ascent: Double
    public var descent: Double
    /// Distance from one baseline to the next.
    public var lineHeight: Double

    public init(ascent: Double, descent: Double, lineHeight: Double) {
        self.ascent = ascent
        self.descent = descent
        self.lineHeight = lineHeight
    }
}

/// Text measurement, as layout needs it, declared with the scene so that the backend can implement it
/// without depending on layout. The Pango implementation lives with the Cairo backend and
/// measures with exactly the settings used to draw; tests use a deterministic fake.
public protocol TextMeasuring {
    func metrics(for style: TextStyle) -> FontMetrics
    /// The advance width of one line of text.
    func width(of text: String, style: TextStyle) -> Double
    /// `text` broken into lines no wider than `maxWidth` (at word boundaries where possible).
    func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String]
}
