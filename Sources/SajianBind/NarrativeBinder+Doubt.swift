import SajianModel
import SajianTemplate

extension NarrativeBinder {
    /// A value a placeholder names that the dataset marks as doubtful (`diragukan:`), looked up again without
    /// reporting (the placeholder itself was bound, and reported, already).
    struct DoubtfulMention {
        var doubt: DoubtfulValue
        var measure: Measure
        var dataset: Dataset
        var observation: Observation
    }

    /// The doubtful value a sentence would print or rest on: `{{ A }}`, `{{ angka A }}`, `{{ perubahan A }}`,
    /// `{{ peringkat A }}` or `{{ pangsa A B }}` of a doubtful A. (`{{ periode A }}` prints no figure; a change *from*
    /// a doubtful value already says why it computes none.)
    func doubtfulMention(_ placeholder: Placeholder) -> DoubtfulMention? {
        let reference: ValueReference
        switch placeholder.kind {
        case .value(let named), .number(let named), .rank(let named, against: _), .change(let named, from: _), .share(let named, of: _): reference = named
        case .period, .extreme, .figure: return nil
        }
        guard let (dataset, _) = loaded[reference.dataset] ?? nil, !dataset.metadata.doubtfulValues.isEmpty else { return nil }
        let quiet = DiagnosticCollector()
        guard let measure = reference.namedMeasure(in: dataset, readBy: "the narasi", audience: audience, problems: quiet),
              let observations = DataSelection(dataset: dataset, problems: quiet).observations(of: measure, filters: reference.filters,
                                                                                              at: reference.location, allowingNone: true),
              observations.count == 1, let observation = observations.first,
              let doubt = dataset.doubt(about: observation.coordinates) else { return nil }
        return DoubtfulMention(doubt: doubt, measure: measure, dataset: dataset, observation: observation)
    }

    /// The latest period before `mention`'s whose value of the same row and measure can be printed: a number, not
    /// doubtful (`diragukan:`) and not withheld as a small count. Kota Sukabumi's UMK 2023 is doubtful; 2022 is not.
    func lastPresentable(before mention: DoubtfulMention) -> (period: Period, value: Double)? {
        let dataset = mention.dataset
        guard let periodIndex = dataset.periodDimensionIndex, let now = Period(code: mention.observation.coordinates[periodIndex]) else { return nil }
        let withheld = SmallCellSuppression.withheldObservations(of: mention.measure, in: dataset)
        return dataset.observations.compactMap { observation -> (period: Period, value: Double)? in
            guard observation.measure == mention.measure.name,
                  observation.coordinates.indices.allSatisfy({ $0 == periodIndex || observation.coordinates[$0] == mention.observation.coordinates[$0] }),
                  let period = Period(code: observation.coordinates[periodIndex]), period < now,
                  let number = observation.value.number, dataset.doubt(about: observation.coordinates) == nil,
                  !withheld.contains(observation.coordinates) else { return nil }
            return (period, number)
        }.max { $0.period < $1.period }
    }

    /// Whether `figure` prints `value` in a record labelled `label` (a period, a category), to its decimals.
    private func figure(_ figure: BoundFigure, prints value: Double, beside label: String) -> Bool {
        figure.body.dataTable().records.contains { record in
            record.contains { if case .text(let text) = $0 { text == label } else { false } } && record.contains { field in
                guard let (cell, decimals) = field.printed, let number = cell.number else { return false }
                return Self.prints(number, as: value, decimals: decimals)
            }
        }
    }

