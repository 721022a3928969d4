import CCairo
import CSajianPNG
import Foundation
import SajianScene

/// What can go wrong while drawing or encoding; these are faults of the machine, not of the user's input.
public struct RenderError: Error, CustomStringConvertible {
    public var description: String
}

/// Options for PNG output.
public struct PNGOptions: Sendable, Hashable {
    /// Pixels per point at 1×: 4/3, so that a figure 600 pt wide is 800 px wide (CSS pixels).
    public static let pixelsPerPoint = 4.0 / 3.0
    /// 2 for high-density screens.
    public var scale: Double
    /// zlib level 0–9. The defaults (level 1, no row filter, default strategy) come from the sweep in
    /// `sajian-bench --sweep`: on a 1600x1000 chart they encode in about 4 ms to a file the size of Cairo's
    /// own, where Cairo's encoder (level 6, adaptive filters) takes about 30 ms. Flat chart colours compress
    /// well without filters; Paeth or adaptive filtering costs time and gains nothing here.
    public var compressionLevel: Int32
    /// A mask of PNG row filters (libpng's PNG_FILTER_*).
    public var filters: Int32
    /// zlib strategy: 0 default, 1 filtered, 2 Huffman only, 3 RLE.
    public var strategy: Int32

    /// Which encoder writes the file: Sajian's run encoder (the default), libpng with the settings above, or Cairo's
    /// own, the last two kept for comparison in benchmarks.
    public var encoder: Encoder

    /// `runs`: `sajian_runpng.c`, a one-pass encoder for flat chart colours (runs and copies of the row above in one
    /// fixed-Huffman deflate block); it ignores level, filters and strategy. Same pixels and text chunks as libpng.
    public enum Encoder: Sendable, Hashable { case runs, libpng, cairo }

    /// The most pixels one PNG may have: 40 megapixels, 160 MB while drawn. A bigger image is refused before any
    /// memory is taken for it.
    public static let maximumPixels = 40_000_000.0
    /// The longest side of a PNG, in pixels (Cairo's image surfaces end at 32,767).
    public static let maximumSide = 20_000.0

    /// The pixels of a page `size` points large at this scale, rounded as drawn.
    public func pixels(of size: Size) -> (width: Double, height: Double) {
        let factor = PNGOptions.pixelsPerPoint * scale
        return ((size.width * factor).rounded(), (size.height * factor).rounded())
    }

    /// Whether an image of `width` × `height` pixels is within `maximumSide` and `maximumPixels` (false for NaN).
    public static func allows(width: Double, height: Double) -> Bool {
        (0...maximumSide).contains(width) && (0...maximumSide).contains(height) && width * height <= maximumPixels
    }

    public init(scale: Double = 1, compressionLevel: Int32 = 1, filters: Int32 = 0x08, strategy: Int32 = 0,
                encoder: Encoder = .runs) {
        self.scale = scale
        self.encoder = encoder
        self.compressionLevel = compressionLevel
        self.filters = filters
        self.strategy = strategy
    }
}

