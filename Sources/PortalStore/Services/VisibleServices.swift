import PortalAPI

/// The services list's derived order: the services matching the filter, sorted. Filtering and
/// sorting run over a `PreparedIndex` (the same helper as the invoices list), built when the services
/// change; the shown rows are rebuilt only when the services, the labels (while filtering), the
/// filter text or the sort change, so moving the selection costs O(1).
public struct VisibleServices: ListRows {
    /// The services as loaded, and the labels known for them (they match the filter too).
    private var all: [ServiceSummary] = []
    private var labels: [String: String] = [:]
    /// One entry per service, in the order of `ServicesState.summaries`.
    private(set) var keys: [ServiceKeys] = []
    private var index = PreparedIndex<ListOrder<ServiceSort>>(sort: ListOrder(.nextDue))
    private var rowOfID: [String: Int] = [:]
    private(set) var rows: [ServiceSummary] = []
    /// The widest id and formatted amount among `rows`, in terminal columns.
    private(set) var idWidth = 0
    private(set) var amountWidth = 0

    public init() {}

    var sort: ListOrder<ServiceSort> { index.sort }
    /// The trimmed, lower-cased filter text the rows match.
    var needle: String { index.needle }
    /// Position in `rows` of the selected service; nil when there is none or it is filtered out.
    public var selected: Int? { index.selected }
    public var count: Int { rows.count }
    public func id(at position: Int) -> String? { rows[position].id }

    /// New services: everything is rebuilt.
    mutating func reload(_ all: [ServiceSummary], labels: [String: String], needle: String, sort: ListOrder<ServiceSort>,
                         selectedID: String?) {
        self.all = all
        self.labels = labels
        keys = all.map(ServiceKeys.init)
        rowOfID = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        index.load(searchTexts: keys.map(\.search), sort: sort, sorted: sort.apply(sort.column.order(all, keys)), needle: "", selectedRow: nil)
        refilter(all, labels: labels, needle: needle, selectedID: selectedID)
    }

    /// A new sort or filter text; does nothing when both are the ones already applied.
    public mutating func update(needle: String, sort: ListOrder<ServiceSort>, selectedID: String?) {
        guard sort != index.sort || needle != index.needle else { return }
        let row = selectedID.flatMap { rowOfID[$0] }
        if sort != index.sort { index.resort(sort, sorted: sort.apply(sort.column.order(all, keys)), selectedRow: row) }
        index.filter(needle, selectedRow: row, extra: Self.labelMatch(all, labels))
        show(all)
    }

    /// Labels take part in filtering only, so a label change matters only while a filter is set.
    mutating func labelsChanged(_ labels: [String: String], selectedID: String?) {
        guard labels != self.labels else { return }
        self.labels = labels
        guard !needle.isEmpty else { return }
        refilter(all, labels: labels, needle: needle, selectedID: selectedID)
    }

    mutating func refilter(_ all: [ServiceSummary], labels: [String: String], needle: String, selectedID: String?) {
        index.refilter(needle: needle, selectedRow: selectedID.flatMap { rowOfID[$0] }, extra: Self.labelMatch(all, labels))
        show(all)
    }

    /// Points `selected` at `id`: O(1) when it is already there, one scan otherwise.
    public mutating func locate(_ id: String?) { index.locate(id.flatMap { rowOfID[$0] }) }

    /// Selects the row at `index`, which must be a valid position in `rows`.
    public mutating func select(_ position: Int) { index.select(position) }

    /// The shown services and their widths, from the index's order.
    private mutating func show(_ all: [ServiceSummary]) {
        let shown = index.shown, keys = self.keys
        rows = shown.map { all[$0] }
        idWidth = shown.lazy.map { keys[$0].idWidth }.max() ?? 0
        amountWidth = shown.lazy.map { keys[$0].amountWidth }.max() ?? 0
    }

    /// A service also matches when its label (kept outside the index) contains the filter text.
    private static func labelMatch(_ all: [ServiceSummary], _ labels: [String: String]) -> ((Int, String) -> Bool)? {
        let lowered = labels.compactMapValues { $0.isEmpty ? nil : $0.lowercased() }
        guard !lowered.isEmpty else { return nil }
        return { row, needle in lowered[all[row].id]?.contains(needle) ?? false }
    }
}
