import SajianCatalog
import SajianModel
import SajianTemplate

extension BindingContext {
    /// The number a figure's `key` (`garis-acuan`, `nilai-acuan`) reads from the data (`referencedValue`), in `unit`;
    /// nil, with a problem at its line, where the reference is wrong or the data hold no published value there.
    public func referencedNumber(_ reference: ValueReference, unit: MeasureUnit, key: String) -> Double? {
        guard let read = referencedValue(reference, unit: unit) else { return nil }
        guard let number = read.value.number else {
            problems.error(at: reference.location, "`\(key): { nilai: \(reference.text) }` has no published value in the data",
                           hint: read.dataBegin.map { "The data begin in \($0)." } ?? "Refer to a period and region the data hold.")
            return nil
        }
        return number
    }

    /// A value a figure reads from another dataset (`dataset.ukuran(dimensi=nilai, …)`, as in narasi), in `unit`.
    /// `found` is false when no observation matches (the cell is then the missing-value mark, and the figure says
    /// so in a note); nil when the reference is wrong (an unknown dataset, measure or dimension, another unit,
    /// several matches, or data that a public publication may not read), with the problem reported at its line.
    /// `dataBegin` is, when nothing matches because the data start later than the period asked for, the first period
    /// the data hold for the same reference, labelled ("Februari 2023"): the note says why the cell is empty.
    public func referencedValue(_ reference: ValueReference, unit: MeasureUnit) -> (value: StatisticalValue, found: Bool, dataBegin: String?)? {
        guard let datasets else {
            problems.error(at: reference.location, "`\(reference.text)`: no datasets to read it from")
            return nil
        }
        let dataset: Dataset
        do {
            dataset = try datasets.dataset(reference.dataset, version: nil).dataset
        } catch DatasetError.unknown(let name, let known) {
            problems.error(at: reference.location, "there is no dataset `\(name)` in \(datasets.location)",
                           hint: nearest(name, in: known).map { "Did you mean `\($0)`?" } ?? "Datasets: \(known.joined(separator: ", ")).")
            return nil
        } catch {
            problems.error(at: reference.location, "dataset `\(reference.dataset)` could not be read: \(error)")
            return nil
        }
        guard let measure = reference.namedMeasure(in: dataset, readBy: "a table of a public publication", audience: audience, problems: problems) else { return nil }
        guard let factor = measure.unit.factor(to: unit) else {
            problems.error(at: reference.location, "`\(reference.text)` is in \(measure.unit.name), the table in \(unit.name)",
                           hint: "Refer to a measure in the table's unit.")
            return nil
        }
        let selection = DataSelection(dataset: dataset, problems: problems)
        guard let observations = selection.observations(of: measure, filters: reference.filters, at: reference.location, allowingNone: true) else { return nil }
        guard observations.count <= 1 else {
            problems.error(at: reference.location, "`\(reference.text)` matches \(observations.count) values, not one",
                           hint: "Fix every dimension of `\(dataset.metadata.id)` in the parentheses, e.g. `periode=…`.")
            return nil
        }
        // Not in the data: the figure prints the missing-value mark and a note saying so.
        guard let observation = observations.first else {
            return (.notAvailable, false, firstPeriod(of: measure, for: reference, in: dataset, selection: selection))
        }
        return (observation.value.scaled(by: factor), true, nil)
    }

    /// The first period `dataset` holds for `reference` with its period left open, when that is later than every period
    /// the reference asks for: "Februari 2023" for `tpt-provinsi.tpt(periode=2022-08, kode_wilayah=32)`.
    private func firstPeriod(of measure: Measure, for reference: ValueReference, in dataset: Dataset, selection: DataSelection) -> String? {
        guard let periodName = dataset.metadata.periodDimension, let periodIndex = dataset.periodDimensionIndex,
              let asked = reference.filters.first(where: { $0.dimension.value == periodName && !$0.excludes }) else { return nil }
        let others = reference.filters.filter { $0.dimension.value != periodName }
        guard let held = selection.observations(of: measure, filters: others, at: reference.location, allowingNone: true),
              let first = held.compactMap({ Period(code: $0.coordinates[periodIndex]) }).min(),
              asked.values.compactMap(Period.init(code:)).allSatisfy({ $0 < first }) else { return nil }
        return first.label(in: vocabulary, surveyMonth: dataset.metadata.surveyMonth)
    }
}

extension ValueReference {
    /// The measure the reference names in `dataset`, which `reader` may read: nil, with the problem at the
    /// reference's line, when the measure is unknown or the data is not *publik* and the publication is (Pasal 2(2)).
    func namedMeasure(in dataset: Dataset, readBy reader: String, audience: Audience, problems: DiagnosticCollector) -> Measure? {
        if audience == .publik, dataset.metadata.classification > .publik {
            problems.error(at: location, "\(reader) reads dataset `\(dataset.metadata.id)`, which is classified \(dataset.metadata.classification.rawValue)",
                           hint: "PER.03/MEN/II/2009 Pasal 2(2): data that is not publik is never presented to the public. Remove the value, or set `audiens: internal`.")
            return nil
        }
        guard let measure = dataset.metadata.measure(named: self.measure) else {
            let names = dataset.metadata.measures.map(\.name)
            problems.error(at: location, "dataset `\(dataset.metadata.id)` has no measure `\(self.measure)`",
                           hint: nearest(self.measure, in: names).map { "Did you mean `\(self.dataset).\($0)`?" } ?? "Its measures: \(names.joined(separator: ", ")).")
            return nil
        }
        return measure
    }
}
