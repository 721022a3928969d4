import Foundation
import SajianCatalog
import SajianModel
import SajianTemplate

/// Fills a narasi's placeholders from the data and writes its automatic sentences in the publication's language
/// (``NarrativeVocabulary``) and number format: "turun 0,41 persen poin dibanding Agustus 2023", "tertinggi di Jawa
/// Barat (6,75 persen)"; with `bahasa: en` "fell by 0.41 percentage points from August 2023".
final class NarrativeBinder {
    private let datasets: any DatasetSource
    private let locale: NumberLocale
    /// Pasal 2(2): a public publication's narasi may read only *publik* data.
    let audience: Audience
    /// Figure id → "Grafik 2.1", for `{{ ref … }}`.
    let figureLabels: [String: String]
    /// The publication's bound figures by id: a value in a paragraph that refers to one of them is written with the
    /// decimals that figure prints it with (35,8 persen beside a donut's 35,8 %, not 35,80).
    let figures: [String: BoundFigure]
    private let problems: DiagnosticCollector
    var loaded: [String: (Dataset, DatasetVersion?)?] = [:]
    /// The catalog versions the narasi read, for the publication's provenance.
    private(set) var versions: Set<DatasetVersion> = []
    /// The first failure of the machine met while reading a dataset (not the user's input): the binder throws it
    /// once the narasi are bound, so that it ends the run as a system fault.
    private(set) var systemFailure: (any Error)?
    /// What the narasi being bound has said so far, so that a later sentence does not say it again.
    var said = Said()
    /// The figures of the chapter the narasi being bound stands in: its values are rounded as they print them.
    private var chapterFigures: [BoundFigure] = []
    /// How many `pangsa` sentences the publication's narasi have written: the next one takes the next wording.
    private var sharesWritten = 0

    /// What a narasi has already told its reader: a later automatic sentence leaves it out.
    struct Said {
        /// The text so far: an acronym introduced in it ("Tingkat Pengangguran Terbuka (TPT)") is used afterwards.
        var text = ""
        /// The paragraph being bound, up to the placeholder being filled: "TPT ini {{ peringkat tpt tpt-nasional }}"
        /// names the whole "TPT nasional" after the sentence before introduced the acronym.
        var paragraph = ""
        /// Rankings (dataset, measure, period) whose national figure and period a sentence has given.
        var national: Set<String> = []
        /// Regions `{{ peringkat }}` placed at the top or the foot, by ranking: the extremes sentence leaves them out.
        var highest: [String: Set<String>] = [:]
        var lowest: [String: Set<String>] = [:]
        /// Measures and periods a `pangsa` sentence has named.
        var shares: Set<String> = []

        /// How a ranking of `measure` in `dataset` for `period` is known across sentences.
        static func key(_ dataset: String, _ measure: String, _ period: Period?) -> String {
            "\(dataset).\(measure)@\(period.map { "\($0)" } ?? "")"
        }

        /// `label`, or the acronym the text so far introduced for it: "Tingkat Pengangguran Terbuka (TPT)" → "TPT".
        func shortName(of label: String) -> String {
            let text = text + paragraph
            guard let start = text.range(of: label + " (")?.upperBound, let end = text[start...].firstIndex(of: ")") else { return label }
            let acronym = text[start..<end]
            return (2...8).contains(acronym.count) && acronym.allSatisfy({ $0.isUppercase || $0.isNumber }) ? String(acronym) : label
        }
    }

    init(datasets: any DatasetSource, locale: NumberLocale, audience: Audience, figureLabels: [String: String],
         figures: [String: BoundFigure] = [:], problems: DiagnosticCollector) {
        self.datasets = datasets
        self.locale = locale
        self.audience = audience
        self.figureLabels = figureLabels
        self.figures = figures
        self.problems = problems
    }

    var vocabulary: Vocabulary { .forLocale(locale) }
    var words: NarrativeVocabulary { .forLocale(locale) }

    /// The narasi `spec`, standing in a chapter beside the figures `beside`: a value one of them prints with fewer
    /// decimals is written as it prints it, one rounding per measure in a chapter (proof-reading 6).
    func bind(_ spec: NarrativeSpec, beside: [BoundFigure] = []) -> BoundNarrative {
        var paragraphs: [[InlineText]] = []
        said = Said()
        chapterFigures = beside
        defer { chapterFigures = [] }
        for part in spec.parts {
            for paragraph in part.paragraphs.map(bind) {
                paragraphs.append(paragraph)
                said.text += paragraph.map(\.text).joined() + "\n"
            }
            var sentences: [String] = []
            for automatic in part.automatic {
                guard let sentence = write(automatic) else { continue }
                sentences.append(sentence)
                said.text += sentence + " "
            }
            if !sentences.isEmpty { paragraphs.append([InlineText(sentences.joined(separator: " "))]) }
        }
        return BoundNarrative(id: spec.id, title: spec.title, genre: spec.genre, columns: spec.columns, paragraphs: paragraphs)
    }

