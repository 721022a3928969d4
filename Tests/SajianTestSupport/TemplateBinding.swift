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

    /// The data keys of the bulletin's Grafik 2.4, one per line: unemployment by age group (15–19 … 60+) and work
    /// experience, Agustus 2024 (BPS, Sakernas), in whole thousands; `jenis`, `id` and `judul` are the caller's.
    public static let unemploymentByAgeAndExperience = """
        data: pengangguran-umur-pengalaman
        saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60+] }
        kategori: golongan_umur
        seri: pengalaman_kerja
        nilai: pengangguran
        satuan: ribu orang
        desimal: 0
        sumber: BPS, Sakernas Agustus 2024
        """

    /// The keys of a donut of the employed by education, Agustus 2024 (BPS), one per line: shares the data gives
    /// with two decimals and the donut prints with one (35,8 %); `id` is the caller's.
    public static let employedByEducationDonut = """
        jenis: grafik-donat
        judul: Distribusi Penduduk Bekerja menurut Pendidikan, Agustus 2024
        data: bekerja-pendidikan
        saring: { periode: 2024-08 }
        kategori: pendidikan
        nilai: distribusi_penduduk_bekerja
        sumber: BPS
        """

    /// `keys` (one per line) as an item of a YAML list whose dash stands `indent` spaces in.
    public static func listItem(_ keys: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        return margin + "- " + keys.split(separator: "\n").joined(separator: "\n" + margin + "  ")
    }

    /// The keys of a table of placements of Pekerja Migran Indonesia by province of origin, 2023 (BP2MI: the ten
    /// largest and the three smallest, and Indonesia), one per line; sorting and the rest row are the caller's.
    public static let migrantPlacementsByProvince = """
        jenis: tabel-tunggal
        judul: PMI
        data: pmi-provinsi-asal
        saring: { periode: "2023" }
        baris: wilayah
        nilai: penempatan_pmi_menurut_provinsi_asal
        sumber: BP2MI
        """

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
