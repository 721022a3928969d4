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

    static func document(_ page: Page) -> Data {
        var writer = SVGWriter()
        let width = number(page.size.width), height = number(page.size.height)
        writer.out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        writer.out += #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\#(width)pt" height="\#(height)pt" viewBox="0 0 \#(width) \#(height)" version="1.1">"#
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
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
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

    /// The path's `d`: absolute commands, coordinates as `number` writes them. Written as bytes (a map's regions
    /// are tens of thousands of numbers: a `String` for each took most of an SVG's time).
    static func pathData(_ path: Path) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.elements.count * 14)
        func pair(_ command: UInt8, _ p: Point) {
            bytes.append(command)
            appendNumber(p.x, decimals: 2, to: &bytes)
            bytes.append(0x20)
            appendNumber(p.y, decimals: 2, to: &bytes)
        }
        for element in path.elements {
            switch element {
            case .move(let p): pair(0x4D, p)  // M
            case .line(let p): pair(0x4C, p)  // L
            case .curve(let a, let b, let c):
                pair(0x43, a)  // C
                for p in [b, c] {
                    bytes.append(0x20)
                    appendNumber(p.x, decimals: 2, to: &bytes)
                    bytes.append(0x20)
                    appendNumber(p.y, decimals: 2, to: &bytes)
                }
            case .close: bytes.append(0x5A)  // Z
            }
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

    /// `number(value, decimals:)`'s digits appended to `bytes`.
    static func appendNumber(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else { return bytes.append(0x30) }
        let scale = pow(10, Double(decimals))
        let scaled = (value * scale).rounded()
        if scaled == 0 { return bytes.append(0x30) }
        guard abs(scaled) < 9e15 else { return bytes.append(contentsOf: String(Int64(value.rounded())).utf8) }
        let units = Int64(scaled)
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let magnitude = units.magnitude
        var whole = magnitude / divisor
        var fraction = magnitude % divisor
        if units < 0 { bytes.append(0x2D) }
        // The whole part's digits, most significant first.
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = 0x30 + UInt8(whole % 10)
                whole /= 10
                count += 1
            } while whole > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
        guard fraction != 0 else { return }
        var places = decimals
        while fraction % 10 == 0 { fraction /= 10; places -= 1 }
        bytes.append(0x2E)
        var power: UInt64 = 1
        for _ in 1..<max(1, places) { power *= 10 }
        // `places` digits, leading zeros included.
        while power > 0 {
            bytes.append(0x30 + UInt8(fraction / power % 10))
            power /= 10
        }
    }
}
