import Foundation
import PortalAPI
import PortalStore

/// Services, details and a reducer driver shared by the store and view tests.
public enum Fixtures {
    public static func service(_ id: String, _ domain: String, status: String = "Active", due: String = "2026-12-30",
                        total: Decimal = 9.99, product: String = "Starter Hosting", cycle: String = "Monthly") -> ServiceSummary {
        ServiceSummary(id: id, domain: SafeText(domain), product: SafeText(product), status: ServiceStatus(status),
                       billingCycle: BillingCycle(cycle), nextDue: APIDate(due), total: total, category: "Hosting")
    }

    public static let services: [ServiceSummary] = [
        service("301", "examplename.com", status: "Active", due: "2026-12-30", total: 9.99),
        service("302", "shop.example.org", status: "Pending", due: "2026-12-05", total: 29.50, product: "Business Hosting"),
        service("303", "old.example.net", status: "Suspended", due: "2026-11-01", total: 4.00, product: "VPS 1"),
        service("304", "backup.example.io", status: "Cancelled", due: "0000-00-00", total: 120, cycle: "Annually"),
    ]

    public static func json(_ text: String) -> JSONValue {
        (try? JSONValue.parse(Data(text.utf8))) ?? .null
    }

    public static func detail(_ id: String, label: String = "", domain: String = "examplename.com") -> ServiceDetail {
        ServiceDetail(json: json("""
        {"id":"\(id)","date_created":"2016-12-30","domain":"\(domain)","firstpayment":"9.99","total":"9.99",
         "billingcycle":"Monthly","next_due":"2026-12-30","next_invoice":"2026-12-16","status":"Active",
         "label":"\(label)","username":"examplen","password":"pdtzc","name":"Starter Hosting"}
        """))
    }

    public static let allMethods: [ServiceMethod] = [
        ServiceMethod(name: "Upgrade Request", method: "POST", route: "/service/@id/upgrade"),
        ServiceMethod(name: "Upgrade Options", method: "GET", route: "/service/@id/upgrade"),
        ServiceMethod(name: "Change service label", method: "POST", route: "/service/@id/label"),
        ServiceMethod(name: "Service label", method: "GET", route: "/service/@id/label"),
        ServiceMethod(name: "Cancel Service", method: "POST", route: "/service/@id/cancel"),
    ]

    public static let upgradeOptions = UpgradeOptions(json: json("""
    {"resources":[{"id":1557,"name":"Bandwidth","type":"select","items":[
      {"id":"9953","name":"100 GB","price":1,"setup_price":0,"selected":true},
      {"id":"10103","name":"500 GB","price":5,"setup_price":0,"selected":false},
      {"id":"10104","name":"1 TB","price":10,"setup_price":0,"selected":false}]},
     {"id":1560,"name":"Disk","type":"select","items":[
      {"id":"1","name":"10 GB","price":2,"selected":true},
      {"id":"2","name":"50 GB","price":6,"selected":false}]},
     {"id":1570,"name":"vCPU","type":"slider","value":2,"min":1,"max":3,"items":[
      {"id":"10420","name":"vCPU core","price":3,"selected":true}]}],"package":[]}
    """))

    public static let quote = UpgradeQuote(json: json(#"{"upgrade":{"total":"4.00"}}"#), sent: false)

    public static let balance = Balance(currency: "USD", balance: 12.5, credit: 0)
}

/// Test driver: a state plus the effects of the last action.
public struct Store {
    public var state: AppState
    public var effects: [Effect] = []

    public init(_ state: AppState = AppState(user: "demo@example.com")) { self.state = state }

    @discardableResult
    public mutating func send(_ action: Action) -> [Effect] {
        effects = reduce(&state, action)
        return effects
    }

    /// The key of the request for `call` among the last effects.
    public func key(for call: Call) -> RequestKey? {
        for case let .request(key, c) in effects where c == call { return key }
        return nil
    }

    public func requestedCalls() -> [Call] { effects.compactMap { if case .request(_, let c) = $0 { return c } else { return nil } } }

    /// Signed in with services loaded.
    public static func loaded(_ services: [ServiceSummary] = Fixtures.services, width: Int = 80, height: Int = 24) -> Store {
        var store = Store(AppState(user: "demo@example.com", width: width, height: height))
        store.send(.start)
        let login = store.key(for: .login)!
        store.send(.received(login, .login(.success(Empty()))))
        let list = store.key(for: .services)!
        let balance = store.key(for: .balance)!
        store.send(.received(list, .services(.success(services))))
        store.send(.received(balance, .balance(.success(Fixtures.balance))))
        return store
    }

    /// Detail of `id` open, with detail and methods loaded.
    public static func detail(_ id: String = "301", methods: [ServiceMethod] = Fixtures.allMethods, label: String = "") -> Store {
        var store = loaded()
        for _ in 0..<10 where store.state.services.selectedService?.id != id { store.send(.move(1)) }
        store.send(.open)
        let d = store.key(for: .service(id: id))!
        let m = store.key(for: .serviceMethods(id: id))!
        store.send(.received(d, .service(.success(Fixtures.detail(id, label: label)))))
        store.send(.received(m, .serviceMethods(.success(methods))))
        return store
    }
}
