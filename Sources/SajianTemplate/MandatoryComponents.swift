import SajianModel

/// The components PER.03/MEN/II/2009 requires of each numbered form, checked on the typed spec.
///
/// A table (Pasal 4 ayat (2)) has nomor, judul, format baris dan kolom and sumber data; a chart (Pasal 6 ayat (2))
/// has nomor,
/// judul, the chart itself and sumber data. Sajian numbers figures itself unless the template fixes a nomor,
/// so the components a template can lack are judul, the body and sumber.
public enum MandatoryComponents {
    /// One problem per missing component of every figure, naming the template (in the location), the figure and the component.
    public static func check(_ spec: PublicationSpec) -> [Diagnostic] {
        spec.figures.flatMap { check($0, in: spec) }
    }

    static func check(_ figure: FigureSpec, in spec: PublicationSpec) -> [Diagnostic] {
        var missing: [MissingComponent] = []
        let article = figure.kind == .table ? "Pasal 4(2)" : (figure.kind == .map ? "Pasal 8(2)" : "Pasal 6(2)")
        if figure.title == nil {
            missing.append(MissingComponent("judul", key: "judul", hint: "Add `judul:` saying what, where and when, e.g. `judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024`."))
        }
        if figure.source == nil {
            missing.append(MissingComponent("sumber data", key: "sumber", hint: "Add `sumber:` naming the producer and the survey, e.g. `sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024`."))
        }
        if figure.dataset == nil {
            missing.append(MissingComponent("data", key: "data", hint: "Add `data:` with the id of a dataset in Datasets/."))
        }
        missing += figure.form.missingComponents()
        return missing.map { item in
            Diagnostic(at: figure.location,
                       "\(figure.form.word) `\(figure.id)` lacks its \(item.component) (`\(item.key)`), a mandatory component under PER.03/MEN/II/2009 \(article); it cannot be rendered",
                       hint: item.hint)
        }
    }
}
