import FoundationEssentials
import PortalAPI

extension Configurator {
    /// The body of `POST /order/{id}` in the shapes of hostbill-notes.md: visible fields only,
    /// read-only types left to the server, empty text and unchosen pick-one fields left out.
    public func orderRequest(payMethod: String? = nil, promocode: String? = nil) -> OrderRequest {
        var custom: [String: OrderRequest.CustomValue] = [:]
        for f in fields where !f.hidden {
            switch f.value {
            case .pickOne(let id):
                if let id, f.item(id) != nil { custom[f.id] = .item(id) }
            case .toggles(let on):
                custom[f.id] = .toggles(f.form.items.map(\.id).filter(on.contains))
            case .quantity(let n):
                custom[f.id] = .quantity(itemID: f.firstItemID, n)
            case .pickOneWithQuantity(let id, let n):
                if let id, f.item(id) != nil { custom[f.id] = .quantity(itemID: id, n) }
            case .text(let t):
                if !t.text.isEmpty { custom[f.id] = .text(itemID: f.firstItemID, t.text) }
            case .serverDefault:
                break
            }
        }
        func chosen(_ list: [ExtraChoice]) -> [String: String] {
            Dictionary(list.filter(\.chosen).compactMap { e in e.cycleSymbol.map { (e.id, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        let name = domain.text.trimmingWhitespace()
        func trimmed(_ s: String?) -> String? {
            let t = s?.trimmingWhitespace() ?? ""
            return t.isEmpty ? nil : t
        }
        return OrderRequest(cycle: cycleSymbol, domain: product.asksForDomain && !name.isEmpty ? name : nil,
                            payMethod: trimmed(payMethod), promocode: trimmed(promocode),
                            custom: custom, addons: chosen(addons), subproducts: chosen(subproducts))
    }
}
