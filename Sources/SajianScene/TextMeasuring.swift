import Foundation

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

/// A measurer that lets one measurement in at a time, whichever thread asks: layout work split over threads (a map's
/// name placements, `MapLabelPlacer`) measures through it with a measurer made for one thread (`PangoTextMeasurer`,
/// whose Pango context and caches are not to be shared). Every answer is the base measurer's.
public final class SerializedMeasurer: TextMeasuring, @unchecked Sendable {
    /// The measurer asked, only under `lock`.
    public let base: any TextMeasuring
    private let lock = NSLock()

    public init(base: any TextMeasuring) {
        self.base = base
    }

    public func metrics(for style: TextStyle) -> FontMetrics {
        lock.withLock { base.metrics(for: style) }
    }

    public func width(of text: String, style: TextStyle) -> Double {
        lock.withLock { base.width(of: text, style: style) }
    }

    public func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String] {
        lock.withLock { base.lines(of: text, style: style, maxWidth: maxWidth) }
    }
}
