import SajianModel

/// A reference list that a column's values can be matched against when a metadata draft is made: it says how many
/// of the values it recognises. The candidates are a list (``candidates``) so that another list (the kabupaten/kota
/// codes) plugs in with one line.
public struct ReferenceMatcher: Sendable {
    /// The list's name as the metadata writes it (`provinsi-bps`), or a description for lists of names.
    public var name: String
    /// The `kode-referensi:` the draft writes for a column of this list's codes; nil for a list of names.
    public var codeList: ReferenceCodeList?
    /// Whether the list holds `value` (a code or, for a list of names, a name compared as ``ReferenceCodeList/comparable(_:)``).
    public var recognises: @Sendable (String) -> Bool

    public init(name: String, codeList: ReferenceCodeList?, recognises: @escaping @Sendable (String) -> Bool) {
        self.name = name
        self.codeList = codeList
        self.recognises = recognises
    }

    /// The lists Sajian knows: the provinces' BPS and Kemendagri codes and their names.
    public static let candidates: [ReferenceMatcher] = {
        let names = Set(([ProvinceCodes.national] + ProvinceCodes.all).flatMap { [ReferenceCodeList.comparable($0.name), ReferenceCodeList.comparable($0.bpsName)] })
        return [
            ReferenceMatcher(name: "provinsi-bps", codeList: .provinceBPS) { ReferenceCodeList.provinceBPS.contains($0) },
            ReferenceMatcher(name: "provinsi-kemendagri", codeList: .provinceKemendagri) { ReferenceCodeList.provinceKemendagri.contains($0) },
            ReferenceMatcher(name: "nama provinsi", codeList: nil) { names.contains(ReferenceCodeList.comparable($0)) },
        ]
    }()

    /// What a column's distinct values matched.
    public struct Match: Sendable, Equatable {
        public var list: String
        public var codeList: ReferenceCodeList?
        public var matched: Int
        public var total: Int
    }

    /// The list among `candidates` that recognises most of `values` (distinct, non-empty), the first on a tie; nil
    /// when none recognises any.
    public static func bestMatch(for values: [String], among candidates: [ReferenceMatcher] = candidates) -> Match? {
        let distinct = Array(Set(values.map(\.trimmingSpaces).filter { !$0.isEmpty }))
        guard !distinct.isEmpty else { return nil }
        var best: Match?
        for candidate in candidates {
            let matched = distinct.filter(candidate.recognises).count
            if matched > 0, matched > (best?.matched ?? 0) {
                best = Match(list: candidate.name, codeList: candidate.codeList, matched: matched, total: distinct.count)
            }
        }
        return best
    }
}
