import Foundation

/// Rendered responses by ETag, bounded by count and by bytes; the least recently used goes first.
final class ResponseCache: @unchecked Sendable {
    private struct Entry { var data: Data; var contentType: String; var used: UInt64 }
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private var bytes = 0
    let maximumEntries: Int
    let maximumBytes: Int

    init(maximumEntries: Int, maximumBytes: Int = 128 * 1024 * 1024) {
        self.maximumEntries = max(0, maximumEntries)
        self.maximumBytes = maximumBytes
    }

    func value(for key: String) -> (data: Data, contentType: String)? {
        lock.lock()
        defer { lock.unlock() }
        guard var entry = entries[key] else { return nil }
        clock += 1
        entry.used = clock
        entries[key] = entry
        return (entry.data, entry.contentType)
    }

    func store(_ data: Data, contentType: String, for key: String) {
        guard maximumEntries > 0, data.count <= maximumBytes / 4 else { return }
        lock.lock()
        defer { lock.unlock() }
        clock += 1
        if let old = entries.updateValue(Entry(data: data, contentType: contentType, used: clock), forKey: key) { bytes -= old.data.count }
        bytes += data.count
        while entries.count > maximumEntries || bytes > maximumBytes,
              let oldest = entries.min(by: { $0.value.used < $1.value.used }) {
            bytes -= oldest.value.data.count
            entries[oldest.key] = nil
        }
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
