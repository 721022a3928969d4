import CCairo
import Foundation

import SajianScene

/// Font settings shared by measuring and drawing, so that what layout measured is what Cairo draws:
/// no hinting of metrics and unrounded glyph positions, identical on PNG, PDF and SVG.
enum PangoSettings {
    static func configure(_ context: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_cairo_context_set_resolution(context, 72)  // 1 pt = 1 user unit
    }

    static func fontDescription(for style: TextStyle) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, style.family)
        pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, style.isItalic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return description
    }
}

/// Caches Pango font descriptions by text style.
final class FontDescriptions {
    private var cache: [TextStyle: OpaquePointer] = [:]

    func description(for style: TextStyle) -> OpaquePointer {
        var key = style
        key.color = .black  // colour does not change a font
        if let cached = cache[key] { return cached }
        let description = PangoSettings.fontDescription(for: key)
        cache[key] = description
        return description
    }

    deinit { cache.values.forEach { pango_font_description_free($0) } }
}

/// Measures text with Pango, exactly as `CairoRenderer` will draw it.
///
/// Not thread-safe: use one measurer on one thread at a time (Pango contexts and font maps are not shared across
/// threads).
public final class PangoTextMeasurer: TextMeasuring {
    /// Where a measurer's fonts come from.
    public enum FontMapChoice: Sendable {
        /// The font map Pango keeps for the thread that makes the measurer: free to make, and shared with every other
        /// measurer and renderer made on that thread. For a measurer used on the thread that made it.
        case thisThreads
        /// A font map of the measurer's own: its fonts are loaded again, and it may move between threads (one at a
        /// time), e.g. in a pool that hands it to whichever thread serves a request.
        case own
    }

    private let context: OpaquePointer
    private let layout: OpaquePointer
    private let fonts = FontDescriptions()
    private var metricsCache: [TextStyle: FontMetrics] = [:]
    private var widthCache: [String: [TextStyle: Double]] = [:]
    private struct WrapKey: Hashable { var text: String; var style: TextStyle; var width: Double }
    private var lineCache: [WrapKey: [String]] = [:]

    public init(fontMap choice: FontMapChoice = .thisThreads) {
        switch choice {
        case .thisThreads:
            context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        case .own:
            let fontMap = pango_cairo_font_map_new()
            context = pango_font_map_create_context(fontMap)  // the context keeps the map alive
            g_object_unref(UnsafeMutableRawPointer(fontMap))
        }
        PangoSettings.configure(context)
        layout = pango_layout_new(context)
    }

    /// The font map this measurer's fonts come from.
    var fontMap: UnsafeMutablePointer<PangoFontMap>? { pango_context_get_font_map(context) }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    private func prepare(_ text: String, style: TextStyle, width: Double?) {
        pango_layout_set_font_description(layout, fonts.description(for: style))
        pango_layout_set_width(layout, width.map { Int32($0 * Double(PANGO_SCALE)) } ?? -1)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_text(layout, text, -1)
    }

    public func metrics(for style: TextStyle) -> FontMetrics {
        var key = style
        key.color = .black
        if let cached = metricsCache[key] { return cached }
        prepare("Ag", style: style, width: nil)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        let height = Double(logical.height) / Double(PANGO_SCALE)
        let metrics = FontMetrics(ascent: baseline, descent: height - baseline, lineHeight: height)
        metricsCache[key] = metrics
        return metrics
    }

    public func width(of text: String, style: TextStyle) -> Double {
        var key = style
        key.color = .black
        if let cached = widthCache[text]?[key] { return cached }
        prepare(text, style: style, width: nil)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let width = Double(logical.width) / Double(PANGO_SCALE)
        widthCache[text, default: [:]][key] = width
        return width
    }

    public func lines(of text: String, style: TextStyle, maxWidth: Double) -> [String] {
        if width(of: text, style: style) <= maxWidth { return [text] }
        var key = WrapKey(text: text, style: style, width: maxWidth)
        key.style.color = .black
        if let cached = lineCache[key] { return cached }
        let result = wrap(text, style: style, maxWidth: maxWidth)
        lineCache[key] = result
        return result
    }

    private func wrap(_ text: String, style: TextStyle, maxWidth: Double) -> [String] {
        prepare(text, style: style, width: max(1, maxWidth))
        let bytes = Array(text.utf8)
        var result: [String] = []
        let count = pango_layout_get_line_count(layout)
        for index in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let piece = String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self)
            result.append(piece.trimmingCharacters(in: .whitespaces))
        }
        return result.filter { !$0.isEmpty }
    }
}
