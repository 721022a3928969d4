import Foundation
import SajianScene

/// Keeps a chart's rules (gridlines, reference lines, axes) clear of its labels: a straight rule is split where it
/// would pass through a label's whole text box plus a margin, so that no line shows between or around the glyphs
/// of a value (*angka*) the way a glyph-shaped halo lets it.
public enum LabelKnockout {
    /// The room kept clear around each label's box, in points.
    public static let margin = 2.0

    /// `items` with every top-level rule (a stroked, unfilled path of straight segments) split around the boxes of
    /// all text runs among `items`, groups included. Lines inside groups (a line chart's series) are left whole.
    /// A value label (digits only) is cleared by its figures' height, not its line's: a reference line through a
    /// column of bar labels 4,86 / 4,78 / 4,63 / 4,48 stood cut from the first to the last (proof-reading 11, P-21),
    /// where between the rows it now shows.
    /// `alsoAround`: more boxes to keep rules out of (the air between a bar's end and its value).
    public static func clearing(_ items: [SceneItem], margin: Double = margin, alsoAround more: [Rect] = []) -> [SceneItem] {
        let boxes = textBoxes(items, transform: .identity, margin: margin, figuresByTheirHeight: true) + more
        guard !boxes.isEmpty else { return items }
        return items.compactMap { item in
            guard case .shape(var shape) = item, shape.stroke != nil, shape.fill == nil, let split = split(shape.path, around: boxes) else { return item }
            if split.elements.isEmpty { return nil }
            shape.path = split
            return .shape(shape)
        }
    }

    /// How high figures stand over the baseline and how far a comma hangs under it, as shares of the type size
    /// (Noto Sans: 0,714 and 0,14; a little more either way).
    static let figureHeight = 0.74, commaDepth = 0.2
    /// What a value label holds: figures, the decimal comma and the thousands point, a sign, a percent sign.
    private static let figureCharacters = CharacterSet(charactersIn: "0123456789,.%+−- \u{00A0}")

    /// The boxes of the text runs among `items`, grown by `margin` on every side, in the items' coordinates.
    /// `figuresByTheirHeight`: a run of figures only is as high as its figures (and a comma's tail), not its line.
    public static func textBoxes(_ items: [SceneItem], transform: Transform = .identity, margin: Double = margin,
                                 figuresByTheirHeight: Bool = false) -> [Rect] {
        items.flatMap { item -> [Rect] in
            switch item {
            case .group(let group):
                return textBoxes(group.items, transform: transform.concatenating(group.transform), margin: margin,
                                 figuresByTheirHeight: figuresByTheirHeight)
            case .text(let run):
                guard !run.text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
                let figures = figuresByTheirHeight && run.text.unicodeScalars.allSatisfy(figureCharacters.contains)
                let ascent = figures ? min(run.ascent, figureHeight * run.style.size) : run.ascent
                let descent = figures ? min(run.descent, commaDepth * run.style.size) : run.descent
                // Over and under figures half the margin: the figures' own height already leaves air (proof-reading
                // 12, Q-3: 1–2 px of the national line showed between four rows of values).
                let above = figures ? margin / 2 : margin
                let a = transform.apply(Point(x: run.origin.x, y: run.origin.y - ascent - above))
                let b = transform.apply(Point(x: run.origin.x + run.width, y: run.origin.y + descent + above))
                return [Rect(x: min(a.x, b.x) - margin, y: min(a.y, b.y),
                             width: abs(b.x - a.x) + 2 * margin, height: abs(b.y - a.y))]
            default: return []
            }
        }
    }

    /// `path` without the parts inside any of `boxes`, or nil when it has curves (left as it is) or is not cut.
    public static func split(_ path: Path, around boxes: [Rect]) -> Path? {
        var segments: [(Point, Point)] = []
        var start: Point?, current: Point?
        for element in path.elements {
            switch element {
            case .move(let p): start = p; current = p
            case .line(let p):
                if let from = current { segments.append((from, p)) }
                current = p
            case .close:
                if let from = current, let to = start { segments.append((from, to)) }
                current = start
            case .curve: return nil
            }
        }
        var cut = false
        var elements: [Path.Element] = []
        for (a, b) in segments {
            // The parameter ranges of the segment hidden by the boxes, merged; what is left is drawn.
            var hidden = boxes.compactMap { clip(a, b, to: $0) }.sorted { $0.0 < $1.0 }
            if hidden.isEmpty { elements += [.move(a), .line(b)]; continue }
            cut = true
            var merged: [(Double, Double)] = [hidden.removeFirst()]
            for range in hidden {
                if range.0 <= merged[merged.count - 1].1 { merged[merged.count - 1].1 = max(merged[merged.count - 1].1, range.1) } else { merged.append(range) }
            }
            var t = 0.0
            for (from, to) in merged + [(1.0, 1.0)] {
                if from > t {
                    elements += [.move(point(a, b, t)), .line(point(a, b, from))]
                }
                t = max(t, to)
            }
        }
        return cut ? Path(elements) : nil
    }

    private static func point(_ a: Point, _ b: Point, _ t: Double) -> Point { Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t) }

    /// The part of the segment from `a` to `b` inside `rect`, as parameters 0…1 (Liang–Barsky), or nil.
    public static func clip(_ a: Point, _ b: Point, to rect: Rect) -> (Double, Double)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) } else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        return t0 < t1 ? (t0, t1) : nil
    }
}
