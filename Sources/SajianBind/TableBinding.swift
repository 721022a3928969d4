import SajianModel
import SajianTemplate

extension BindingContext {
    /// A tabel tunggal (rows × one measure) or tabel silang (rows × the values of a column dimension).
    func bindTable(_ spec: TableSpec) -> TableData? {
        guard let rowName = spec.rows, let measureName = spec.measure,
              let rowIndex = dimension(rowName), let measure = measure(measureName) else { return nil }
        let columnIndex = spec.columns.flatMap { dimension($0) }
        if spec.columns != nil && columnIndex == nil { return nil }
        guard let observations = selectedObservations(of: measure), let display = display(of: measure) else { return nil }

        let rowKeys = orderedUnique(observations.map { $0.coordinates[rowIndex] })
        let columnKeys: [String?] = columnIndex.map { index in
            sortedIfPeriods(orderedUnique(observations.map { $0.coordinates[index] }), dimension: index)
        } ?? [nil]
        var cells: [String: StatisticalValue] = [:]
        for observation in observations {
            let key = cellKey(observation.coordinates[rowIndex], columnIndex.map { observation.coordinates[$0] })
            if cells[key] != nil {
                problems.error(at: rowName.location, "two observations fall into the same cell (\(key.replacingOccurrences(of: "\u{1F}", with: " × ")))",
                               hint: "Narrow the data with `saring:` or cross another dimension with `kolom:`.")
                return nil
            }
            cells[key] = observation.value.scaled(by: display.factor)
        }
        var rows = rowKeys.map { row in
            TableData.Row(label: label(row, dimension: rowIndex),
                          cells: columnKeys.map { cells[cellKey(row, $0)] ?? .notAvailable })
        }
        rows = sorted(rows, by: spec.sort)
        var totalRow: Int?
        if spec.addsTotal {
            if measure.isAdditive {
                rows.append(TableData.Row(label: vocabulary.total, cells: columnKeys.indices.map { column in
                    total(of: rows.map { $0.cells[column] })
                }, isTotal: true))
                totalRow = rows.count - 1
            } else {
                problems.error(at: rowName.location, "`jumlah: ya` asks for a total of `\(measure.name)`, which is counted in \(measure.unit.name) and cannot be summed",
                               hint: "Rates and shares do not add up; leave `jumlah` out, or use a count measure.")
            }
        }
        // The unit stays on one line under a wrapped heading: "(juta orang)", never "(juta" / "orang)".
        if let threshold = dataset.metadata.smallCellThreshold, measure.isAdditive {
            let protected = SmallCellSuppression.apply(to: rows.map(\.cells), threshold: threshold * display.factor, totalRow: totalRow)
            for index in rows.indices { rows[index].cells = protected[index] }
        }
        let unitText = display.unit.name.isEmpty ? "" : " (\(display.unit.name.replacingOccurrences(of: " ", with: "\u{00A0}")))"
        let columns: [TableData.Column]
        let spanner: String?
        if let columnIndex {
            columns = columnKeys.map { TableData.Column(heading: label($0!, dimension: columnIndex), format: display.format) }
            spanner = measure.label + unitText
        } else {
            columns = [TableData.Column(heading: measure.label + unitText, format: display.format)]
            spanner = nil
        }
        return TableData(stubHead: spec.stubHead ?? heading(forDimension: dataset.metadata.dimensions[rowIndex]),
                         spanner: spanner, columns: columns, rows: rows)
    }

    private func cellKey(_ row: String, _ column: String?) -> String { row + "\u{1F}" + (column ?? "") }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    private func sortedIfPeriods(_ keys: [String], dimension index: Int) -> [String] {
        let periods = keys.compactMap(Period.init(code:))
        guard periods.count == keys.count else { return keys }
        return zip(keys, periods).sorted { $0.1 < $1.1 }.map(\.0)
    }

    private func sorted(_ rows: [TableData.Row], by order: SortOrder) -> [TableData.Row] {
        guard order != .none else { return rows }
        return rows.enumerated().sorted { a, b in
            let x = a.element.cells.first?.number ?? -.infinity, y = b.element.cells.first?.number ?? -.infinity
            if x == y { return a.offset < b.offset }
            return order == .descending ? x > y : x < y
        }.map(\.element)
    }

    /// The sum of a column; '-' counts as zero, and any other missing or withheld value makes the total unknown,
    /// so that a withheld cell cannot be recovered from the total.
    private func total(of values: [StatisticalValue]) -> StatisticalValue {
        var sum = 0.0
        for value in values {
            switch value {
            case .number(let number): sum += number
            case .nothingToReport: continue
            case .notAvailable: return .notAvailable
            case .withheld: return .withheld
            }
        }
        return .number(sum)
    }
}