    /// A paragraph's pieces with placeholders replaced; pieces that could not be bound leave a visible mark.
    /// Values take the decimals of a figure the paragraph refers to, or of its chapter, that shows them, and brackets
    /// side by side become one: "(35,8 persen) (Grafik 3.2)" reads "(35,8 persen; Grafik 3.2)".
    func bind(_ pieces: [NarrativePiece]) -> [InlineText] {
        let shown = pieces.compactMap { piece -> BoundFigure? in
            guard case .placeholder(let placeholder) = piece.content, case .figure(let id) = placeholder.kind else { return nil }
            return figures[id]
        } + chapterFigures
        let bound = pieces.map { piece in
            let written = switch piece.content {
            case .text(let text): InlineText(text, emphasis: piece.emphasis)
            case .placeholder(let placeholder): InlineText(text(for: placeholder, shownIn: shown) ?? "[?]", emphasis: piece.emphasis)
            }
            said.paragraph += written.text
            return written
        }
        // What is dropped with a doubtful value has introduced nothing.
        said.paragraph = ""
        return withoutSentencesOnDoubtfulValues(bound, pieces: pieces).mergingAdjacentBrackets()
    }

    /// Whether `printed`, a figure's value shown to `decimals`, is `value` so rounded.
    static func prints(_ printed: Double, as value: Double, decimals: Int) -> Bool {
        abs(printed - value) <= 0.5 * pow(10, -Double(decimals)) + 1e-9
    }

    /// The decimals a figure the paragraph refers to prints `value` with, when fewer than the measure's: the value
    /// appears in one of its records beside `labels` (a category's name), rounded to those decimals.
    private func sharedDecimals(of value: Double, labels: Set<String>, decimals: Int, in shown: [BoundFigure]) -> Int? {
        var found: Int?
        for figure in shown {
            for record in figure.body.dataTable().records {
                let names = Set(record.compactMap { field -> String? in if case .text(let text) = field { text } else { nil } })
                guard !names.isDisjoint(with: labels) else { continue }
                for field in record {
                    guard let (cell, shownDecimals) = field.printed, let number = cell.number, shownDecimals < decimals,
                          Self.prints(number, as: value, decimals: shownDecimals) else { continue }
                    found = min(found ?? shownDecimals, shownDecimals)
                }
            }
        }
        return found
    }

    // MARK: Placeholders

    private func text(for placeholder: Placeholder, shownIn shown: [BoundFigure] = []) -> String? {
        switch placeholder.kind {
        case .value(let reference):
            guard var found = value(reference) else { return nil }
            let labels = Set(found.observation.coordinates.flatMap { code in [code] + found.dataset.metadata.valueLabels.values.compactMap { $0[code] } })
            if !found.isWithheld, found.factor == 1, let decimals = sharedDecimals(of: found.value, labels: labels, decimals: found.format.decimals, in: shown) {
                found.format = NumberFormat(locale: locale, decimals: decimals)
            }
            return found.withUnit
        case .number(let reference): return value(reference).map { $0.number }
        case .period(let reference):
            guard let found = value(reference) else { return nil }
            guard let period = found.period else {
                problems.error(at: reference.location, "`\(reference.text)` has no `periode`", hint: "Only datasets with a `periode` dimension have periods.")
                return nil
            }
            return label(period, surveyMonth: found.dataset.metadata.surveyMonth)
        case .change(let to, let from): return change(to: to, from: from)?.clause
        case .extreme(let extreme, let reference):
            guard var ranking = ranking(reference), let entry = extreme == .highest ? ranking.entries.first : ranking.entries.last else { return nil }
            if let decimals = sharedDecimals(of: entry.value, labels: [entry.label], decimals: ranking.format.decimals, in: shown) {
                ranking.format = NumberFormat(locale: locale, decimals: decimals)
            }
            return "\(entry.label) (\(ranking.withUnit(entry.value)))"
        case .rank(let reference, let whole): return rank(reference, against: whole)
        case .share(let part, let whole):
            guard let part = value(part), let whole = value(whole) else { return nil }
            if part.isWithheld || whole.isWithheld { return withheldSymbol }  // no share of a withheld count
            // Both in the part's unit: 51,49 juta orang of 139.852.377 orang is 36,8 persen, not 0,0 (proof-reading 41).
            guard let factor = whole.measure.unit.factor(to: part.measure.unit) else {
                problems.error(at: placeholder.location,
                               "`pangsa`: `\(part.reference.text)` is counted in \(part.measure.unit.name) and `\(whole.reference.text)` in \(whole.measure.unit.name); one cannot be a share of the other",
                               hint: "Choose a whole counted in the same kind of unit as the part (orang, ribu orang, juta orang).")
                return nil
            }
            guard whole.value != 0 else {
                problems.error(at: placeholder.location, "the share's whole `\(whole.reference.text)` is zero")
                return nil
            }
            return "\(NumberFormat(locale: locale, decimals: 1).string(from: 100 * part.value / (whole.value * factor))) \(vocabulary.percent)"
        case .figure(let id):
            if let label = figureLabels[id] { return label }
            problems.error(at: placeholder.location, "`{{ ref \(id) }}` names no figure of this publication",
                           hint: nearest(id, in: Array(figureLabels.keys)).map { "Did you mean `{{ ref \($0) }}`?" }
                               ?? "Refer to a figure by its `id:`.")
            return nil
        }
    }

