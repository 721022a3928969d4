/// One immutable version of a dataset in the catalog: what an output was built from.
public struct DatasetVersion: Sendable, Hashable, CustomStringConvertible {
    public var datasetID: String
    /// 1 for the first import, then 2, 3 …
    public var number: Int
    /// SHA-256 of the imported data and metadata, hex.
    public var contentHash: String

    public init(datasetID: String, number: Int, contentHash: String) {
        self.datasetID = datasetID
        self.number = number
        self.contentHash = contentHash
    }

    /// `tpt-provinsi v2 (sha256:1a2b3c4d5e6f)`.
    public var description: String { "\(datasetID) v\(number) (sha256:\(contentHash.prefix(12)))" }
}
