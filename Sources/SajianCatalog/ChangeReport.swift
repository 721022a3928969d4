import SajianModel

/// What a re-import changes against the dataset's previous version (issue 12): rows added, removed and changed,
/// with up to five examples such as `Kota Bandung 2024 tpt: 8,07 → 8,11`.
public struct ChangeReport: Sendable, Equatable {
    public var added = 0
    public var removed = 0
    public var changed = 0
    /// Up to ``exampleLimit`` changed values, then added and removed rows, each on one line.
    public var examples: [String] = []

    public static let exampleLimit = 5

    /// Compares `new` with `old`, row by row (a row is its dimension values and measure). Examples name a row by
    /// its dimension values other than codes (`kode-referensi:` lists and columns named `kode…`), formatted with the
    /// measure's decimals in Indonesian.
    public init(from old: Dataset, to new: Dataset) {
        let shown = new.metadata.dimensions.indices.filter { index in
            let name = new.metadata.dimensions[index]
            return new.metadata.codeLists[name] == nil && !name.lowercased().hasPrefix("kode")
        }
        func label(_ observation: Observation) -> String {
            let words = (shown.isEmpty ? Array(observation.coordinates.indices) : shown).map { observation.coordinates[$0] }
            return (words + [observation.measure]).joined(separator: " ")
        }
        func value(_ observation: Observation) -> String {
            let decimals = new.metadata.measure(named: observation.measure)?.decimals ?? 2
            return NumberFormat(locale: .indonesian, decimals: decimals).string(from: observation.value)
        }
        var previous: [ObservationKey: Observation] = [:]
        for observation in old.observations { previous[ObservationKey(observation)] = observation }
        var additions: [String] = []
        for observation in new.observations {
            let key = ObservationKey(observation)
            guard let before = previous.removeValue(forKey: key) else {
                added += 1
                if additions.count < Self.exampleLimit { additions.append("+ \(label(observation)): \(value(observation))") }
                continue
            }
            if before.value != observation.value {
                changed += 1
                if examples.count < Self.exampleLimit { examples.append("\(label(observation)): \(value(before)) → \(value(observation))") }
            }
        }
        removed = previous.count
        let removals = old.observations.lazy.filter { previous[ObservationKey($0)] != nil }.prefix(Self.exampleLimit)
            .map { "− \(label($0)): \(value($0))" }
        examples = Array((examples + additions + removals).prefix(Self.exampleLimit))
    }

    /// Whether the rows are the same (the metadata may still differ).
    public var isEmpty: Bool { added == 0 && removed == 0 && changed == 0 }

    /// One line of counts, then the examples indented.
    public var lines: [String] {
        ["changes against the previous version: \(added) row\(added == 1 ? "" : "s") added, \(removed) removed, \(changed) changed"]
            + examples.map { "    " + $0 }
    }

    private struct ObservationKey: Hashable {
        var coordinates: [String]
        var measure: String
        init(_ observation: Observation) { coordinates = observation.coordinates; measure = observation.measure }
    }
}