    /// `bound` (the paragraph `pieces` bound, piece for piece) without the sentences that print or rest on a value
    /// the dataset marks as doubtful: an official text does not print a figure it calls doubtful (proof-reading 10,
    /// M2). The first such sentence is replaced by one that says the value cannot be given yet and why, citing the
    /// figures the dropped sentences cited: "Upah Minimum Kabupaten/Kota (UMK) 2023 Kota Sukabumi belum dapat
    /// disajikan karena angka dalam sumber sama persis dengan … (Grafik 3)."
    func withoutSentencesOnDoubtfulValues(_ bound: [InlineText], pieces: [NarrativePiece]) -> [InlineText] {
        let mentions = pieces.map { $0.placeholder.flatMap(doubtfulMention) }
        guard let first = mentions.compactMap({ $0 }).first else { return bound }
        // The paragraph in sentences: a template text is cut after ".", "!" or "?" and the spaces that follow; what
        // a placeholder writes is never cut (an English 4.91).
        var sentences: [[(text: InlineText, piece: Int)]] = [[]]
        for (index, piece) in pieces.enumerated() {
            guard piece.placeholder == nil else {
                sentences[sentences.count - 1].append((bound[index], index))
                continue
            }
            var current = ""
            var characters = bound[index].text.makeIterator(), previous: Character?
            while let character = characters.next() {
                // A sentence ends at the first letter after ". ": the spaces stay with the sentence they close.
                if let previous, previous.isWhitespace, !character.isWhitespace,
                   current.trimmingTrailingWhitespace.last.map(".!?".contains) == true {
                    sentences[sentences.count - 1].append((InlineText(current, emphasis: bound[index].emphasis), index))
                    sentences.append([])
                    current = ""
                }
                current.append(character)
                previous = character
            }
            guard !current.isEmpty else { continue }
            sentences[sentences.count - 1].append((InlineText(current, emphasis: bound[index].emphasis), index))
            // ". " closing a text before a placeholder that opens the next sentence.
            if current.last?.isWhitespace == true, current.trimmingTrailingWhitespace.last.map(".!?".contains) == true { sentences.append([]) }
        }
        let dropped = sentences.indices.filter { sentence in sentences[sentence].contains { mentions[$0.piece] != nil } }
        let droppedText = dropped.flatMap { sentences[$0].map(\.text.text) }.joined()
        let references = dropped.flatMap { sentence in
            sentences[sentence].compactMap { part -> String? in
                guard case .figure? = pieces[part.piece].placeholder?.kind else { return nil }
                return part.text.text
            }
        }
        // The measure by the acronym the text before introduced, or introduced here as the dropped sentence did.
        let label = first.measure.label
        var name = said.shortName(of: label)
        if name == label, case let acronym = Said(text: droppedText).shortName(of: label), acronym != label { name = "\(label) (\(acronym))" }
        let period = period(of: first.observation, in: first.dataset).map { self.label($0, surveyMonth: first.dataset.metadata.surveyMonth) }
        var replacement = words.notPresentable(name, period: period, region: region(of: first.observation, in: first.dataset),
                                               because: first.doubt.reason, references: references)
        // The reader of a region whose figure is withheld learns its last figure that can be given (proof-reading 11,
        // P-7): the same row in the latest earlier period with a number that is neither doubtful nor withheld.
        // The sentence cites the figure that prints it among those the dropped sentences cited (the kab/kota booklets'
        // Tabel 2, proof-reading 18), else names its source, the dataset's `sumber:` (proof-reading 12, Q-8), and the
        // measure by the short name the sentence before has just introduced.
        if let earlier = lastPresentable(before: first) {
            let short = Said(text: droppedText + " " + replacement).shortName(of: label)
            let period = self.label(earlier.period, surveyMonth: first.dataset.metadata.surveyMonth)
            let cited = dropped.flatMap { sentence in
                sentences[sentence].compactMap { part -> String? in
                    guard case .figure(let id)? = pieces[part.piece].placeholder?.kind else { return nil }
                    return id
                }
            }
            let printing = cited.first { id in figures[id].map { figure($0, prints: earlier.value, beside: period) } ?? false }
            // A figure the sentence before has just cited is not cited again ("(Tabel 2 dan Grafik 3). Angka terakhir
            // … 2.562.434 rupiah per bulan (Tabel 2).", proof-reading 35).
            let shownIn = printing.flatMap { figureLabels[$0] }
            let citedAlready = shownIn.map(references.contains) ?? false
            replacement += " " + words.lastPresentable(short == label ? said.shortName(of: label) : short, period: period,
                                                       value: "\(format(of: first.measure).string(from: earlier.value)) \(first.measure.unit.name(in: vocabulary))",
                                                       shownIn: citedAlready ? nil : shownIn, source: citedAlready ? nil : first.dataset.metadata.source)
        }
        var result: [InlineText] = []
        for (index, sentence) in sentences.enumerated() {
            if index == dropped.first {
                let trailing = sentence.last.map { String($0.text.text.reversed().prefix { $0.isWhitespace }.reversed()) } ?? ""
                result.append(InlineText(replacement + trailing))
            } else if !dropped.contains(index) {
                result += sentence.map(\.text)
            }
        }
        // The space that stood before a dropped last sentence goes with it.
        if let last = result.last { result[result.count - 1].text = String(last.text.trimmingTrailingWhitespace) }
        return result
    }
}

private extension String {
    var trimmingTrailingWhitespace: Substring { self[..<(lastIndex { !$0.isWhitespace }.map(index(after:)) ?? startIndex)] }
}
