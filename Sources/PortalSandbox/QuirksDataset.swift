/// The demo account as a German install answers for it, in the shapes other HostBill installs use:
/// `/balance` with an empty currency (the invoices carry EUR), an order's one item as an object
/// instead of an array, and the client's address in Berlin (postcode before the city). Service
/// labels are in the list answer as in the demo. Tests use it to keep each shape read right.
enum QuirksDataset {
    static func make(base: Dataset) -> Dataset {
        var data = base
        data.account.currency = "EUR"
        data.account.client.address1 = "Friedrichstraße 123"
        data.account.client.address2 = ""
        data.account.client.city = "Berlin"
        data.account.client.state = ""
        data.account.client.postcode = "10117"
        data.account.client.country = "DE"
        data.shapes = ResponseShapes(balanceCurrency: false, orderItemsAsArray: false)
        return data
    }
}
