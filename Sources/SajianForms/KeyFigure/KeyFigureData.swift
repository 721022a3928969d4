import SajianModel

/// An *angka kunci*: one value of one period, the comparable earlier value and the change, and the series before it.
public struct KeyFigureData: Sendable {
    /// Which way a value moved from the earlier period, as printed (a change that rounds to zero is `unchanged`).
    /// Layout draws it as a shape beside the change (a triangle up or down, a dot) and the text says it in a word
    /// ("naik", "turun", "tetap"), so neither colour nor a glyph from a fallback font carries it alone.
    public enum Direction: Sendable, Hashable {
        case up, down, unchanged
    }

    /// A value of one period.
    public struct Point: Sendable, Hashable {
        public var periodCode: String
        public var label: String
        public var value: StatisticalValue

        public init(periodCode: String, label: String, value: StatisticalValue) {
            self.periodCode = periodCode
            self.label = label
            self.value = value
        }
    }

    /// What the number is: the measure's name or the template's `label:`.
    public var label: String
    public var periodCode: String
    public var periodLabel: String
    public var value: StatisticalValue
    /// The comparable earlier value: the same period a year before when the data has it, else the latest earlier one.
    public var previous: Point?
    /// The earlier values up to and including this one, oldest first (empty without `garis-kecil`).
    public var sparkline: [Point]
    public var unit: MeasureUnit
    public var format: NumberFormat
    /// Which way is better (`arah-baik:`); nil: neither, and the change is not coloured as good or bad.
    public var improvement: Direction?
    /// The period the tile would compare with (the same a year before) where a break in comparability
    /// (`tidak-sebanding:` in the dataset's metadata) parts it from this one: "Agustus 2023" for Papua's and the four
    /// 2022 provinces' TPT, which BPS gives for 2023 on the 34 provinces' areas or not at all (proof-reading 58:
    /// the covers of Papua Barat and Papua compared with 2023 where their own text says it cannot be done). Then
    /// `previous` is nil and the tile says it cannot be compared.
    public var withheldComparison: String?

    public init(label: String, periodCode: String, periodLabel: String, value: StatisticalValue, previous: Point?,
                sparkline: [Point], unit: MeasureUnit, format: NumberFormat, improvement: Direction? = nil) {
        self.improvement = improvement
        self.label = label
        self.periodCode = periodCode
        self.periodLabel = periodLabel
        self.value = value
        self.previous = previous
        self.sparkline = sparkline
        self.unit = unit
        self.format = format
    }

    /// Rates change in percentage points, everything else in its own unit.
    public var changeUnit: MeasureUnit { unit == .percent ? .percentagePoints : unit }

    /// The change as printed, its direction, and for counts the change as a percentage of the earlier value; nil when
    /// there is nothing to compare with (no earlier period, or a value withheld or not available).
    public var change: (amount: Double, direction: Direction, relative: Double?)? {
        guard let now = value.number, let before = previous?.value.number else { return nil }
        // Compared as printed: two values that print the same are unchanged, and the change is the difference of the
        // two figures a reader sees (Kota Banjar's UMK 1.998.119,05 against 1.852.099,52: 146.019, not 146.020).
        let change = format.printedChange(to: now, from: before)
        let difference = change.difference
        let direction: Direction = change.isZero ? .unchanged : (difference > 0 ? .up : .down)
        // The percentage from the values themselves: rounded anyway, it is the more exact for it (4,79 of 139,85 juta
        // would give 3,43; the counts give 3,42).
        let relative = unit == .percent || unit == .percentagePoints || before == 0 ? nil : 100 * (now - before) / before
        return (abs(difference), direction, relative)
    }

    /// "turun 0,41 persen poin" for the tile (its direction drawn beside it by layout); nil without a comparison.
    public func changeLine(locale: NumberLocale) -> (direction: Direction, text: String)? {
        guard let change else { return nil }
        let words = KeyFigureVocabulary.forLocale(locale)
        let vocabulary = Vocabulary.forLocale(locale)
        switch change.direction {
        case .unchanged: return (.unchanged, words.unchanged)
        case .up, .down:
            var percent = format
            percent.decimals = 2
            let relative = change.relative.map { " (\(percent.string(from: abs($0))) \(vocabulary.percent))" } ?? ""
            let word = change.direction == .up ? words.up : words.down
            return (change.direction, "\(word) \(format.string(from: change.amount)) \(changeUnit.name(in: vocabulary))\(relative)")
        }
    }

    /// The comparison under the change: "dibanding Agustus 2023 (5,32 persen)"; nil without an earlier period.
    public func comparison(locale: NumberLocale) -> String? {
        guard let previous else { return nil }
        let words = KeyFigureVocabulary.forLocale(locale)
        return words.compared(with: words.earlier(previous.label, value: "\(format.string(from: previous.value)) \(unit.name(in: .forLocale(locale)))"))
    }

    /// The change as a clause for alt text: "turun 0,41 persen poin dibanding Agustus 2023 (5,32 persen)", the
    /// tile's two lines read as one.
    func changeSentence(locale: NumberLocale) -> String? {
        guard let line = changeLine(locale: locale), let comparison = comparison(locale: locale) else { return nil }
        return "\(line.text) \(comparison)"
    }
}
