import SajianScene

/// A body with a second, compact arrangement for small canvases (an infographic for social media): every mandatory
/// component still shown, in less room, at the same type sizes. A map puts its legend in a row under the map or a
/// column beside it, tucks its scale and north arrow into a corner of sea and states its coordinate system in one
/// line. The publication and the standalone figures keep the full arrangement.
public protocol CompactBodyLayout: BodyLayout {
    /// The height the compact arrangement needs at `width` to draw the body at its natural size.
    func compactHeight(width: Double) -> Double
    /// The least height at `width` at which the compact arrangement still draws the body legibly, every component
    /// clear of the others.
    func leastCompactHeight(width: Double) -> Double
    /// The body's items arranged compactly in `frame`.
    func compactItems(in frame: Rect) -> (items: [SceneItem], warnings: [String])
}

extension FigureLayout {
    /// The least and the natural height of `part` at `width` with its body arranged compactly (its title above, its
    /// number and source as `part` says), or nil when its body has no compact arrangement.
    public func compactHeights(of part: FigurePart, width: Double) -> (least: Double, natural: Double)? {
        guard let body = bodyLayout(for: part.figure) as? any CompactBodyLayout else { return nil }
        let chrome = chromeHeight(part, width: width)
        return (chrome + body.leastCompactHeight(width: width), chrome + body.compactHeight(width: width))
    }
}
