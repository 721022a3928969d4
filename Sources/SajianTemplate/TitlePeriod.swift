import SajianModel

/// Whether each figure's title says *when*: a title that names no year leaves a figure seen alone (a web chart, an
/// infografis tile, a page quoted in a report) undated. PER.03/MEN/II/2009 requires a judul on every tabel, grafik
/// and peta (Pasal 4(2), 6(2), 8(2)) without saying what it holds; statistical agencies (BPS among them) title a
/// figure with what, where and when, so Sajian warns rather than refuses.
public enum TitlePeriod {
    /// One warning for every figure whose judul names no year (four digits from 1900 to 2099, e.g. "Agustus 2024"
    /// or "2015–2024").
    public static func check(_ spec: PublicationSpec) -> [Diagnostic] {
        spec.figures.compactMap { figure in
            guard let title = figure.title, !namesYear(title.value) else { return nil }
            return Diagnostic(.warning, at: title.location,
                              "the judul of \(figure.form.word) `\(figure.id)` names no year: a reader who sees the figure alone cannot tell when its data are from",
                              hint: "End the title with its period, e.g. `judul: \(title.value), Agustus 2024`.")
        }
    }

    /// Whether `title` holds a year: a run of exactly four digits from 1900 to 2099.
    static func namesYear(_ title: String) -> Bool {
        title.matches(of: /[0-9]+/).contains { match in
            match.output.count == 4 && (match.output.hasPrefix("19") || match.output.hasPrefix("20"))
        }
    }
}
