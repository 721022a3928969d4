import Foundation
import SajianModel
import SajianYAML

extension DatasetMetadataReader {
    /// `tidak-sebanding:`, a list of entries each naming the rows (dimensions other than the period, by code or
    /// label), the periods on one side of the break (the period dimension, e.g. `periode: [2023-02, 2023-08]`) and
    /// `alasan:` (why, as a clause after "karena"); see ``ComparabilityBreak``. A key that is no dimension, a period
    /// that is not a period code, or an entry without periods or reason is an error at its line.
    static func comparabilityBreaks(in root: YAMLMapping, id: String, dimensions: [String], periodDimension: String?,
                                    problems: DiagnosticCollector) -> [ComparabilityBreak] {
        guard root.has("tidak-sebanding") else { return [] }
        let example = "`tidak-sebanding: [{ kode_wilayah: [\"94\"], periode: [2023-08], alasan: angka 2023 mencakup wilayah sebelum pemekaran }]`"
        guard let periodDimension else {
            problems.error(at: root.location(of: "tidak-sebanding"), "`tidak-sebanding` in dataset `\(id)` needs a period dimension",
                           hint: "Declare the period dimension (`periode: { jenis: bulan }`); a break in comparability lies between periods.")
            return []
        }
        var breaks: [ComparabilityBreak] = []
        for entry in root.mappings("tidak-sebanding") {
            var scope: [String: Set<String>] = [:]
            var periods: Set<Period> = []
            for (key, _) in entry.entries where key.value != "alasan" {
                guard dimensions.contains(key.value) else {
                    problems.error(at: key.location, "`\(key.value)` under `tidak-sebanding` is not a dimension of dataset `\(id)`",
                                   hint: nearest(key.value, in: dimensions + ["alasan"]).map { "Did you mean `\($0)`?" }
                                       ?? "Name the rows by their dimensions (\(dimensions.joined(separator: ", "))) and say why with `alasan:`.")
                    _ = entry.has(key.value)
                    continue
                }
                let values = entry.locatedStrings(key.value)
                if key.value == periodDimension {
                    for value in values {
                        guard let period = Period(code: value.value) else {
                            problems.error(at: value.location, "`\(value.value)` under `tidak-sebanding` is not a period",
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
                problems.error(at: entry.location, "an entry of `tidak-sebanding` in dataset `\(id)` has no `alasan`",
                               hint: "Say why the values are not comparable, as a clause that follows \"karena\", e.g. \(example).")
            }
            if !entry.has(periodDimension) {
                problems.error(at: entry.location, "an entry of `tidak-sebanding` in dataset `\(id)` names no `\(periodDimension)`",
                               hint: "List the periods on one side of the break, e.g. \(example).")
            }
            entry.rejectUnknownKeys(context: "an entry of `tidak-sebanding`")
            guard let reason, !periods.isEmpty else { continue }
            breaks.append(ComparabilityBreak(scope: scope, periods: periods, reason: reason.value, location: entry.location))
        }
        return breaks
    }
}
