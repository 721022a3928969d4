/// A CSS pixel on a screen as the templates write screen sizes (`ukuran: 800x600`): 1 px = 0.75 pt, 96 px an inch.
/// The one conversion the template parser, the infographic canvases and the layouts' messages share.
public enum ScreenPixel {
    /// Points a pixel: 0.75.
    public static let points = 0.75
}
