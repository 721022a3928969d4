/// A break in comparability (*tidak sebanding*): the values of some rows in some periods measure something other
/// than the same rows in the other periods, so no change may be computed across the break and no line drawn
/// across it. The dataset's metadata declares it once, e.g. the 2023 TPT of Papua and Papua Barat, which may still
/// cover the territory before the 2022 split:
///
/// ```yaml
/// tidak-sebanding:
///   - kode_wilayah: ["91", "94"]          # the rows (any dimension but the period; by code or by label)
///     periode: [2023-02, 2023-08]        # the periods on one side of the break
///     alasan: BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022
/// ```
///
/// Read and checked where the metadata is read (`SajianCatalog`); afterwards only this type travels, on
/// ``DatasetMetadata/comparabilityBreaks``. Narasi (`{{ perubahan … }}`) omits a change across it and says why; a
/// line chart asks ``Dataset/comparabilityBreak(for:between:and:)`` for each pair of neighbouring points of a series
/// and breaks the line where it answers.
public struct ComparabilityBreak: Sendable, Hashable {
    /// The rows it concerns: dimension name → the codes or labels named. A row is concerned when each of these
    /// dimensions holds one of the values listed (or its label, ``DatasetMetadata/valueLabels``). Empty: every row.
    public var scope: [String: Set<String>]
    /// The periods on one side of the break: a value in one of them is not comparable with a value of the same
    /// row in a period not listed.
    public var periods: Set<Period>
    /// Why, as a clause that follows "karena" ("BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022"),
    /// in the metadata's own words.
    public var reason: String
    /// Where the entry was declared, for messages.
    public var location: SourceLocation

    public init(scope: [String: Set<String>], periods: Set<Period>, reason: String, location: SourceLocation) {
        self.scope = scope
        self.periods = periods
        self.reason = reason
        self.location = location
    }

    /// Whether the break separates `first` from `second` for a row: one period is listed and the other is not.
    public func separates(_ first: Period, _ second: Period) -> Bool {
        periods.contains(first) != periods.contains(second)
    }
}

extension Dataset {
    /// Whether `coordinates` (an observation's, in the order of ``DatasetMetadata/dimensions``) lie in the rows
    /// `comparabilityBreak` concerns.
    public func concerns(_ comparabilityBreak: ComparabilityBreak, _ coordinates: [String]) -> Bool {
        concerns(scope: comparabilityBreak.scope, coordinates)
    }

    /// Whether `coordinates` lie in the rows `scope` names (dimension → codes or labels; empty: every row).
    public func concerns(scope: [String: Set<String>], _ coordinates: [String]) -> Bool {
        scope.allSatisfy { dimension, values in
            guard let index = dimensionIndex(dimension), coordinates.indices.contains(index) else { return false }
            let code = coordinates[index]
            return values.contains(code) || metadata.valueLabels[dimension]?[code].map(values.contains) == true
        }
    }

    /// The break, if any, that makes the value of the row at `coordinates` in period `first` not comparable with its
    /// value in `second`: narasi writes no change between them, a line chart draws no segment between them.
    public func comparabilityBreak(for coordinates: [String], between first: Period, and second: Period) -> ComparabilityBreak? {
        metadata.comparabilityBreaks.first { $0.separates(first, second) && concerns($0, coordinates) }
    }
}
