/// The unit (*satuan*) a measure is counted in, and the unit it is shown in.
///
/// Counts of people may be shown scaled: a value stored in `orang` is divided by 1.000 to be
/// shown in `ribu orang`.
public enum MeasureUnit: Sendable, Hashable {
    case percent
    case percentagePoints
    case persons
    case thousandPersons
    case millionPersons
    case rupiah
    case rupiahPerMonth
    /// Any other unit, shown as written in the metadata.
    case other(String)

    /// Reads a unit as metadata and templates write it ("persen", "ribu orang", "rupiah_per_bulan").
    public init(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
        switch key {
        case "persen", "%", "percent": self = .percent
        case "persen poin", "poin persen": self = .percentagePoints
        case "orang", "jiwa", "persons": self = .persons
        case "ribu orang", "ribu jiwa": self = .thousandPersons
        case "juta orang", "juta jiwa": self = .millionPersons
        case "rupiah", "rp": self = .rupiah
        case "rupiah per bulan", "rupiah/bulan": self = .rupiahPerMonth
        default: self = .other(name)
        }
    }

    /// The unit's name as metadata and templates spell it, e.g. "ribu orang": the name in messages and in the
    /// headers of machine exports. On a page, use ``name(in:)``.
    public var name: String { name(in: .indonesian) }

    /// The unit's name as printed on the page in the publication's language: "ribu orang", "thousand persons".
    /// A unit the metadata names its own way is printed as written.
    public func name(in vocabulary: Vocabulary) -> String {
        switch self {
        case .percent: vocabulary.percent
        case .percentagePoints: vocabulary.percentagePoints
        case .persons: vocabulary.persons
        case .thousandPersons: vocabulary.thousandPersons
        case .millionPersons: vocabulary.millionPersons
        case .rupiah: vocabulary.rupiah
        case .rupiahPerMonth: vocabulary.rupiahPerMonth
        case .other(let name): name
        }
    }

    /// The unit of an amount of this one, its rate left out: rupiah for rupiah per bulan, the same unit otherwise. A
    /// sentence that gave a wage "per bulan" writes its change and its earlier value so.
    public var amount: MeasureUnit { self == .rupiahPerMonth ? .rupiah : self }

    /// How many persons one unit counts, for the units of people.
    private var persons: Double? {
        switch self {
        case .persons: 1
        case .thousandPersons: 1_000
        case .millionPersons: 1_000_000
        default: nil
        }
    }

    /// The factor that turns a value in `self` into a value in `target`, or nil when the two
    /// units measure different things (persen cannot be shown as orang).
    public func factor(to target: MeasureUnit) -> Double? {
        if self == target { return 1 }
        if let from = persons, let to = target.persons { return from / to }
        if (self == .rupiah || self == .rupiahPerMonth) && (target == .rupiah || target == .rupiahPerMonth) { return 1 }
        return nil
    }
}

extension String {
    /// A code-like name as a heading: "golongan_umur" → "Golongan umur", "ribu orang" → "Ribu orang".
    public var asHeading: String {
        let words = replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
