/// One node of a YAML document as libyaml read it (see `YAMLDocument`), with its 1-based line.
/// No types are guessed: every scalar is its text; only null is told apart (`isNull`).
struct YAMLNode: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        /// The text, and whether it was written plain: no quotes, no `|` or `>`, no tag.
        case scalar(String, plain: Bool)
        /// Key/value pairs in file order; keys are unique (`YAMLDocument` refuses repeats).
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    struct Pair: Sendable, Equatable {
        var key: YAMLNode
        var value: YAMLNode
    }

    var content: Content
    var line: Int
    /// Where the node sits in the text, for `ConfigEditor`; not part of equality.
    var span = Span()

    /// libyaml's marks: 0-based columns counted in Unicode scalars, 1-based lines. `endLine` and
    /// `endColumn` are just past the node (a flow collection's closing bracket included).
    struct Span: Sendable {
        var column = 0
        var endLine = 0
        var endColumn = 0
        /// A mapping or sequence written `{…}` or `[…]`.
        var flow = false
    }

    static func == (a: YAMLNode, b: YAMLNode) -> Bool { a.content == b.content && a.line == b.line }

    /// YAML 1.2's core schema: a plain `~`, `null`, `Null`, `NULL` or nothing at all is null.
    static let nullForms: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// The scalar's text as written (a null one too: `~`, ""), nil for a mapping or a sequence.
    var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs.map { ($0.key, $0.value) } }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    var isNull: Bool {
        if case .scalar(let text, plain: true) = content { return Self.nullForms.contains(text) }
        return false
    }
}
