import SajianModel

/// Withholds small counts so that no person or firm can be recognised, and no withheld count can be worked
/// back from the totals.
///
/// Primary suppression withholds every count above zero and below the dataset's threshold. Secondary
/// suppression then looks at each line that shows its total (a column above a *Jumlah* row, a row beside a
/// *Jumlah* column): a line with exactly one withheld cell would give that cell away by subtraction, so the
/// smallest other count in the line is withheld too, and this repeats until no line has a lone withheld cell.
/// A withheld cell holds no number, so the hidden values cannot reach any output.
public enum SmallCellSuppression {
    /// `cells[row][column]`; `totalRow` is the index of a row of column totals, `totalColumn` of a column of
    /// row totals. Totals themselves are withheld only when they are small.
    public static func apply(to cells: [[StatisticalValue]], threshold: Double, totalRow: Int? = nil,
                             totalColumn: Int? = nil) -> [[StatisticalValue]] {
        let rows = cells.count, columns = cells.first?.count ?? 0
        var lines: [Line] = []
        if let totalRow {
            for column in 0..<columns {
                lines.append(Line(parts: (0..<rows).filter { $0 != totalRow }.map { Cell($0, column) }, total: Cell(totalRow, column)))
            }
        }
        if let totalColumn {
            for row in 0..<rows {
                lines.append(Line(parts: (0..<columns).filter { $0 != totalColumn }.map { Cell(row, $0) }, total: Cell(row, totalColumn)))
            }
        }
        return apply(to: cells, threshold: threshold, lines: lines)
    }

    /// A cell of `cells[row][column]`.
    public struct Cell: Hashable, Sendable {
        public var row: Int
        public var column: Int

        public init(_ row: Int, _ column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// Cells that add up to a total shown beside them: a column under a *Jumlah* row, a group under its subtotal,
    /// a row beside a *Jumlah* column, the segments of a stacked bar and its end.
    public struct Line: Sendable {
        public var parts: [Cell]
        public var total: Cell

        public init(parts: [Cell], total: Cell) {
            self.parts = parts
            self.total = total
        }
    }

    /// Primary suppression of every cell, then secondary suppression along each of `lines`.
    public static func apply(to cells: [[StatisticalValue]], threshold: Double, lines: [Line]) -> [[StatisticalValue]] {
        var result = cells.map { row in row.map { withheld($0, threshold: threshold) } }
        let lines = lines.map { line in line.parts.map { ($0.row, $0.column) } + [(line.total.row, line.total.column)] }
        var changed = true
        while changed {
            changed = false
            for line in lines {
                let total = line.last!
                guard result[total.0][total.1].number != nil else { continue }  // a withheld total protects the line
                let parts = line.dropLast()
                let withheld = parts.filter { result[$0.0][$0.1] == .withheld }
                guard withheld.count == 1 else { continue }
                let candidates = parts.filter { cell in
                    if let number = result[cell.0][cell.1].number { return number > 0 }
                    return false
                }
                if let smallest = candidates.min(by: { result[$0.0][$0.1].number! < result[$1.0][$1.1].number! }) {
                    result[smallest.0][smallest.1] = .withheld
                } else {
                    result[total.0][total.1] = .withheld  // nothing else to hide: hide the total
                }
                changed = true
            }
        }
        return result
    }

    /// `value`, or `.withheld` when it is a count above zero and below `threshold` (primary suppression).
    public static func withheld(_ value: StatisticalValue, threshold: Double) -> StatisticalValue {
        if let number = value.number, number > 0, number < threshold { return .withheld }
        return value
    }

    /// Whether a category is a total the data gives itself: *Jumlah*, *Total*, *Indonesia* or *Nasional* (by code or
    /// label), or the national code `00` of a dimension with a code list. Such a row is the sum of the others, so it is
    /// a total for secondary suppression just as a computed one is.
    public static func isTotal(code: String, label: String, hasCodeList: Bool) -> Bool {
        if hasCodeList && code == ProvinceCodes.national.bpsCode { return true }
        return Aggregates.isConventionalTotal(code) || Aggregates.isConventionalTotal(label)
    }

    /// The observations of `measure` that `dataset` withholds, by their coordinates: the same cells in every figure
    /// and in narasi, so that no figure shows a count that another hides.
    ///
    /// The whole dataset is protected as one table with all its margins: along each dimension other than the
    /// period, the observations that differ only in it add up to a total, the data's own (*Jumlah*, *Total*,
    /// *Indonesia*, code 00) when it has one, else the sum any figure may print (a *Jumlah* row, a stack's end, the
    /// whole of a share). Primary suppression, then secondary suppression along all of these lines together.
    /// Sums over periods are no total and take no part. Empty when the dataset has no threshold or the measure is
    /// not a count.
    public static func withheldObservations(of measure: Measure, in dataset: Dataset) -> Set<[String]> {
        guard measure.isAdditive, let threshold = dataset.metadata.smallCellThreshold else { return [] }
        let observations = dataset.observations.filter { $0.measure == measure.name }
        var cells = observations.map { [$0.value] }
        var lines: [Line] = []
        let metadata = dataset.metadata
        for dimension in metadata.dimensions.indices where dimension != dataset.periodDimensionIndex {
            let aggregates = dataset.aggregates(ofDimension: dimension)
            let groups = Dictionary(grouping: observations.indices) { index in
                var key = observations[index].coordinates
                key.remove(at: dimension)
                return key
            }
            for members in groups.values.sorted(by: { $0[0] < $1[0] }) where members.count > 1 {
                // The data's own totals are its aggregates (declared `agregat:`, the list's whole, Jumlah, Indonesia).
                let totals = members.filter { aggregates.contains(observations[$0].coordinates[dimension]) }
                let parts = members.filter { !totals.contains($0) }.map { Cell($0, 0) }
                guard !parts.isEmpty else { continue }
                if totals.isEmpty {
                    // The sum a figure would print: known only when every part has a number.
                    let numbers = parts.compactMap { observations[$0.row].value.number }
                    guard numbers.count == parts.count else { continue }
                    cells.append([.number(numbers.reduce(0, +))])
                    lines.append(Line(parts: parts, total: Cell(cells.count - 1, 0)))
                } else {
                    lines += totals.map { Line(parts: parts, total: Cell($0, 0)) }
                }
            }
        }
        let protected = apply(to: cells, threshold: threshold, lines: lines)
        return Set(observations.indices.filter { protected[$0][0] == .withheld }.map { observations[$0].coordinates })
    }
}
