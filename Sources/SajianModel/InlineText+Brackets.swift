extension Array where Element == InlineText {
    /// Brackets side by side become one: ") (" across or inside pieces reads "; ", each character keeping its
    /// piece's emphasis. "SD ke bawah (35,8 persen) (Grafik 3.2)" → "SD ke bawah (35,8 persen; Grafik 3.2)".
    public func mergingAdjacentBrackets() -> [InlineText] {
        var characters = enumerated().flatMap { index, piece in piece.text.map { (character: $0, piece: index) } }
        var index = 0
        while index + 2 < characters.count {
            if characters[index].character == ")", characters[index + 1].character == " ", characters[index + 2].character == "(" {
                characters[index].character = ";"
                characters.remove(at: index + 2)
            }
            index += 1
        }
        return indices.compactMap { index in
            let text = String(characters.filter { $0.piece == index }.map(\.character))
            return text.isEmpty ? nil : InlineText(text, emphasis: self[index].emphasis)
        }
    }
}