    // MARK: Automatic sentences

    private func write(_ sentence: AutomaticSentence) -> String? {
        switch sentence.kind {
        case .change:
            guard let change = change(to: sentence.value, from: nil) else { return nil }
            let to = change.to
            return words.level(of: said.shortName(of: to.measure.label), region: to.region, period: to.period.map { label($0, surveyMonth: to.dataset.metadata.surveyMonth) }, value: to.withUnit,
                               change: change.clause)
        case .extremes:
            guard let ranking = ranking(sentence.value), let top = ranking.entries.first, let bottom = ranking.entries.last,
                  ranking.entries.count > 1 else { return nil }
            let key = Said.key(sentence.value.dataset, ranking.measure.name, ranking.period)
            let measure = said.shortName(of: ranking.measure.label), period = ranking.period.map { label($0, surveyMonth: ranking.surveyMonth) }
            // The national figure the text has already given (the Ringkasan's opening "sebesar 4,91 persen") is not
            // repeated beside the extremes (proof-reading 10, N-10).
            let national = ranking.national.map(ranking.withUnit).flatMap { said.text.contains($0) ? nil : $0 }
            if ranking.national != nil { said.national.insert(key) }
            // The region of a per-region narasi that `{{ peringkat }}` has just called the highest (lowest) is not
            // named again as such: only the other end is written.
            if said.highest[key]?.contains(top.label) == true {
                return words.extreme(of: measure, period: period, regional: ranking.isRegional, lowest: true,
                                     at: (bottom.label, ranking.withUnit(bottom.value)), national: national)
            }
            if said.lowest[key]?.contains(bottom.label) == true {
                return words.extreme(of: measure, period: period, regional: ranking.isRegional, lowest: false,
                                     at: (top.label, ranking.withUnit(top.value)), national: national)
            }
            return words.extremes(of: measure, period: period, regional: ranking.isRegional,
                                  highest: (top.label, ranking.withUnit(top.value)), lowest: (bottom.label, ranking.withUnit(bottom.value)),
                                  national: national)
        case .aboveNational:
            guard let ranking = ranking(sentence.value) else { return nil }
            guard let national = ranking.national else {
                problems.error(at: sentence.value.location, "`di-atas-nasional` needs the national figure (Indonesia, code 00) in `\(sentence.value.text)`",
                               hint: "Leave the region dimension unfiltered so the national row is included.")
                return nil
            }
            let above = ranking.entries.filter { $0.value > national }.count
            // The sentence before gave the national figure and the period: not again.
            let stated = said.national.contains(Said.key(sentence.value.dataset, ranking.measure.name, ranking.period))
            return words.aboveNational(above, of: ranking.entries.count, regional: ranking.isRegional, measure: said.shortName(of: ranking.measure.label),
                                       national: stated ? nil : ranking.withUnit(national), period: stated ? nil : ranking.period.map { label($0, surveyMonth: ranking.surveyMonth) })
        case .shares:
            guard let ranking = ranking(sentence.value) else { return nil }
            guard ranking.measure.isAdditive else {
                problems.error(at: sentence.value.location, "`pangsa` adds values up, but `\(ranking.measure.name)` is not additive (\(ranking.measure.unit.name))",
                               hint: "Use a count such as persons; rates and shares do not add up.")
                return nil
            }
            // As with a pie: the shares and the whole would give a withheld part back by subtraction.
            guard ranking.withheld.isEmpty else {
                problems.error(at: sentence.value.location, "`pangsa` of `\(sentence.value.text)` needs every category, but \(ranking.withheld.map { "`\($0)`" }.joined(separator: ", ")) \(ranking.withheld.count == 1 ? "is" : "are") withheld by the small-cell protection of `\(sentence.value.dataset)`",
                               hint: "The whole less the shares shown would give a withheld count back; narrow `\(sentence.value.text)` to categories above the threshold, or leave `pangsa` out.")
                return nil
            }
            // The whole is the data's own total (Indonesia, "TOTAL", "Jumlah") when it has one: lists of the
            // largest categories are not complete.
            let total = ranking.national ?? ranking.entries.reduce(0) { $0 + $1.value }
            guard total > 0, let first = ranking.entries.first else { return nil }
            let percent = NumberFormat(locale: locale, decimals: 1)
            func share(_ value: Double) -> String { "\(percent.string(from: 100 * value / total)) \(vocabulary.percent)" }
            let measure = said.shortName(of: ranking.measure.label).lowercasedFirst, period = ranking.period.map { label($0, surveyMonth: ranking.surveyMonth) }
            // A second `pangsa` of the same measure and period says "pangsa terbesar", not the measure again.
            let named = said.shares.insert("\(measure)@\(period ?? "")").inserted
            // Without the data's own total the shares are of the parts' sum: the sentence says so, and of how many.
            let summed = ranking.national == nil ? (ranking.withUnit(total), ranking.entries.count, ranking.isRegional) : nil
            defer { sharesWritten += 1 }
            return words.largestShare(first.label, share: share(first.value), among: ranking.category, of: named ? measure : nil,
                                      period: named ? period : nil,
                                      followedBy: ranking.entries.dropFirst().prefix(2).map { ($0.label, share($0.value)) },
                                      summedWhole: summed, variant: sharesWritten)
        }
    }

