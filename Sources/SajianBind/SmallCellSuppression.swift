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
        var result = cells.map { row in
            row.map { value -> StatisticalValue in
                if let number = value.number, number > 0, number < threshold { return .withheld }
                return value
            }
        }
        let rows = result.count, columns = result.first?.count ?? 0
        var lines: [[(Int, Int)]] = []
        if let totalRow {
            for column in 0..<columns { lines.append((0..<rows).map { ($0, column) }.filter { $0.0 != totalRow } + [(totalRow, column)]) }
        }
        if let totalColumn {
            for row in 0..<rows { lines.append((0..<columns).map { (row, $0) }.filter { $0.1 != totalColumn } + [(row, totalColumn)]) }
        }
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
}
