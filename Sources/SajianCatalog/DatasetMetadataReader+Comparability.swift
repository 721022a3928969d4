import Foundation
import SajianModel
import SajianYAML

extension DatasetMetadataReader {
    /// One entry of a list that marks some values of a dataset (`tidak-sebanding:`, `diragukan:`): the rows, by
    /// dimensions other than the period; the periods; and why (`alasan:`, a clause after "karena").
    struct MarkedValues {
        var scope: [String: Set<String>]
        var periods: Set<Period>
        var reason: String
        var location: SourceLocation
    }

    /// What a list of marked values says in its messages: its key, an example, and what its periods and reason are.
    struct MarkedValuesKey {
        var key: String
        var example: String
        /// Why the list needs a period dimension, as the end of a hint.
        var periodsBecause: String
        /// What `alasan` explains, after "Say why".
        var reasonSays: String
        /// What the periods are, after "List the periods".
        var periodsSay: String
    }

    /// `tidak-sebanding:`, a list of entries each naming the rows (dimensions other than the period, by code or
    /// label), the periods on one side of the break (the period dimension, e.g. `periode: [2023-02, 2023-08]`) and
    /// `alasan:` (why, as a clause after "karena"); see ``ComparabilityBreak``. A key that is no dimension, a period
    /// that is not a period code, or an entry without periods or reason is an error at its line.
    static func comparabilityBreaks(in root: YAMLMapping, id: String, dimensions: [String], periodDimension: String?,
                                    problems: DiagnosticCollector) -> [ComparabilityBreak] {
        let key = MarkedValuesKey(
            key: "tidak-sebanding",
            example: "`tidak-sebanding: [{ kode_wilayah: [\"94\"], periode: [2023-08], alasan: angka 2023 mencakup wilayah sebelum pemekaran }]`",
            periodsBecause: "a break in comparability lies between periods.", reasonSays: "the values are not comparable",
            periodsSay: "on one side of the break")
        return markedValues(key, in: root, id: id, dimensions: dimensions, periodDimension: periodDimension, problems: problems)
            .map { ComparabilityBreak(scope: $0.scope, periods: $0.periods, reason: $0.reason, location: $0.location) }
    }

    /// `diragukan:`, values the source prints but the metadata marks as doubtful, in entries read and checked as
    /// those of `tidak-sebanding:`; see ``DoubtfulValue``.
    static func doubtfulValues(in root: YAMLMapping, id: String, dimensions: [String], periodDimension: String?,
                               problems: DiagnosticCollector) -> [DoubtfulValue] {
        let key = MarkedValuesKey(
            key: "diragukan",
            example: "`diragukan: [{ kode_wilayah: [\"3272\"], periode: [2023], alasan: sama persis dengan angka wilayah lain dalam sumber yang sama }]`",
            periodsBecause: "a doubtful value is one period's.", reasonSays: "the values are doubtful",
            periodsSay: "of the doubtful values")
        return markedValues(key, in: root, id: id, dimensions: dimensions, periodDimension: periodDimension, problems: problems)
            .map { DoubtfulValue(scope: $0.scope, periods: $0.periods, reason: $0.reason, location: $0.location) }
    }

    private static func markedValues(_ list: MarkedValuesKey, in root: YAMLMapping, id: String, dimensions: [String],
                                     periodDimension: String?, problems: DiagnosticCollector) -> [MarkedValues] {
        guard root.has(list.key) else { return [] }
        let example = list.example
        guard let periodDimension else {
            problems.error(at: root.location(of: list.key), "`\(list.key)` in dataset `\(id)` needs a period dimension",
                           hint: "Declare the period dimension (`periode: { jenis: bulan }`); \(list.periodsBecause)")
            return []
        }
        var entries: [MarkedValues] = []
        for entry in root.mappings(list.key) {
            var scope: [String: Set<String>] = [:]
            var periods: Set<Period> = []
            for (key, _) in entry.entries where key.value != "alasan" {
                guard dimensions.contains(key.value) else {
                    problems.error(at: key.location, "`\(key.value)` under `\(list.key)` is not a dimension of dataset `\(id)`",
                                   hint: nearest(key.value, in: dimensions + ["alasan"]).map { "Did you mean `\($0)`?" }
                                       ?? "Name the rows by their dimensions (\(dimensions.joined(separator: ", "))) and say why with `alasan:`.")
                    _ = entry.has(key.value)
                    continue
                }
                let values = entry.locatedStrings(key.value)
                if key.value == periodDimension {
                    for value in values {
                        guard let period = Period(code: value.value) else {
                            problems.error(at: value.location, "`\(value.value)` under `\(list.key)` is not a period",
                                           hint: "Write periods as the data does: `2023-08`, `2023`, `2023-Q3`.")
                            continue
                        }
                        periods.insert(period)
                    }
                } else {
                    scope[key.value] = Set(values.map(\.value))
                }
            }
            let reason = entry.string("alasan")
            if reason == nil {
                problems.error(at: entry.location, "an entry of `\(list.key)` in dataset `\(id)` has no `alasan`",
                               hint: "Say why \(list.reasonSays), as a clause that follows \"karena\", e.g. \(example).")
            }
            if !entry.has(periodDimension) {
                problems.error(at: entry.location, "an entry of `\(list.key)` in dataset `\(id)` names no `\(periodDimension)`",
                               hint: "List the periods \(list.periodsSay), e.g. \(example).")
            }
            entry.rejectUnknownKeys(context: "an entry of `\(list.key)`")
            guard let reason, !periods.isEmpty else { continue }
            entries.append(MarkedValues(scope: scope, periods: periods, reason: reason.value, location: entry.location))
        }
        return entries
    }
}
