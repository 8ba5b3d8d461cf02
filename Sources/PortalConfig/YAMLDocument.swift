import CYAML

/// Why a text could not be read as one YAML document.
enum YAMLError: Error, Equatable {
    /// libyaml's own words, e.g. "did not find expected ',' or ']' (while parsing a flow sequence)".
    case syntax(line: Int, String)
    /// The same key twice in one mapping; the line of the second one.
    case duplicateKey(String, line: Int)
    /// `*name`: aliases are refused rather than resolved (a config file has no use for them).
    case alias(String, line: Int)
}

/// Reads a YAML text into `YAMLNode`s with libyaml's event parser. libyaml does all the parsing;
/// this only assembles its events into a tree, refusing repeated keys, aliases and more than one
/// document.
enum YAMLDocument {
    /// Deeper nesting than a config file could need is refused, so the recursion stays shallow.
    static let maximumDepth = 64

    /// The document's root node; nil for a text without one (empty, or only comments).
    static func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
        // libyaml reads straight from this buffer. The NUL after the text is not part of the input:
        // it keeps the buffer non-empty, as libyaml asserts a non-NULL pointer even for no text.
        let utf8 = text.utf8
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: utf8.count + 1)
        defer { input.deallocate() }
        _ = input.initialize(from: utf8)
        input[utf8.count] = 0

        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw .syntax(line: 1, "out of memory") }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, input.baseAddress, utf8.count)

        let events = Events(parser: parser, input: UnsafeBufferPointer(input))
        return try events.document()
    }
}

/// libyaml's events, copied into Swift values one at a time (each C event is freed at once).
private struct Events {
    enum Kind: Equatable {
        case streamStart, streamEnd, documentStart, documentEnd
        case scalar(String, plain: Bool)
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
        case alias(String)
    }

    typealias Event = (kind: Kind, line: Int, span: YAMLNode.Span)

    let parser: UnsafeMutablePointer<yaml_parser_t>
    let input: UnsafeBufferPointer<UInt8>

    /// STREAM-START, then either STREAM-END (no document) or one DOCUMENT-START node DOCUMENT-END
    /// followed by STREAM-END.
    func document() throws(YAMLError) -> YAMLNode? {
        try expect(.streamStart, try next())
        let start = try next()
        if start.kind == .streamEnd { return nil }
        try expect(.documentStart, start)
        let root = try node(try next(), depth: 0)
        try expect(.documentEnd, try next())
        let end = try next()
        if end.kind != .streamEnd {
            throw .syntax(line: end.line, "expected a single document in the stream, but found another document")
        }
        return root
    }

    private func node(_ event: Event, depth: Int) throws(YAMLError) -> YAMLNode {
        guard depth < YAMLDocument.maximumDepth else {
            throw .syntax(line: event.line, "nested more than \(YAMLDocument.maximumDepth) levels deep")
        }
        switch event.kind {
        case .scalar(let text, let plain):
            return YAMLNode(content: .scalar(text, plain: plain), line: event.line, span: event.span)
        case .alias(let name):
            throw .alias(name, line: event.line)
        case .sequenceStart:
            var items: [YAMLNode] = []
            var end = event.span
            while true {
                let item = try next()
                if item.kind == .sequenceEnd { end = Self.closed(event.span, by: item); break }
                items.append(try node(item, depth: depth + 1))
            }
            return YAMLNode(content: .sequence(items), line: event.line, span: end)
        case .mappingStart:
            var pairs: [YAMLNode.Pair] = []
            var seen: Set<String> = []
            var end = event.span
            while true {
                let keyEvent = try next()
                if keyEvent.kind == .mappingEnd { end = Self.closed(event.span, by: keyEvent); break }
                let key = try node(keyEvent, depth: depth + 1)
                if let name = key.scalar, !seen.insert(name).inserted { throw .duplicateKey(name, line: key.line) }
                pairs.append(YAMLNode.Pair(key: key, value: try node(try next(), depth: depth + 1)))
            }
            return YAMLNode(content: .mapping(pairs), line: event.line, span: end)
        default:   // libyaml's event grammar never puts a stream or document event here
            throw .syntax(line: event.line, "unexpected \(event.kind)")
        }
    }

    /// A collection's span ends where its end event does (a block one's end event may sit on a later line).
    private static func closed(_ start: YAMLNode.Span, by end: Event) -> YAMLNode.Span {
        YAMLNode.Span(column: start.column, endLine: end.span.endLine, endColumn: end.span.endColumn, flow: start.flow)
    }

    private func expect(_ kind: Kind, _ event: Event) throws(YAMLError) {
        guard event.kind == kind else { throw .syntax(line: event.line, "unexpected \(event.kind)") }
    }

    private func next() throws(YAMLError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        var span = YAMLNode.Span(column: Int(event.start_mark.column), endLine: Int(event.end_mark.line) + 1,
                                 endColumn: Int(event.end_mark.column))
        switch event.type {
        case YAML_STREAM_START_EVENT: return (.streamStart, line, span)
        case YAML_STREAM_END_EVENT: return (.streamEnd, line, span)
        case YAML_DOCUMENT_START_EVENT: return (.documentStart, line, span)
        case YAML_DOCUMENT_END_EVENT: return (.documentEnd, line, span)
        case YAML_SEQUENCE_START_EVENT:
            span.flow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            return (.sequenceStart, line, span)
        case YAML_SEQUENCE_END_EVENT: return (.sequenceEnd, line, span)
        case YAML_MAPPING_START_EVENT:
            span.flow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
            return (.mappingStart, line, span)
        case YAML_MAPPING_END_EVENT: return (.mappingEnd, line, span)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return (.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil), line, span)
        case YAML_ALIAS_EVENT:
            return (.alias(String(cString: event.data.alias.anchor)), line, span)
        default:   // YAML_NO_EVENT: libyaml returns it only after the stream has ended
            throw .syntax(line: line, "unexpected end of the text")
        }
    }

    /// libyaml's problem and context ("… (while parsing a block mapping)") at the problem's line.
    private func syntaxError() -> YAMLError {
        let state = parser.pointee
        var text = state.problem.map { String(cString: $0) } ?? "cannot be parsed"
        if let context = state.context { text += " (" + String(cString: context) + ")" }
        // The reader (bad bytes, control characters) gives a byte offset, not a mark.
        let line = state.error == YAML_READER_ERROR
            ? 1 + input.prefix(state.problem_offset).count(where: { $0 == UInt8(ascii: "\n") })
            : Int(state.problem_mark.line) + 1
        return .syntax(line: line, text)
    }
}
