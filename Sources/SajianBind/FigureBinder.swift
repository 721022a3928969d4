import SajianCatalog
import SajianModel
import SajianTemplate

/// Binds a publication's figures to their data: looks datasets up, applies filters, picks measures,
/// numbers the figures and writes their alt text. The result holds numbers and words, no geometry.
public struct FigureBinder {
    public let datasets: any DatasetSource
    /// The forms, which bind each figure's body.
    public let forms: any FigureFormBinding
    /// Where the bundled boundaries (`batas-provinsi.geojson`) are: the datasets folder. Nil: `Datasets/` beside
    /// the template's folder, else `./Datasets`.
    public var boundariesDirectory: String?

    public init(datasets: any DatasetSource, forms: any FigureFormBinding, boundariesDirectory: String? = nil) {
        self.datasets = datasets
        self.forms = forms
        self.boundariesDirectory = boundariesDirectory
    }

    /// Every figure and narasi of `spec`, bound, with the warnings found; throws all problems of all of them together.
    public func bind(_ spec: PublicationSpec) throws -> BoundPublication {
        let problems = DiagnosticCollector()
        MandatoryComponents.check(spec, sourcesFromDatasets: true).forEach(problems.append)
        TitlePeriod.check(spec).forEach(problems.append)
        let numbers = FigureNumbering.numbers(for: spec)
        // Ids are unique in a template that parsed; `sajian check` binds even one that did not, so the first wins.
        let labels = Dictionary(spec.figures.map { figure in
            (figure.id, FigureComponents(kind: figure.kind, number: numbers[figure.id] ?? "?", title: "", source: "", altText: "")
                .label(in: .forLocale(spec.locale)))
        }, uniquingKeysWith: { first, _ in first })
        // Every dataset first, so that a chapter prints each percentage with one rounding (``ChapterRounding``).
        var read: [Int: (Dataset, DatasetVersion?)] = [:]
        for (index, figure) in spec.figures.enumerated() {
            guard let datasetID = figure.dataset,
                  let found = try lookUp(datasetID, version: figure.datasetVersion, problems: problems) else { continue }
            read[index] = found
        }
        let chapterDecimals = ChapterRounding.decimals(for: spec, datasets: read.mapValues(\.0), problems: problems)
        let datasetsWithChanges = spec.datasetsWithChanges
        var figures: [BoundFigure] = []
        for (index, var figure) in spec.figures.enumerated() {
            guard let (dataset, version) = read[index] else { continue }
            if let decimals = chapterDecimals[index] { figure.decimals = decimals }
            if let bound = bind(figure, of: dataset, version: version, number: numbers[figure.id] ?? "?", in: spec, labels: labels,
                                changesAreWritten: datasetsWithChanges.contains(dataset.metadata.id), problems: problems) {
                figures.append(bound)
            }
        }
        SharedScales.pool(&figures, specs: spec.figures, problems: problems)
        // The cover's key figures: unnumbered, each with its own rounding.
        let coverFigures = try spec.coverFigures.compactMap { figure -> BoundFigure? in
            guard let datasetID = figure.dataset, let (dataset, version) = try lookUp(datasetID, version: figure.datasetVersion, problems: problems)
            else { return nil }
            return bind(figure, of: dataset, version: version, number: "", in: spec, labels: labels, changesAreWritten: false, problems: problems)
        }
        // Narasi after the figures, so that a value beside a figure is written as that figure writes it.
        let narrator = NarrativeBinder(datasets: datasets, locale: spec.locale, audience: spec.audience, figureLabels: labels,
                                       figures: Dictionary(figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }), problems: problems)
        var narratives: [String: BoundNarrative] = [:]
        // A narasi is written with the rounding of its chapter's figures (``ChapterRounding``), even where it does not refer to them.
        for chapter in spec.chapters {
            let beside = chapter.figures.compactMap { figure in figures.first { $0.id == figure.id } }
            for narrative in chapter.blocks.compactMap(\.narrative) { narratives[narrative.id] = narrator.bind(narrative, beside: beside) }
        }
        let foreword = spec.foreword.map { foreword in
            BoundNarrative(id: "kata-pengantar", paragraphs: foreword.paragraphs.map(narrator.bind))
        }
        if let failure = narrator.systemFailure { throw failure }
        try problems.throwIfErrors()
        var publication = BoundPublication(figures: figures, narratives: narratives, foreword: foreword,
                                           narrativeVersions: narrator.versions.sorted { $0.description < $1.description },
                                           warnings: problems.diagnostics)
        publication.coverFigures = coverFigures
        return publication
    }

    /// `figure` bound to `dataset`: its body, its sumber (its own, else the one its dataset's metadata names for every
    /// figure of it), its notes and alt text, numbered `number`; nil where the body or a mandatory component is missing
    /// (the problem is in `problems`).
    private func bind(_ figure: FigureSpec, of dataset: Dataset, version: DatasetVersion?, number: String, in spec: PublicationSpec,
                      labels: [String: String], changesAreWritten: Bool, problems: DiagnosticCollector) -> BoundFigure? {
        checkAccess(of: dataset, for: figure, in: spec, problems: problems)
        var context = BindingContext(figure: figure, dataset: dataset, locale: spec.locale, problems: problems)
        context.templateFile = spec.file
        context.boundariesDirectory = boundariesDirectory
        context.datasets = datasets
        context.audience = spec.audience
        context.changesAreWritten = changesAreWritten
        let body = forms.bind(figure.form, in: context)
        let source = figure.source?.value ?? dataset.metadata.source
        if source == nil { problems.append(MandatoryComponents.missingSource(of: figure)) }
        guard let body, let title = figure.title, let source else { return nil }
        let notes = markedNotes(figure.footnotes, in: body, dataset: dataset, problems: problems)
            + ((body.drawsHighlight ? figure.highlightNotes : []) + figure.notes.map { referencesResolved(in: $0, labels: labels, of: figure, problems: problems) }
               + body.dataNotes + context.doubtfulNotes()).map { FigureNote($0) }
            + (dataset.metadata.isIllustrative ? [FigureNote(Vocabulary.forLocale(spec.locale).illustrativeData)] : [])
        let components = FigureComponents(
            kind: figure.kind, number: number, title: title.value, source: source,
            notes: notes, altText: figure.altText ?? body.altText(title: title.value, locale: spec.locale))
        var bound = BoundFigure(id: figure.id, location: figure.location, components: components, body: body, locale: spec.locale)
        bound.datasetVersions = version.map { [$0] } ?? []
        bound.wantsLandscapePage = figure.pageOrientation == .landscape
        bound.period = singlePeriod(of: figure, in: dataset)
        return bound
    }

    /// The one period code of the observations a figure's filters keep (`saring: { periode: 2024-08 }`; a period the
    /// data codes as a span, "2024-01 s.d. 2024-06", is one); nil where they keep several, or the dataset has no
    /// period dimension.
    private func singlePeriod(of figure: FigureSpec, in dataset: Dataset) -> String? {
        guard let periods = DataSelection(dataset: dataset, problems: DiagnosticCollector()).periods(passing: figure.filters),
              periods.count == 1 else { return nil }
        return periods.first
    }

    /// A note's `{{ ref id }}` written as the figure's label ("Grafik 3.2"), as narasi writes it: a note that points
    /// to another figure names it by its number, which the template does not know until the figures are numbered
    /// (proof-reading 16, #13: "… yang disajikan pada grafik distribusi"). An id that names no figure is an error.
    private func referencesResolved(in note: String, labels: [String: String], of figure: FigureSpec, problems: DiagnosticCollector) -> String {
        guard note.contains("{{") else { return note }
        var result = "", rest = note[...]
        while let open = rest.range(of: "{{"), let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) {
            result += rest[..<open.lowerBound]
            let words = rest[open.upperBound..<close.lowerBound].split(separator: " ")
            if words.count == 2, words[0] == "ref", let label = labels[String(words[1])] {
                result += label
            } else {
                let id = words.count == 2 && words[0] == "ref" ? String(words[1]) : nil
                problems.error(at: figure.location, "figure `\(figure.id)`: a note's `{{\(rest[open.upperBound..<close.lowerBound])}}` "
                                   + (id == nil ? "is not a reference" : "names no figure of this publication"),
                               hint: id.flatMap { nearest($0, in: Array(labels.keys)) }.map { "Did you mean `{{ ref \($0) }}`?" }
                                   ?? "A note may refer to a figure as `{{ ref id }}`.")
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// Each note marked on a row (`catatan: [{ teks: …, baris: … }]`), tied to that row of the body by its id;
    /// the layout places the markers.
    private func markedNotes(_ footnotes: [Footnote], in body: any FigureBody, dataset: Dataset, problems: DiagnosticCollector) -> [FigureNote] {
        guard let first = footnotes.first else { return [] }
        guard body.divisibleRowCount != nil else {
            problems.error(at: first.row.location, "notes marked on a row (`baris:` in `catatan`) are for tables",
                           hint: "Write the note as plain text: `catatan: …`.")
            return []
        }
        return footnotes.compactMap { footnote in
            let wanted = footnote.row.value
            let shown = dataset.metadata.valueLabels.values.compactMap { $0[wanted] }.first ?? wanted
            guard let row = body.rowID(matching: wanted) ?? body.rowID(matching: shown) else {
                problems.error(at: footnote.row.location, "no row of the table is `\(wanted)`",
                               hint: nearestMatches(wanted, in: body.rowLabels).first.map { "Did you mean `\($0)`?" })
                return nil
            }
            return FigureNote(footnote.text, on: .row(row))
        }
    }

    /// The dataset `id` names. What the user can mend (an unknown dataset or version, a bad dataset file) is a
    /// problem reported at `id`; a failure of the machine (an SQLite error while reading the catalog, a `.system`
    /// diagnostic) is thrown as it is, so that it ends the run as a system fault (exit 3), not as the template's.
    private func lookUp(_ id: Located<String>, version: Int?, problems: DiagnosticCollector) throws -> (Dataset, DatasetVersion?)? {
        do {
            return try datasets.dataset(id.value, version: version)
        } catch DatasetError.unknownVersion(let name, let wanted, let known) {
            problems.error(at: id.location, "dataset `\(name)` has no version \(wanted) in \(datasets.location)",
                           hint: known.isEmpty ? "Versions exist only in the catalog; remove `versi:`." : "Versions: \(known.map(String.init).joined(separator: ", ")).")
        } catch DatasetError.unknown(let name, let known) {
            problems.error(at: id.location, "there is no dataset `\(name)` in \(datasets.location)",
                           hint: nearest(name, in: known).map { "Did you mean `data: \($0)`?" }
                               ?? "Datasets: \(known.joined(separator: ", ")).")
        } catch let error as DiagnosticError where error.fault == .input {
            error.diagnostics.forEach(problems.append)
            problems.error(at: id.location, "dataset `\(id.value)` could not be read (see above)")
        } catch where Fault(of: error) == .input {
            problems.error(at: id.location, "dataset `\(id.value)` could not be read: \(error)")
        }
        return nil
    }

    /// Pasal 2(2): a public publication may use only *publik* data.
    private func checkAccess(of dataset: Dataset, for figure: FigureSpec, in spec: PublicationSpec, problems: DiagnosticCollector) {
        guard spec.audience == .publik, dataset.metadata.classification > .publik else { return }
        problems.error(at: figure.dataset?.location ?? figure.location,
                       "the public publication `\(spec.title?.value ?? spec.file)` uses dataset `\(dataset.metadata.id)`, which is classified \(dataset.metadata.classification.rawValue)",
                       hint: "PER.03/MEN/II/2009 Pasal 2(2): data that is not publik is never presented to the public. Remove the figure, or set `audiens: internal` for an internal publication.")
    }
}

/// A publication's bound content: figures in order, narasi by id, and what binding noticed.
public struct BoundPublication: Sendable {
    public var figures: [BoundFigure]
    public var narratives: [String: BoundNarrative]
    public var foreword: BoundNarrative?
    /// Catalog versions read by narasi placeholders and sentences.
    public var narrativeVersions: [DatasetVersion]
    public var warnings: [Diagnostic]
    /// The cover's key figures (`PublicationSpec.coverFigures`), unnumbered.
    public var coverFigures: [BoundFigure] = []
}

/// Assigns figure numbers: running per kind ("Grafik 3") or per chapter ("Tabel 2.3"); a `nomor` in the
/// template wins.
public enum FigureNumbering {
    public static func numbers(for spec: PublicationSpec) -> [String: String] {
        var numbers: [String: String] = [:]
        var running: [FigureKind: Int] = [:]
        let chapterNumbers = ChapterNumbers.numbers(isAppendix: spec.chapters.map(\.isAppendix))
        for (chapter, chapterNumber) in zip(spec.chapters, chapterNumbers) {
            var inChapter: [FigureKind: Int] = [:]
            for figure in chapter.figures {
                running[figure.kind, default: 0] += 1
                inChapter[figure.kind, default: 0] += 1
                if let fixed = figure.number {
                    numbers[figure.id] = fixed.value
                } else if spec.numbering == .perChapter {
                    numbers[figure.id] = "\(chapterNumber.map(String.init) ?? "L").\(inChapter[figure.kind]!)"
                } else {
                    numbers[figure.id] = "\(running[figure.kind]!)"
                }
            }
        }
        return numbers
    }
}
