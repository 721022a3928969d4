import Foundation
import SajianModel

/// Wholes and parts, shared by the forms: which categories are aggregates, the note on regions a figure does not
/// show, and the note on parts that do not add up to their whole.
extension BindingContext {
    /// The values of dimension `index` that stand for a whole (Indonesia, a *Jumlah* row, a declared `agregat:`),
    /// found once for the figure; see ``Aggregates``.
    public func aggregates(ofDimension index: Int) -> Set<String> {
        dataset.aggregates(ofDimension: index)
    }

    /// The aggregates among `categories` (values of dimension `index`) that a chart of parts leaves out: every one,
    /// but those the template asks for by name in `saring:` on that dimension (`saring: { wilayah: [Jawa Tengah,
    /// Indonesia] }`), and none when every category is one (a chart of the whole alone, e.g. Indonesia by period).
    public func aggregatesLeftOut(ofDimension index: Int, categories: [String]) -> Set<String> {
        let all = aggregates(ofDimension: index)
        guard categories.contains(where: { !all.contains($0) }) else { return [] }
        let named = figure.filters.filter { !$0.excludes && dataset.dimensionIndex($0.dimension.value) == index }.flatMap(\.values)
        return all.subtracting(named)
    }

    /// How many missing regions a note names one by one; beyond this it counts them.
    public static let missingRegionsNamed = 8

    /// The note a figure needs when its categories (`shown`, values of dimension `index`) are the regions of a
    /// reference list and leave some of them out: "Data untuk Papua Barat tidak tersedia." (up to
    /// ``missingRegionsNamed`` names) or "Data hanya tersedia untuk 13 dari 38 provinsi.".
    ///
    /// No note when the template's `catatan:` names every missing region itself, or when the template chose the regions itself: a `saring:` on the region dimension or on any dimension
    /// with a reference list (a list of values, or `kecuali:` of anything but aggregates), or `chosen` (a table's `teratas:`, whose *Lainnya*
    /// row holds the rest). Aggregates are neither shown regions nor missing ones.
    public func missingRegionsNote(shown: [String], dimension index: Int, chosen: Bool = false) -> String? {
        guard !chosen, let reference = dataset.referenceCodes(ofDimension: index) else { return nil }
        let metadata = dataset.metadata
        let deliberate = figure.filters.contains { filter in
            guard let filtered = dataset.dimensionIndex(filter.dimension.value),
                  filtered == index || metadata.codeLists[filter.dimension.value] != nil else { return false }
            // `kecuali: { wilayah: Indonesia }` leaves out the whole, not regions.
            return !(filter.excludes && Set(filter.values).isSubset(of: aggregates(ofDimension: filtered)))
        }
        guard !deliberate else { return nil }
        let codes = Set(shown.compactMap { reference.codes[$0] })
        let regions = reference.list.regions(scopedTo: codes)
        let present = regions.filter { codes.contains($0.code) }
        guard !present.isEmpty, present.count < regions.count else { return nil }
        let words = AggregateVocabulary.forLocale(locale)
        let missing = regions.filter { !codes.contains($0.code) }.map(\.name)
        // The template's own note already names every region left out (and says why): not twice.
        let written = figure.notes.joined(separator: " ")
        if missing.allSatisfy(written.contains) { return nil }
        return missing.count <= Self.missingRegionsNamed ? words.missingRegions(missing)
            : words.regionsShown(present.count, of: regions.count, regions: words.regions(of: reference.list))
    }

    /// Whether `parts` (summed) and `whole` differ by more than rounding can explain: each of the `count` parts and the
    /// whole may be off by half a unit of the last of `decimals` places.
    public func partsDisagree(_ parts: Double, whole: Double, count: Int, decimals: Int) -> Bool {
        abs(parts - whole) > 0.5 * Foundation.pow(10, -Double(decimals)) * Double(count + 1)
    }
}