/// The PNG, PDF and SVG exporters: one Cairo surface each, the same walker for all.
public enum CairoExport {
    /// The first page as an opaque PNG, encoded by `options.encoder`.
    public static func png(_ scene: Scene, options: PNGOptions = PNGOptions()) throws -> Data {
        guard let page = scene.pages.first else { throw RenderError(description: "the scene has no page") }
        let size = options.pixels(of: page.size)
        guard PNGOptions.allows(width: size.width, height: size.height) else {
            throw RenderError(description: "a PNG of \(String(format: "%.0f × %.0f", size.width, size.height)) px is larger than \(Int(PNGOptions.maximumPixels / 1_000_000)) megapixels or \(Int(PNGOptions.maximumSide)) px a side")
        }
        return try withDrawnSurface(page, options: options) { surface in
            switch options.encoder {
            case .runs, .libpng:
                let text = [("Title", scene.info.title), ("Description", scene.info.description ?? ""),
                            ("Source", scene.info.provenance ?? "")]
                return try encodePNG(surface, options: options, text: text.map { (key: $0.0, value: $0.1) })
            case .cairo:
                let sink = ByteSink()
                let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.pointer)
                guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: "Cairo PNG: \(String(cString: cairo_status_to_string(status)))") }
                return sink.data
            }
        }
    }

    /// The first page drawn into pixels as `png` draws it, and not encoded: what Cairo alone takes of a PNG
    /// (`sajian-bench --map`). Returns the pixels' count.
    public static func drawnPixels(_ scene: Scene, options: PNGOptions = PNGOptions()) throws -> Int {
        guard let page = scene.pages.first else { throw RenderError(description: "the scene has no page") }
        return try withDrawnSurface(page, options: options) { surface in
            Int(cairo_image_surface_get_width(surface)) * Int(cairo_image_surface_get_height(surface))
        }
    }

    /// `page` drawn by the walker on an opaque image surface at `options`' size, handed to `body` while it lives.
    private static func withDrawnSurface<T>(_ page: Page, options: PNGOptions, _ body: (OpaquePointer?) throws -> T) throws -> T {
        let factor = PNGOptions.pixelsPerPoint * options.scale
        let size = options.pixels(of: page.size)
        let width = Int32(size.width), height = Int32(size.height)
        // The pixels start white in one pass (a filled buffer), rather than zeroed by the allocator and then painted.
        let stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, width)
        let pixels = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(stride) * Int(height))
        pixels.initialize(repeating: 0xFF, count: Int(stride) * Int(height))
        defer { pixels.deallocate() }
        let surface = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, width, height, stride)
        defer { cairo_surface_destroy(surface) }
        try check(surface)
        let cairo = cairo_create(surface)!
        cairo_scale(cairo, factor, factor)
        CairoRenderer(cairo: cairo, drawsPixels: true).draw(page.items)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        return try body(surface)
    }

    /// Encodes an image surface with the run encoder or libpng: RGB without alpha for opaque pictures.
    static func encodePNG(_ surface: OpaquePointer?, options: PNGOptions, text: [(key: String, value: String)]) throws -> Data {
        let pixels = cairo_image_surface_get_data(surface)!
        let width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface)
        let stride = cairo_image_surface_get_stride(surface)
        let color = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24 ? SAJIAN_PNG_RGB : SAJIAN_PNG_RGBA
        var buffer = sajian_png_buffer()
        defer { sajian_png_buffer_free(&buffer) }
        var message = [CChar](repeating: 0, count: 256)
        let pairs = text.filter { !$0.value.isEmpty }
        let keys = pairs.map { strdup($0.key) }, values = pairs.map { strdup($0.value) }
        defer { (keys + values).forEach { free($0) } }
        let status = keys.map { UnsafePointer($0) }.withUnsafeBufferPointer { keyPointers in
            values.map { UnsafePointer($0) }.withUnsafeBufferPointer { valuePointers in
                options.encoder == .runs && color == SAJIAN_PNG_RGB
                    ? sajian_png_encode_runs(pixels, width, height, stride, keyPointers.baseAddress, valuePointers.baseAddress,
                                             Int32(pairs.count), &buffer, &message)
                    : sajian_png_encode(pixels, width, height, stride, color, options.compressionLevel, options.filters,
                                        options.strategy, keyPointers.baseAddress, valuePointers.baseAddress, Int32(pairs.count),
                                        &buffer, &message)
            }
        }
        guard status == 0 else { throw RenderError(description: "PNG encoding failed: \(String(cString: message))") }
        return Data(bytes: buffer.bytes, count: buffer.length)
    }

    /// Every page as a vector PDF with fonts embedded, document metadata and an outline from the bookmarks.
    ///
    /// `date` is written as the creation date; callers pass SOURCE_DATE_EPOCH when it is set, which makes
    /// identical input give identical bytes.
    public static func pdf(_ scene: Scene, date: Date) throws -> Data {
        let sink = ByteSink()
        let first = scene.pages.first?.size ?? Size(width: 595, height: 842)
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.pointer, first.width, first.height)
        try check(surface)
        let stamp = pdfDate(date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.info.title)
        if let author = scene.info.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        if let subject = scene.info.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Sajian")
        if let provenance = scene.info.provenance { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, provenance) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        let cairo = cairo_create(surface)!
        var parents: [Int32] = [Int32(CAIRO_PDF_OUTLINE_ROOT)]
        // Links in Cairo 1.16: an annotation's page entry points at a structure object Cairo writes only when the
        // document has a structure tree, so a PDF with links and no tagged structure is damaged (`qpdf --check`:
        // "expected 3 0 obj"); and a link given as `page=` gets no destination when its page comes later (every
        // entry of the front lists). So: one `Document` structure element around every page, and each link aims at
        // a named destination placed on its target page, which Cairo resolves when the file is finished.
        // PDFs without links are written as before.
        let hasLinks = scene.pages.contains { !$0.links.isEmpty }
        let destinations = Dictionary(grouping: Set(scene.pages.flatMap(\.links).map { LinkTarget(page: $0.page, y: Int($0.y)) }),
                                      by: \.page)
        if hasLinks { cairo_tag_begin(cairo, Self.documentStructureTag, "") }
        var size = first
        var turnedPages: [Int] = []
        for (index, page) in scene.pages.enumerated() {
            // A page of the other orientation than the first (a landscape map or table among portrait pages) is
            // drawn turned on the first page's orientation and marked /Rotate 90 below: a printer and an imposition
            // get pages of one size, the top of the turned page at the left as in a bound book, and a screen shows
            // it upright.
            let isTurned = (page.size.width > page.size.height) != (first.width > first.height)
            let paper = isTurned ? Size(width: page.size.height, height: page.size.width) : page.size
            // Only when it changes: Cairo 1.16 loses the structure tree, and so the links, when the size is set
            // again before a page that keeps it.
            if paper != size {
                cairo_pdf_surface_set_size(surface, paper.width, paper.height)
                size = paper
            }
            if isTurned {
                turnedPages.append(index)
                cairo_save(cairo)
                // The page's top edge along the paper's left: (x, y) → (y, paper height − x), an exact matrix
                // (cairo_rotate would leave cos(π/2) at 6e-17), under which the renderer still puts long outlines on
                // its vector grid (`CairoRenderer.vectorGrid`).
                var turn = cairo_matrix_t(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: paper.height)
                cairo_transform(cairo, &turn)
            }
            CairoRenderer(cairo: cairo).draw(page.items)
            if isTurned { cairo_restore(cairo) }
            // Bookmarks, destinations and links on a turned page lead to its top (the paper's left edge).
            func paperY(_ y: Double) -> Int { isTurned ? 0 : Int(y) }
            for bookmark in page.bookmarks {
                let level = max(1, min(bookmark.level, parents.count))
                parents = Array(parents.prefix(level))
                let destination = "page=\(index + 1) pos=[0 \(paperY(bookmark.y))]"
                let id = cairo_pdf_surface_add_outline(surface, parents[level - 1], bookmark.title, destination,
                                                       cairo_pdf_outline_flags_t(0))
                parents.append(id)
            }
            for target in (destinations[index] ?? []).sorted(by: { $0.y < $1.y }) {
                cairo_tag_begin(cairo, CAIRO_TAG_DEST, "name='\(target.name)' x=0 y=\(paperY(Double(target.y)))")
                cairo_tag_end(cairo, CAIRO_TAG_DEST)
            }
            for link in page.links {
                let area = isTurned
                    ? Rect(x: link.area.y, y: paper.height - link.area.x - link.area.width, width: link.area.height, height: link.area.width)
                    : link.area
                let target = LinkTarget(page: link.page, y: Int(link.y))
                cairo_tag_begin(cairo, CAIRO_TAG_LINK, "rect=[\(area.x) \(area.y) \(area.width) \(area.height)] dest='\(target.name)'")
                cairo_tag_end(cairo, CAIRO_TAG_LINK)
            }
            cairo_show_page(cairo)
        }
        if hasLinks { cairo_tag_end(cairo, Self.documentStructureTag) }
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: "PDF: \(String(cString: cairo_status_to_string(status)))") }
        return PDFIncrementalUpdate.updating(sink.data, rotating: turnedPages, language: scene.info.language)
    }

    /// The PDF structure element that holds a whole document (ISO 32000-1, 14.8.4.2).
    private static let documentStructureTag = "Document"

    /// Where a link leads: a page (0-based) and a height on it, named for the PDF's destination tree.
    private struct LinkTarget: Hashable {
        var page: Int
        var y: Int

        var name: String { "p\(page + 1)-\(y)" }
    }

    /// The first page as SVG, with `<title>` (number and title) and `<desc>` (alt text) for screen readers; text as
    /// `<text>` elements (`SVGWriter`), or as Cairo's glyph outlines when `text` is `.outlines` (`teks-svg: kurva`).
    public static func svg(_ scene: Scene, text: SVGText = .elements) throws -> Data {
        guard let page = scene.pages.first else { throw RenderError(description: "the scene has no page") }
        guard text == .outlines else {
            return SVGWriter.document(page, title: scene.info.title, description: scene.info.description, provenance: scene.info.provenance,
                                      language: scene.info.language)
        }
        return SVGAccessibility.annotate(try outlinedSVG(page), title: scene.info.title, description: scene.info.description,
                                         provenance: scene.info.provenance, language: scene.info.language)
    }

    /// The page through Cairo's SVG surface: every glyph an outline.
    private static func outlinedSVG(_ page: Page) throws -> Data {
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(ByteSink.write, sink.pointer, page.size.width, page.size.height)
        try check(surface)
        let cairo = cairo_create(surface)!
        CairoRenderer(cairo: cairo).draw(page.items)
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: "SVG: \(String(cString: cairo_status_to_string(status)))") }
        return sink.data
    }

    private static func check(_ surface: OpaquePointer?) throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "Cairo cannot create a surface: \(String(cString: cairo_status_to_string(status)))")
        }
    }

    /// ISO 8601 in UTC, as cairo_pdf_surface_set_metadata expects.
    private static func pdfDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return formatter.string(from: date)
    }
}

/// Feeds bytes to a Cairo stream reader.
final class ByteReader {
    let data: Data
    var offset = 0

    init(_ data: Data) { self.data = data }

    static let read: cairo_read_func_t = { closure, buffer, length in
        let reader = Unmanaged<ByteReader>.fromOpaque(closure!).takeUnretainedValue()
        let count = Int(length)
        guard reader.offset + count <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
        reader.data.copyBytes(to: buffer!, from: reader.offset..<reader.offset + count)
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}

/// Collects the bytes a Cairo stream surface writes.
final class ByteSink {
    var data = Data()
    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let write: cairo_write_func_t = { closure, bytes, length in
        let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
        sink.data.append(bytes!, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}
