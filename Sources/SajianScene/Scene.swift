import Foundation

/// A document as a display list: pages of positioned items, and nothing else.
///
/// The scene is plain data. It does not know what a table or a province is, and the backends do not
/// decide anything about placement: every text run carries its baseline origin, every shape its geometry.
public struct Scene: Sendable, Hashable {
    public var info: DocumentInfo
    public var pages: [Page]

    public init(info: DocumentInfo, pages: [Page]) {
        self.info = info
        self.pages = pages
    }
}

/// Document metadata: PDF Info, SVG `<title>` and `<desc>`.
public struct DocumentInfo: Sendable, Hashable {
    public var title: String
    public var author: String?
    public var subject: String?
    /// A description for readers who cannot see the picture (SVG `<desc>`).
    public var description: String?
    /// Where the content came from: the dataset versions (PDF keywords, SVG `<metadata>`, PNG text chunk).
    public var provenance: String?
    /// The language of its text, a BCP 47 tag ("id", "en"): the PDF's /Lang, the SVG's `xml:lang`.
    public var language: String?

    public init(title: String, author: String? = nil, subject: String? = nil, description: String? = nil, language: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.description = description
        self.language = language
    }
}

public struct Page: Sendable, Hashable {
    public var size: Size
    public var items: [SceneItem]
    /// Entries for the PDF outline (bookmarks) that point into this page.
    public var bookmarks: [Bookmark]
    /// Areas that jump to another page when clicked (PDF only), e.g. the entries of a table of contents.
    public var links: [PageLink] = []

    public init(size: Size, items: [SceneItem], bookmarks: [Bookmark] = []) {
        self.size = size
        self.items = items
        self.bookmarks = bookmarks
    }
}

/// A clickable area of a page and where it leads: a page (0-based) and a height on it.
public struct PageLink: Sendable, Hashable {
    public var area: Rect
    public var page: Int
    public var y: Double

    public init(area: Rect, page: Int, y: Double) {
        self.area = area
        self.page = page
        self.y = y
    }
}

/// A PDF outline entry: a title and where on the page it points.
public struct Bookmark: Sendable, Hashable {
    public var title: String
    public var level: Int
    public var y: Double

    public init(title: String, level: Int = 1, y: Double) {
        self.title = title
        self.level = level
        self.y = y
    }
}

/// The closed set of things a page holds.
public indirect enum SceneItem: Sendable, Hashable {
    /// Items drawn with a transform and an optional clip.
    case group(Group)
    case shape(Shape)
    case text(TextRun)
    /// A raster image (e.g. a publisher's logo) scaled into a frame.
    case image(ImageItem)
}

/// PNG bytes drawn into a frame.
public struct ImageItem: Sendable, Hashable {
    public var png: Data
    public var frame: Rect

    public init(png: Data, frame: Rect) {
        self.png = png
        self.frame = frame
    }
}

public struct Group: Sendable, Hashable {
    public var transform: Transform
    /// A clip rectangle in the group's own coordinates.
    public var clip: Rect?
    /// What the group is, for dumps and tests ("figure grafik-1", "bar Jawa Barat").
    public var role: String
    public var items: [SceneItem]

    public init(role: String, transform: Transform = .identity, clip: Rect? = nil, items: [SceneItem]) {
        self.role = role
        self.transform = transform
        self.clip = clip
        self.items = items
    }
}

/// A path, filled and/or stroked.
public struct Shape: Sendable, Hashable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?

    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
    }
}

public struct Stroke: Sendable, Hashable {
    /// How a stroke turns a corner.
    public enum Join: String, Sendable, Hashable {
        /// A sharp corner (the default): right for rectangles and axes, but a spike at a very acute angle.
        case miter
        /// A rounded corner: for outlines of regions, whose boundaries turn at every angle.
        case round
    }

    public var color: Color
    public var width: Double
    /// Dash lengths; empty for a solid line.
    public var dash: [Double]
    public var join: Join

    public init(color: Color, width: Double, dash: [Double] = [], join: Join = .miter) {
        self.color = color
        self.width = width
        self.dash = dash
        self.join = join
    }
}

