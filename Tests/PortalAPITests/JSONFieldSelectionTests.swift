import Testing
import PortalAPI

/// `--json FIELDS`: the list checked against a command's fields, then applied to its output.
@Suite struct JSONFieldSelectionTests {
    let known = ["id", "domain", "label", "status", "password"]
    let services: JSONValue = .array([
        .object(["id": .string("301"), "domain": .string("a.example"), "label": .string(""), "status": .string("Active"), "total": .number(9)]),
        .object(["id": .string("302"), "domain": .string("b.example"), "label": .null, "status": .string("Suspended"), "total": .number(1)]),
    ])

    @Test func eachObjectOfAListKeepsOnlyTheSelectedFields() throws {
        let selection = try JSONFieldSelection("id, status,id", known: known)
        #expect(selection.fields == ["id", "status"])
        #expect(selection.apply(services) == .array([
            .object(["id": .string("301"), "status": .string("Active")]),
            .object(["id": .string("302"), "status": .string("Suspended")]),
        ]))
    }

    @Test func anObjectKeepsTheSelectedFieldsItHasAndNullsStay() throws {
        let service: JSONValue = .object(["id": .string("301"), "label": .null, "domain": .string("a.example")])
        #expect(try JSONFieldSelection("label,password", known: known).apply(service) == .object(["label": .null]))
    }

    @Test(arguments: [("id,colour", "--json: unknown field “colour”"), ("", "--json: name one or more fields, separated by commas"),
                      ("id,,status", "--json: name one or more fields, separated by commas"), ("ID", "--json: unknown field “ID”")])
    func anUnknownOrEmptyFieldIsRefusedWithTheKnownOnes(_ text: String, _ message: String) {
        #expect(throws: JSONFieldError(message: message, known: known)) { try JSONFieldSelection(text, known: known) }
        #expect(JSONFieldError(message: message, known: known).description == message + "; the fields are: id, domain, label, status, password")
    }

    @Test func theFieldsOfAListAreTheUnionOfItsObjects() {
        #expect(JSONFieldSelection.fields(of: services) == ["id", "domain", "label", "status", "total"])
        #expect(JSONFieldSelection.fields(of: .array([])) == [])
    }
}
