import Testing
@testable import PortalConfig

/// The libyaml wrapper: the tree it builds, with lines, and what it refuses.
@Suite struct YAMLDocumentTests {
    func scalar(_ text: String, _ line: Int, plain: Bool = true) -> YAMLNode {
        YAMLNode(content: .scalar(text, plain: plain), line: line)
    }

    func parse(_ text: String) throws -> YAMLNode? { try YAMLDocument.parse(text) }

    func error(_ text: String) -> YAMLError? {
        do { _ = try YAMLDocument.parse(text); return nil } catch { return error }
    }

    @Test func nestedMappingsWithTheirLines() throws {
        let root = try #require(try parse("# settings\nprofile: work\nprofiles:\n  work:\n    url: https://x.example/api\n"))
        let profiles = YAMLNode(content: .mapping([
            .init(key: scalar("work", 4), value: YAMLNode(content: .mapping([
                .init(key: scalar("url", 5), value: scalar("https://x.example/api", 5)),
            ]), line: 5)),
        ]), line: 4)
        #expect(root == YAMLNode(content: .mapping([
            .init(key: scalar("profile", 2), value: scalar("work", 2)),
            .init(key: scalar("profiles", 3), value: profiles),
        ]), line: 2))
        #expect(root.mapping?.map(\.key.scalar) == ["profile", "profiles"])   // file order
    }

    @Test func blockAndFlowSequences() throws {
        let root = try #require(try parse("keys:\n  a:\n    - R\n    - 'F5'\n  b: [R, F5]\n  c: []\n"))
        let keys = try #require(root.mapping?.first?.value.mapping)
        #expect(keys[0].value == YAMLNode(content: .sequence([scalar("R", 3), scalar("F5", 4, plain: false)]), line: 3))
        #expect(keys[1].value == YAMLNode(content: .sequence([scalar("R", 5), scalar("F5", 5)]), line: 5))
        #expect(keys[2].value.sequence == [])
    }

    @Test(arguments: ["a: ~", "a: null", "a: Null", "a: NULL", "a:", "a: \n"])
    func nullForms(_ text: String) throws {
        let value = try #require(try parse(text)?.mapping?.first?.value)
        #expect(value.isNull)
        #expect(value.scalar != nil)   // still a scalar, as written
    }

    @Test(arguments: ["a: \"~\"", "a: '~'", "a: 'null'", "a: \"\"", "a: !!str ~", "a: nil", "a: NUll", "a: |\n  ~\n"])
    func quotedOrOtherwiseWrittenIsNotNull(_ text: String) throws {
        let value = try #require(try parse(text)?.mapping?.first?.value)
        #expect(!value.isNull)
    }

    @Test func scalarsKeepTheirTextUntyped() throws {
        let root = try #require(try parse("n: 012\nb: yes\nf: 1.50\nq: \"a\\tb\"\nu: é ✓\n"))
        #expect(root.mapping?.map(\.value.scalar) == ["012", "yes", "1.50", "a\tb", "é ✓"])
    }

    @Test func blockScalarsAndTheirLines() throws {
        let root = try #require(try parse("a: |\n  one\n  two\nb: >\n  folded\n  text\nc: x\n"))
        #expect(root.mapping?.map(\.value) == [scalar("one\ntwo\n", 1, plain: false),
                                               scalar("folded text\n", 4, plain: false), scalar("x", 7)])
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "# one\n\n   # two\n"])
    func noDocument(_ text: String) throws {
        #expect(try parse(text) == nil)
    }

    @Test func aBareDocumentMarkerIsANullRoot() throws {
        #expect(try parse("---\n")?.isNull == true)
    }

    @Test func topLevelNeedNotBeAMapping() throws {
        #expect(try parse("- a\n- b\n") == YAMLNode(content: .sequence([scalar("a", 1), scalar("b", 2)]), line: 1))
        #expect(try parse("just words") == scalar("just words", 1))
    }

    @Test func syntaxErrorsCarryLibyamlsWordsAndTheLine() {
        #expect(error("profiles:\n  work:\n    url: [unclosed\n    user: x\n")
                == .syntax(line: 4, "did not find expected ',' or ']' (while parsing a flow sequence)"))
        #expect(error("a: b: c\n") == .syntax(line: 1, "mapping values are not allowed in this context"))
        #expect(error("a: 1\n b: 2\n") == .syntax(line: 2, "mapping values are not allowed in this context"))
        #expect(error("a: \"open\n") == .syntax(line: 2, "found unexpected end of stream (while scanning a quoted scalar)"))
    }

    @Test func controlCharactersAreAReaderErrorOnTheirLine() {
        #expect(error("a: 1\nb: \u{1}\n") == .syntax(line: 2, "control characters are not allowed"))
    }

    @Test func duplicateKeysNameTheKeyAndTheSecondLine() {
        #expect(error("a: 1\nb: 2\na: 3\n") == .duplicateKey("a", line: 3))
        #expect(error("p:\n  work: 1\n  'work': 2\n") == .duplicateKey("work", line: 3))
        #expect(error("{x: 1, x: 2}") == .duplicateKey("x", line: 1))
    }

    @Test func theSameKeyInDifferentMappingsIsFine() throws {
        #expect(try parse("a:\n  url: 1\nb:\n  url: 2\n") != nil)
    }

    @Test func aliasesAreRefused() {
        #expect(error("base: &b x\nother: *b\n") == .alias("b", line: 2))
        #expect(error("a: &m {k: v}\nb:\n  - *m\n") == .alias("m", line: 3))
    }

    @Test func anchorsWithoutAliasesAreHarmless() throws {
        #expect(try parse("a: &x 1\n")?.mapping?.first?.value == scalar("1", 1))
    }

    @Test func onlyOneDocument() {
        #expect(error("a: 1\n---\nb: 2\n")
                == .syntax(line: 2, "expected a single document in the stream, but found another document"))
    }

    @Test func deepNestingIsRefused() throws {
        #expect(error(String(repeating: "[", count: 1000)) == .syntax(line: 1, "nested more than 64 levels deep"))
        #expect(try parse(String(repeating: "[", count: 63) + String(repeating: "]", count: 63)) != nil)
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try parse("\u{FEFF}a: 1\n")?.mapping?.first?.key == scalar("a", 1))
    }
}
