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
        spec.infographicCanvases = canvases(words, in: infographic)
        if words.isEmpty {
            infographic.collector.error(at: infographic.location, "`infografis` has no `kanvas:`",
                                        hint: "Write the canvases to draw, e.g. `kanvas: [1080x1350, A4]`.")
        }
    }

    /// A figure's `kanvas:`, the infographic canvases it is drawn on (a small canvas holds the map alone, a leaflet
    /// every figure); nil when the figure has no such key.
    static func parseFigureCanvases(_ item: YAMLMapping) -> [InfographicCanvasSpec]? {
        guard item.has("kanvas") else { return nil }
        let words = item.isList("kanvas") ? item.locatedStrings("kanvas") : [item.string("kanvas")].compactMap { $0 }
        return canvases(words, in: item)
    }

    /// The canvases `words` name, each word that names none reported at its line.
    private static func canvases(_ words: [Located<String>], in mapping: YAMLMapping) -> [InfographicCanvasSpec] {
        words.compactMap { word in
            if let canvas = InfographicCanvasSpec(rawValue: word.value) ?? InfographicCanvasSpec.allCases.first(where: { $0.rawValue.lowercased() == word.value.lowercased() }) {
                return canvas
            }
            mapping.collector.error(at: word.location, "`kanvas: \(word.value)` is not a canvas Sajian draws",
                                    hint: "Canvases: \(InfographicCanvasSpec.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
    }
}

extension PublicationSpec {
    /// The ids of the figures whose `kanvas:` leaves out `canvas`: the infographic on that canvas does not draw them.
    public func figuresLeftOff(_ canvas: InfographicCanvasSpec) -> Set<String> {
        Set(figures.filter { $0.infographicCanvases.map { !$0.contains(canvas) } ?? false }.map(\.id))
    }
}