    // MARK: Values

    /// One value found in a dataset, with what a sentence needs to name it.
    struct FoundValue {
        var reference: ValueReference
        var value: Double
        var measure: Measure
        var format: NumberFormat
        var period: Period?
        var region: String?
        var observation: Observation
        var dataset: Dataset
        /// A count below the dataset's small-cell threshold: written as the withheld symbol, never as `value`, and
        /// no change or share is computed from it.
        var isWithheld = false
        /// The unit the text writes it in (the reference's `satuan:`, else the measure's) and the factor from the
        /// data's unit: `value` stays the data's, which ranks and shares compare.
        var unit: MeasureUnit
        var factor = 1.0

        /// `value` in the unit the text writes.
        var shown: Double { value * factor }

        /// The declaration that marks this value as doubtful (`diragukan:`), if any: no change or rank rests on it.
        var doubt: DoubtfulValue? { dataset.doubt(about: observation.coordinates) }

        var number: String { isWithheld ? StatisticalSymbol.withheld.rawValue : format.string(from: shown) }
        var withUnit: String { isWithheld ? number : "\(number) \(unit.name(in: .forLocale(format.locale)))" }
    }

    /// What a withheld value, or a change or share computed from one, is written as: 'x'.
    private var withheldSymbol: String { StatisticalSymbol.withheld.rawValue }


    private func load(_ reference: ValueReference) -> (Dataset, Measure, [Observation])? {
        if loaded[reference.dataset] == nil {
            do {
                loaded[reference.dataset] = try datasets.dataset(reference.dataset, version: nil)
            } catch DatasetError.unknown(let name, let known) {
                problems.error(at: reference.location, "there is no dataset `\(name)` in \(datasets.location)",
                               hint: nearest(name, in: known).map { "Did you mean `\($0)`?" } ?? "Datasets: \(known.joined(separator: ", ")).")
                loaded[reference.dataset] = .some(nil)
            } catch where Fault(of: error) == .input {
                problems.error(at: reference.location, "dataset `\(reference.dataset)` could not be read: \(error)")
                loaded[reference.dataset] = .some(nil)
            } catch {
                // The machine's failure (an SQLite error reading the catalog), not the narasi's: kept for the binder to throw.
                if systemFailure == nil { systemFailure = error }
                loaded[reference.dataset] = .some(nil)
            }
        }
        guard let (dataset, version) = loaded[reference.dataset] ?? nil else { return nil }
        if let version { versions.insert(version) }
        guard let measure = reference.namedMeasure(in: dataset, readBy: "the narasi of a public publication", audience: audience, problems: problems) else { return nil }
        let selection = DataSelection(dataset: dataset, problems: problems)
        guard let observations = selection.observations(of: measure, filters: reference.filters, at: reference.location) else { return nil }
        // Small counts are withheld in narasi as in figures (the selection's, the same cells): a sentence never
        // prints what a table would hide.
        return (dataset, measure, observations)
    }

    /// The one value `reference` names; several matches are a problem naming the dimensions still open.
    private func value(_ reference: ValueReference) -> FoundValue? {
        guard let (dataset, measure, observations) = load(reference) else { return nil }
        guard observations.count == 1, let observation = observations.first else {
            let open = dataset.metadata.dimensions.indices.filter { index in Set(observations.map { $0.coordinates[index] }).count > 1 }
            let names = open.map { index in "\(dataset.metadata.dimensions[index]) (\(Set(observations.map { $0.coordinates[index] }).count) values)" }
            problems.error(at: reference.location, "`\(reference.text)` matches \(observations.count) values, not one",
                           hint: "Fix \(names.joined(separator: ", ")) in the parentheses, e.g. `(\(open.first.map { dataset.metadata.dimensions[$0] } ?? "periode")=…)`.")
            return nil
        }
        if observation.value == .withheld {
            problems.warning(at: reference.location, "`\(reference.text)` is withheld by the small-cell protection of `\(dataset.metadata.id)`, so the text writes x",
                             hint: "A count that tables print as 'x' is not written in narasi either, nor any change or share computed from it; refer to a larger group.")
            return inUnit(of: reference, FoundValue(reference: reference, value: 0, measure: measure, format: format(of: measure),
                                                    period: period(of: observation, in: dataset), region: region(of: observation, in: dataset),
                                                    observation: observation, dataset: dataset, isWithheld: true, unit: measure.unit))
        }
        guard case .number(let number) = observation.value else {
            problems.error(at: reference.location, "`\(reference.text)` has no number in the data (\(observation.value))",
                           hint: "Choose a period or region that has a value.")
            return nil
        }
        return inUnit(of: reference, FoundValue(reference: reference, value: number, measure: measure, format: format(of: measure),
                                                period: period(of: observation, in: dataset), region: region(of: observation, in: dataset),
                                                observation: observation, dataset: dataset, unit: measure.unit))
    }

