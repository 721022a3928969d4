import Foundation
import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// A tabel tunggal or tabel silang pivoted from long data: row variables in the stub (a second one as
    /// indented rows under group headings), column variables as spanning headings, several measures side by side,
    /// totals and subtotals for additive measures, shares, top N with "Lainnya", and small-cell protection.
    func bindTable(_ spec: TableSpec) -> TableData? {
        let rowIndices = spec.rows.compactMap { dimension($0) }
        let columnIndices = spec.columns.compactMap { dimension($0) }
        let measures = spec.measures.compactMap { measure($0) }
        guard rowIndices.count == spec.rows.count, columnIndices.count == spec.columns.count,
              measures.count == spec.measures.count, !rowIndices.isEmpty, !measures.isEmpty else { return nil }
        var selected: [(measure: Measure, observations: [Observation], display: (unit: MeasureUnit, factor: Double, format: NumberFormat))] = []
        for measure in measures {
            // As stored, so that totals are the data's; the cells the dataset withholds are withheld below.
            guard let observations = selectedObservations(of: measure, protected: false), let display = display(of: measure) else { return nil }
            selected.append((measure, observations, display))
        }

        // The keys of rows and columns, in data order (periods in time order).
        let all = selected.flatMap(\.observations)
        var rowKeys = orderedUnique(all.map { $0.key(rowIndices) })
        // Regions in the order of their codes (kode wilayah), whatever order the data lists them in: the provinces
        // formed in 2022 first come in 2024's rows, and Tabel 2.1 had run Papua Barat, Papua, Papua Barat Daya
        // where the bulletin's other tables follow the codes (proof-reading 20). Values without a code keep their
        // place after those with one.
        // A list the template cuts (`teratas:`, `baris-sisa:`) keeps the data's order, which is the source's ranking.
        if rowIndices.count == 1, spec.top == nil, spec.restAfter == nil, let reference = dataset.referenceCodes(ofDimension: rowIndices[0]) {
            rowKeys = rowKeys.enumerated().sorted { a, b in
                switch (reference.codes[a.element.values[0]], reference.codes[b.element.values[0]]) {
                case let (x?, y?) where x != y: x.count == y.count ? x < y : x.count < y.count
                case (_?, nil): true
                case (nil, _?): false
                default: a.offset < b.offset
                }
            }.map(\.element)
        }
        let columnKeys = columnIndices.isEmpty ? [DimensionKey()] : orderedUnique(all.map { $0.key(columnIndices) }).sorted(by: periodOrder)
        // Each measure's cells, by row and column key.
        var cells: [[CellKey: StatisticalValue]] = Array(repeating: [:], count: selected.count)
        var withheldKeys: [Set<CellKey>] = Array(repeating: [], count: selected.count)
        for (measureIndex, entry) in selected.enumerated() {
            let withheld = withheldObservations(of: entry.measure)
            for observation in entry.observations {
                let cell = cellKey(observation, rowIndices, columnIndices)
                if cells[measureIndex][cell] != nil {
                    let coordinates = (cell.row.values + cell.column.values).joined(separator: " × ")
                    problems.error(at: spec.rows[0].location, "two observations fall into the same cell (\(coordinates), \(entry.measure.name))",
                                   hint: "Narrow the data with `saring:` or cross another dimension with `kolom:`.")
                    return nil
                }
                cells[measureIndex][cell] = observation.value.scaled(by: entry.display.factor)
                if withheld.contains(observation.coordinates) { withheldKeys[measureIndex].insert(cell) }
            }
        }

        // Columns: measure (when several) over the column variables' values.
        var columns: [TableData.Column] = []
        var sources: [(measure: Int, key: DimensionKey)] = []
        for (measureIndex, entry) in selected.enumerated() {
            for columnKey in columnKeys {
                let labels = zip(columnKey.values, columnIndices).map { label($0, dimension: $1) }
                var groups = Array(labels.dropLast())
                var heading = labels.last ?? entry.measure.label + unitSuffix(entry.display.unit)
                if selected.count > 1 {
                    groups.insert(entry.measure.label + unitSuffix(entry.display.unit), at: 0)
                    if labels.isEmpty { heading = groups.removeFirst() }
                }
                var format = entry.display.format
                if spec.shares != .none { format.decimals = 2 }
                var column = TableData.Column(groups: groups, heading: heading, format: format)
                column.isComputed = spec.shares != .none
                columns.append(column)
                sources.append((measureIndex, columnKey))
            }
        }
        let additive = selected.map { $0.measure.isAdditive && spec.shares == .none }

        // Weights for totals of rates (*bobot*): a rate's total is its weighted mean, e.g. TPT weighted by angkatan kerja.
        var weights: [CellKey: Double] = [:]
        if let weightName = spec.weight {
            guard let weightMeasure = measure(weightName), let observations = selectedObservations(of: weightMeasure) else { return nil }
            for observation in observations {
                if let number = observation.value.number { weights[cellKey(observation, rowIndices, columnIndices)] = number }
            }
        }

        // Rows: data rows (sorted, top N), grouped under a first row variable when there are two.
        struct KeyedRow { var key: DimensionKey; var row: TableData.Row }
        func dataRow(_ rowKey: DimensionKey, indent: Int) -> KeyedRow {
            let name = label(rowKey.values.last!, dimension: rowIndices.last!)
            var row = TableData.Row(label: name, cells: sources.map { cells[$0.measure][CellKey(row: rowKey, column: $0.key)] ?? .notAvailable },
                                    indent: indent)
            row.isHighlighted = spec.highlighted.contains(rowKey.values.last!) || spec.highlighted.contains(name)
            return KeyedRow(key: rowKey, row: row)
        }
        func totalRow(_ label: String, of members: [KeyedRow], indent: Int) -> TableData.Row {
            var row = TableData.Row(label: label, cells: sources.indices.map { column in
                if additive[sources[column].measure] { return total(of: members.map { $0.row.cells[column] }) }
                guard spec.weight != nil else { return .notAvailable }
                return weightedMean(members.map { ($0.row.cells[column], weights[CellKey(row: $0.key, column: sources[column].key)]) })
            }, kind: .total, indent: indent)
            row.isComputed = spec.weight != nil && sources.contains { !additive[$0.measure] }
            return row
        }
        func sortedKeyed(_ rows: [KeyedRow]) -> [KeyedRow] {
            let order = sorted(rows.map(\.row), by: spec.sort)
            var pool = rows
            return order.map { row in pool.remove(at: pool.firstIndex { $0.row == row }!) }
        }
        // The data's own wholes (Indonesia, Jumlah, `agregat:`) are the total rows: after the parts, never sorted
        // among them (`urut:`), never cut by `teratas:`.
        let innerAggregates = aggregates(ofDimension: rowIndices.last!)
        func isAggregate(_ key: DimensionKey) -> Bool { innerAggregates.contains(key.values.last!) }
        func aggregateRow(_ rowKey: DimensionKey, indent: Int) -> KeyedRow {
            var keyed = dataRow(rowKey, indent: indent)
            keyed.row.kind = .aggregate
            return keyed
        }
        var rows: [TableData.Row] = []
        var keyOfRow: [Int: DimensionKey] = [:]
        var restNote: String?
        if rowIndices.count == 1 {
            var body = sortedKeyed(rowKeys.filter { !isAggregate($0) }.map { dataRow($0, indent: 0) })
            if let top = spec.top, body.count > top {
                let rest = Array(body.dropFirst(top))
                body = Array(body.prefix(top))
                body.append(KeyedRow(key: DimensionKey(vocabulary.other), row: totalRow(vocabulary.other, of: rest, indent: 0).asDataRow))
            }
            if let after = spec.restAfter {
                let wholes = rowKeys.filter(isAggregate)
                guard wholes.count == 1, additive.allSatisfy({ $0 }) else {
                    problems.error(at: spec.rows[0].location, "`baris-sisa` needs one whole row in the data (Indonesia, Jumlah) and counts that add up",
                                   hint: wholes.isEmpty ? "The rest is the whole less the rows listed; the data has no whole row." : "Leave `baris-sisa` out.")
                    return nil
                }
                let whole = dataRow(wholes[0], indent: 0).row
                let listed = totalRow(vocabulary.other, of: body, indent: 0)
                let label = restLabel(shown: body.map { $0.key.values[0] }, dimension: rowIndices[0])
                var rest = TableData.Row(label: label.row, cells: zip(whole.cells, listed.cells).map { whole, listed in
                    // A withheld part would come back as whole less the rest less the others.
                    if listed == .withheld { return .withheld }
                    guard let whole = whole.number, let listed = listed.number, whole >= listed else { return .notAvailable }
                    return .number(whole - listed)
                }, indent: 0)
                rest.kind = .data
                let words = AggregateVocabulary.forLocale(locale)
                // The rest after every row listed, before the whole: set between the largest and the smallest a
                // source lists, it broke the ranking ("Provinsi lainnya 12.135" over Gorontalo's 20, proof-reading 16,
                // #1); the note says which rows the list holds, so that it does not read as one ranking (P-9).
                let split = after > 0 && after < body.count && spec.sort != .none
                    ? (first: after, last: body.count - after, largestFirst: spec.sort == .descending) : nil
                restNote = words.restDerived(label.row, wholeName: whole.label, listed: body.count, regions: label.regions, split: split)
                if let split { body[split.first].row.opensPart = true }
                rest.opensPart = true
                body.append(KeyedRow(key: DimensionKey(label.row), row: rest))
            }
            rows = body.map(\.row)
            for (index, member) in body.enumerated() { keyOfRow[index] = member.key }
            if spec.addsTotal {
                rows.append(totalRow(vocabulary.total, of: body, indent: 0))
            }
            for key in rowKeys where isAggregate(key) {
                keyOfRow[rows.count] = key
                rows.append(aggregateRow(key, indent: 0).row)
            }
        } else {
            // A group that is a whole (e.g. Indonesia over its provinces' groups) comes last.
            let outerAggregates = aggregates(ofDimension: rowIndices[0])
            let allGroups = orderedUnique(rowKeys.map { DimensionKey($0.values[0]) })
            let groups = allGroups.filter { !outerAggregates.contains($0.values[0]) } + allGroups.filter { outerAggregates.contains($0.values[0]) }
            var allData: [KeyedRow] = []
            for group in groups {
                rows.append(TableData.Row(label: label(group.values[0], dimension: rowIndices[0]), cells: [], kind: .groupHeading))
                let inGroup = rowKeys.filter { $0.values[0] == group.values[0] }
                let members = sortedKeyed(inGroup.filter { !isAggregate($0) }.map { dataRow($0, indent: 1) })
                for (offset, member) in members.enumerated() { keyOfRow[rows.count + offset] = member.key }
                rows += members.map(\.row)
                allData += members
                if spec.addsTotal { rows.append(totalRow(vocabulary.total, of: members, indent: 1)) }
                for key in inGroup where isAggregate(key) {
                    keyOfRow[rows.count] = key
                    rows.append(aggregateRow(key, indent: 1).row)
                }
            }
            if spec.addsTotal {
                rows.append(totalRow(vocabulary.total, of: allData, indent: 0))
            }
        }
        var missingWhole: (columns: [String], dataBegin: String?) = ([], nil)
        if let whole = spec.wholeRow {
            guard let row = wholeRow(whole, columns: columns, keys: sources.map(\.key), unit: selected[0].display.unit, missing: &missingWhole) else { return nil }
            rows.append(row)
        }
        if spec.addsTotal && !additive.contains(true) && spec.weight == nil {
            problems.error(at: spec.measures[0].location, "`jumlah: ya` asks for totals of \(measures.map { "`\($0.name)`" }.joined(separator: ", ")), which cannot be summed (\(measures.map(\.unit.name).joined(separator: ", ")))",
                           hint: "Rates and shares do not add up; leave `jumlah` out, use a count measure, or give `bobot:` (e.g. the angkatan kerja) for a weighted mean.")
            return nil
        }

        // Small cells of counts are withheld, with secondary suppression against the totals; found on the counts,
        // before they become shares, so that a share never gives a withheld count back.
        var masked = rows
        for (index, key) in keyOfRow {
            for (column, source) in sources.enumerated() where withheldKeys[source.measure].contains(CellKey(row: key, column: source.key)) {
                masked[index].cells[column] = .withheld
            }
        }
        let withheld = withheldCells(masked, columns: columns, sources: sources.map { selected[$0.measure] }, shares: spec.shares,
                                     rowDimension: rowIndices.last!, hasColumnDimensions: !columnIndices.isEmpty)

        // Shares of the row or column total.
        if spec.shares != .none { rows = shares(rows, basis: spec.shares) }
        for cell in withheld { rows[cell.row].cells[cell.column] = .withheld }

        let spanner: String? = selected.count == 1 && !columnIndices.isEmpty
            ? selected[0].measure.label + unitSuffix(spec.shares == .none ? selected[0].display.unit : .percent) : nil
        if spec.shares != .none, spanner == nil {
            for index in columns.indices where columns[index].groups.isEmpty { columns[index].heading += unitSuffix(.percent) }
        }
        var table = TableData(stubHead: spec.stubHead ?? heading(forDimension: dataset.metadata.dimensions[rowIndices.last!]),
                              spanner: spanner, columns: columns, rows: rows, zebra: spec.zebra)
        for name in spec.highlighted where !rowKeys.contains(where: { $0.values.last == name }) && !rows.contains(where: { $0.label == name }) {
            problems.warning(at: spec.rows[0].location, "`sorot: \(name)` names no row of this table",
                             hint: nearest(name, in: rows.filter { $0.kind == .data }.map(\.label)).map { "Did you mean `\($0)`?" })
        }
        let partsNotes = spec.shares == .none ? aggregateNotes(table, additive: sources.map { additive[$0.measure] }) : (notes: [], rounding: false)
        if totalsDisagreeWhenRounded(table) || partsNotes.rounding {
            table.notes.append(vocabulary.rounding)
        }
        table.notes += partsNotes.notes
        if spec.shares == .none, let note = selected.lazy.map({ entry in
            self.currencyRoundingNote(entry.observations.compactMap { $0.value.number.map { $0 * entry.display.factor } },
                                      unit: entry.display.unit, format: entry.display.format)
        }).first(where: { !$0.isEmpty }) {
            table.notes += note
        }
        if let whole = spec.wholeRow, !missingWhole.columns.isEmpty {
            table.notes.append(AggregateVocabulary.forLocale(locale).wholeNotInData(whole.label.value, columns: missingWhole.columns,
                                                                                   dataBegin: missingWhole.dataBegin))
        }
        if let restNote { table.notes.append(restNote) }
        if rowIndices.count == 1, let note = missingRegionsNote(shown: rowKeys.filter { !isAggregate($0) }.map { $0.values[0] },
                                                                dimension: rowIndices[0], chosen: spec.top != nil || spec.restAfter != nil) {
            table.notes.append(note)
        }
        return table
    }

    /// The label of a `baris-sisa` row: "Provinsi lainnya" when the rows are regions of a reference list, else
    /// "Lainnya"; and the regions' noun ("provinsi"; nil otherwise). The label does not count them:
    /// a source may divide the country into fewer regions than today's list (BP2MI's 2023 figures list no province
    /// formed in 2022), and "(25 provinsi)" would then be a number no source gives (proof-reading 20).
    private func restLabel(shown: [String], dimension index: Int) -> (row: String, regions: String?) {
        let words = AggregateVocabulary.forLocale(locale)
        guard let reference = dataset.referenceCodes(ofDimension: index) else { return (vocabulary.other, nil) }
        let codes = Set(shown.compactMap { reference.codes[$0] })
        let regions = reference.list.regions(scopedTo: codes)
        guard regions.contains(where: { !codes.contains($0.code) }) else { return (vocabulary.other, nil) }
        let noun = words.regions(of: reference.list)
        return (words.otherRegions(noun), noun)
    }

    /// The row of `whole` (*baris-agregat*), an aggregate row after the others, each cell read from its reference;
    /// a column with no reference or no value in the data is the missing-value mark, its heading added to `missing`.
    /// Nil when a reference is wrong or names no column (reported at its line).
    private func wholeRow(_ whole: WholeRowSpec, columns: [TableData.Column], keys: [DimensionKey], unit: MeasureUnit,
                          missing: inout (columns: [String], dataBegin: String?)) -> TableData.Row? {
        func names(_ index: Int) -> [String] {
            [keys[index].values.joined(separator: " "), columns[index].heading, (columns[index].groups + [columns[index].heading]).joined(separator: " ")]
        }
        var cells = Array(repeating: StatisticalValue.notAvailable, count: columns.count)
        var found = Array(repeating: false, count: columns.count)
        var dataBegins: [String?] = []
        var failed = false
        for cell in whole.cells {
            let targets: [Int]
            if let column = cell.column {
                targets = columns.indices.filter { names($0).contains(column.value) }
                guard !targets.isEmpty else {
                    let known = columns.indices.map { names($0)[0].isEmpty ? columns[$0].heading : names($0)[0] }
                    problems.error(at: column.location, "`baris-agregat` names column `\(column.value)`, which the table does not have",
                                   hint: nearest(column.value, in: known).map { "Did you mean `\($0)`?" } ?? "Its columns: \(known.joined(separator: ", ")).")
                    failed = true
                    continue
                }
            } else {
                guard columns.count == 1 else {
                    problems.error(at: cell.value.location, "the table has \(columns.count) columns: give `baris-agregat` one value per column",
                                   hint: "Write `nilai:` as a mapping, e.g. `\"\(names(0)[0])\": \(cell.value.text)`.")
                    failed = true
                    continue
                }
                targets = [0]
            }
            guard let value = referencedValue(cell.value, unit: unit) else { failed = true; continue }
            if !value.found { dataBegins.append(value.dataBegin) }
            for target in targets {
                cells[target] = value.value
                found[target] = value.found
            }
        }
        guard !failed else { return nil }
        // Why the cells are empty, when every missing one asks for a period before the data begin.
        let dataBegin = Set(dataBegins).count == 1 ? dataBegins[0] : nil
        missing = (columns.indices.filter { !found[$0] }.map { (columns[$0].groups + [columns[$0].heading]).joined(separator: " ") }, dataBegin)
        return TableData.Row(label: whole.label.value, cells: cells, kind: .aggregate)
    }

    /// The cells small-cell protection withholds (*ambang sel kecil*), as positions in `rows`: every count above
    /// zero and below the dataset's threshold, then secondary suppression along each line whose total is shown or
    /// known, so that no withheld count can be worked out by subtraction:
    /// - a computed *Jumlah* row over all data rows, a group's subtotal over the group's rows;
    /// - a total the data gives itself (a *Jumlah*, *Total*, *Indonesia* row or column, code 00), over the other rows
    ///   of its group or the other columns of its measure;
    /// - with `persentase`, each column (or row) as a whole, since its shares add up to a known 100; a whole that
    ///   would have to be withheld withholds every share of it.
    /// Only the columns of count measures are protected; rates and averages beside them are kept.
    private func withheldCells(_ rows: [TableData.Row], columns: [TableData.Column],
                               sources: [(measure: Measure, observations: [Observation], display: (unit: MeasureUnit, factor: Double, format: NumberFormat))],
                               shares: ShareBasis, rowDimension: Int, hasColumnDimensions: Bool) -> [SmallCellSuppression.Cell] {
        guard let threshold = dataset.metadata.smallCellThreshold else { return [] }
        let counted = sources.indices.filter { sources[$0].measure.isAdditive }
        guard !counted.isEmpty else { return [] }
        let hasCodeList = dataset.metadata.codeLists[dataset.metadata.dimensions[rowDimension]] != nil
        func isOwnTotal(_ name: String) -> Bool { SmallCellSuppression.isTotal(code: name, label: name, hasCodeList: hasCodeList) }
        // The counts in the data's unit; other columns take no part.
        var matrix = rows.map { row in
            sources.indices.map { column -> StatisticalValue in
                guard row.kind != .groupHeading, counted.contains(column) else { return .nothingToReport }
                return row.cells[column].scaled(by: 1 / sources[column].display.factor)
            }
        }
        var group = 0
        let groups = rows.map { row -> Int in
            if row.kind == .groupHeading { group += 1 }
            return group
        }
        let members = rows.indices.filter { rows[$0].kind == .data }
        var lines: [SmallCellSuppression.Line] = []
        func rowLines(total: Int, parts: [Int]) {
            for column in counted {
                lines.append(SmallCellSuppression.Line(parts: parts.map { SmallCellSuppression.Cell($0, column) }, total: SmallCellSuppression.Cell(total, column)))
            }
        }
        for index in rows.indices {
            switch rows[index].kind {
            case .groupHeading: break
            case .total: rowLines(total: index, parts: rows[index].indent == 0 ? members : members.filter { groups[$0] == groups[index] })
            case .aggregate: rowLines(total: index, parts: members.filter { groups[$0] == groups[index] })
            case .data: break
            }
        }
        // A total column of the data: the other columns of its measure under the same headings.
        for total in counted where hasColumnDimensions && isOwnTotal(columns[total].heading) {
            let parts = counted.filter { $0 != total && sources[$0].measure == sources[total].measure && columns[$0].groups == columns[total].groups }
            for row in rows.indices where rows[row].kind != .groupHeading {
                lines.append(SmallCellSuppression.Line(parts: parts.map { SmallCellSuppression.Cell(row, $0) }, total: SmallCellSuppression.Cell(row, total)))
            }
        }
        // Shares: the whole of each column (or row) is known, a virtual total beyond the table.
        var virtual: [SmallCellSuppression.Line] = []
        switch shares {
        case .none: break
        case .column:
            let sums = sources.indices.map { column in StatisticalValue.number(members.compactMap { matrix[$0][column].number }.reduce(0, +)) }
            matrix.append(sums)
            for column in counted {
                virtual.append(SmallCellSuppression.Line(parts: members.map { SmallCellSuppression.Cell($0, column) }, total: SmallCellSuppression.Cell(rows.count, column)))
            }
        case .row:
            for row in rows.indices {
                matrix[row].append(.number(counted.compactMap { matrix[row][$0].number }.reduce(0, +)))
                if rows[row].kind != .groupHeading {
                    virtual.append(SmallCellSuppression.Line(parts: counted.map { SmallCellSuppression.Cell(row, $0) }, total: SmallCellSuppression.Cell(row, sources.count)))
                }
            }
        }
        let protected = SmallCellSuppression.apply(to: matrix, threshold: threshold, lines: lines + virtual)
        var withheld = Set<SmallCellSuppression.Cell>()
        for row in rows.indices {
            for column in counted where protected[row][column] == .withheld && rows[row].kind != .groupHeading { withheld.insert(SmallCellSuppression.Cell(row, column)) }
        }
        // A known whole that could only be protected by hiding it: every share of it is withheld.
        for line in virtual where protected[line.total.row][line.total.column] == .withheld {
            withheld.formUnion(line.parts)
        }
        return withheld.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    /// The notes a table needs on its aggregate rows (the data's own wholes): for each column of counts, parts that
    /// fall short of the whole or exceed it beyond rounding (named with the numbers of the first such column), and
    /// whether some differ only by rounding. Parts with a missing or withheld value are not summed.
    private func aggregateNotes(_ table: TableData, additive: [Bool]) -> (notes: [String], rounding: Bool) {
        var notes: [String] = [], rounding = false
        var parts: [TableData.Row] = []
        let words = AggregateVocabulary.forLocale(locale)
        for row in table.rows {
            switch row.kind {
            case .groupHeading: parts = []
            case .data: parts.append(row)
            case .total: break
            case .aggregate:
                for (column, whole) in row.cells.enumerated() where additive[column] {
                    let values = parts.map { $0.cells[column] }
                    guard let total = whole.number, !values.isEmpty,
                          values.allSatisfy({ $0.number != nil || $0 == .nothingToReport }) else { continue }
                    let format = table.columns[column].format
                    let listed = values.compactMap(\.number).reduce(0, +)
                    if partsDisagree(listed, whole: total, count: values.count, decimals: format.decimals) {
                        guard notes.isEmpty else { continue }
                        let name = row.label + (table.columns.count > 1 ? " (\((table.columns[column].groups + [table.columns[column].heading]).joined(separator: ", ")))" : "")
                        notes.append(listed < total
                            ? words.partsShort(parts: format.string(from: listed), whole: format.string(from: total), wholeName: name)
                            : words.partsExceed(parts: format.string(from: listed), whole: format.string(from: total), wholeName: name))
                    } else {
                        if format.printedPartsDisagree(values.compactMap(\.number), whole: total) { rounding = true }
                    }
                }
                if row.indent == 0 { parts = [] }
            }
        }
        return (notes, rounding)
    }

    /// Whether some displayed total differs from the sum of its displayed (rounded) parts.
    private func totalsDisagreeWhenRounded(_ table: TableData) -> Bool {
        var parts: [TableData.Row] = []
        for row in table.rows {
            switch row.kind {
            case .groupHeading: parts = []
            case .data: parts.append(row)
            case .total:
                for (column, value) in row.cells.enumerated() {
                    guard let total = value.number else { continue }
                    if table.columns[column].format.printedPartsDisagree(parts.compactMap { $0.cells[column].number }, whole: total) {
                        return true
                    }
                }
                if row.indent == 0 { parts = [] }
            case .aggregate: break
            }
        }
        return false
    }

    /// " (juta orang)": the unit in a heading, kept on one line.
    private func unitSuffix(_ unit: MeasureUnit) -> String {
        let name = unit.name(in: vocabulary)
        return name.isEmpty ? "" : " (\(name.replacingOccurrences(of: " ", with: "\u{00A0}")))"
    }

    /// The cell `observation` falls into: its values of the row dimensions and of the column dimensions.
    private func cellKey(_ observation: Observation, _ rowIndices: [Int], _ columnIndices: [Int]) -> CellKey {
        CellKey(row: observation.key(rowIndices), column: observation.key(columnIndices))
    }

    private func orderedUnique(_ keys: [DimensionKey]) -> [DimensionKey] {
        var seen = Set<DimensionKey>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// Column keys in time order where the variable is a period, else in data order.
    private func periodOrder(_ a: DimensionKey, _ b: DimensionKey) -> Bool {
        for (x, y) in zip(a.values, b.values) where x != y {
            if let p = Period(code: x), let q = Period(code: y) { return p < q }
            return false
        }
        return false
    }

    private func sorted(_ rows: [TableData.Row], by order: SajianTemplate.SortOrder) -> [TableData.Row] {
        sorted(rows, by: order) { $0.cells.first?.number }
    }

    /// Each cell as a percentage of its row's or column's total (data rows; a total row becomes 100); a column's
    /// total is the data's aggregate row when there is one.
    private func shares(_ rows: [TableData.Row], basis: ShareBasis) -> [TableData.Row] {
        var result = rows
        switch basis {
        case .none: break
        case .row:
            for index in result.indices where result[index].kind != .groupHeading {
                let sum = result[index].cells.compactMap(\.number).reduce(0, +)
                result[index].cells = result[index].cells.map { value in value.number.map { sum == 0 ? .notAvailable : .number($0 / sum * 100) } ?? value }
            }
        case .column:
            let data = rows.filter { $0.kind == .data }
            guard let width = data.first?.cells.count else { return rows }
            // The whole is the data's own aggregate when it gives one (the listed parts may not be all of it).
            let whole = rows.first { $0.kind == .aggregate && $0.indent == 0 }
            let sums = (0..<width).map { column in
                whole?.cells[column].number ?? data.compactMap { $0.cells[column].number }.reduce(0, +)
            }
            for index in result.indices where result[index].kind != .groupHeading {
                result[index].cells = result[index].cells.enumerated().map { column, value in
                    value.number.map { sums[column] == 0 ? .notAvailable : .number($0 / sums[column] * 100) } ?? value
                }
            }
        }
        return result
    }

    /// Σ(value × weight) / Σ weight; unknown if any value or weight is missing or withheld.
    private func weightedMean(_ pairs: [(StatisticalValue, Double?)]) -> StatisticalValue {
        var sum = 0.0, weightSum = 0.0
        for (value, weight) in pairs {
            if case .withheld = value { return .withheld }
            guard let number = value.number, let weight else { return .notAvailable }
            sum += number * weight
            weightSum += weight
        }
        return weightSum > 0 ? .number(sum / weightSum) : .notAvailable
    }

    /// The sum of a column; '-' counts as zero, and any other missing or withheld value makes the total unknown.
    private func total(of values: [StatisticalValue]) -> StatisticalValue {
        var sum = 0.0
        for value in values {
            switch value {
            case .number(let number): sum += number
            case .nothingToReport: continue
            // A part withdrawn as doubtful leaves the total unprintable for the same reason.
            case .notAvailable, .notPresentable: return value
            case .withheld: return .withheld
            }
        }
        return .number(sum)
    }
}

extension TableData.Row {
    /// The same row shown as an ordinary row ("Lainnya" is a sum, not a total).
    var asDataRow: TableData.Row {
        var row = self
        row.kind = .data
        return row
    }
}
