import SajianModel

/// A pie or donut chart (*grafik lingkaran*): shares of a whole.
public struct PieChartData: Sendable {
    public struct Slice: Sendable, Hashable {
        public var label: String
        public var value: Double
        /// The share in percent, rounded so that the shares shown add up to 100.
        public var percent: Double

        public init(label: String, value: Double, percent: Double) {
            self.label = label
            self.value = value
            self.percent = percent
        }
    }

    public var slices: [Slice]
    public var isDonut: Bool
    /// How percentages are written (decimals of the shares).
    public var percentFormat: NumberFormat
    /// Notes the data calls for: parts short of the data's whole, regions not shown.
    public var notes: [String] = []
    /// The measure's unit and decimals, for the slices' values in the web CSV ("nilai (persen)", 35.80 beside 17.62).
    public var unit: MeasureUnit = .other("")
    public var valueDecimals = 0
    /// Slices coloured in one hue from light to dark in their order (*warna: berurutan*).
    public var colorsInOrder = false

    public init(slices: [Slice], isDonut: Bool, percentFormat: NumberFormat) {
        self.slices = slices
        self.isDonut = isDonut
        self.percentFormat = percentFormat
    }
    /// A slice's share with its unit in words, as the narasi and the alt text write it: "35,8 persen" / "35.8 percent"
    /// (not "35,8%" beside "35,8 persen" in the text next to it; proof-reading 14).
    public func share(of slice: Slice) -> String {
        "\(percentFormat.string(from: slice.percent)) \(MeasureUnit.percent.name(in: .forLocale(percentFormat.locale)))"
    }
}