    /// `found` written in its reference's `satuan:`, if any: 152.107.603 orang as 152,11 juta orang, with the decimals
    /// the unit is written with (two for juta, one for ribu, none for orang); nil, with the line, for a unit of
    /// another kind.
    private func inUnit(of reference: ValueReference, _ found: FoundValue) -> FoundValue? {
        guard let wanted = reference.unit else { return found }
        guard let factor = found.measure.unit.factor(to: wanted.value) else {
            problems.error(at: wanted.location, "`satuan: \(wanted.value.name)` cannot write `\(found.measure.name)`, which is counted in \(found.measure.unit.name)",
                           hint: "Leave `satuan` out, or choose a unit of the same kind (orang, ribu orang, juta orang).")
            return nil
        }
        var converted = found
        converted.unit = wanted.value
        converted.factor = factor
        switch wanted.value {
        case .millionPersons: converted.format.decimals = 2
        case .thousandPersons: converted.format.decimals = 1
        case .persons: converted.format.decimals = 0
        default: break
        }
        return converted
    }

    /// How narasi writes a measure's values: with the measure's decimals, but money in whole rupiah (4.048.463
    /// rupiah, never 4.048.462,69 or 2.018.389,00), as a reader says it.
    func format(of measure: Measure) -> NumberFormat {
        let isMoney = measure.unit == .rupiah || measure.unit == .rupiahPerMonth
        return NumberFormat(locale: locale, decimals: isMoney ? 0 : measure.decimals)
    }

    func period(of observation: Observation, in dataset: Dataset) -> Period? {
        dataset.periodDimensionIndex.flatMap { Period(code: observation.coordinates[$0]) }
    }

    func region(of observation: Observation, in dataset: Dataset) -> String? {
        // A kabupaten/kota code is named as the reference list has it.
        for (index, name) in dataset.metadata.dimensions.enumerated() {
            if let list = dataset.metadata.codeLists[name], list.isRegency, let label = list.label(of: observation.coordinates[index]) { return label }
        }
        if let index = dataset.dimensionIndex("wilayah") { return observation.coordinates[index] }
        for (index, name) in dataset.metadata.dimensions.enumerated() {
            guard let list = dataset.metadata.codeLists[name] else { continue }
            let code = observation.coordinates[index]
            return code == ProvinceCodes.national.bpsCode ? ProvinceCodes.national.name : list.label(of: code) ?? code
        }
        return nil
    }

    /// `period` as narasi names it (``Period/label(in:surveyMonth:)``).
    func label(_ period: Period, surveyMonth: Int?) -> String { period.label(in: vocabulary, surveyMonth: surveyMonth) }

    /// The change from `from` (or the comparable earlier period) to `to`, as a clause.
    private func change(to reference: ValueReference, from earlier: ValueReference?) -> (to: FoundValue, clause: String)? {
        guard let to = value(reference) else { return nil }
        let from: FoundValue
        if let earlier {
            guard let found = value(earlier) else { return nil }
            from = found
        } else {
            switch comparable(to) {
            case .earlier(let found): from = found
            case .unavailable(let period):
                let since = label(period, surveyMonth: to.dataset.metadata.surveyMonth)
                // No value then, for a reason the dataset declares (a province formed after it: Papua Barat Daya in
                // 2023): the text gives that reason rather than only say the figure is missing. The reason is the
                // metadata's Indonesian; an English text only says the figure is missing, not mix the two.
                if words.language == .indonesian, let now = to.period,
                   let declared = to.dataset.comparabilityBreak(for: to.observation.coordinates, between: now, and: period) {
                    return (to, words.notComparable(since: since, because: declared.reason))
                }
                return (to, words.notAvailable(since: since))
            case .noPeriod: return (to, words.notComparable)
            }
        }
        // Values the template puts in units of their own (`satuan:`) are compared only in one.
        if (to.reference.unit != nil || from.reference.unit != nil) && to.unit != from.unit {
            problems.error(at: to.reference.location, "`perubahan` compares `\(to.reference.text)` in \(to.unit.name) with `\(from.reference.text)` in \(from.unit.name)",
                           hint: "Write both values in the same unit (the same `satuan:` in `nilai:`).")
            return nil
        }
        let since = from.period.map { label($0, surveyMonth: from.dataset.metadata.surveyMonth) } ?? from.reference.text
        // Across a break the dataset declares (`tidak-sebanding:`), no change is computed: the text says why.
        if from.dataset.metadata.id == to.dataset.metadata.id, let now = to.period, let then = from.period,
           let declared = to.dataset.comparabilityBreak(for: to.observation.coordinates, between: now, and: then)
            ?? to.dataset.comparabilityBreak(for: from.observation.coordinates, between: now, and: then) {
            return (to, words.notComparable(since: since, because: declared.reason))
        }
        // No change from or to a value the dataset marks as doubtful (`diragukan:`): the text says why instead.
        if let doubt = to.doubt { return (to, words.doubtful(since: since, because: doubt.reason)) }
        if let doubt = from.doubt { return (to, words.earlierDoubtful(since: since, because: doubt.reason)) }
        // No change from or to a withheld count: the difference would give it back.
        if to.isWithheld || from.isWithheld { return (to, withheldSymbol) }
        // The change between the two figures as printed, so that it is what a reader gets subtracting them: wages carry
        // sen, and 1.998.119 − 1.852.100 had read "naik 146.020" (proof-reading 20).
        // Two figures printed with different decimals ({{ perubahan A B }} across datasets) differ by as many.
        let change = to.format.printedChange(to: to.shown, from: from.shown, earlierFormat: from.format)
        let difference = change.difference
        let shown = change.format.string(from: abs(difference))
        if change.isZero {
            return (to, words.unchanged(since: since, earlier: from.withUnit))
        }
        if to.unit == .percent {
            return (to, words.changed(rising: difference > 0, by: "\(shown) \(vocabulary.percentagePoints)", relative: nil, since: since,
                                      earlier: from.withUnit))
        }
        // The percentage from the values themselves, as a key-figure tile computes it: rounded anyway, it is the more
        // exact for it.
        let relative = from.value != 0
            ? "\(NumberFormat(locale: locale, decimals: 2).string(from: 100 * abs(to.value - from.value) / abs(from.value))) \(vocabulary.percent)" : nil
        // The earlier value too, as for rates: a figure a publication's tables and charts may not print (the kab/kota
        // booklets' UMK 2022 before their Tabel 2, proof-reading 17). A wage's "per bulan" is said once, by the value
        // the sentence gives first: its change and its earlier value in rupiah ("naik 132.402 rupiah (6,50 persen)
        // dibanding 2024 (2.036.947 rupiah)"), not three "rupiah per bulan" in one sentence (proof-reading 40).
        let earlier = from.isWithheld ? from.number : "\(from.number) \(from.unit.amount.name(in: vocabulary))"
        return (to, words.changed(rising: difference > 0, by: "\(shown) \(to.unit.amount.name(in: vocabulary))", relative: relative,
                                  since: since, earlier: earlier))
    }

