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
        var counts = [Int](repeating: 0, count: 256)
        for b in bytes { counts[Int(b)] += 1 }
        byteCounts = counts
    }

    public var rowCount: Int { starts.count - 1 }

    /// How often each byte occurs in the text, to pick the byte a search looks for first.
    private var byteCounts = [Int](repeating: 0, count: 256)

    /// The position in `pattern` of its byte that occurs least often in the text.
    fileprivate func rarestPosition(in pattern: [UInt8]) -> Int {
        pattern.indices.min { byteCounts[Int(pattern[$0])] < byteCounts[Int(pattern[$1])] } ?? 0
    }
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
        let anchor = text.rarestPosition(in: pattern)
        return haystack.withUnsafeBytes { hay in
            starts.withUnsafeBufferPointer { starts in
                pattern.withUnsafeBytes { pat in
                    // Most rows still shown: one pass over the whole buffer beats one search per row.
                    if rows.count > rowCount / 4 {
                        let found = Self.rowsContaining(pat, anchor: anchor, in: hay, starts)
                        return rows.filter { found[$0] || (extra?($0, needle) ?? false) }
                    }
                    return rows.filter {
                        Self.contains(hay, from: starts[$0], to: starts[$0 + 1], pat, anchor: anchor) || (extra?($0, needle) ?? false)
                    }
                }
            }
        }
    }

    /// Every row whose text contains `pat`: memchr over the whole buffer for the pattern's byte at
    /// `anchor` (its rarest in the text, so memchr stops as seldom as it can), memcmp for the whole
    /// pattern, then on to the next row. The scan only moves forward, so the row of a hit is found by
    /// stepping on from the previous one.
    private static func rowsContaining(_ pat: UnsafeRawBufferPointer, anchor: Int, in hay: UnsafeRawBufferPointer,
                                       _ starts: UnsafeBufferPointer<Int>) -> [Bool] {
        var rows = [Bool](repeating: false, count: starts.count - 1)
        guard let base = hay.baseAddress, let p = pat.baseAddress, hay.count >= pat.count else { return rows }
        let byte = Int32(pat[anchor])
        var at = anchor, row = 0
        let last = hay.count - pat.count + anchor
        while at <= last, let hit = memchr(base + at, byte, last - at + 1) {
            let offset = base.distance(to: UnsafeRawPointer(hit)) - anchor   // where the match would start
            at = offset + anchor + 1
            guard memcmp(base + offset, p, pat.count) == 0 else { continue }
            while starts[row + 1] <= offset { row += 1 }   // the row holding `offset`
            if offset + pat.count <= starts[row + 1] {   // not across two rows
                rows[row] = true
                at = starts[row + 1] + anchor
            }
        }
        return rows
    }

    /// True when `hay[from..<to]` contains `pat` (not empty), looking for its byte at `anchor` first.
    private static func contains(_ hay: UnsafeRawBufferPointer, from: Int, to: Int, _ pat: UnsafeRawBufferPointer,
                                 anchor: Int) -> Bool {
        guard let base = hay.baseAddress, let p = pat.baseAddress, to - from >= pat.count else { return false }
        let byte = Int32(pat[anchor])
        var at = from + anchor
        let last = to - pat.count + anchor
        while at <= last, let hit = memchr(base + at, byte, last - at + 1) {
            let offset = base.distance(to: UnsafeRawPointer(hit)) - anchor
            if memcmp(base + offset, p, pat.count) == 0 { return true }
            at = offset + anchor + 1
        }
        return false
    }
}
