import CCairo
import SajianScene

/// Draws scene items on a Cairo context: the one walker shared by the PNG, PDF and SVG exporters.
///
/// It decides nothing about placement: text runs arrive with their baseline origin, shapes with their geometry.
final class CairoRenderer {
    private let cairo: OpaquePointer
    private let pango: OpaquePointer
    private let layout: OpaquePointer
    private let fonts = FontDescriptions()
    private var baselines: [TextStyle: Double] = [:]

    /// Whether the context draws on an image surface (PNG), where region boundaries are rasterised the fast way.
    private let drawsPixels: Bool

    /// The widest outline (device pixels) still taken for a region boundary on an image surface.
    static let boundaryPixelWidth = 1.5

    /// How a text halo is rasterised on an image surface: Cairo's fast 4×4 sample grid. A halo is the glyphs' outlines
    /// stroked with round joins a few pixels wide, which on the full 256×15 grid took about a fifth of the Jawa Barat
    /// kabupaten/kota map's PNG (its numbers and names carry halos); on the fast grid it takes less than half that, and
    /// 548 of the map's 1.6 million pixels change, by at most 82 of 255 at single pixels of a halo's outer edge (side
    /// by side at 100 % and 600 % the halos look the same). The glyphs themselves are drawn as before (issue 14).
    static let haloAntialias = CAIRO_ANTIALIAS_FAST

