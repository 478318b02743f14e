// The Swift side of the libxml2 wrapper: what an `XMLStreamReader` reports and how a handler
// answers. No pointers here.

/// What the handler wants from an element, decided once per distinct (namespace, local name).
struct XMLInterest: Sendable {
    /// The handler's own number for the element; passed back on start and end.
    var tag: Int
    /// Whether `start` is reported (elements read only for their text need just `end`).
    var notifiesStart: Bool
    /// Whether `end` is reported (elements read only for their attributes need just `start`).
    var notifiesEnd: Bool
    /// Local names of the (un-namespaced) attributes wanted, at most `XMLAttributeValues.capacity`;
    /// `start` gets their values in this order, nil where absent.
    var attributeNames: [String]
    var text: XMLTextMode
    /// Whether the text often repeats within a feed (affiliations): equal texts then share one
    /// String's storage instead of each allocating its own.
    var interned: Bool
    /// Whether the text is handed over as UTF-8 bytes (`end(tag:bytes:)`) instead of a String:
    /// for text the handler only takes apart (an entry id), which then needs no String at all.
    var deliversBytes: Bool

    static let ignore = XMLInterest(tag: -1, notifiesStart: false, notifiesEnd: false, text: .ignore)

    init(
        tag: Int, notifiesStart: Bool = true, notifiesEnd: Bool = true, attributeNames: [String] = [],
        text: XMLTextMode = .ignore, interned: Bool = false, deliversBytes: Bool = false
    ) {
        self.tag = tag
        self.notifiesStart = notifiesStart
        self.notifiesEnd = notifiesEnd
        self.attributeNames = attributeNames
        self.text = text
        self.interned = interned
        self.deliversBytes = deliversBytes
    }
}

enum XMLTextMode: Sendable {
    case ignore
    /// Text as it is, nested elements' text included.
    case raw
    /// Runs of XML whitespace become one space; leading and trailing whitespace dropped.
    case collapsed
}

/// The values of an element's wanted attributes, in the order of `XMLInterest.attributeNames`
/// (nil where absent). Four at most, held inline: no array per element.
struct XMLAttributeValues {
    static let capacity = 4
    var first: String?
    var second: String?
    var third: String?
    var fourth: String?

    subscript(index: Int) -> String? {
        get {
            switch index {
            case 0: first
            case 1: second
            case 2: third
            case 3: fourth
            default: nil
            }
        }
        set {
            switch index {
            case 0: first = newValue
            case 1: second = newValue
            case 2: third = newValue
            case 3: fourth = newValue
            default: break
            }
        }
    }
}

/// Receives the events of an `XMLStreamReader`. Throwing stops the parse; the error is rethrown
/// from `feed`/`finish`.
protocol XMLStreamHandler: AnyObject {
    /// Called once for the root element, before `interest`.
    func rootElement(namespace: String?, localName: String) throws
    /// Called once per distinct element name; the answer is cached for the parse.
    func interest(namespace: String?, localName: String) -> XMLInterest
    /// The start of an element whose interest wants no attributes (nothing to hand over, nothing
    /// to destroy).
    func start(tag: Int) throws
    /// The start of an element whose interest wants attributes.
    /// `attributes[i]` is the value of the interest's `attributeNames[i]`; handed over, so the
    /// handler may keep the values without copying.
    func start(tag: Int, attributes: consuming XMLAttributeValues) throws
    /// `text` is nil unless the interest asked for text.
    func end(tag: Int, text: consuming String?) throws
    /// The end of an element whose interest asked for its text as bytes. The handler may keep
    /// them by swapping `bytes` with a buffer of its own: the reader only reuses whatever buffer
    /// it gets back.
    func end(tag: Int, bytes: inout [UInt8]) throws
}

/// Where libxml2 found the document broken.
struct XMLSyntaxError: Error, Equatable, Sendable {
    var line: Int
    var column: Int
    var message: String
}
