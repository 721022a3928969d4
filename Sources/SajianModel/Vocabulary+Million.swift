extension Vocabulary {
    /// The word after a number counted in millions on an axis tick: "2 juta" / "2 million".
    public var million: String { self == .indonesian ? "juta" : "million" }
}
