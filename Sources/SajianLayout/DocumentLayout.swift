import SajianModel
import SajianScene

/// Paper sizes of Indonesian offices, in points.
public enum PaperSize: String, Sendable, CaseIterable {
    case a4 = "A4", a5 = "A5", f4 = "F4"

    /// Portrait size: A4 210 × 297 mm, A5 148 × 210 mm, F4 (folio) 215 × 330 mm.
    public var size: Size {
        let mm = 72 / 25.4
        switch self {
        case .a4: return Size(width: 210 * mm, height: 297 * mm)
        case .a5: return Size(width: 148 * mm, height: 210 * mm)
        case .f4: return Size(width: 215 * mm, height: 330 * mm)
        }
    }
}

/// A chapter of bound figures, as the publication stage hands it to layout.
public struct BoundChapter: Sendable {
    public var title: String?
    public var figures: [BoundFigure]

    public init(title: String?, figures: [BoundFigure]) {
        self.title = title
        self.figures = figures
    }
}

/// Puts laid-out figures on pages: a figure alone (for PNG, SVG and a one-figure PDF), or a whole
/// publication flowing over paper pages.
public struct DocumentLayout {
    public let figureLayout: FigureLayout
    private var style: HouseStyle { figureLayout.style }

    public init(figureLayout: FigureLayout) { self.figureLayout = figureLayout }

    private func partRows(_ figure: BoundFigure) -> Int {
        if case .table(let table) = figure.body { return table.rows.count }
        return .max
    }

    /// A single figure on a white page of its own size plus a margin.
    public func standalone(_ figure: BoundFigure, width: Double, height: Double?) -> (scene: Scene, warnings: [String]) {
        let margin = style.figureMargin
        let inset = style.logo.map { $0.size.width + 8 } ?? 0
        var laid = figureLayout.layout(figure, width: width - 2 * margin, height: height.map { $0 - 2 * margin }, footerInset: inset)
        if let logo = style.logo, height == nil, laid.size.height < logo.size.height {
            laid.size.height = logo.size.height
        }
        let size = Size(width: width, height: height ?? (laid.size.height + 2 * margin))
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
                                description: figure.components.altText)
        return (Scene(info: info, pages: [page]), laid.warnings)
    }

    /// A publication: chapters with their figures flowing down paper pages, page numbers at the foot,
    /// and a bookmark for each chapter and figure.
    public func publication(_ chapters: [BoundChapter], info: DocumentInfo, paper: PaperSize) -> (scene: Scene, warnings: [String]) {
        let portrait = paper.size
        let margin = 20 * 72 / 25.4
        var pageSize = portrait
        var pages: [Page] = []
        var items: [SceneItem] = []
        var bookmarks: [Bookmark] = []
        var warnings: [String] = []
        var y = margin
        let typesetter = figureLayout.typesetter
        let headingStyle = style.text(13, weight: .bold)
        var contentWidth: Double { pageSize.width - 2 * margin }
        var bottomLimit: Double { pageSize.height - margin - 14 }

        func finishPage() {
            let folio = typesetter.line(String(pages.count + 1), style: style.text(style.smallSize, color: style.mutedTextColor),
                                        x: pageSize.width / 2, baseline: pageSize.height - margin + 6, alignment: .center)
            pages.append(Page(size: pageSize, items: items + [.text(folio)], bookmarks: bookmarks))
            items = []
            bookmarks = []
            y = margin
        }

        // The publication's title on the first page.
        let titleSet = typesetter.paragraph(info.title, style: style.text(16, weight: .bold), in: (margin, y, contentWidth))
        items += titleSet.runs.map(SceneItem.text)
        y += titleSet.height + 18

        for chapter in chapters {
            // A chapter heading stays with its first figure.
            var heading: String? = chapter.title
            for figure in chapter.figures {
                let headingHeight = heading.map { typesetter.paragraph($0, style: headingStyle, in: (margin, 0, contentWidth)).height + 12 } ?? 0
                // A table too wide for the page even in its smallest type goes on landscape pages of its own.
                let needsLandscape = figureLayout.minimumWidth(of: figure).map { $0 > portrait.width - 2 * margin } ?? false
                if needsLandscape {
                    if !items.isEmpty || y > margin { finishPage() }
                    pageSize = Size(width: portrait.height, height: portrait.width)
                }
                let pageHeight = bottomLimit - margin
                var parts = figureLayout.parts(of: figure, width: contentWidth, firstHeight: bottomLimit - y - headingHeight, pageHeight: pageHeight)
                if parts.count > 1, partRows(parts[0]) < 3, y > margin {
                    // Too little room for a useful first part: start the table on a new page.
                    finishPage()
                    parts = figureLayout.parts(of: figure, width: contentWidth, firstHeight: pageHeight - headingHeight, pageHeight: pageHeight)
                }
                for (index, part) in parts.enumerated() {
                    var laid = figureLayout.layout(part, width: contentWidth, height: nil)
                    if laid.size.height > pageHeight {
                        // Taller than a page and not divisible (a chart): drawn at the page's height.
                        laid = figureLayout.layout(part, width: contentWidth, height: pageHeight)
                    }
                    warnings += laid.warnings.map { "\(figure.id): \($0)" }
                    let needed = laid.size.height + (index == 0 ? headingHeight : 0)
                    if y + needed > bottomLimit && y > margin { finishPage() }
                    if index == 0, let title = heading {
                        let placed = typesetter.paragraph(title, style: headingStyle, in: (margin, y, contentWidth))
                        bookmarks.append(Bookmark(title: title, level: 1, y: y))
                        items += placed.runs.map(SceneItem.text)
                        y += headingHeight
                        heading = nil
                    }
                    if index == 0 {
                        let label = figure.components.label(in: figure.vocabulary)
                        bookmarks.append(Bookmark(title: "\(label) \(figure.components.title)", level: chapter.title == nil ? 1 : 2, y: y))
                    }
                    items.append(.group(Group(role: "figure \(figure.id)", transform: .translation(x: margin, y: y), items: laid.items)))
                    y += laid.size.height + 24
                }
                if needsLandscape {
                    finishPage()
                    pageSize = portrait
                }
            }
        }
        if !items.isEmpty || pages.isEmpty { finishPage() }
        return (Scene(info: info, pages: pages), warnings)
    }
}
