import SajianModel
import SajianYAML

/// The canvases of an infographic (*kanvas*): three for social media in pixels, two paper sizes for print.
public enum InfographicCanvasSpec: String, Sendable, CaseIterable {
    case square = "1080x1080"
    case portrait = "1080x1350"
    case landscape = "1200x675"
    case a3 = "A3"
    case a4 = "A4"

    /// Width and height in pixels for the pixel canvases; nil for paper.
    public var pixels: (width: Double, height: Double)? {
        switch self {
        case .square: (1080, 1080)
        case .portrait: (1080, 1350)
        case .landscape: (1200, 675)
        case .a3, .a4: nil
        }
    }
}

/// How an SVG carries its text (*teks-svg*): as text (the default) or as the outlines of the glyphs.
public enum SVGTextSpec: String, Sendable, CaseIterable {
    case text = "teks"
    case outlines = "kurva"
}

extension TemplateParser {
    /// The keys of `publikasi:` for media beyond the book: `infografis: { kanvas: [...] }` and `teks-svg:`.
    static func parseMediaOptions(_ publication: YAMLMapping, into spec: inout PublicationSpec) {
        spec.svgText = publication.choice("teks-svg", default: SVGTextSpec.text)
        guard let infographic = publication.mapping("infografis") else {
            if spec.outputs.contains(.infographic) {
                publication.collector.error(at: publication.location, "`keluaran` has `infografis` but `publikasi` has no `infografis:` with its canvases",
                                            hint: "Add `infografis: { kanvas: [1080x1350, A4] }` under `publikasi:`.")
            }
            return
        }
        defer { infographic.rejectUnknownKeys(context: "`infografis`") }
        let words = infographic.isList("kanvas") ? infographic.locatedStrings("kanvas") : [infographic.string("kanvas")].compactMap { $0 }
        spec.infographicCanvases = words.compactMap { word in
            if let canvas = InfographicCanvasSpec(rawValue: word.value) ?? InfographicCanvasSpec.allCases.first(where: { $0.rawValue.lowercased() == word.value.lowercased() }) {
                return canvas
            }
            infographic.collector.error(at: word.location, "`kanvas: \(word.value)` is not a canvas Sajian draws",
                                        hint: "Canvases: \(InfographicCanvasSpec.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        if words.isEmpty {
            infographic.collector.error(at: infographic.location, "`infografis` has no `kanvas:`",
                                        hint: "Write the canvases to draw, e.g. `kanvas: [1080x1350, A4]`.")
        }
    }
}
