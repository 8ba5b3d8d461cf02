import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// The shapes real HostBill installs send where the demo sandbox answers the common way
/// (hostbill-notes.md, "Shapes that vary between installs"), decoded and over loopback HTTP.
@Suite struct RealInstallShapeTests {
    // MARK: Lists in every shape, through the one helper

    @Test(arguments: [
        (#"{"items": {"id": 10, "name": "Starter", "domain": "test.com"}}"#, ["10"]),
        (#"{"items": [{"id": 10, "name": "Starter"}, {"id": 11, "name": "Extra"}]}"#, ["10", "11"]),
        (#"{"items": {"11": {"id": 11}, "10": {"id": 10}}}"#, ["10", "11"]),
        (#"{"items": []}"#, []),
        (#"{"items": {}}"#, []),
        (#"{}"#, []),
    ])
    func anOrdersItemsInEveryShape(_ body: String, _ ids: [String]) throws {
        let result = OrderResult(json: try parse(body))
        #expect(result.items.map { $0.id ?? "" } == ids)
    }

    @Test func oneOrderedItemAsAnObjectIsOneItemNotOnePerField() throws {
        let result = OrderResult(json: try parse(#"{"order_num": "4", "items": {"id": 10, "type": "Hosting", "name": "Starter", "domain": "test.com", "lines": {"description": "Starter", "price": "6.99"}}}"#))
        #expect(result.items.count == 1)
        #expect(result.items.first?.name == "Starter" && result.items.first?.domain == "test.com")
        #expect(result.items.first?.lines.count == 1)
    }

    @Test func aListAnswerWithOneRecordAsAnObjectReadsTheSameElementByElement() throws {
        let body = Data(#"{"invoices": {"id": "7", "total": "1.00", "currency": "EUR"}}"#.utf8)
        let streamed = try JSONValue.parseList(body, key: "invoices") { InvoiceSummary(json: $0) }
        #expect(streamed.items.map(\.id) == ["7"])
        #expect(try JSONValue.parse(body).payload("invoices").list.map(InvoiceSummary.init(json:)) == streamed.items)
    }

    @Test func messagesAndDefaultValuesStayPlainValueLists() throws {
        #expect(ServerMessages(json: try parse(#"{"code": "wronglogin"}"#)).raw == ["wronglogin"])
        #expect(ServerMessages(json: try parse(#"["a", "b"]"#)).raw == ["a", "b"])
        let f = FormField(json: try parse(#"{"type": "checkbox", "id": "1", "value": {"2": "b", "1": "a"}}"#))
        #expect(f.defaultValues == ["a", "b"])
    }

    // MARK: Balance, amount due, labels, addresses, service fields

    @Test func aBalanceWithoutCurrencyTakesTheInvoicesOneWhenTheyAgree() throws {
        let balance = Balance(json: try parse(#"{"details": {"currency": "", "acc_balance": "11.94", "acc_credit": "0"}}"#))
        #expect(balance.currency.isEmpty && balance.balance == Decimal(string: "11.94"))
        #expect(AccountCurrency(balance: balance, invoiceCurrencies: ["EUR", "EUR", ""]) == .invoices("EUR"))
        #expect(AccountCurrency(balance: balance, invoiceCurrencies: ["EUR", "USD"]) == .unknown)
        #expect(AccountCurrency(balance: balance, invoiceCurrencies: []) == .unknown)
        #expect(AccountCurrency(balance: nil, invoiceCurrencies: ["JPY"]).code == "JPY")
        let missing = Balance(json: try parse(#"{"details": {"acc_balance": 3}}"#))
        #expect(AccountCurrency(balance: missing, invoiceCurrencies: ["USD"]) == .invoices("USD"))
        let own = Balance(json: try parse(#"{"details": {"currency": "USD", "acc_balance": 3}}"#))
        #expect(AccountCurrency(balance: own, invoiceCurrencies: ["EUR"]) == .server("USD"))
    }

    @Test(arguments: [("Paid", "0"), ("Cancelled", "0"), ("Refunded", "0"), ("Draft", "0"), ("Creditnote", "0"),
                      ("Unpaid", "38.72"), ("Collections", "38.72"), ("Awaiting", "38.72")])
    func theAmountDueFollowsTheStatus(_ status: String, _ due: String) throws {
        // Installs send `balance` = total for an invoice paid by card.
        let d = InvoiceDetail(json: try parse("{\"id\": 1, \"status\": \"\(status)\", \"total\": 38.72, \"balance\": 38.72, \"credit\": 0}"))
        #expect(d.amountDue == Decimal(string: due))
    }

    @Test func withoutABalanceTheAmountDueIsTheTotalLessCredit() throws {
        let d = InvoiceDetail(json: try parse(#"{"id": 1, "status": "Unpaid", "total": "14.37", "credit": "5.00"}"#))
        #expect(d.amountDue == Decimal(string: "9.37"))
    }

    @Test func serviceRowsCarryTheirLabel() throws {
        let s = ServiceSummary(json: try parse(#"{"id": "301", "domain": "a.example", "label": "Shop <b>EU</b>"}"#))
        #expect(s.label == "Shop EU")
        #expect(ServiceSummary(json: try parse(#"{"id": "302"}"#)).label.isEmpty)
    }

    @Test func serviceDetailHasNoRawFlagsOrInternalIds() throws {
        let d = ServiceDetail(json: try parse(#"{"id": 301, "product_id": "333", "client_id": 26, "cancel_requested": "0", "pid": 4, "ns1": "ns.example"}"#))
        #expect(d.cancelRequested == false)
        #expect(d.extra == ["ns1": "ns.example"])
        #expect(ServiceDetail(json: try parse(#"{"id": 301, "cancel_requested": "1"}"#)).cancelRequested == true)
    }

    @Test(arguments: [
        ("US", "Santa Rosa, California 95401"), ("GB", "London Greater London SW1A 1AA"),
        ("DE", "10117 Berlin"), ("", "10117 Berlin"),
    ])
    func theCityLineAsTheCountryWritesIt(_ country: String, _ line: String) throws {
        let (city, state, postcode): (String, String, String) = switch country {
        case "US": ("Santa Rosa", "California", "95401")
        case "GB": ("London", "Greater London", "SW1A 1AA")
        default: ("Berlin", "", "10117")
        }
        let json = try parse("{\"address1\": \"1 Lane\", \"city\": \"\(city)\", \"state\": \"\(state)\", \"postcode\": \"\(postcode)\", \"country\": \"\(country)\"}")
        #expect(InvoiceClient(json: json).street == ["1 Lane", SafeText(line)])
    }

    // MARK: Over loopback HTTP, `--dataset quirks`

    @Test func theQuirksDatasetOverHTTP() async throws {
        try await withSandbox(SandboxOptions(dataset: .quirks)) { (_: RunningSandbox, client: PortalClient) async throws in
            let balance = try await client.balance()
            #expect(balance.currency.isEmpty)
            let invoices = try await client.invoices()
            #expect(AccountCurrency(balance: balance, invoiceCurrencies: invoices.map(\.currency.value)) == .invoices("EUR"))
            let paid = try await client.invoice(id: "308976")
            #expect(paid.status == .paid && paid.amountDue == 0)
            #expect(try await client.invoice(id: "309011").client?.street.last == "10117 Berlin")
            #expect(try await client.services().first { $0.id == "301" }?.label == "Personal site")
            let result = try await client.order(productID: "333", OrderRequest(cycle: "m", domain: "one.example", custom: ["1618": .item("10331")]))
            #expect(result.items.count == 1)
            #expect(result.items.first?.domain == "one.example" && result.items.first?.name == "Starter Hosting")
        }
    }
}
