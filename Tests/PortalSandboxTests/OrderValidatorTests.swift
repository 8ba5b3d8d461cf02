import Foundation
@testable import PortalSandbox
import Testing

@Suite struct OrderValidatorTests {
    static func item(_ id: Int, _ price: String = "0") -> FormItem {
        FormItem(id: id, title: "item \(id)", value: "\(id)", price: Amount(Decimal(string: price)!), setup: Amount(0),
                 selected: false)
    }

    static func form(_ id: Int, _ type: String, required: Bool = false, items: [FormItem], min: Int? = nil, max: Int? = nil,
                     step: Int? = nil, conditionals: [Conditional] = []) -> Form {
        Form(id: id, type: type, title: "F\(id)", description: "", required: required, multiple: false, min: min, max: max,
             step: step, initial: nil, conditionals: conditionals, items: items)
    }

    static let product = Product(
        id: 1, categoryId: 1, name: "P", type: "1", paytype: "Regular", description: "", stock: false, qty: "0",
        requiresDomain: false,
        periods: [Period(cycle: "m", price: Amount(10), setup: Amount(5))],
        forms: [
            form(1, "checkbox", items: [item(11, "1"), item(12, "2")]),
            form(2, "qty", items: [item(21, "0.5")], min: 0, max: 10, step: 2,
                 conditionals: [Conditional(condition: "more", conditionval: "3", action: "hide", target: 3, targetval: "")]),
            form(3, "textarea", required: true, items: [item(31)]),
        ],
        addons: [Addon(id: 9, title: "A", description: "", cycles: [Period(cycle: "q", price: Amount(3), setup: Amount(1))])])

    func validate(_ text: String) -> Result<OrderValidator.Plan, OrderErrors> {
        OrderValidator(product: Self.product).validate(JSON.parse(Data(text.utf8)) ?? .object([]))
    }

    @Test func checkboxesQuantitiesAndAddonsArePriced() throws {
        let plan = try validate(#"{"custom":{"1":{"11":1,"12":1},"2":{"21":"2"},"3":{"31":"notes"}},"addon":{"9":1}}"#).get()
        // 10 + 5 setup + 1 + 2 + 2×0.5 + addon 3 + 1 setup
        #expect(plan.total == 23)
        #expect(plan.cycle == "m")
    }

    @Test func hideConditionDropsTheRequirement() throws {
        #expect(throws: OrderErrors.self) { try validate(#"{"custom":{"2":{"21":2}}}"#).get() }
        let plan = try validate(#"{"custom":{"2":{"21":4}}}"#).get()
        #expect(plan.total == 17)
    }

    @Test func stepAndUnknownAddonAreReported() {
        guard case .failure(let e) = validate(#"{"custom":{"2":{"21":3},"3":"x"},"addon":{"8":1}}"#) else {
            Issue.record("expected errors")
            return
        }
        #expect(e.messages.contains(#""F2" must be a multiple of 2 from 0"#))
        #expect(e.messages.contains("invalid_addon 8"))
    }

    @Test func conditionsCompareNumbersAndIds() {
        #expect(FieldLogic.conditionHolds("more", value: "10", against: "9"))
        #expect(!FieldLogic.conditionHolds("less", value: "10", against: "9"))
        #expect(FieldLogic.conditionHolds("eq", value: "11,12", against: "12"))
        #expect(!FieldLogic.conditionHolds("eq", value: "", against: "12"))
    }
}

@Suite struct FieldLogicTests {
    static let source = OrderValidatorTests.form(1, "selectqty", items: [OrderValidatorTests.item(11), OrderValidatorTests.item(12)],
        min: 0, max: 100, conditionals: [
            Conditional(condition: "eq", conditionval: "12", action: "show", target: 2, targetval: ""),
            Conditional(condition: "more", conditionval: "50", action: "setval", target: 3, targetval: "7"),
        ])
    static let forms = [source, OrderValidatorTests.form(2, "input", items: [OrderValidatorTests.item(21)]),
                        OrderValidatorTests.form(3, "qty", items: [OrderValidatorTests.item(31)], min: 0, max: 10)]

    @Test func selectQtyComparesItsItemForEqAndItsQuantityForMore() {
        let low = FieldLogic(forms: Self.forms, selections: [1: .itemQuantity(item: 12, count: 10), 3: .quantity(1)], sent: [1])
        #expect(low.visible == [1, 2, 3])
        #expect(low.selections[3] == .quantity(1))
        let high = FieldLogic(forms: Self.forms, selections: [1: .itemQuantity(item: 11, count: 60), 3: .quantity(1)], sent: [1])
        #expect(high.visible == [1, 3])
        #expect(high.selections[3] == .quantity(7))
    }

    @Test func setvalLeavesASentValueAlone() {
        let logic = FieldLogic(forms: Self.forms, selections: [1: .itemQuantity(item: 11, count: 60), 3: .quantity(2)], sent: [1, 3])
        #expect(logic.selections[3] == .quantity(2))
    }
}
