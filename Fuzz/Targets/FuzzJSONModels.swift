import Foundation

// Fuzz target: any bytes through the response parser, then through every model initialiser the
// client uses (on the payload keys it reads), with the SafeText invariants checked on the result;
// the lists are also read element by element (`parseList`) and must come out the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONModels(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let keys = ["services", "invoices", "categories", "products"]
    guard let json = try? JSONValue.parse(bytes) else {
        for key in keys where (try? JSONValue.parseList(bytes, key: key) { $0 }) != nil {
            fatalError("parseList read what parse refused (key \(key))")
        }
        return 0
    }
    // A list read element by element is the list read whole.
    for key in keys {
        guard let answer = try? JSONValue.parseList(bytes, key: key, element: { $0 }) else {
            fatalError("parseList refused what parse read (key \(key))")
        }
        if answer.items != json.payload(key).list { fatalError("parseList's \(key) differ from the tree's") }
    }
    _ = json.encoded()
    let decoded: [Any] = [
        json.payload("services").list.map(ServiceSummary.init(json:)),
        ServiceDetail(json: json.payload("service")),
        json.payload("methods").list.map(ServiceMethod.init(json:)),
        json.payload("label").text,
        Balance(json: json),
        json.payload("invoices").list.map(InvoiceSummary.init(json:)),
        InvoiceDetail(json: json.payload("invoice")),
        json.payload("categories").list.map(ProductCategory.init(json:)),
        json.payload("products").list.map(Product.init(json:)),
        ProductConfiguration(json: json.payload("product")),
        OrderResult(json: json),
        UpgradeOptions(json: json),
        UpgradeQuote(json: json, sent: false),
        ServerMessages(json: json["info"]),
    ]
    checkAllSafeText(in: decoded)
    return 0
}
