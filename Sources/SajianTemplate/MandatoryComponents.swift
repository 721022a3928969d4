import SajianModel

/// The components PER.03/MEN/II/2009 requires of each numbered form, checked on the typed spec.
///
/// A table (Pasal 5) has nomor, judul, format baris dan kolom and sumber data; a chart (Pasal 7) has nomor,
/// judul, the chart itself and sumber data. Sajian numbers figures itself unless the template fixes a nomor,
/// so the components a template can lack are judul, the body and sumber.
public enum MandatoryComponents {
    /// One problem per missing component of every figure, naming the template (in the location), the figure and the component.
    public static func check(_ spec: PublicationSpec) -> [Diagnostic] {
        spec.figures.flatMap { check($0, in: spec) }
    }

    static func check(_ figure: FigureSpec, in spec: PublicationSpec) -> [Diagnostic] {
        var missing: [(component: String, key: String, hint: String)] = []
        let article = figure.kind == .table ? "Pasal 5" : (figure.kind == .map ? "Pasal 8" : "Pasal 7")
        if figure.title == nil {
            missing.append(("judul", "judul", "Add `judul:` saying what, where and when, e.g. `judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024`."))
        }
        if figure.source == nil {
            missing.append(("sumber data", "sumber", "Add `sumber:` naming the producer and the survey, e.g. `sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024`."))
        }
        if figure.dataset == nil {
            missing.append(("data", "data", "Add `data:` with the id of a dataset in Datasets/."))
        }
        switch figure.form {
        case .barChart(let chart):
            if chart.category == nil { missing.append(("grafik (kategori)", "kategori", "Add `kategori:` naming the dimension whose values become the bars.")) }
            if chart.measure == nil { missing.append(("grafik (nilai)", "nilai", "Add `nilai:` naming the measure the bars show.")) }
        case .lineChart(let chart):
            if chart.measures.isEmpty { missing.append(("grafik (nilai)", "nilai", "Add `nilai:` naming the measure the lines show.")) }
        case .pictogram(let chart):
            if chart.category == nil { missing.append(("grafik (kategori)", "kategori", "Add `kategori:` naming the dimension whose values become the rows of icons.")) }
            if chart.measure == nil { missing.append(("grafik (nilai)", "nilai", "Add `nilai:` naming the measure the icons count.")) }
        case .pieChart(let chart):
            if chart.category == nil { missing.append(("grafik (kategori)", "kategori", "Add `kategori:` naming the dimension whose values become the slices.")) }
            if chart.measure == nil { missing.append(("grafik (nilai)", "nilai", "Add `nilai:` naming the measure the slices show.")) }
        case .table(let table):
            if table.rows.isEmpty { missing.append(("format baris dan kolom (baris)", "baris", "Add `baris:` naming the dimension in the rows.")) }
            if table.measures.isEmpty { missing.append(("format baris dan kolom (nilai)", "nilai", "Add `nilai:` naming the measure in the cells.")) }
        case .map(let map):
            // Skala, orientasi, legenda, inset and sistem koordinat are drawn from the boundaries and the data;
            // what a template can lack is the isi peta and, with its own boundary file, the map's history.
            if map.measure == nil { missing.append(("isi peta (nilai)", "nilai", "Add `nilai:` naming the measure the regions are coloured by.")) }
            if map.boundaries != nil && map.boundaryHistory == nil {
                missing.append(("keterangan riwayat peta", "riwayat-batas",
                                "Add `riwayat-batas:` saying where the boundaries come from and when they were drawn, e.g. `riwayat-batas: \"batas wilayah: BIG, peta RBI 1:250.000, 2019\"`."))
            }
        }
        return missing.map { item in
            Diagnostic(at: figure.location,
                       "\(figure.form.name) `\(figure.id)` lacks its \(item.component) (`\(item.key)`), a mandatory component under PER.03/MEN/II/2009 \(article); it cannot be rendered",
                       hint: item.hint)
        }
    }
}
