#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A list's filtered, sorted order over text prepared once per load, for lists of any size.
///
/// Every row's search text is stored lower-cased as UTF-8, back to back in one buffer. A filter
/// keystroke scans those bytes without formatting or copying a row; when the new text extends the
/// previous one only the rows still shown are scanned again. A sort replaces the order of row
/// indices, computed by the caller from its own precomputed keys. Rows are positions in the
/// caller's array; the index never holds the rows themselves.
/// Every row's search text, lower-cased UTF-8 back to back; can be built off the UI thread.
public struct PreparedText: Sendable, Equatable {
    /// Row `i`'s text is `haystack[starts[i] ..< starts[i + 1]]`.
    fileprivate var haystack: [UInt8] = []
    fileprivate var starts: [Int] = [0]

    public init() {}

    public init(_ searchTexts: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(searchTexts.reduce(0) { $0 + $1.utf8.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(searchTexts.count + 1)
        for text in searchTexts {
            bytes.append(contentsOf: text.lowercased().utf8)
            starts.append(bytes.count)
        }
        haystack = bytes
        self.starts = starts
    }

    public var rowCount: Int { starts.count - 1 }
}

public struct PreparedIndex<Sort: Hashable & Sendable>: Sendable, Equatable {
    private var text = PreparedText()
    private var haystack: [UInt8] { text.haystack }
    private var starts: [Int] { text.starts }
    /// Row indices in `sort` order, unfiltered.
    public private(set) var sorted: [Int] = []
    public private(set) var sort: Sort
    /// The lower-cased filter text `shown` matches ("" shows every row).
    public private(set) var needle = ""
    /// Row indices in `sort` order whose text contains `needle`.
    public private(set) var shown: [Int] = []
    /// Position in `shown` of the selected row; nil when none is selected or it is filtered out.
    public private(set) var selected: Int?

    public init(sort: Sort) { self.sort = sort }

    public var rowCount: Int { text.rowCount }

    /// New rows: `searchTexts[i]` is what row `i` is found by, `sorted` their order under `sort`.
    public mutating func load(searchTexts: [String], sort: Sort, sorted: [Int], needle: String, selectedRow: Int?) {
        load(text: PreparedText(searchTexts), sort: sort, sorted: sorted, needle: needle, selectedRow: selectedRow)
    }

    /// New rows whose text was prepared already.
    public mutating func load(text: PreparedText, sort: Sort, sorted: [Int], needle: String, selectedRow: Int?) {
        self.text = text
        self.sort = sort
        self.sorted = sorted
        refilter(needle: needle, selectedRow: selectedRow)
    }

    /// A new order for the same rows; the filter stays.
    public mutating func resort(_ sort: Sort, sorted: [Int], selectedRow: Int?) {
        self.sort = sort
        self.sorted = sorted
        refilter(needle: needle, selectedRow: selectedRow)
    }

    /// Applies a filter text (lower-cased and trimmed by the caller). `extra`, when given, also lets
    /// a row match (for text kept outside the index, such as the services' labels); it must match
    /// only rows whose extra text contains the needle, so narrowing stays valid.
    public mutating func filter(_ needle: String, selectedRow: Int?, extra: ((Int, String) -> Bool)? = nil) {
        guard needle != self.needle else { return }
        if !self.needle.isEmpty && needle.hasPrefix(self.needle) {
            shown = matching(needle, among: shown, extra: extra)
            self.needle = needle
            selected = nil
            locate(selectedRow)
        } else {
            refilter(needle: needle, selectedRow: selectedRow, extra: extra)
        }
    }

    /// Recomputes `shown` from `sorted`, as after a load.
    public mutating func refilter(needle: String, selectedRow: Int?, extra: ((Int, String) -> Bool)? = nil) {
        self.needle = needle
        shown = needle.isEmpty ? sorted : matching(needle, among: sorted, extra: extra)
        selected = nil
        locate(selectedRow)
    }

    /// Points `selected` at `row`: O(1) when it is already there, one scan of `shown` otherwise.
    public mutating func locate(_ row: Int?) {
        guard let row else { selected = nil; return }
        if let s = selected, s < shown.count, shown[s] == row { return }
        selected = shown.firstIndex(of: row)
    }

    /// Selects the row at `position`, which must be a valid index of `shown`.
    public mutating func select(_ position: Int) { selected = position }

    private func matching(_ needle: String, among rows: [Int], extra: ((Int, String) -> Bool)?) -> [Int] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return rows }
        return haystack.withUnsafeBytes { hay in
            starts.withUnsafeBufferPointer { starts in
                pattern.withUnsafeBytes { pat in
                    // Most rows still shown: one pass over the whole buffer beats one search per row.
                    if rows.count > rowCount / 4 {
                        let found = Self.rowsContaining(pat, in: hay, starts)
                        return rows.filter { found[$0] || (extra?($0, needle) ?? false) }
                    }
                    return rows.filter { Self.contains(hay, from: starts[$0], to: starts[$0 + 1], pat) || (extra?($0, needle) ?? false) }
                }
            }
        }
    }

    /// Every row whose text contains `pat`: memchr for its first byte over the whole buffer, memcmp for
    /// the rest, then on to the next row.
    private static func rowsContaining(_ pat: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer,
                                       _ starts: UnsafeBufferPointer<Int>) -> [Bool] {
        var rows = [Bool](repeating: false, count: starts.count - 1)
        guard let base = hay.baseAddress, let p = pat.baseAddress, hay.count >= pat.count else { return rows }
        let first = Int32(pat[0])
        var at = 0
        let last = hay.count - pat.count
        while at <= last, let hit = memchr(base + at, first, last - at + 1) {
            let offset = base.distance(to: UnsafeRawPointer(hit))
            at = offset + 1
            guard memcmp(base + offset, p, pat.count) == 0 else { continue }
            var lo = 0, hi = starts.count - 1   // the row holding `offset`: starts[lo] <= offset < starts[lo + 1]
            while hi - lo > 1 { let mid = (lo + hi) / 2; if starts[mid] <= offset { lo = mid } else { hi = mid } }
            if offset + pat.count <= starts[lo + 1] {   // not across two rows
                rows[lo] = true
                at = starts[lo + 1]
            }
        }
        return rows
    }

    /// True when `hay[from..<to]` contains `pat` (not empty).
    private static func contains(_ hay: UnsafeRawBufferPointer, from: Int, to: Int, _ pat: UnsafeRawBufferPointer) -> Bool {
        guard let base = hay.baseAddress, let p = pat.baseAddress, to - from >= pat.count else { return false }
        let first = Int32(pat[0])
        var at = from
        let last = to - pat.count
        while at <= last, let hit = memchr(base + at, first, last - at + 1) {
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + offset, p, pat.count) == 0 { return true }
            at = offset + 1
        }
        return false
    }
}
