import SajianScene

// The house style as each output needs it: print keeps the sizes, screens raise small type to what a screen can show.

extension HouseStyle {
    /// The style for screens (PNG at 1x, SVG, the web export): no type under `screenMinimumTextSize` (12 px at 1x);
    /// the figure is laid out again at these sizes, never scaled down from print.
    public func forScreen() -> HouseStyle {
        var screen = self
        let least = HouseStyle.screenMinimumTextSize
        screen.minimumTextSize = least
        screen.leastLineWidth = HouseStyle.screenLeastLineWidth
        screen.smallSize = max(smallSize, least)
        screen.bodySize = max(bodySize, least)
        // The title a step over the labels, its number ("Grafik 1") in the same size.
        screen.titleSize = max(titleSize, HouseStyle.screenTitleSize)
        screen.labelSize = max(labelSize, HouseStyle.screenTitleSize)
        return screen
    }

    /// The style a figure's own file is laid out in (`gambar`, the web export, a figure on request): the screen's
    /// type in every format, so that its PDF shows the same names and numbers as its PNG and SVG (proof-reading 26: the
    /// PDF named every province where the PNG numbered ten) and stays readable where the page is scaled down to a
    /// column; a PDF keeps a map's finer boundaries.
    public func forStandaloneFigure(inPDF: Bool) -> HouseStyle {
        var standalone = forScreen()
        if inPDF {
            standalone.mapLabelTolerance = standalone.mapTolerance
            standalone.mapTolerance = HouseStyle.printMapTolerance
        }
        return standalone
    }

    /// The style a publication's pages are laid out in: print type, a map's finer boundaries.
    public func forPublication() -> HouseStyle {
        var publication = self
        publication.mapTolerance = HouseStyle.printMapTolerance
        return publication
    }

    /// The style an infographic is laid out in before its canvas's scale: no text under the style's small size (a
    /// map's labels included), which the canvas's scale brings to 24 px at 1080 px wide.
    public func forInfographic() -> HouseStyle {
        var infographic = self
        infographic.minimumTextSize = smallSize
        // Close sizes: on a canvas a panel's title need not outweigh the page's; weight sets them apart.
        infographic.titleSize = min(titleSize, smallSize * HouseStyle.infographicTitleRatio)
        infographic.labelSize = infographic.titleSize
        infographic.bodySize = min(bodySize, smallSize * HouseStyle.infographicBodyRatio)
        // Small charts: few round ticks, so that tick labels never crowd a short axis.
        infographic.valueAxisTicks = HouseStyle.infographicAxisTicks
        return infographic
    }
}

extension HouseStyle {
    /// 1 px at 1x (4/3 px a point): the thinnest line a screen draws as a line, not a grey blur.
    public static let screenLeastLineWidth = 0.75
    /// An infographic's titles and body text as multiples of its small size (7 pt: 8.5 and 7.5 pt before the canvas's scale).
    static let infographicTitleRatio = 8.5 / 7
    static let infographicBodyRatio = 7.5 / 7
    /// About how many ticks a small chart's value axis gets on an infographic.
    static let infographicAxisTicks = 3
}
