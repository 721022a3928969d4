import Foundation

/// A readable text dump of a scene, one line per item, coordinates rounded to 0.01: the oracle of scene tests.
public enum SceneDump {
    public static let version = "scene-dump 1"

    public static func dump(_ scene: Scene) -> String {
        var lines = [version, "info title=\(quote(scene.info.title))"]
        for (index, page) in scene.pages.enumerated() {
            lines.append("page \(index + 1) \(number(page.size.width))x\(number(page.size.height))")
            for bookmark in page.bookmarks {
                lines.append("  bookmark level=\(bookmark.level) y=\(number(bookmark.y)) \(quote(bookmark.title))")
            }
            for link in page.links {
                lines.append("  link \(rect(link.area)) -> page \(link.page + 1) y=\(number(link.y))")
            }
            dump(page.items, indent: 1, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ items: [SceneItem], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: indent)
        for item in items {
            switch item {
            case .group(let group):
                var line = "\(pad)group \(group.role)"
                if group.transform != .identity {
                    let t = group.transform
                    line += " transform=[\([t.a, t.b, t.c, t.d, t.tx, t.ty].map(number).joined(separator: " "))]"
                }
                if let clip = group.clip { line += " clip=\(rect(clip))" }
                lines.append(line)
                dump(group.items, indent: indent + 1, into: &lines)
            case .shape(let shape):
                var line = "\(pad)shape \(rect(shape.path.bounds))"
                if let fill = shape.fill { line += " fill=\(fill.hexString)" }
                if let stroke = shape.stroke {
                    line += " stroke=\(stroke.color.hexString)/\(number(stroke.width))" + (stroke.join == .miter ? "" : " join=\(stroke.join.rawValue)")
                }
                lines.append(line)
            case .image(let image):
                lines.append("\(pad)image \(rect(image.frame)) \(image.png.count) bytes")
            case .text(let run):
                let style = run.style
                lines.append("\(pad)text (\(number(run.origin.x)),\(number(run.origin.y))) w=\(number(run.width)) \(style.family) \(number(style.size))\(style.weight == .bold ? " bold" : "")\(style.isItalic ? " italic" : "") \(style.color.hexString)\(style.halo.map { " halo=\($0.color.hexString)/\(number($0.width))" } ?? "") \(quote(run.text))")
            }
        }
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
    }

    private static func rect(_ r: Rect) -> String {
        "[\(number(r.x)) \(number(r.y)) \(number(r.width)) \(number(r.height))]"
    }

    private static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension Scene {
    /// Every text run in drawing order with its absolute position (group transforms applied to the origin).
    public var textRuns: [(run: TextRun, page: Int)] {
        var result: [(TextRun, Int)] = []
        for (index, page) in pages.enumerated() {
            collect(page.items, transform: .identity) { result.append(($0, index)) }
        }
        return result
    }

    private func collect(_ items: [SceneItem], transform: Transform, _ visit: (TextRun) -> Void) {
        for item in items {
            switch item {
            case .group(let group): collect(group.items, transform: transform.concatenating(group.transform), visit)
            case .text(var run):
                run.origin = transform.apply(run.origin)
                visit(run)
            case .shape, .image: break
            }
        }
    }
}

extension Transform {
    /// `self` applied after `inner`: points go through `inner` first.
    public func concatenating(_ inner: Transform) -> Transform {
        Transform(a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
                  c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
                  tx: a * inner.tx + c * inner.ty + tx, ty: b * inner.tx + d * inner.ty + ty)
    }
}
