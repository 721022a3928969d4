import SajianModel

extension BoundFigure {
    /// The figure a phone variant (the web export's `-seluler`, 400 px) is laid out from: the figure itself, or a
    /// map that names every region naming only its highest and lowest (`namingOnlyItsExtremes()`). A map that names
    /// only its picks is laid out as it is; nil for a map that names none, nor its extremes.
    public func phoneVariant() -> BoundFigure? {
        guard var map = body as? MapData else { return self }
        guard map.namesOnlyItsPicks else { return namingOnlyItsExtremes() }
        map.keepSeaForNamesBelow()
        var figure = self
        figure.body = map
        return figure
    }

    /// A map that names every region as a phone shows it (the web export's `-seluler`, 400 px): naming only the
    /// highest and the lowest, each with its value, as `sebut: [tertinggi, terendah]` does, with that note before the
    /// map's history. At 400 px a map naming every province named six of 38 and left DKI Jakarta's and DI
    /// Yogyakarta's discs unnamed (proof-reading 22), so the web map had no phone variant (proof-reading 47, W1); the
    /// legend gives the other provinces' classes, as on the infographic. Nil for a figure that is not such a map.
    public func namingOnlyItsExtremes() -> BoundFigure? {
        guard var map = body as? MapData, map.showsRegionLabels, !map.namesOnlyItsPicks else { return nil }
        let words = MapVocabulary.forLocale(locale)
        var extremes: [String] = []
        for (highest, word) in [(true, words.highest), (false, words.lowest)] {
            let picked = MapData.extreme(of: map.regions, highest: highest, format: map.format)
            guard !picked.isEmpty else { continue }
            extremes.append(word)
            for index in picked {
                map.regions[index].isPicked = true
                map.regions[index].printedValue = map.format.string(from: map.regions[index].value)
                map.regions[index].extreme = word
            }
        }
        guard !extremes.isEmpty else { return nil }
        let note = words.pickedNote([], extremes, map.regionsAreRegencies ? words.regencies : words.provinces)
        map.showsRegionLabels = false
        map.pickedNote = note
        map.keepSeaForNamesBelow()
        var figure = self
        let history = map.notes.last.flatMap { last in figure.components.notes.lastIndex { $0.text == last } }
        figure.components.notes.insert(FigureNote(note), at: history ?? figure.components.notes.endIndex)
        map.notes.insert(note, at: map.notes.isEmpty ? 0 : map.notes.count - 1)
        figure.body = map
        return figure
    }
}

extension MapData {
    /// More sea under the land, a thirtieth of the extent's width, as a phone's map keeps: at 400 px Jawa Barat's
    /// name had no room under Java and was lettered, its letter another province's than on the desktop map
    /// (proof-reading 48, W1, W2).
    mutating func keepSeaForNamesBelow() {
        boundaries.extent.minY -= boundaries.extent.width / 30
    }
}
