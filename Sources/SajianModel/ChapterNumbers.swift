/// The numbers of a publication's chapters ("BAB 2"), in order: a *lampiran* (`lampiran: ya`) has none, and the
/// chapters after it go on counting. One rule for the figure numbers the binder gives ("Tabel 2.1", "Tabel L.1") and
/// the chapter marks the layout sets.
public enum ChapterNumbers {
    /// For chapters that are appendices or not (`isAppendix`, in order), each one's number, nil for an appendix.
    public static func numbers(isAppendix: [Bool]) -> [Int?] {
        var number = 0
        return isAppendix.map { appendix in
            guard !appendix else { return nil }
            number += 1
            return number
        }
    }
}