    /// "tertinggi kedua dari 38 provinsi", "tertinggi ke-14 dari 38 provinsi" / "14th highest of 38 provinces", "terendah ke-10 dari 38 provinsi": where a
    /// region's value stands among all regions of the same period, with the regions it ties with; with `whole`
    /// (`{{ peringkat A B }}`) also which side of B it is on, "… dan lebih rendah daripada TPT nasional sebesar 4,91
    /// persen" (``NarrativeVocabulary/rank(_:fromBottom:of:regencies:tiedWith:comparableOnly:against:)``).
    private func rank(_ reference: ValueReference, against whole: ValueReference? = nil) -> String? {
        guard let found = value(reference) else { return nil }
        if found.isWithheld { return withheldSymbol }
        // A doubtful value (`diragukan:`) has no place among the regions.
        if found.doubt != nil { return words.unrankedDoubtful }
        let dataset = found.dataset
        let sameMeasure = dataset.observations.filter { $0.measure == found.measure.name }
        let faces = RegionFaces(dataset)
        let regional = Set(dataset.metadata.dimensions.indices.filter { faces.isRegional($0, among: sameMeasure) })
        guard !regional.isEmpty else {
            problems.error(at: reference.location, "`peringkat` ranks regions, but `\(reference.dataset)` has no region dimension")
            return nil
        }
        // The wholes (Indonesia, the province above its kabupaten/kota, a Jumlah row, a declared `agregat:`) are not
        // ranked among the regions: the dataset's one rule says which they are (`Aggregates`).
        let wholes = Dictionary(uniqueKeysWithValues: regional.map { ($0, dataset.aggregates(ofDimension: $0)) })
        let peerRows = sameMeasure.filter { observation in
            observation.coordinates.indices.allSatisfy { regional.contains($0) || observation.coordinates[$0] == found.observation.coordinates[$0] }
                && !regional.contains { wholes[$0]!.contains(observation.coordinates[$0]) }
        }
        // A doubtful value (`diragukan:`) is no peer: the others are ranked among the regions whose figures compare,
        // and the sentence says so ("dari 26 kabupaten/kota yang angkanya dapat dibandingkan"); no tie rests on it.
        let comparable = peerRows.filter { dataset.doubt(about: $0.coordinates) == nil }
        let peers = comparable.compactMap { $0.value.number }
        let position = peers.filter { $0 > found.value }.count + 1
        let fromBottom = peers.filter { $0 < found.value }.count + 1
        let regencies = regional.contains { dataset.metadata.codeLists[dataset.metadata.dimensions[$0]]?.isRegency == true }
        // Regions of the same value share the place, and the sentence names them: "sama dengan Papua dan Papua Selatan".
        let tied = comparable.filter { $0.value.number == found.value && $0.coordinates != found.observation.coordinates }
            .compactMap { region(of: $0, in: dataset) }
        let key = Said.key(dataset.metadata.id, found.measure.name, found.period)
        if let name = found.region {
            if position == 1 { said.highest[key, default: []].insert(name) }
            if fromBottom == 1 { said.lowest[key, default: []].insert(name) }
        }
        var against: (whole: String, value: String, standing: NarrativeVocabulary.Standing)?
        if let whole {
            guard let benchmark = value(whole) else { return nil }
            against = comparison(found, with: benchmark)
        }
        return words.rank(position, fromBottom: fromBottom, of: peers.count, regencies: regencies, tiedWith: tied,
                          nearlyTiedWith: nearlyTied(with: found, among: comparable, countedFromLowest: fromBottom < position),
                          comparableOnly: comparable.count < peerRows.count, against: against)
    }

