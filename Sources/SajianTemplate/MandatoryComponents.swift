import SajianModel

/// The components PER.03/MEN/II/2009 requires of each numbered form, checked on the typed spec.
///
/// A table (Pasal 4 ayat (2)) has nomor, judul, format baris dan kolom and sumber data; a chart (Pasal 6 ayat (2))
/// has nomor,
/// judul, the chart itself and sumber data. Sajian numbers figures itself unless the template fixes a nomor,
/// so the components a template can lack are judul, the body and sumber.
public enum MandatoryComponents {
    /// One problem per missing component of every figure, naming the template (in the location), the figure and the component.
    ///
    /// With `sourcesFromDatasets`, a figure that names a dataset but no `sumber:` is not reported here: its sumber
    /// data may come from the dataset's metadata, which the binder reads (and reports with ``missingSource(of:)``
    /// where that names none either).
    public static func check(_ spec: PublicationSpec, sourcesFromDatasets: Bool = false) -> [Diagnostic] {
        spec.figures.flatMap { check($0, sourcesFromDatasets: sourcesFromDatasets) }
    }

    /// The problem of a figure without sumber data: neither its `sumber:` nor its dataset's metadata names one.
    public static func missingSource(of figure: FigureSpec) -> Diagnostic {
        diagnostic(MissingComponent.source, of: figure)
    }

    static func check(_ figure: FigureSpec, sourcesFromDatasets: Bool) -> [Diagnostic] {
        var missing: [MissingComponent] = []
        if figure.title == nil {
            missing.append(MissingComponent("judul", key: "judul", hint: "Add `judul:` saying what, where and when, e.g. `judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024`."))
        }
        if figure.source == nil && !(sourcesFromDatasets && figure.dataset != nil) {
            missing.append(.source)
        }
        if figure.dataset == nil {
            missing.append(MissingComponent("data", key: "data", hint: "Add `data:` with the id of a dataset in Datasets/."))
        }
        missing += figure.form.missingComponents()
        return missing.map { diagnostic($0, of: figure) }
    }

    private static func diagnostic(_ item: MissingComponent, of figure: FigureSpec) -> Diagnostic {
        let article = figure.kind == .table ? "Pasal 4(2)" : (figure.kind == .map ? "Pasal 8(2)" : "Pasal 6(2)")
        return Diagnostic(at: figure.location,
                          "\(figure.form.word) `\(figure.id)` lacks its \(item.component) (`\(item.key)`), a mandatory component under PER.03/MEN/II/2009 \(article); it cannot be rendered",
                          hint: item.hint)
    }
}

extension MissingComponent {
    /// Sumber data, from the figure's `sumber:` or its dataset's metadata.
    static let source = MissingComponent(
        "sumber data", key: "sumber",
        hint: "Add `sumber:` naming the producer and the survey, e.g. `sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024`, or `sumber:` in the dataset's metadata for every figure of it.")
}
