import Foundation
import SajianCairo
import SajianModel
import SajianScene

extension PublishOptions {
    /// The PNG scales `--scale` may ask for: beyond 4 a figure of ordinary size already passes the pixel limit.
    public static let scales = 0.25...4.0
}

extension Publisher {
    /// `scene` when its PNG at `scale` stays within `PNGOptions.maximumPixels` and `maximumSide`; otherwise the
    /// figure is refused at its line in the template, before any memory is taken for the picture.
    static func checkedForPNG(_ scene: Scene, figure: BoundFigure, scale: Double) throws -> Scene {
        let options = PNGOptions(scale: scale)
        let size = options.pixels(of: scene.pages.first?.size ?? Size(width: 0, height: 0))
        guard !PNGOptions.allows(width: size.width, height: size.height) else { return scene }
        let shown = String(format: "%.0f × %.0f px (%.1f megapixels)", size.width, size.height, size.width * size.height / 1_000_000)
        throw DiagnosticError(Diagnostic(
            at: figure.location,
            "figure `\(figure.id)`: its PNG at scale \(String(format: "%g", scale)) would be \(shown); a PNG has at most \(Int(PNGOptions.maximumPixels / 1_000_000)) megapixels and \(Int(PNGOptions.maximumSide)) px a side",
            hint: "Make the figure smaller with `ukuran:`, shorten what makes it tall (rows, `catatan:`), or publish with a lower `--scale`."))
    }
}
