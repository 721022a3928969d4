import SajianModel

/// How an observation's dimension values (a ``DimensionKey``) are stored in the catalog's `observation.coordinates`
/// column, and read back: the one place that knows the column's text.
///
/// The values are joined with U+001F (the ASCII *unit separator*), as every catalog written so far stores them, so
/// existing catalogs read unchanged and no version's bytes change. The encoding is safe because no stored value can
/// contain U+001F: the importer refuses a dimension value with any control character, naming file, line and column
/// (``DatasetImporter``), and ``encode(_:)`` refuses one that reached it some other way. Reading checks that a row
/// splits into as many values as its version's metadata has dimensions, so a damaged row is reported, never
/// shifted into the wrong dimension.
enum CoordinatesColumn {
    static let separator: Character = "\u{1F}"

    /// Why a key cannot be stored: one of its values holds the separator.
    struct UnstorableValue: Error, CustomStringConvertible {
        var value: String
        var description: String { "the dimension value \(value.debugDescription) holds U+001F, which the catalog cannot store" }
    }

    /// The column's text for `key`.
    static func encode(_ key: DimensionKey) throws -> String {
        // U+001F is a control character, so always a Character of its own: looking for its byte finds the same values.
        if let value = key.values.first(where: { $0.utf8.contains(0x1F) }) { throw UnstorableValue(value: value) }
        return key.values.joined(separator: String(separator))
    }

    /// The key stored as `text` for a dataset of `dimensionCount` dimensions; nil when the text does not split into
    /// that many values.
    static func decode(_ text: String, dimensionCount: Int) -> DimensionKey? {
        if dimensionCount == 0 { return text.isEmpty ? DimensionKey([]) : nil }
        let values = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        return values.count == dimensionCount ? DimensionKey(values) : nil
    }
}
