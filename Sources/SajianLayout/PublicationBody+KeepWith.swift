import SajianModel

extension PublicationLayout.BodyFlow {
    /// The narasi that closes a chapter right after the figure at `index` (an ajakan box under the last chart), if any.
    func closingText(after index: Int, in blocks: [BoundBlock]) -> BoundNarrative? {
        guard index == blocks.count - 2, case .narrative(let narrative) = blocks[index + 1] else { return nil }
        return narrative
    }

    /// The height to draw a chart or map at so that the narasi closing its chapter fits under it on this page, when it
    /// does not at `natural` (its own height) and drawing it that short keeps within the squeeze limits
    /// (`figureSqueezeRatio` of its own height, `figureSqueezeMinimum`): a chapter does not end on a page that holds
    /// only a few lines of text (review 3, finding 3: the bulletin's Ajakan alone on its last page). nil: no change.
    func keptHeight(natural: Double, drawn: Double, room: Double, closing: BoundNarrative) -> Double? {
        guard let text = height(of: closing), drawn + measures.figureGap + text > room else { return nil }
        let height = room - measures.figureGap - text - 1
        guard height < drawn, height >= max(measures.figureSqueezeMinimum, measures.figureSqueezeRatio * natural) else { return nil }
        return height
    }

    /// How tall `narrative` is set from the top of a page, or nil if it needs more than a page.
    private func height(of narrative: BoundNarrative) -> Double? {
        var trial = self
        trial.newPage()
        let top = trial.y, pageCount = trial.pages.count
        trial.place(narrative)
        guard trial.pages.count == pageCount else { return nil }
        return trial.page.used - top
    }
}