    /// The regions next to `found` on the side its place is counted from whose value differs from it by less than one
    /// part in ten thousand yet prints differently (Papua Tengah's UMP 4.285.848 one place after three provinces at
    /// 4.285.850), with the gap as printed: a rank that skips them over 2 rupiah says so.
    private func nearlyTied(with found: FoundValue, among peers: [Observation], countedFromLowest: Bool) -> (names: [String], gap: String)? {
        let beyond = peers.compactMap { peer -> (Observation, Double)? in
            guard let value = peer.value.number, countedFromLowest ? value < found.value : value > found.value else { return nil }
            return (peer, value)
        }
        guard let next = countedFromLowest ? beyond.map(\.1).max() : beyond.map(\.1).min(), found.value != 0,
              abs(next - found.value) / abs(found.value) < 1e-4 else { return nil }
        let change = found.format.printedChange(to: next * found.factor, from: found.shown)
        guard !change.isZero else { return nil }
        let names = beyond.filter { $0.1 == next }.compactMap { region(of: $0.0, in: found.dataset) }
        return (names, "\(change.format.string(from: abs(change.difference))) \(found.unit.name(in: vocabulary))")
    }

    /// `found` set against `whole` (`{{ peringkat A B }}`): B named as a whole ("TPT nasional", "TPT Jawa Barat"), its
    /// value as the text prints it, and whether A is above, below or level with it as the two print (6,75 and 6,75 are
    /// level whatever the third decimal). Nil, with a warning, when B is withheld or doubtful: nothing rests on it.
    private func comparison(_ found: FoundValue, with whole: FoundValue) -> (whole: String, value: String, standing: NarrativeVocabulary.Standing)? {
        guard !whole.isWithheld, whole.doubt == nil else {
            problems.warning(at: whole.reference.location, "`\(whole.reference.text)` is withheld or doubtful, so `peringkat` does not compare with it",
                             hint: "Compare with a whole that is published, such as the national figure.")
            return nil
        }
        guard found.unit == whole.unit else {
            problems.error(at: found.reference.location, "`peringkat` sets `\(found.reference.text)` in \(found.unit.name) against `\(whole.reference.text)` in \(whole.unit.name)",
                           hint: "Write both values in the same unit (the same `satuan:` in `nilai:`).")
            return nil
        }
        let decimals = min(found.format.decimals, whole.format.decimals)
        let shared = NumberFormat(locale: locale, decimals: decimals)
        let standing: NarrativeVocabulary.Standing = shared.string(from: found.shown) == shared.string(from: whole.shown) ? .level
            : found.shown > whole.shown ? .above : .below
        let isNational = whole.region == ProvinceCodes.national.name
        let name = words.whole(said.shortName(of: whole.measure.label), region: isNational ? nil : whole.region)
        return (name, whole.withUnit, standing)
    }

    /// What `{{ perubahan A }}` compares A with.
    enum Comparison {
        /// The same row a year earlier.
        case earlier(FoundValue)
        /// The data has no value for the same period a year earlier (the four Papua provinces of 2022 in Agustus 2023).
        case unavailable(Period)
        /// Nothing to compare with at all (a span of periods, or no period dimension; the latter is reported).
        case noPeriod
    }

    /// The same value a year earlier, as BPS compares Sakernas (Agustus with Agustus, never with Februari): a month,
    /// quarter or semester with the same one of the year before, a year with the year before. Another earlier period
    /// is never taken in its place; `{{ perubahan A B }}` names one explicitly.
    private func comparable(_ found: FoundValue) -> Comparison {
        guard let periodIndex = found.dataset.periodDimensionIndex, let period = found.period else {
            problems.error(at: found.reference.location, "`perubahan` without a second value needs a `periode` dimension in `\(found.reference.dataset)`",
                           hint: "Write `{{ perubahan A B }}` with the value to compare against.")
            return .noPeriod
        }
        let yearEarlier: Period? = switch period {
        case .year(let year): .year(year - 1)
        case .month(let year, let month): .month(year: year - 1, month: month)
        case .quarter(let year, let quarter): .quarter(year: year - 1, quarter: quarter)
        case .semester(let year, let semester): .semester(year: year - 1, semester: semester)
        case .span: nil
        }
        guard let yearEarlier else { return .noPeriod }
        let chosen = found.dataset.observations.first { observation in
            observation.measure == found.measure.name
                && observation.coordinates.indices.allSatisfy { $0 == periodIndex || observation.coordinates[$0] == found.observation.coordinates[$0] }
                && Period(code: observation.coordinates[periodIndex]) == yearEarlier
        }
        var earlier = found
        earlier.period = yearEarlier
        if let chosen {
            earlier.observation = chosen
            earlier.reference.text = chosen.coordinates[periodIndex]
            if SmallCellSuppression.withheldObservations(of: found.measure, in: found.dataset).contains(chosen.coordinates) {
                earlier.isWithheld = true
                return .earlier(earlier)
            }
        }
        guard let chosen, let number = chosen.value.number else {
            problems.warning(at: found.reference.location, "`\(found.reference.text)` has no value for \(yearEarlier.label(in: vocabulary)), a year earlier, to compare with; the text says so",
                             hint: "Sakernas is compared year on year; write `{{ perubahan A B }}` to compare with another period.")
            return .unavailable(yearEarlier)
        }
        earlier.value = number
        return .earlier(earlier)
    }

