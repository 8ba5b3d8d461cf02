import Foundation
import PortalAPI

/// `GET /order/{id}` answers for configurator tests and goldens, shaped as pio-sandbox sends them.
extension Fixtures {
    /// A product using every form type HostBill ships, one unknown type, a conditional of each
    /// action and condition, a required field of each kind, and two addons with their own cycles.
    public static let everyTypeJSON = """
    {"product": {"id": "701", "name": "Every Type Server", "category_name": "Cloud Servers", "category_id": "12",
     "price": 10, "recurring": "m", "setup": 5,
     "config": {
      "product": [
       {"type": "select", "id": "cycle", "name": "cycle", "value": "m", "items": [
         {"title": "m", "value": "m", "price": 10, "setup": 5, "selected": true},
         {"title": "a", "value": "a", "price": 100, "setup": 0, "selected": false}]},
       {"type": "input", "id": "domain", "name": "domain", "value": null, "required": true}],
      "forms": [
       {"type": "select", "id": "2001", "title": "Region", "firstItemId": 20010, "required": true, "value": [20010],
        "config": {"conditionals": [{"condition": "eq", "conditionval": "20011", "action": "hide", "target": "2015", "targetval": ""}]},
        "items": [{"id": 20010, "title": "Europe", "value": "eu", "price": 0, "setup": 0, "selected": true},
                  {"id": 20011, "title": "America", "value": "us", "price": 2, "setup": 0, "selected": false}]},
       {"type": "radio", "id": "2002", "title": "Disk", "description": "NVMe is <b>faster</b>.", "firstItemId": 20020, "required": true, "value": [],
        "config": {"conditionals": []},
        "items": [{"id": 20020, "title": "SSD", "value": "ssd", "price": 0, "setup": 0, "selected": false},
                  {"id": 20021, "title": "NVMe", "value": "nvme", "price": 3, "setup": 1, "selected": false}]},
       {"type": "searchselect", "id": "2003", "title": "Image", "firstItemId": 20030, "value": [20031],
        "config": {"conditionals": []},
        "items": [{"id": 20030, "title": "Debian 12", "value": "debian", "price": 0, "setup": 0, "selected": false},
                  {"id": 20031, "title": "Ubuntu 24.04", "value": "ubuntu", "price": 0, "setup": 0, "selected": false}]},
       {"type": "checkbox", "id": "2004", "title": "Backups", "firstItemId": 20040, "value": [],
        "config": {"conditionals": [{"condition": "eq", "conditionval": "20040", "action": "show", "target": "2013", "targetval": ""}]},
        "items": [{"id": 20040, "title": "Enable", "value": "1", "price": 1.5, "setup": 0, "selected": false}]},
       {"type": "multicheckbox", "id": "2005", "title": "Extras", "firstItemId": 20050, "value": [20051],
        "config": {"conditionals": []},
        "items": [{"id": 20050, "title": "Monitoring", "value": "mon", "price": 1, "setup": 0, "selected": false},
                  {"id": 20051, "title": "Firewall", "value": "fw", "price": 2, "setup": 0, "selected": true}]},
       {"type": "qty", "id": "2006", "title": "Extra IPs", "firstItemId": 20060, "value": [],
        "config": {"minvalue": 0, "maxvalue": 8, "step": 1, "initialval": 0,
                   "conditionals": [{"condition": "more", "conditionval": "0", "action": "show", "target": "2014", "targetval": ""}]},
        "items": [{"id": 20060, "title": "IPv4", "value": "1", "price": 2.5, "setup": 0, "selected": false}]},
       {"type": "slider", "id": "2007", "title": "vCPU", "firstItemId": 20070, "value": [],
        "config": {"minvalue": 1, "maxvalue": 16, "step": 1, "initialval": 2,
                   "conditionals": [{"condition": "more", "conditionval": "8", "action": "setval", "target": "2008", "targetval": "32"}]},
        "items": [{"id": 20070, "title": "Core", "value": "1", "price": 3, "setup": 0, "selected": false}]},
       {"type": "sliderinput", "id": "2008", "title": "Memory (GB)", "firstItemId": 20080, "value": [],
        "config": {"minvalue": 2, "maxvalue": 64, "step": 2, "initialval": 4,
                   "conditionals": [{"condition": "less", "conditionval": "4", "action": "hide", "target": "2009", "targetval": ""}]},
        "items": [{"id": 20080, "title": "GB", "value": "1", "price": 2, "setup": 0, "selected": false}]},
       {"type": "slidersequenced", "id": "2009", "title": "Bandwidth (TB)", "firstItemId": 20090, "value": [],
        "config": {"conditionals": []},
        "items": [{"id": 20090, "title": "1 TB", "value": "1", "price": 0.5, "setup": 0, "selected": false},
                  {"id": 20091, "title": "2 TB", "value": "2", "price": 0, "setup": 0, "selected": false},
                  {"id": 20092, "title": "5 TB", "value": "5", "price": 0, "setup": 0, "selected": false},
                  {"id": 20093, "title": "10 TB", "value": "10", "price": 0, "setup": 0, "selected": false}]},
       {"type": "selectqty", "id": "2010", "title": "Licences", "firstItemId": 20100, "value": [],
        "config": {"minvalue": 1, "maxvalue": 10, "step": 1, "initialval": 1, "conditionals": []},
        "items": [{"id": 20100, "title": "Standard", "value": "std", "price": 4, "setup": 0, "selected": true},
                  {"id": 20101, "title": "Premium", "value": "pro", "price": 9, "setup": 0, "selected": false}]},
       {"type": "encryptedinput", "id": "2011", "title": "API token", "firstItemId": 20110, "value": [],
        "config": {"conditionals": []}, "items": [{"id": 20110, "title": "", "value": "", "price": 0, "setup": 0, "selected": false}]},
       {"type": "encryptedpassword", "id": "2012", "title": "Root password", "description": "At least 12 characters.", "firstItemId": 20120,
        "required": true, "value": [],
        "config": {"conditionals": []}, "items": [{"id": 20120, "title": "", "value": "", "price": 0, "setup": 0, "selected": false}]},
       {"type": "datepicker", "id": "2013", "title": "Backup start date", "firstItemId": 20130, "value": [],
        "config": {"conditionals": []}, "items": [{"id": 20130, "title": "", "value": "", "price": 0, "setup": 0, "selected": false}]},
       {"type": "input", "id": "2014", "title": "Reverse DNS", "firstItemId": 20140, "value": [],
        "config": {"conditionals": []}, "items": [{"id": 20140, "title": "", "value": "", "price": 0, "setup": 0, "selected": false}]},
       {"type": "textarea", "id": "2015", "title": "Notes", "firstItemId": 20150, "value": [],
        "config": {"conditionals": []}, "items": [{"id": 20150, "title": "", "value": "", "price": 0, "setup": 0, "selected": false}]},
       {"type": "fileupload", "id": "2016", "title": "SSH key file", "firstItemId": 20160, "value": [],
        "config": {"conditionals": []}, "items": [{"id": 20160, "title": "", "value": "", "price": 0, "setup": 0, "selected": false}]}],
      "addons": [
       {"type": "subitem", "id": "51", "title": "Monitoring", "description": "Checks every minute.", "config": [
         {"type": "checkbox", "name": "addon[51]", "checked": false},
         {"type": "select", "name": "addon_cycles[51]", "items": [
           {"title": "m", "value": "m", "price": 2, "setup": 0, "selected": true},
           {"title": "a", "value": "a", "price": 20, "setup": 0, "selected": false}]}]},
       {"type": "subitem", "id": "52", "title": "DDoS protection", "description": "", "config": [
         {"type": "checkbox", "name": "addon[52]", "checked": false},
         {"type": "select", "name": "addon_cycles[52]", "items": [
           {"title": "m", "value": "m", "price": 9, "setup": 10, "selected": true},
           {"title": "q", "value": "q", "price": 25, "setup": 10, "selected": false}]}]}],
      "subproducts": []}}}
    """

