import Foundation
import SajianCatalog
import SajianModel

/// A dataset source that reads each dataset once and shares it between threads: the provincial booklets
/// bind the same few datasets 38 times.
final class SharedDatasets: DatasetSource, @unchecked Sendable {
    private let source: any DatasetSource
    private let lock = NSLock()
    private var cache: [String: Result<(dataset: Dataset, version: DatasetVersion?), any Error>] = [:]

    init(_ source: any DatasetSource) { self.source = source }

    func dataset(_ id: String, version: Int?) throws -> (dataset: Dataset, version: DatasetVersion?) {
        let key = "\(id)@\(version.map(String.init) ?? "latest")"
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return try cached.get() }
        let result = Result { try source.dataset(id, version: version) }
        cache[key] = result
        return try result.get()
    }

    var location: String { source.location }
}
