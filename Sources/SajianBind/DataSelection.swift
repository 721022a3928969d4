import SajianModel
import SajianTemplate

/// Picks observations out of a dataset by dimension filters: the one selection shared by figures and narasi.
struct DataSelection {
    let dataset: Dataset
    let problems: DiagnosticCollector

    /// The index of a dimension the template names, or a problem naming the dataset's dimensions.
    func dimension(_ name: Located<String>) -> Int? {
        if let index = dataset.dimensionIndex(name.value) { return index }
        problems.error(at: name.location, "dataset `\(dataset.metadata.id)` has no dimension `\(name.value)`",
                       hint: nearest(name.value, in: dataset.metadata.dimensions).map { "Did you mean `\($0)`?" }
                           ?? "Its dimensions: \(dataset.metadata.dimensions.joined(separator: ", ")).")
        return nil
    }

    /// The observations of `measure` that pass every filter; a period span ("2015-02 s.d. 2024-08") keeps
    /// every period within it. Nil (with a problem at `location`) when nothing matches.
    ///
    /// With `protected` (the default), a count the dataset withholds as a small cell, or to protect one, is
    /// `.withheld` (``SmallCellSuppression/withheldObservations(of:in:)``); a table asks for the values as stored
    /// to compute its totals, and withholds the same cells itself.
    /// With `allowingNone`, no match is an empty list rather than a problem.
    func observations(of measure: Measure, filters: [Filter], at location: SourceLocation, protected: Bool = true,
                      allowingNone: Bool = false) -> [Observation]? {
        guard protected else { return selected(measure, filters: filters, at: location, allowingNone: allowingNone) }
        let withheld = SmallCellSuppression.withheldObservations(of: measure, in: dataset)
        return selected(measure, filters: filters, at: location, allowingNone: allowingNone)?.map { observation in
            var observation = observation
            if withheld.contains(observation.coordinates) { observation.value = .withheld }
            return observation
        }
    }

    private func selected(_ measure: Measure, filters: [Filter], at location: SourceLocation, allowingNone: Bool = false) -> [Observation]? {
        guard let passes = passing(filters) else { return nil }
        let selected = dataset.observations.filter { $0.measure == measure.name && passes($0) }
        if selected.isEmpty && !allowingNone {
            let filterText = filters.map { "\($0.dimension.value) = \($0.values.joined(separator: " | "))" }.joined(separator: ", ")
            problems.error(at: filters.first?.dimension.location ?? location,
                           "no observation of `\(measure.name)` in dataset `\(dataset.metadata.id)` matches the filter\(filterText.isEmpty ? "" : " (\(filterText))")",
                           hint: "Check the filter values against the dataset's CSV.")
            return nil
        }
        return selected
    }

    /// The period codes of the observations, of any measure, that pass every filter; nil when a filter names no
    /// dimension of the dataset or the dataset has no period dimension.
    func periods(passing filters: [Filter]) -> Set<String>? {
        guard let index = dataset.periodDimensionIndex, let passes = passing(filters) else { return nil }
        return Set(dataset.observations.filter(passes).map { $0.coordinates[index] })
    }

    /// Whether an observation passes every filter, whatever its measure; nil (with a problem) when a filter names no
    /// dimension of the dataset.
    func passing(_ filters: [Filter]) -> ((Observation) -> Bool)? {
        var conditions: [(index: Int, values: Set<String>)] = []
        var exclusions: [(index: Int, values: Set<String>)] = []
        for filter in filters {
            guard let index = dimension(filter.dimension) else { return nil }
            if filter.excludes { exclusions.append((index, Set(filter.values))) } else { conditions.append((index, Set(filter.values))) }
        }
        let spans: [Int: [(from: Period, through: Period)]] = Dictionary(grouping: conditions.flatMap { condition in
            condition.values.compactMap { value -> (Int, (Period, Period))? in
                guard case .span(let from, let through)? = Period(code: value) else { return nil }
                return (condition.index, (from, through))
            }
        }, by: \.0).mapValues { $0.map { (from: $0.1.0, through: $0.1.1) } }
        func matches(_ code: String, _ condition: (index: Int, values: Set<String>)) -> Bool {
            if condition.values.contains(code) { return true }
            guard let ranges = spans[condition.index], let period = Period(code: code) else { return false }
            return ranges.contains { !(period < $0.from) && !($0.through < period) }
        }
        return { observation in
            conditions.allSatisfy { matches(observation.coordinates[$0.index], $0) }
                && !exclusions.contains { $0.values.contains(observation.coordinates[$0.index]) }
        }
    }
}
