import SajianModel

/// A *narasi* block (PER.03/MEN/II/2009 Pasal 9–10): text in three parts, *awal*, *tengah* and *akhir*,
/// whose placeholders are bound to data and whose automatic sentences the engine writes from the data.
public struct NarrativeSpec: Sendable {
    public var id: String
    public var location: SourceLocation
    /// A heading printed above the text (*judul*), optional.
    public var title: String?
    /// *Ekspositoris* (an informative account) or *sugestif* (written to move the reader).
    public var genre: NarrativeGenre
    /// Columns the text flows in (*kolom*), 1 or 2.
    /// Nil: the publication's `kolom`.
    public var columns: Int?
    /// The parts in reading order: *awal*, *tengah*, *akhir*.
    public var parts: [NarrativePartSpec]

    public init(id: String, location: SourceLocation, title: String? = nil, genre: NarrativeGenre = .expository,
                columns: Int? = nil, parts: [NarrativePartSpec]) {
        self.id = id
        self.location = location
        self.title = title
        self.genre = genre
        self.columns = columns
        self.parts = parts
    }

    /// Every placeholder in the block.
    public var placeholders: [Placeholder] {
        parts.flatMap { $0.paragraphs.flatMap { $0.compactMap(\.placeholder) } }
    }

    /// Every value the block reads, from placeholders and automatic sentences.
    public var references: [ValueReference] {
        placeholders.flatMap { placeholder -> [ValueReference] in
            switch placeholder.kind {
            case .value(let a), .number(let a), .period(let a), .extreme(_, let a): [a]
            case .change(let a, let b), .rank(let a, let b): [a] + (b.map { [$0] } ?? [])
            case .share(let a, let b): [a, b]
            case .figure: []
            }
        } + parts.flatMap { $0.automatic.map(\.value) }
    }
}

/// The three parts of a narasi.
public enum NarrativePartRole: String, Sendable, CaseIterable {
    case opening = "awal"
    case body = "tengah"
    case closing = "akhir"
}

/// One part: written paragraphs, then the sentences the engine writes itself (*otomatis*).
public struct NarrativePartSpec: Sendable {
    public var role: NarrativePartRole
    public var paragraphs: [[NarrativePiece]]
    public var automatic: [AutomaticSentence]

    public init(role: NarrativePartRole, paragraphs: [[NarrativePiece]], automatic: [AutomaticSentence] = []) {
        self.role = role
        self.paragraphs = paragraphs
        self.automatic = automatic
    }
}

/// A stretch of a paragraph: literal text or a placeholder, with its emphasis (`**tebal**`, `*miring*`).
public struct NarrativePiece: Sendable {
    public enum Content: Sendable {
        case text(String)
        case placeholder(Placeholder)
    }

    public var content: Content
    public var emphasis: Emphasis

    public init(_ content: Content, emphasis: Emphasis = []) {
        self.content = content
        self.emphasis = emphasis
    }

    public var placeholder: Placeholder? {
        if case .placeholder(let placeholder) = content { return placeholder }
        return nil
    }
}

/// `{{ … }}` in a narasi, parsed: what to write in its place.
public struct Placeholder: Sendable {
    public enum Kind: Sendable {
        /// `{{ A }}`: the value with its unit, "4,91 persen".
        case value(ValueReference)
        /// `{{ angka A }}`: the number alone, "4,91".
        case number(ValueReference)
        /// `{{ periode A }}`: the period of the value, "Agustus 2024".
        case period(ValueReference)
        /// `{{ perubahan A B }}`: "turun 0,41 persen poin dibanding Agustus 2023"; without B, the same
        /// period a year earlier (else the period before).
        case change(ValueReference, from: ValueReference?)
        /// `{{ tertinggi A }}` / `{{ terendah A }}`: "Jawa Barat (6,75 persen)".
        case extreme(Extreme, ValueReference)
        /// `{{ peringkat A }}`: A's rank among the regions, "tertinggi kelima dari 38 provinsi"; `{{ peringkat A B }}`
        /// also compares A with B, a whole such as the national figure: "terendah ke-15 dari 38 provinsi dan lebih
        /// rendah daripada TPT nasional sebesar 4,91 persen".
        case rank(ValueReference, against: ValueReference?)
        /// `{{ pangsa A B }}`: A as a percentage of B, "28,9 persen".
        case share(ValueReference, of: ValueReference)
        /// `{{ ref id }}`: the number of a figure, "Grafik 2.1".
        case figure(String)
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public enum Extreme: String, Sendable {
    case highest = "tertinggi"
    case lowest = "terendah"
}

/// A value in a dataset: `tpt-provinsi.tpt(periode=2024-08, wilayah=Jawa Barat)`.
public struct ValueReference: Sendable {
    public var dataset: String
    public var measure: String
    public var filters: [Filter]
    /// As written, for messages.
    public var text: String
    public var location: SourceLocation
    /// The unit the text writes the value in (*satuan*, a `nilai:` entry's `{ data: …, satuan: juta orang }`), when
    /// not the data's: a survey's count is told as "152,11 juta orang", as BPS writes it, not to the single person.
    public var unit: Located<MeasureUnit>?

    public init(dataset: String, measure: String, filters: [Filter], text: String, location: SourceLocation,
                unit: Located<MeasureUnit>? = nil) {
        self.dataset = dataset
        self.measure = measure
        self.filters = filters
        self.text = text
        self.location = location
        self.unit = unit
    }
}

/// A sentence the engine writes from the data (`otomatis:`).
public struct AutomaticSentence: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The value and its change since the comparable earlier period.
        case change = "perubahan"
        /// The highest and the lowest region or category.
        case extremes = "tertinggi-terendah"
        /// How many regions lie above the national figure.
        case aboveNational = "di-atas-nasional"
        /// The largest shares of the total.
        case shares = "pangsa"
    }

    public var kind: Kind
    public var value: ValueReference

    public init(kind: Kind, value: ValueReference) {
        self.kind = kind
        self.value = value
    }
}

/// What a chapter holds, in reading order: numbered figures and narasi.
public enum ChapterBlock: Sendable {
    case figure(FigureSpec)
    case narrative(NarrativeSpec)

    public var figure: FigureSpec? {
        if case .figure(let figure) = self { return figure }
        return nil
    }

    public var narrative: NarrativeSpec? {
        if case .narrative(let narrative) = self { return narrative }
        return nil
    }
}
