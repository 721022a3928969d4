import SajianLayout
import SajianModel
import SajianTemplate

/// The key-figure tiles of a publication drawn alone (the web export, `gambar`) are meant to stand side by side on a
/// page, as the infographic sets them in a row: each is drawn at the height of the tallest of them that is as wide,
/// so that a row of them is one size whatever the length of each caption (proof-reading 7, #14: the web tiles were
/// 400 × 246 and 400 × 264 px). The room a tile gains stands over its sparkline, which keeps to the tile's foot.
enum TileRow {
    /// The height each key figure is drawn at alone by `layout`, by figure id: the tallest height a key figure of its
    /// width takes alone, among those whose template gives no height. Figures of other kinds, and tiles with a
    /// height, are not listed.
    static func heights(of figures: [BoundFigure], specs: [String: FigureSpec], layout: DocumentLayout) -> [String: Double] {
        let tiles = figures.filter { $0.components.kind == .keyFigure && specs[$0.id]?.size.height == nil }
        let measured = tiles.map { tile in
            let width = specs[tile.id]?.size.width ?? FigureSize.defaultWidth
            return (figure: tile, width: width, height: layout.standalone(tile, width: width, height: nil).scene.pages.first?.size.height ?? 0)
        }
        var tallest: [Double: Double] = [:]
        for tile in measured { tallest[tile.width] = max(tallest[tile.width] ?? 0, tile.height) }
        return Dictionary(measured.map { ($0.figure.id, tallest[$0.width]!) }, uniquingKeysWith: { first, _ in first })
    }
}
