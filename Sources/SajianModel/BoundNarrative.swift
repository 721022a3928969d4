/// *Narasi* as PER.03/MEN/II/2009 Pasal 10 names its kinds.
public enum NarrativeGenre: String, Sendable, CaseIterable {
    /// *Ekspositoris*: an informative account of events.
    case expository = "ekspositoris"
    /// *Sugestif*: written to move the reader.
    case suggestive = "sugestif"
}

/// Bold and italic within a paragraph.
public struct Emphasis: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1)
    public static let italic = Emphasis(rawValue: 2)
}

/// A stretch of text with one emphasis.
public struct InlineText: Sendable, Hashable {
    public var text: String
    public var emphasis: Emphasis

    public init(_ text: String, emphasis: Emphasis = []) {
        self.text = text
        self.emphasis = emphasis
    }
}

/// A narasi with its placeholders filled and its automatic sentences written: words only, ready for layout.
public struct BoundNarrative: Sendable {
    public var id: String
    public var title: String?
    public var genre: NarrativeGenre
    /// Nil: as many as the page gives narasi.
    public var columns: Int?
    /// Paragraphs in reading order (*awal*, *tengah*, *akhir*), each a run of inline texts.
    public var paragraphs: [[InlineText]]

    public init(id: String, title: String? = nil, genre: NarrativeGenre = .expository, columns: Int? = nil,
                paragraphs: [[InlineText]]) {
        self.id = id
        self.title = title
        self.genre = genre
        self.columns = columns
        self.paragraphs = paragraphs
    }

    /// The text without emphasis, paragraphs separated by blank lines.
    public var plainText: String {
        paragraphs.map { $0.map(\.text).joined() }.joined(separator: "\n\n")
    }
}
