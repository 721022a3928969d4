import Foundation
import SajianScene

/// How an SVG carries its text (template key `teks-svg:`).
public enum SVGText: String, Sendable, Hashable, CaseIterable {
    /// `<text>` elements naming the font, with a fallback: selectable, searchable, read by screen readers (`teks`).
    case elements = "teks"
    /// Cairo's glyph outlines: looks the same without the font, but is no longer text (`kurva`).
    case outlines = "kurva"
}

/// Writes a scene's first page as SVG by itself, text as `<text>`: the second walker over the display list beside
/// `CairoRenderer` (Cairo's SVG surface can only write glyph outlines).
///
/// Text runs keep their measured baseline origin and advance width (`textLength`), so the layout stays the one
/// Pango measured; halos become a stroke painted under the glyphs (`paint-order: stroke`). Coordinates are rounded
/// to 2 decimals and clip ids are numbered in document order, so the same scene gives the same bytes.
struct SVGWriter {
    private var out = ""
    private var clipCount = 0
    /// `fontFamily(_:)` of each family met, worked out once a document.
    private var families: [String: String] = [:]

    /// The page as an SVG document: `role="img"`, then `<title>`, `<desc>` and `<metadata>` for screen readers and
    /// for provenance, written in place (not searched for and inserted afterwards: that took a tenth of a map's SVG).
    static func document(_ page: Page, title: String, description: String?, provenance: String?, language: String? = nil) -> Data {
        var writer = SVGWriter()
        let width = number(page.size.width), height = number(page.size.height)
        writer.out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        writer.out += #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\#(width)pt" height="\#(height)pt" viewBox="0 0 \#(width) \#(height)" version="1.1" role="img""# + SVGAccessibility.languageAttribute(language) + ">"
        writer.out += SVGAccessibility.heading(title: title, description: description, provenance: provenance)
        writer.out += "\n"
        writer.write(page.items)
        writer.out += "</svg>\n"
        return Data(writer.out.utf8)
    }

    private mutating func write(_ items: [SceneItem]) {
        for item in items {
            switch item {
            case .group(let group): write(group)
            case .shape(let shape): write(shape)
            case .text(let run): write(run)
            case .image(let image): write(image)
            }
        }
    }

    private mutating func write(_ group: Group) {
        var attributes = ""
        if group.transform != .identity {
            let t = group.transform
            attributes += #" transform="matrix(\#([t.a, t.b, t.c, t.d, t.tx, t.ty].map { Self.number($0, decimals: 4) }.joined(separator: " ")))""#
        }
        if let clip = group.clip {
            clipCount += 1
            let id = "clip\(clipCount)"
            out += #"<clipPath id="\#(id)"><rect x="\#(Self.number(clip.x))" y="\#(Self.number(clip.y))" width="\#(Self.number(clip.width))" height="\#(Self.number(clip.height))"/></clipPath>"#
            out += "\n"
            // The clip is in the group's own coordinates: inside the transform, on a group of its own.
            if attributes.isEmpty {
                attributes = #" clip-path="url(#\#(id))""#
            } else {
                out += "<g\(attributes)>\n"
                out += #"<g clip-path="url(#\#(id))">"# + "\n"
                write(group.items)
                out += "</g>\n</g>\n"
                return
            }
        }
        if attributes.isEmpty {
            write(group.items)
            return
        }
        out += "<g\(attributes)>\n"
        write(group.items)
        out += "</g>\n"
    }

