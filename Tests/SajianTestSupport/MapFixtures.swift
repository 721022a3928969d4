import Foundation
import SajianForms
import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate

/// Figures bound from the repository's real datasets and bundled boundaries, as `sajian publish` binds them.
public enum MapFixtures {
    /// One figure written as template YAML (the lines under `- `), bound; the warnings come back with it.
    public static func bind(_ figure: String, datasets: String = TestSupport.path("Datasets"),
                            template: String = TestSupport.path("Templates/uji.yaml"),
                            english: Bool = false) throws -> (figure: BoundFigure, warnings: [Diagnostic]) {
        let text = "publikasi: { judul: Uji\(english ? ", bahasa: en" : "") }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
        let problems = DiagnosticCollector()
        guard let spec = TemplateParser.parse(text, file: template, problems: problems) else {
            throw DiagnosticError(problems.diagnostics)
        }
        try problems.throwIfErrors()
        let bound = try FigureBinder(datasets: DatasetDirectory(path: datasets), boundariesDirectory: TestSupport.path("Datasets")).bind(spec)
        return (bound.figures[0], bound.warnings)
    }

    /// The national choropleth of TPT Agustus 2024 (BPS) on the bundled 38-province boundaries.
    public static let tptMapYAML = """
        jenis: peta-tematik
        id: peta-tpt
        judul: Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024
        data: tpt-provinsi
        saring: { periode: 2024-08 }
        nilai: tpt
        klasifikasi: { metode: jenks, kelas: 5 }
        sumber: BPS, Sakernas Agustus 2024
        """

    /// TPT 2024 by kabupaten/kota of Jawa Barat (BPS Jawa Barat via Open Data Jabar) on the bundled kabupaten/kota.
    public static let jabarRegencyMapYAML = """
        jenis: peta-tematik
        id: peta-tpt-jabar
        judul: Tingkat Pengangguran Terbuka (TPT) menurut Kabupaten/Kota di Jawa Barat, 2024
        data: tpt-kabupaten-kota-jabar
        saring: { periode: 2024 }
        nilai: tpt
        batas: kabupaten-kota
        sumber: BPS Provinsi Jawa Barat, Sakernas Agustus 2024
        """

    public static func tptMap(_ extra: String = "") throws -> BoundFigure {
        try bind(tptMapYAML + (extra.isEmpty ? "" : "\n" + extra)).figure
    }
}
