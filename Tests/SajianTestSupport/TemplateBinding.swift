import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate

/// Templates written in a test, parsed and bound to a datasets folder (the repository's `Datasets/` by default),
/// for tests above binding (layout) whose targets do not read templates themselves.
public enum TemplateBinding {
    /// A template of one chapter holding one figure, whose keys `figure` gives one per line (`jenis: …\njudul: …`).
    public static func template(figure: String) -> String {
        "publikasi: { judul: Uji }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
    }

    /// The keys of a bar chart of unemployment by age group (15–29) and work experience, Agustus 2024 (BPS,
    /// Sakernas): several series sharing a bar as `stacking` says (`kelompok`, `tumpuk`, `persen`), one per line.
    public static func seriesBarChart(stacking: String) -> String {
        """
        jenis: grafik-batang
        data: pengangguran-umur-pengalaman
        saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24, 25-29] }
        kategori: golongan_umur
        seri: pengalaman_kerja
        susun: \(stacking)
        nilai: pengangguran
        """
    }

    /// The keys of the bulletin's pictogram, one per line: placements of Pekerja Migran Indonesia in the five largest
    /// destinations, 2023 (BP2MI), one icon for 5 ribu orang.
    public static let migrantPlacementPictogram = """
        jenis: grafik-piktogram
        data: pmi-negara-tujuan
        saring: { periode: "2023", negara_tujuan: [Taiwan, Malaysia, Hong Kong, Korea Selatan, Jepang] }
        kategori: negara_tujuan
        nilai: penempatan_pmi
        ikon: koper
        satuan: ribu orang
        desimal: 1
        satu-ikon: 5
        """

    /// `text` parsed as a template named `uji.yaml` and bound, the bundled boundaries read from `datasets`;
    /// throws the problems found.
    public static func bind(_ text: String, datasets: String = TestSupport.path("Datasets")) throws -> BoundPublication {
        let problems = DiagnosticCollector()
        let parsed = TemplateParser.parse(text, file: "uji.yaml", problems: problems)
        try problems.throwIfErrors()
        guard let spec = parsed else { throw DiagnosticError(problems.diagnostics) }
        return try FigureBinder(datasets: DatasetDirectory(path: datasets), boundariesDirectory: datasets).bind(spec)
    }
}
