import Foundation

/// Work split over the machine's cores where its parts share nothing they change: the pieces of one layout a reader
/// waits for (a map's label ground, its name placements tried two ways at once). Each part runs once, on this thread
/// or another, and the answers come back in order, so the result is the same however the threads are scheduled.
/// Parts that measure text share one `Typesetter.serialized()`; a part must not write what another reads.
public enum Concurrently {
    /// Whether the machine has a second core at all.
    private static let hasSecondCore = ProcessInfo.processInfo.activeProcessorCount > 1
    /// Set (non-nil) on a thread inside `inTurn(_:)`: a thread-specific value, read in a few nanoseconds.
    private static let inTurnKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether work asked for on this thread is split: there is a second core, and this thread is not inside
    /// `inTurn(_:)`. Where it is not, the parts run one after the other, with no threads woken, and a caller that
    /// would only guess ahead on the spare core (a placement that may not be needed) does not.
    public static var splits: Bool {
        hasSecondCore && pthread_getspecific(inTurnKey) == nil
    }

    /// `body`, with every split it asks for on this thread run in turn: for work that already keeps every core busy
    /// (a batch of booklets, one on each core), and for checking that split work answers as work done in turn.
    public static func inTurn<T>(_ body: () throws -> T) rethrows -> T {
        let outer = pthread_getspecific(inTurnKey)
        pthread_setspecific(inTurnKey, UnsafeRawPointer(bitPattern: 1))
        defer { pthread_setspecific(inTurnKey, outer) }
        return try body()
    }

    /// `first()` and `second()`, at the same time where work `splits`.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard splits else { return (first(), second()) }
        return withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let pair = Pair(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { part in pair.run(part) }
                return (pair.a!, pair.b!)
            }
        }
    }

    /// `transform` of `0..<count`, in order, the indices dealt out in turn to two threads (neighbouring indices,
    /// often alike in cost, go to different threads).
    public static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        guard count > 1, splits else { return (0..<count).map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let slots = Slots(base: buffer.baseAddress!, count: count, transform: transform)
                DispatchQueue.concurrentPerform(iterations: 2) { part in slots.fill(every: 2, from: part) }
                initialized = count
            }
        }
    }

    /// Two parts and their answers: each thread runs one part and writes only its own answer; both are read after
    /// `concurrentPerform` returns, which waits for every part.
    private final class Pair<A, B>: @unchecked Sendable {
        let first: () -> A, second: () -> B
        var a: A?, b: B?
        init(first: @escaping () -> A, second: @escaping () -> B) { self.first = first; self.second = second }
        func run(_ part: Int) { if part == 0 { a = first() } else { b = second() } }
    }

    /// An array's uninitialised storage, each thread initialising only the elements of its own indices.
    private final class Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>, count: Int, transform: (Int) -> T
        init(base: UnsafeMutablePointer<T>, count: Int, transform: @escaping (Int) -> T) {
            self.base = base; self.count = count; self.transform = transform
        }
        func fill(every step: Int, from start: Int) {
            for index in stride(from: start, to: count, by: step) { (base + index).initialize(to: transform(index)) }
        }
    }
}
