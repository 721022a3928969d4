import SajianModel
import SajianScene

/// Paper sizes of Indonesian offices, in points.
public enum PaperSize: String, Sendable, CaseIterable {
    case a4 = "A4", a5 = "A5", f4 = "F4"

    /// Points in an inch (PostScript and PDF points), and millimetres in an inch.
    public static let pointsPerInch = 72.0, millimetresPerInch = 25.4

    /// Portrait size: A4 210 × 297 mm, A5 148 × 210 mm, F4 (folio) 215 × 330 mm.
    public var size: Size {
        let mm = Self.pointsPerInch / Self.millimetresPerInch
        switch self {
        case .a4: return Size(width: 210 * mm, height: 297 * mm)
        case .a5: return Size(width: 148 * mm, height: 210 * mm)
        case .f4: return Size(width: 215 * mm, height: 330 * mm)
        }
    }
}

/// A chapter of bound figures and narasi, as the publication stage hands it to layout.
public struct BoundChapter: Sendable {
    public var title: String?
    public var blocks: [BoundBlock]
    /// A *lampiran*: opened by its title alone, without "BAB n", and listed so in the daftar isi.
    public var isAppendix = false

    public init(title: String?, blocks: [BoundBlock], isAppendix: Bool = false) {
        self.title = title
        self.blocks = blocks
        self.isAppendix = isAppendix
    }

    public init(title: String?, figures: [BoundFigure]) {
        self.init(title: title, blocks: figures.map(BoundBlock.figure))
    }

    public var figures: [BoundFigure] {
        blocks.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
    }
}

/// Puts laid-out figures on pages: a figure alone (for PNG, SVG and a one-figure PDF), or a whole
/// publication flowing over paper pages.
public struct DocumentLayout {
    public let figureLayout: FigureLayout
    private var style: HouseStyle { figureLayout.style }

    public init(figureLayout: FigureLayout) { self.figureLayout = figureLayout }

    /// A single figure on a white page of its own size plus a margin.
    public func standalone(_ figure: BoundFigure, width: Double, height: Double?) -> (scene: Scene, warnings: [Diagnostic]) {
        let margin = style.figureMargin
        // The logo's corner is kept for it: the source line beside it, the body above it.
        let reserved = style.logo.map { Size(width: $0.size.width + style.logoGap, height: $0.size.height) } ?? Size(width: 0, height: 0)
        var laid = figureLayout.layout(figure, width: width - 2 * margin, height: height.map { $0 - 2 * margin }, footer: reserved)
        if let logo = style.logo, height == nil, laid.size.height < logo.size.height {
            laid.size.height = logo.size.height
        }
        // A height the figure takes is rounded up to a whole screen pixel, so that the PNG at 2x is exactly twice the
        // one at 1x (a phone chart 297,47 pt high was 397 px and 793 px; proof-reading 40).
        let size = Size(width: width, height: height ?? ((laid.size.height + 2 * margin) / ScreenPixel.points).rounded(.up) * ScreenPixel.points)
        var items: [SceneItem] = [
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), fill: .white)),
            .group(Group(role: "figure \(figure.id)", transform: .translation(x: margin, y: margin), items: laid.items)),
        ]
        if let logo = style.logo {
            // The publisher's logo at the foot, right, level with the source line.
            items.append(.image(ImageItem(png: logo.png, frame: Rect(x: size.width - margin - logo.size.width,
                                                                     y: size.height - margin - logo.size.height,
                                                                     width: logo.size.width, height: logo.size.height))))
        }
        let page = Page(size: size, items: items)
        let label = figure.components.label(in: figure.vocabulary)
        let info = DocumentInfo(title: "\(label). \(figure.components.title)", subject: figure.components.source,
                                description: figure.components.altText, language: figure.locale.rawValue)
        return (Scene(info: info, pages: [page]), laid.warnings)
    }

    /// Chapters of figures flowing down paper pages with page numbers and a bookmark for each chapter and
    /// figure: no cover, no lists, chapters running on. Whole publications use `PublicationLayout`.
    public func publication(_ chapters: [BoundChapter], info: DocumentInfo, paper: PaperSize) -> (scene: Scene, warnings: [Diagnostic]) {
        var layout = PublicationLayout(figureLayout: figureLayout, setup: PageSetup(paper: paper))
        layout.chaptersStartPages = false
        var content = PublicationContent(info: info, chapters: chapters)
        content.hasCover = false
        content.lists = []
        return layout.layout(content)
    }
}
