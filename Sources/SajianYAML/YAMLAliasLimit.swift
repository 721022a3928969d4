import CYaml
import SajianModel

/// Aliases are counted before Yams composes the document: Yams shares an alias's node, so a "billion laughs" document
/// is cheap to hold, but it hashes every mapping key whole to find repeated keys, and a key that is an alias of
/// nine levels of nine (43 million nodes) took minutes (found by fuzz-template). libyaml's events are read once,
/// each anchor's node counted with what its aliases bring, and a document that would expand past the limit is
/// refused at the alias that passes it. Sajian's templates and metadata never need more than a few hundred nodes.
enum YAMLAliasLimit {
    /// The most nodes a document may stand for once its aliases are expanded.
    static let maximumExpandedNodes = 100_000

    /// The 1-based line and column of the alias that makes `text` stand for more than `maximumExpandedNodes`
    /// nodes, or nil when it stays below (or is not valid YAML: Yams then says where).
    static func aliasPassingTheLimit(in text: String) -> (line: Int, column: Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var anchors: [String: Int] = [:]
            var open: [(anchor: String?, count: Int)] = [(nil, 0)]
            func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? { pointer.map { String(cString: $0) } }
            func close(_ count: Int, anchor: String?) {
                if let anchor { anchors[anchor] = count }
                open[open.count - 1].count = min(open[open.count - 1].count + count, Int.max / 2)
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_SCALAR_EVENT: close(1, anchor: name(event.data.scalar.anchor))
                case YAML_SEQUENCE_START_EVENT: open.append((name(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT: open.append((name(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if open.count > 1 { let node = open.removeLast(); close(node.count, anchor: node.anchor) }
                case YAML_ALIAS_EVENT:
                    close(name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1, anchor: nil)
                    if open.reduce(0, { min($0 + $1.count, Int.max / 2) }) > maximumExpandedNodes {
                        return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                    }
                case YAML_DOCUMENT_END_EVENT: open = [(nil, 0)]
                default: break
                }
            }
        }
    }
}