    /// Values of one measure across the categories left open by the filters, highest first,
    /// the national figure (code 00, "Indonesia") or a total row ("TOTAL", "Jumlah") set apart.
    struct Ranking {
        var measure: Measure
        var format: NumberFormat
        var entries: [(label: String, value: Double)]
        var national: Double?
        var period: Period?
        /// The dataset's `bulan-survei`: the month its years are observed in.
        var surveyMonth: Int?
        var isRegional: Bool
        /// What the categories are, as a sentence names them: the dimension's `nama` ("negara tujuan", "provinsi
        /// asal"), else "provinsi" for regions, else the dimension's column name ("lapangan usaha").
        var category: String
        /// The categories withheld as small counts, by label.
        var withheld: [String] = []

        func withUnit(_ value: Double) -> String { "\(format.string(from: value)) \(measure.unit.name(in: .forLocale(format.locale)))" }
    }

    private func ranking(_ reference: ValueReference) -> Ranking? {
        if let unit = reference.unit {
            problems.error(at: unit.location, "`satuan:` is read where one value is written, not by a ranking (`tertinggi`, `terendah`, `pangsa`, `di-atas-nasional`)",
                           hint: "Name the ranking's values without `satuan:`; they are written in the measure's unit.")
            return nil
        }
        guard let (dataset, measure, observations) = load(reference) else { return nil }
        let dimensions = dataset.metadata.dimensions
        let open = dimensions.indices.filter { index in Set(observations.map { $0.coordinates[index] }).count > 1 }
        // A code and its name vary together: one dimension with two faces; the name is what a sentence prints.
        let faces = RegionFaces(dataset)
        let groups = RegionFaces.groups(open, in: observations)
        guard groups.count == 1, let group = groups.first else {
            let fixed = dimensions.indices.filter { !open.contains($0) }.map { dimensions[$0] }
            problems.error(at: reference.location, "`\(reference.text)` should leave one dimension open to rank, but leaves \(groups.isEmpty ? "none" : groups.map { $0.map { dimensions[$0] }.joined(separator: "/") }.joined(separator: ", "))",
                           hint: groups.isEmpty ? "Leave the dimension to rank over out of the parentheses."
                               : "Fix all but one of them in the parentheses\(fixed.isEmpty ? "" : " (fixed now: \(fixed.joined(separator: ", ")))").")
            return nil
        }
        let category = faces.labelFace(of: group, in: observations)
        let isRegional = group.contains { faces.isRegional($0, among: observations) }
        var entries: [(label: String, value: Double)] = []
        var national: Double?
        var withheld: [String] = []
        // The whole (Indonesia, Jumlah, a declared `agregat:`, the province row above its kabupaten/kota) is set apart:
        // shares are of it (README "Dataset metadata"). Any face of the category may say so (its code or its name).
        let wholes = group.map { ($0, dataset.aggregates(ofDimension: $0)) }
        for observation in observations {
            let code = observation.coordinates[category]
            let label = faces.label(code, dimension: category)
            if observation.value == .withheld { withheld.append(label) }
            // A doubtful value (`diragukan:`) is no highest or lowest.
            guard let number = observation.value.number, dataset.doubt(about: observation.coordinates) == nil else { continue }
            let isNational = wholes.contains { index, values in values.contains(observation.coordinates[index]) }
            if isNational { national = number } else { entries.append((label, number)) }
        }
        guard !entries.isEmpty else {
            problems.error(at: reference.location, "`\(reference.text)` has no values to rank")
            return nil
        }
        entries.sort { $0.value > $1.value }
        let periods = Set(observations.compactMap { self.period(of: $0, in: dataset) })
        let name = dimensions[category]
        let noun = dataset.metadata.dimensionNames[name] ?? (isRegional ? words.regions : name.replacingOccurrences(of: "_", with: " "))
        return Ranking(measure: measure, format: format(of: measure), entries: entries,
                       national: national, period: periods.count == 1 ? periods.first : nil, surveyMonth: dataset.metadata.surveyMonth,
                       isRegional: isRegional, category: noun,
                       withheld: withheld)
    }
}

extension String {
    /// "Tenaga Kerja Ter-PHK" → "tenaga kerja ter-PHK": a label inside a sentence; acronyms keep their capitals.
    var lowercasedFirst: String {
        split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.count > 1 && part == part.uppercased() ? String(part) : part.lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
