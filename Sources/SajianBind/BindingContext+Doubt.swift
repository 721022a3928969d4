import SajianModel

extension BindingContext {
    /// `observations` with every value the dataset marks as doubtful (`diragukan:`) withdrawn: an official figure
    /// does not print what its own metadata calls doubtful, so a table prints "d", a bar chart leaves the bar out
    /// with "d" at its place (last, unranked), a map leaves the region without a class; ``doubtfulNotes()`` says why,
    /// and the legend of symbols says "d = data belum dapat disajikan" (``StatisticalValue/notPresentable``).
    func withoutDoubtfulValues(_ observations: [Observation]) -> [Observation] {
        guard !dataset.metadata.doubtfulValues.isEmpty else { return observations }
        return observations.map { observation in
            guard dataset.doubt(about: observation.coordinates) != nil else { return observation }
            var withdrawn = observation
            withdrawn.value = .notPresentable
            return withdrawn
        }
    }

    /// One note per doubtful value among the figure's observations (after `saring:`), naming its row and period and
    /// the metadata's reason: "Kota Sukabumi 2023 (…): belum dapat disajikan karena …".
    public func doubtfulNotes() -> [String] {
        guard !dataset.metadata.doubtfulValues.isEmpty else { return [] }
        let quiet = DiagnosticCollector()
        let selection = DataSelection(dataset: dataset, problems: quiet)
        var notes: [String] = []
        for measure in dataset.metadata.measures {
            for observation in selection.observations(of: measure, filters: figure.filters, at: figure.location, protected: false,
                                                      allowingNone: true) ?? [] {
                guard let doubt = dataset.doubt(about: observation.coordinates) else { continue }
                let named = dataset.metadata.dimensions.indices.filter { index in
                    doubt.scope.keys.contains(dataset.metadata.dimensions[index]) || index == dataset.periodDimensionIndex
                }
                let what = named.map { label(observation.coordinates[$0], dimension: $0) }.joined(separator: " ")
                let note = AggregateVocabulary.forLocale(locale).doubtfulLeftOut(what, reason: doubt.reason)
                if !notes.contains(note) { notes.append(note) }
            }
        }
        return notes
    }
}
