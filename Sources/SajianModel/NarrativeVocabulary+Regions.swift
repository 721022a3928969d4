extension NarrativeVocabulary {
    /// `{{ peringkat A }}` among kabupaten/kota: "ke-5 tertinggi dari 27 kabupaten/kota" / "5th highest of 27
    /// regencies and cities"; among provinces as ``rank(_:of:)``.
    public func rank(_ position: Int, of count: Int, regencies: Bool) -> String {
        guard regencies else { return rank(position, of: count) }
        return switch language {
        case .indonesian: "ke-\(position) tertinggi dari \(count) kabupaten/kota"
        case .english: "\(Self.englishOrdinal(position)) highest of \(count) \(count == 1 ? "regency or city" : "regencies and cities")"
        }
    }
}
