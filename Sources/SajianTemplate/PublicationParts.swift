import Foundation
import SajianModel

/// Paper sizes of Indonesian offices (*kertas*).
public enum PaperSheet: String, Sendable, CaseIterable {
    case a4 = "A4", a5 = "A5", f4 = "F4"
}

public enum PaperOrientation: String, Sendable, CaseIterable {
    case portrait = "potret"
    case landscape = "lanskap"
}

/// The page a publication is printed on: sheet, orientation and margins.
public struct PageSpec: Sendable, Hashable {
    public var sheet: PaperSheet = .a4
    public var orientation: PaperOrientation = .portrait
    /// Margins (*tepi*) in millimetres.
    public var marginMillimetres: Double = 20
    /// Columns of narasi text by default (*kolom*).
    public var columns: Int = 1

    public init() {}
}

/// *Kata pengantar*: the foreword, signed.
public struct ForewordSpec: Sendable {
    public var paragraphs: [[NarrativePiece]]
    /// "Jakarta, November 2024".
    public var placeAndDate: String?
    public var signatory: String?
    public var position: String?

    public init(paragraphs: [[NarrativePiece]], placeAndDate: String? = nil, signatory: String? = nil, position: String? = nil) {
        self.paragraphs = paragraphs
        self.placeAndDate = placeAndDate
        self.signatory = signatory
        self.position = position
    }
}

/// The lists at the front of a publication (*daftar*).
public enum FrontList: String, Sendable, CaseIterable {
    case contents = "isi"
    case tables = "tabel"
    case charts = "grafik"
    case maps = "peta"
}

/// What `sajian publish` writes for a template (*keluaran*).
public enum OutputKind: String, Sendable, CaseIterable {
    /// The whole publication as one PDF.
    case publication = "publikasi"
    /// Each figure alone as PDF, PNG and SVG, with its data as CSV.
    case figures = "gambar"
    /// The website export: SVG, PNG at 1x and 2x, CSV and `manifest.json`.
    case web = "web"
    /// The infographic, one file per canvas of `infografis: { kanvas: … }`: PNG for pixels, PDF for paper.
    case infographic = "infografis"
}

/// The levels of region a template can be made for, one publication per region (*per-wilayah*).
public enum RegionLevel: String, Sendable, CaseIterable {
    case province = "provinsi"
}

/// A region a per-region template is being published for: `{{ wilayah }}` and `{{ kode-wilayah }}`.
public struct RegionParameter: Sendable, Hashable {
    /// The BPS code, "33".
    public var code: String
    /// "Jawa Tengah".
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// Writes the region into a template's text: `{{ wilayah }}` → name, `{{ kode-wilayah }}` → code.
    /// Done before YAML is read, so line numbers stay as the user wrote them.
    public func substitute(into text: String) -> String {
        text.replacingOccurrences(of: #"\{\{\s*wilayah\s*\}\}"#, with: name.replacingOccurrences(of: "$", with: "\\$"), options: .regularExpression)
            .replacingOccurrences(of: #"\{\{\s*kode-wilayah\s*\}\}"#, with: code, options: .regularExpression)
    }

    /// Every province of Indonesia, in BPS code order.
    public static var allProvinces: [RegionParameter] {
        ProvinceCodes.all.map { RegionParameter(code: $0.bpsCode, name: $0.name) }
    }
}
