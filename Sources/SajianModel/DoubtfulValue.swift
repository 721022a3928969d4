/// A value the dataset's metadata marks as doubtful (*diragukan*): the source prints it, so tables and charts show it
/// as printed with their note, but narasi states no change, rank or tie that rests on it. Declared once, e.g. the UMK
/// 2023 of Kota Sukabumi, which the source gives exactly as Kabupaten Cianjur's:
///
/// ```yaml
/// diragukan:
///   - kode_wilayah: ["3272"]          # the rows (any dimension but the period; by code or by label)
///     periode: [2023]                  # the periods of the doubtful values
///     alasan: sama persis dengan UMK 2023 Kabupaten Cianjur dalam sumber yang sama
/// ```
///
/// Read and checked where the metadata is read (`SajianCatalog`), with the same rules as `tidak-sebanding:`;
/// afterwards only this type travels, on ``DatasetMetadata/doubtfulValues``, asked through ``Dataset/doubt(about:)``.
public struct DoubtfulValue: Sendable, Hashable {
    /// The rows it concerns: dimension name → the codes or labels named (as ``ComparabilityBreak/scope``).
    public var scope: [String: Set<String>]
    /// The periods whose values in those rows are doubtful.
    public var periods: Set<Period>
    /// Why, as a clause that follows "karena", in the metadata's own words.
    public var reason: String
    /// Where the entry was declared, for messages.
    public var location: SourceLocation

    public init(scope: [String: Set<String>], periods: Set<Period>, reason: String, location: SourceLocation) {
        self.scope = scope
        self.periods = periods
        self.reason = reason
        self.location = location
    }
}

extension Dataset {
    /// The declaration, if any, that marks the value at `coordinates` (an observation's, in the order of
    /// ``DatasetMetadata/dimensions``, its period included) as doubtful.
    public func doubt(about coordinates: [String]) -> DoubtfulValue? {
        guard let periodIndex = periodDimensionIndex, coordinates.indices.contains(periodIndex),
              let period = Period(code: coordinates[periodIndex]) else { return nil }
        return metadata.doubtfulValues.first { $0.periods.contains(period) && concerns(scope: $0.scope, coordinates) }
    }
}
