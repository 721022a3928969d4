/// The values a chart's value axis must reach, and their unit: what charts that share one scale (*skala bersama*,
/// e.g. TPT by sex beside TPT by area) pool, so that their axes run over the same ticks.
public struct ValueExtent: Sendable, Hashable {
    /// The lowest and highest value the axis must show (data, reference line, band).
    public var range: ClosedRange<Double>
    /// The unit the values are shown in; only charts of one unit share a scale.
    public var unit: MeasureUnit

    public init(range: ClosedRange<Double>, unit: MeasureUnit) {
        self.range = range
        self.unit = unit
    }

    /// The extent of `numbers`, or nil when there are none.
    public init?(_ numbers: [Double], unit: MeasureUnit) {
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        self.init(range: low...high, unit: unit)
    }
}
