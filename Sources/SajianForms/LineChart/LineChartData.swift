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

    /// The series the chart is about: the highlighted one, or the only one; nil among several with none highlighted.
    public var subject: Series? { series.first(where: \.isHighlighted) ?? (series.count == 1 ? series.first : nil) }

    /// A break in comparability (*perubahan cakupan*, e.g. a province split in 2022): the named series, or all, are
    /// not joined between period `after` and the next, and a marker stands between them on the plot.
    public struct Break: Sendable, Hashable {
        /// The index in `periods` of the last period before the break.
        public var after: Int
        /// The names of the series broken here; nil breaks every series.
        public var series: Set<String>?
        /// The note's marker printed at the break, e.g. "1)", pointing to the figure's *catatan*.
        public var marker: String

        public init(after: Int, series: Set<String>? = nil, marker: String) {
            self.after = after
            self.series = series
            self.marker = marker
        }

        public func breaks(_ name: String) -> Bool { series?.contains(name) ?? true }
    }

    /// A time scale for the periods: where each lies, in months, and the length of one period of the data's kind.
    public struct TimeScale: Sendable, Hashable {
        /// One position per period, in months, ascending.
        public var positions: [Double]
        /// The length of one period (12 for years, 6 for semesters, 3 for quarters; for months, the data's own round,
        /// e.g. 6 for Sakernas' Februari and Agustus): points further apart than this are not joined.
        public var step: Double

        public init(positions: [Double], step: Double) {
            self.positions = positions
            self.step = step
        }

        /// The scale of `periods` when all are of one kind (years, semesters, quarters or months), else nil.
        public init?(_ periods: [Period]) {
            guard !periods.isEmpty else { return nil }
            // Each period's first month, counted from year 0, and the length of its kind.
            let measured: [(start: Double, kind: Double)] = periods.map {
                switch $0 {
                case .year(let year): (Double(year * 12), 12)
                case .semester(let year, let semester): (Double(year * 12 + (semester - 1) * 6), 6)
                case .quarter(let year, let quarter): (Double(year * 12 + (quarter - 1) * 3), 3)
                case .month(let year, let month): (Double(year * 12 + month - 1), 1)
                case .span: (0, 0)
                }
            }
            let positions = measured.map(\.start), steps = measured.map(\.kind)
            guard zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
            guard let kind = steps.first, kind > 0, steps.allSatisfy({ $0 == kind }) else { return nil }
            // Months are spaced by the data's own round (Sakernas: every six months), its smallest distance.
            let step = kind == 1 ? (zip(positions, positions.dropFirst()).map { $1 - $0 }.min() ?? 1) : kind
            self.init(positions: positions, step: step)
        }
    }

    /// The labels along the horizontal axis, e.g. "Feb 2015" … "Agu 2024".
    public var periods: [String]
    /// The periods as the data codes them ("2015-02" … "2024-08"), one per label; empty when the axis is not periods.
    public var periodCodes: [String] = []
    /// Where the periods lie in time; nil sets them evenly, as categories.
    public var timeScale: TimeScale?
    /// Breaks in comparability, where lines are not joined.
    public var breaks: [Break] = []
    /// Notes the data asks for (why a line is not joined), printed under the figure with its *catatan*.
    public var notes: [String] = []
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