    private mutating func write(_ shape: Shape) {
        guard !shape.path.elements.isEmpty else { return }
        out += #"<path d="\#(Self.pathData(shape.path))""#
        if let fill = shape.fill {
            out += #" fill="\#(Self.rgb(fill))""#
            if fill.alpha < 1 { out += #" fill-opacity="\#(Self.number(fill.alpha, decimals: 3))""# }
        } else {
            out += #" fill="none""#
        }
        if let stroke = shape.stroke {
            out += #" stroke="\#(Self.rgb(stroke.color))" stroke-width="\#(Self.number(stroke.width))""#
            if stroke.color.alpha < 1 { out += #" stroke-opacity="\#(Self.number(stroke.color.alpha, decimals: 3))""# }
            if stroke.join == .round { out += #" stroke-linejoin="round""# }
            if !stroke.dash.isEmpty { out += #" stroke-dasharray="\#(stroke.dash.map { Self.number($0) }.joined(separator: " "))""# }
        }
        out += "/>\n"
    }

    private mutating func write(_ run: TextRun) {
        let text = SVGAccessibility.escape(run.text)
        // A run of spaces and tabs only draws nothing (`CharacterSet.whitespaces`: tab and the Unicode spaces).
        guard text.unicodeScalars.contains(where: { !CharacterSet.whitespaces.contains($0) }) else { return }
        let style = run.style
        out += #"<text x="\#(Self.number(run.origin.x))" y="\#(Self.number(run.origin.y))""#
        let family: String
        if let known = families[style.family] {
            family = known
        } else {
            family = Self.fontFamily(style.family)
            families[style.family] = family
        }
        out += #" font-family="\#(family)" font-size="\#(Self.number(style.size))""#
        if style.weight == .bold { out += #" font-weight="bold""# }
        if style.isItalic { out += #" font-style="italic""# }
        out += #" fill="\#(Self.rgb(style.color))""#
        if style.color.alpha < 1 { out += #" fill-opacity="\#(Self.number(style.color.alpha, decimals: 3))""# }
        if let halo = style.halo {
            out += #" stroke="\#(Self.rgb(halo.color))" stroke-width="\#(Self.number(halo.width))" stroke-linejoin="round" paint-order="stroke""#
        }
        // The width Pango measured: a reader's font of other metrics is fitted to the same box.
        if run.width > 0, run.text.count > 1 {
            out += #" textLength="\#(Self.number(run.width))" lengthAdjust="spacingAndGlyphs""#
        }
        out += ">\(text)</text>\n"
    }

    private mutating func write(_ image: ImageItem) {
        let frame = image.frame
        out += #"<image x="\#(Self.number(frame.x))" y="\#(Self.number(frame.y))" width="\#(Self.number(frame.width))" height="\#(Self.number(frame.height))" preserveAspectRatio="none" xlink:href="data:image/png;base64,\#(image.png.base64EncodedString())"/>"#
        out += "\n"
    }

    /// `'Noto Sans', sans-serif`: the scene's font first, then the generic family of its kind.
    static func fontFamily(_ family: String) -> String {
        let fallback = family.localizedCaseInsensitiveContains("serif") && !family.localizedCaseInsensitiveContains("sans") ? "serif" : "sans-serif"
        let name = family.replacingOccurrences(of: "'", with: "")
        // Inside a double-quoted attribute the single quotes need no escape.
        return SVGAccessibility.escape("'\(name)', \(fallback)").replacingOccurrences(of: "&apos;", with: "'")
    }

    /// The path's `d`: absolute commands, coordinates as `number` writes them. Written as bytes into a buffer sized
    /// for the longest numbers (a map's regions are tens of thousands of numbers: a `String` for each took most of an
    /// SVG's time, and appending them byte by byte to an array still a tenth).
    static func pathData(_ path: Path) -> String {
        // A command letter, then up to three points of two numbers, each number after a separator.
        let capacity = path.elements.count * (1 + 3 * 2 * (1 + maximumNumberLength))
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var end = buffer.baseAddress!
            func number(_ value: Double) { end += writeNumber(value, decimals: 2, to: end) }
            func space() { end.initialize(to: 0x20); end += 1 }
            func pair(_ command: UInt8, _ p: Point) {
                end.initialize(to: command)
                end += 1
                number(p.x)
                space()
                number(p.y)
            }
            for element in path.elements {
                switch element {
                case .move(let p): pair(0x4D, p)  // M
                case .line(let p): pair(0x4C, p)  // L
                case .curve(let a, let b, let c):
                    pair(0x43, a)  // C
                    for p in [b, c] {
                        space()
                        number(p.x)
                        space()
                        number(p.y)
                    }
                case .close: end.initialize(to: 0x5A); end += 1  // Z
                }
            }
            count = end - buffer.baseAddress!
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func rgb(_ color: Color) -> String {
        var opaque = color
        opaque.alpha = 1
        return opaque.hexString
    }

    /// A number with at most `decimals` decimals, trailing zeros dropped, never `-0`; not finite becomes 0.
    /// Written from the scaled integer (a map writes tens of thousands of these; `String(format:)` is slow on Linux).
    static func number(_ value: Double, decimals: Int = 2) -> String {
        var bytes: [UInt8] = []
        appendNumber(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// 10⁰ … 10⁶: `pow` was a twentieth of a map's SVG.
    private static let powersOfTen: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// The most bytes `writeNumber` writes: a sign, 16 whole digits, the point and 6 decimals.
    static let maximumNumberLength = 24

    /// `number(value, decimals:)`'s digits appended to `bytes`.
    static func appendNumber(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumNumberLength) { buffer in
            let count = writeNumber(value, decimals: decimals, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Writes `number(value, decimals:)`'s digits at `start` (room for `maximumNumberLength` bytes) and returns how
    /// many it wrote. Digits come from the scaled integer, the whole part's backwards into a small buffer.
    static func writeNumber(_ value: Double, decimals: Int, to start: UnsafeMutablePointer<UInt8>) -> Int {
        func one(_ byte: UInt8) -> Int { start.initialize(to: byte); return 1 }
        guard value.isFinite else { return one(0x30) }
        let decimals = min(max(0, decimals), powersOfTen.count - 1)
        let divisor = powersOfTen[decimals]
        let scaled = (value * Double(divisor)).rounded()
        if scaled == 0 { return one(0x30) }
        guard abs(scaled) < 9e15 else {
            let digits = Array(String(Int64(value.rounded())).utf8.prefix(maximumNumberLength))
            start.initialize(from: digits, count: digits.count)
            return digits.count
        }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        var whole = magnitude / divisor
        var fraction = magnitude % divisor
        var places = decimals
        while fraction != 0, fraction % 10 == 0 { fraction /= 10; places -= 1 }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, filled from the end
        return withUnsafeMutableBytes(of: &digits) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var first = maximumNumberLength
            if fraction != 0 {
                for _ in 0..<places {
                    first -= 1
                    buffer[first] = 0x30 + UInt8(fraction % 10)
                    fraction /= 10
                }
                first -= 1
                buffer[first] = 0x2E
            }
            repeat {
                first -= 1
                buffer[first] = 0x30 + UInt8(whole % 10)
                whole /= 10
            } while whole > 0
            if units < 0 {
                first -= 1
                buffer[first] = 0x2D
            }
            let count = maximumNumberLength - first
            start.initialize(from: buffer.baseAddress! + first, count: count)
            return count
        }
    }
}