    public static var everyTypeProduct: ProductConfiguration {
        ProductConfiguration(json: json(everyTypeJSON)["product"])
    }
}

extension Fixtures {
    public static let categories: [ProductCategory] = [
        ProductCategory(json: json(#"{"id":"10","name":"Web Hosting","description":"Shared hosting with <b>cPanel</b>."}"#)),
        ProductCategory(json: json(#"{"id":"12","name":"Cloud Servers","description":"KVM servers."}"#)),
    ]

    public static let products: [Product] = [
        Product(json: json(#"{"id":"401","name":"Cloud VPS","description":"KVM, NVMe.<br>Choose cores below.","periods":[{"cycle":"m","price":"6.00","setup":"0"},{"cycle":"a","price":"64.80","setup":"0"}]}"#)),
        Product(json: json(#"{"id":"701","name":"Every Type Server","description":"All the form types.","periods":[{"cycle":"m","price":"10.00","setup":"5.00"},{"cycle":"a","price":"100.00","setup":"0"}]}"#)),
    ]

    public static let orderResult = OrderResult(json: json(#"{"order_num":"5001","invoice_id":"9001","total":"35.50","items":[{"type":"Hosting","id":"2001","name":"Every Type Server","domain":"srv.example.com","cycle":"m"}]}"#))
}

extension Store {
    /// Signed in, in the catalogue, with the every-type product's configurator loaded.
    public static func configuring(width: Int = 80, height: Int = 24) -> Store {
        var store = loaded(width: width, height: height)
        store.send(.selectSection(.catalogue))
        store.send(.received(store.key(for: .categories)!, .categories(.success(Fixtures.categories))))
        store.send(.move(1))
        store.send(.open)
        store.send(.received(store.key(for: .products(categoryID: "12"))!, .products(.success(Fixtures.products))))
        store.send(.move(1))
        store.send(.open)
        store.send(.received(store.key(for: .productConfiguration(productID: "701"))!,
                             .productConfiguration(.success(Fixtures.everyTypeProduct))))
        return store
    }

    /// The configurator with the required fields filled in, so it can be reviewed.
    public static func configuredValid(width: Int = 80, height: Int = 24) -> Store {
        var store = configuring(width: width, height: height)
        var model = store.state.catalogue.configurator!.model!
        try? model.set("domain", to: "srv.example.com")
        try? model.set("2002", to: "NVMe")
        try? model.set("2012", to: "s3cret-passw0rd")
        var pane = store.state.catalogue.configurator!
        pane.model = model
        store.state.catalogue.path[store.state.catalogue.path.count - 1] = .configure(pane)
        return store
    }
}