public struct Path: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public var elements: [Element]

    public init(_ elements: [Element]) { self.elements = elements }

    public static func rectangle(_ rect: Rect) -> Path {
        Path([.move(Point(x: rect.minX, y: rect.minY)), .line(Point(x: rect.maxX, y: rect.minY)),
              .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.minX, y: rect.maxY)), .close])
    }

    public static func line(from a: Point, to b: Point) -> Path { Path([.move(a), .line(b)]) }

    /// A circle, as four Bézier quarters.
    public static func circle(center: Point, radius: Double) -> Path {
        var elements = arc(center: center, radius: radius, from: 0, to: 2 * .pi, startingWith: .move)
        elements.append(.close)
        return Path(elements)
    }

    /// A pie slice (or a ring segment when `innerRadius` > 0) between two angles, clockwise from 12 o'clock
    /// in radians.
    public static func slice(center: Point, radius: Double, innerRadius: Double = 0, from start: Double, to end: Double) -> Path {
        var elements = arc(center: center, radius: radius, from: start, to: end, startingWith: innerRadius > 0 ? .move : .line)
        if innerRadius > 0 {
            elements += arc(center: center, radius: innerRadius, from: end, to: start, startingWith: .line)
        } else {
            elements.insert(.move(center), at: 0)
        }
        elements.append(.close)
        return Path(elements)
    }

    public enum ArcStart { case move, line }

    /// Bézier segments of at most 90° along a circle; angle 0 is 12 o'clock, growing clockwise (y down).
    static func arc(center: Point, radius: Double, from start: Double, to end: Double, startingWith first: ArcStart) -> [Element] {
        func point(_ angle: Double, _ r: Double = radius) -> Point {
            Point(x: center.x + r * sin(angle), y: center.y - r * cos(angle))
        }
        let pieces = max(1, Int((abs(end - start) / (.pi / 2)).rounded(.up)))
        let step = (end - start) / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4) * radius
        var elements: [Element] = [first == .move ? .move(point(start)) : .line(point(start))]
        for index in 0..<pieces {
            let a = start + Double(index) * step, b = a + step
            let pa = point(a), pb = point(b)
            let c1 = Point(x: pa.x + k * cos(a), y: pa.y + k * sin(a))
            let c2 = Point(x: pb.x - k * cos(b), y: pb.y - k * sin(b))
            elements.append(.curve(c1, c2, pb))
        }
        return elements
    }

    /// The smallest rectangle holding every point of the path (control points included).
    public var bounds: Rect {
        var points: [Point] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let c): points += [a, b, c]
            case .close: break
            }
        }
        guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in points {
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// How text looks: the font and its colour.
public struct TextStyle: Sendable, Hashable {
    public enum Weight: String, Sendable { case regular, bold }

    /// An outline of the background's colour drawn around the glyphs, under them: a line or a gridline that passes
    /// behind a label is cut where the label is, so that the label stays readable.
    public struct Halo: Sendable, Hashable {
        public var color: Color
        /// The outline's full width in points (half of it lies outside the glyphs).
        public var width: Double

        public init(color: Color, width: Double) {
            self.color = color
            self.width = width
        }
    }

    public var family: String
    /// Size in points.
    public var size: Double
    public var weight: Weight
    public var isItalic: Bool
    public var color: Color
    /// Nil: no halo.
    public var halo: Halo?

    public init(family: String, size: Double, weight: Weight = .regular, isItalic: Bool = false, color: Color = .black) {
        self.family = family
        self.size = size
        self.weight = weight
        self.isItalic = isItalic
        self.color = color
    }
}

/// One line of text, placed by layout: `origin` is the left end of its baseline.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var origin: Point
    public var style: TextStyle
    /// The measured advance width, so tests and checks know its extent without a font.
    public var width: Double
    /// Measured ascent and descent above and below the baseline.
    public var ascent: Double
    public var descent: Double

    public init(text: String, origin: Point, style: TextStyle, width: Double, ascent: Double, descent: Double) {
        self.text = text
        self.origin = origin
        self.style = style
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// The box the run covers, from ascent to descent.
    public var bounds: Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent)
    }
}
