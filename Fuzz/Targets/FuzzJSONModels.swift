import Foundation

// Fuzz target: any bytes through the response parser, then through every model initialiser the
// client uses (on the payload keys it reads), with the SafeText invariants checked on the result.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONModels(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let json = try? JSONValue.parse(bytes) else { return 0 }
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
