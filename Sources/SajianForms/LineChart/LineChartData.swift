import SajianModel

/// A line chart (*grafik garis*): one or more series over periods; a missing value is a gap, never zero.
public struct LineChartData: Sendable {
    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per period, in the order of `periods`.
        public var values: [StatisticalValue]
        public var isHighlighted: Bool

        public init(name: String, values: [StatisticalValue], isHighlighted: Bool = false) {
            self.name = name
            self.values = values
            self.isHighlighted = isHighlighted
        }
    }

    /// The labels along the horizontal axis, e.g. "Feb 2015" … "Agu 2024".
    public var periods: [String]
    public var series: [Series]
    public var unit: MeasureUnit
    public var format: NumberFormat
    /// A reference line (*garis acuan*), e.g. a target, with its label.
    public var reference: (value: Double, label: String)?
    /// A reference band (*pita acuan*), e.g. a target range, with its label.
    public var band: (from: Double, to: Double, label: String)?

    public init(periods: [String], series: [Series], unit: MeasureUnit, format: NumberFormat,
                reference: (value: Double, label: String)? = nil) {
        self.periods = periods
        self.series = series
        self.unit = unit
        self.format = format
        self.reference = reference
    }
}
