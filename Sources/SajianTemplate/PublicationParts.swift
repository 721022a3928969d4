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
    /// Whether chapters and lists each open a page, or share pages (*tata-letak*).
    public var density: PageDensity = .full
    /// The page count is made a multiple of this (*kelipatan-halaman*): 4 for a saddle-stitched booklet, whose
    /// sheets each carry four pages; 1: as the content falls.
    public var pageMultiple = 1
    /// What the pages added for `pageMultiple` hold (*halaman-tambahan*).
    public var extraPages: ExtraPageKind = .blank

    public init() {}
}

/// The pages added before the back page to reach `PageSpec.pageMultiple` (*halaman-tambahan*).
public enum ExtraPageKind: String, Sendable, CaseIterable {
    /// "Halaman ini sengaja dikosongkan."
    case blank = "kosong"
    /// A page headed "Catatan" with ruled lines for the reader's notes, as pocket books end.
    case notes = "catatan"
}

/// How tightly a publication's pages are filled (*tata-letak*).
public enum PageDensity: String, Sendable, CaseIterable {
    /// Each chapter opens a page; each list at the front has its own page.
    case full = "lengkap"
    /// Pocket books and short bulletins: the lists at the front share a page, and a chapter opens on the page
    /// the one before it ends on when enough of that page is left.
    case compact = "ringkas"
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
    /// One publication per kabupaten/kota (`per-wilayah: kabupaten-kota`).
    case regency = "kabupaten-kota"

    /// Every region of the level: 38 provinces, or 514 kabupaten/kota.
    public var all: [RegionParameter] {
        switch self {
        case .province: RegionParameter.allProvinces
        case .regency: RegionParameter.allRegencies
        }
    }

    /// How the level's regions are counted in messages: "provinsi", "kabupaten/kota".
    public var noun: String { self == .province ? "province" : "kabupaten/kota" }
}

/// A region a per-region template is being published for: `{{ wilayah }}`, `{{ kode-wilayah }}`, `{{ provinsi }}`.
public struct RegionParameter: Sendable, Hashable {
    /// The BPS code, "33" or "3273" (a kabupaten/kota without a BPS code: its dotted Kemendagri code, "93.01").
    public var code: String
    /// "Jawa Tengah", "Kota Bandung".
    public var name: String
    /// The province: itself for a province, "Jawa Barat" for Kota Bandung.
    public var province: String
    /// The province's BPS code, "32".
    public var provinceCode: String

    public init(code: String, name: String, province: String? = nil, provinceCode: String? = nil) {
        self.code = code
        self.name = name
        self.province = province ?? name
        self.provinceCode = provinceCode ?? code
    }

    /// A kabupaten/kota as a region parameter.
    public init(_ regency: Regency) {
        let province = regency.province
        self.init(code: regency.bpsCode ?? regency.dottedKemendagriCode, name: regency.name,
                  province: province?.name ?? regency.provinceKemendagriCode, provinceCode: province?.bpsCode ?? regency.provinceKemendagriCode)
    }

    /// Writes the region into a template's text: `{{ wilayah }}` → name, `{{ kode-wilayah }}` → code,
    /// `{{ provinsi }}` → the province's name, `{{ kode-provinsi }}` → its BPS code.
    /// Done before YAML is read, so line numbers stay as the user wrote them.
    public func substitute(into text: String) -> String {
        func escaped(_ text: String) -> String { text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "$", with: "\\$") }
        return text.replacingOccurrences(of: #"\{\{\s*wilayah\s*\}\}"#, with: escaped(name), options: .regularExpression)
            .replacingOccurrences(of: #"\{\{\s*kode-wilayah\s*\}\}"#, with: escaped(code), options: .regularExpression)
            .replacingOccurrences(of: #"\{\{\s*provinsi\s*\}\}"#, with: escaped(province), options: .regularExpression)
            .replacingOccurrences(of: #"\{\{\s*kode-provinsi\s*\}\}"#, with: escaped(provinceCode), options: .regularExpression)
    }

    /// Every province of Indonesia, in BPS code order.
    public static var allProvinces: [RegionParameter] {
        ProvinceCodes.all.map { RegionParameter(code: $0.bpsCode, name: $0.name) }
    }

    /// The 514 kabupaten/kota, in Kemendagri code order.
    public static var allRegencies: [RegionParameter] { RegencyCodes.all.map(RegionParameter.init) }
}