    /// `drawsPixels`: true for a PNG's image surface, false for PDF and SVG (whose paths are written, not rasterised).
    init(cairo: OpaquePointer, drawsPixels: Bool = false) {
        self.cairo = cairo
        self.drawsPixels = drawsPixels
        pango = pango_cairo_create_context(cairo)
        PangoSettings.configure(pango)
        layout = pango_layout_new(pango)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(pango))
    }

    func draw(_ items: [SceneItem]) {
        for item in items {
            switch item {
            case .group(let group): draw(group)
            case .shape(let shape): draw(shape)
            case .text(let run): draw(run)
            case .image(let image): draw(image)
            }
        }
    }

    private func draw(_ group: Group) {
        cairo_save(cairo)
        if group.transform != .identity {
            let t = group.transform
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
            cairo_transform(cairo, &matrix)
        }
        if let clip = group.clip {
            cairo_rectangle(cairo, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cairo)
        }
        draw(group.items)
        cairo_restore(cairo)
    }

    /// In a vector file (PDF, Cairo's SVG) the positions of a long outline are put on a grid of 1/`vectorGrid` point
    /// (the page's, after the groups' translations) before Cairo prints them. Cairo prints a coordinate from its 1/256
    /// point fixed point with up to three decimals (583.254); on the grid it prints at most three and mostly fewer
    /// (583.25, 583.125, 583), runs of the same digits that zlib packs far tighter. A position moves by at most 1/16
    /// point (0.022 mm, under half a dot at 600 dpi) on top of a map's 0.1 pt simplification, and shared borders,
    /// rounded alike, still meet. The national map's PDF: 140 → 99 KB, its content stream's deflate (zlib's default
    /// level, Cairo's) 20.0 → 14.5 ms (issue 14; the README's Performance section).
    static let vectorGrid = 8.0
    /// The fewest elements of a path put on that grid: an outline traced from data (a region, a coast, a long series),
    /// where the bytes are. Rectangles, rules, bars and arrows keep their exact positions.
    static let vectorGridMinimumElements = 16

    private func trace(_ path: Path) {
        cairo_new_path(cairo)
        let grid = Self.vectorGrid, page = gridMatrix(for: path)
        func place(_ p: Point) -> (x: Double, y: Double) {
            guard let m = page else { return (p.x, p.y) }
            // To the page, onto the grid, and back: the linear part is a signed permutation, its own transpose's inverse.
            let x = ((p.x * m.xx + p.y * m.xy + m.x0) * grid).rounded() / grid - m.x0
            let y = ((p.x * m.yx + p.y * m.yy + m.y0) * grid).rounded() / grid - m.y0
            return (x * m.xx + y * m.yx, x * m.xy + y * m.yy)
        }
        for element in path.elements {
            switch element {
            case .move(let p): let q = place(p); cairo_move_to(cairo, q.x, q.y)
            case .line(let p): let q = place(p); cairo_line_to(cairo, q.x, q.y)
            case .curve(let a, let b, let c): cairo_curve_to(cairo, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(cairo)
            }
        }
    }

    /// The user-to-page matrix when `path`'s positions go on the vector grid (a long path in a vector file), else nil.
    private func gridMatrix(for path: Path) -> cairo_matrix_t? {
        guard !drawsPixels, path.elements.count >= Self.vectorGridMinimumElements else { return nil }
        var m = cairo_matrix_t()
        cairo_get_matrix(cairo, &m)
        // Only under a translation, a mirror or a quarter turn (a landscape page turned on portrait paper): a scale or
        // another angle would put the grid's steps elsewhere on the page.
        let upright = m.xy == 0 && m.yx == 0 && abs(m.xx) == 1 && abs(m.yy) == 1
        let quarterTurned = m.xx == 0 && m.yy == 0 && abs(m.xy) == 1 && abs(m.yx) == 1
        return upright || quarterTurned ? m : nil
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
    }

    /// A map region's fill and white outline on an image surface: a filled shape with a round-joined stroke at most
    /// `boundaryPixelWidth` device pixels wide (a sparkline's round-joined line, unfilled, is no region). Such a shape is rasterised with Cairo's fast
    /// antialiasing (a 4×4 sample grid instead of 256×15) and its joins bevelled (a round join's arc on a line about
    /// one pixel wide covers no pixel a bevel leaves): the national map's PNG takes about a quarter fewer instructions,
    /// and side by side at 100 % it looks the same (issue 14; the README's Performance section has the comparison).
    private func isPixelBoundary(_ shape: Shape) -> Bool {
        guard drawsPixels, shape.fill != nil, let stroke = shape.stroke, stroke.join == .round else { return false }
        var dx = stroke.width, dy = 0.0
        cairo_user_to_device_distance(cairo, &dx, &dy)
        return (dx * dx + dy * dy).squareRoot() <= Self.boundaryPixelWidth
    }

    private func draw(_ shape: Shape) {
        let isBoundary = isPixelBoundary(shape)
        if isBoundary { cairo_set_antialias(cairo, CAIRO_ANTIALIAS_FAST) }
        defer { if isBoundary { cairo_set_antialias(cairo, CAIRO_ANTIALIAS_DEFAULT) } }
        trace(shape.path)
        if let fill = shape.fill {
            setColor(fill)
            if shape.stroke != nil { cairo_fill_preserve(cairo) } else { cairo_fill(cairo) }
        }
        if let stroke = shape.stroke {
            setColor(stroke.color)
            cairo_set_line_width(cairo, stroke.width)
            cairo_set_line_join(cairo, isBoundary ? CAIRO_LINE_JOIN_BEVEL : stroke.join == .round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
            cairo_set_line_cap(cairo, CAIRO_LINE_CAP_BUTT)
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cairo, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke(cairo)
        }
    }

    private func draw(_ image: ImageItem) {
        let reader = ByteReader(image.png)
        let surface = cairo_image_surface_create_from_png_stream(ByteReader.read, Unmanaged.passUnretained(reader).toOpaque())
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return }
        let width = Double(cairo_image_surface_get_width(surface)), height = Double(cairo_image_surface_get_height(surface))
        guard width > 0, height > 0 else { return }
        cairo_save(cairo)
        cairo_translate(cairo, image.frame.x, image.frame.y)
        cairo_scale(cairo, image.frame.width / width, image.frame.height / height)
        cairo_set_source_surface(cairo, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_GOOD)
        cairo_paint(cairo)
        cairo_restore(cairo)
    }

    private func draw(_ run: TextRun) {
        var key = run.style
        key.color = .black
        key.halo = nil
        pango_layout_set_font_description(layout, fonts.description(for: run.style))
        pango_layout_set_text(layout, run.text, -1)
        let baseline: Double
        if let cached = baselines[key] {
            baseline = cached
        } else {
            baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
            baselines[key] = baseline
        }
        if let halo = run.style.halo {
            // The halo first: the glyphs' outline stroked in the background's colour, then the glyphs over it. In a
            // PNG on Cairo's fast 4×4 sample grid (`haloAntialias`).
            cairo_move_to(cairo, run.origin.x, run.origin.y - baseline)
            pango_cairo_layout_path(cairo, layout)
            setColor(halo.color)
            cairo_set_line_width(cairo, halo.width)
            cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
            cairo_set_dash(cairo, nil, 0, 0)
            if drawsPixels { cairo_set_antialias(cairo, Self.haloAntialias) }
            cairo_stroke(cairo)
            if drawsPixels { cairo_set_antialias(cairo, CAIRO_ANTIALIAS_DEFAULT) }
        }
        setColor(run.style.color)
        cairo_move_to(cairo, run.origin.x, run.origin.y - baseline)
        pango_cairo_show_layout(cairo, layout)
    }
}
