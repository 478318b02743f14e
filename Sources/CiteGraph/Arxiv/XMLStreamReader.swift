import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The libxml2 wrapper (with XMLTextBuffer.swift and XMLStreamReader+File.swift, the only files
// with pointers): the SAX2 push parser, its limits, and the C callbacks. Everything else sees
// Swift values (XMLStreamHandler.swift): element tags chosen by the handler, attributes and
// text as Strings.

/// A streaming (SAX2 push) parser: bytes go in by chunks, events come out to the handler, and
/// nothing is kept but the text of the element being collected.
///
/// Safety: `XML_PARSE_NONET`, never NOENT/DTDLOAD/HUGE and no `externalSubset` handler, so
/// external DTDs and external entities are never loaded; `resolveEntity` refuses anything asked
/// of it anyway. libxml2's entity limits hold (billion laughs), and the reader bounds what entity
/// expansion may add to the text (quadratic blow-up, which libxml2 2.9 misses in SAX mode).
/// Not Sendable: one parse, one thread.
final class XMLStreamReader {
    /// A constant: calls through it need no reference counting (the handler does not hold the
    /// reader, so there is no cycle).
    private let handler: any XMLStreamHandler
    private var context: xmlParserCtxtPtr?
    private var saxHandler = xmlSAXHandler()

    private struct NameKey: Hashable {
        var namespace: UInt
        var localName: UInt
    }

    private struct TableEntry {
        /// (0, 0) while the entry is free: libxml2 never passes a null local name.
        var key: NameKey
        var index: Int
    }

    /// What `startElement`/`endElement` need of an interest, without reference-counted fields.
    private struct ElementSlot {
        var tag: Int
        var notifiesStart: Bool
        var notifiesEnd: Bool
        var text: XMLTextMode
        var interned: Bool
        var deliversBytes: Bool
        /// Where the wanted attribute names of this element start in `attributeNames`, and how many.
        var attributeStart: Int
        var attributeCount: Int
    }

    // libxml2 interns names in its dictionary, so a (namespace, local name) pair of pointers
    // identifies an element name for the whole parse: a small open-addressing table keyed by
    // them finds the interest without hashing strings.
    //
    // The hot state below is touched on every SAX event; `@exclusivity(unchecked)` drops the
    // dynamic exclusivity checks (a tenth of the parse time). Safe: one parse runs on one thread
    // and no event handler re-enters the reader.
    private static let tableSize = 256
    /// A plain buffer: one load and a compare find a name, with no array checks.
    @exclusivity(unchecked) private var table = UnsafeMutablePointer<TableEntry>.allocate(capacity: tableSize)
    private var tableCount = 0
    @exclusivity(unchecked) private var slots: [ElementSlot] = []
    /// The local name of each slot's element, for messages (a truncated document names the
    /// elements left open).
    private var slotNames: [String] = []
    /// The wanted attribute names of every slot, interned in the parser's dictionary: libxml2
    /// passes attribute names from that dictionary, so a pointer comparison finds them.
    @exclusivity(unchecked) private var attributeNames: [UnsafePointer<xmlChar>?] = []
    /// Names copied because there was no dictionary to intern them in; freed with the reader.
    private var ownedNames = OwnedNames()
    private var overflow: [NameKey: Int] = [:]
    /// Indexes into `slots` of the open elements, innermost last: a plain buffer, as an array
    /// checked its uniqueness on every push (half a percent of the parse).
    @exclusivity(unchecked) private var openElements = UnsafeMutablePointer<Int>.allocate(capacity: 64)
    @exclusivity(unchecked) private var openCapacity = 64
    @exclusivity(unchecked) private var openCount = 0
    @exclusivity(unchecked) private var sawRoot = false
    /// What `characters` does with text: nothing, or append it to `text` as it is or collapsed.
    @exclusivity(unchecked) private var capture = XMLTextMode.ignore
    private let text = XMLTextBuffer()
    /// Short attribute values repeat from entry to entry (`alternate`, `text/html`, category
    /// codes): the String made for one is handed out again for the next equal one.
    @exclusivity(unchecked) private var shortStrings = ShortStrings()
    /// The text of an element whose interest takes bytes, handed to the handler; its buffer reused.
    @exclusivity(unchecked) private var textBytes: [UInt8] = []

    @exclusivity(unchecked) private var charactersSeen = 0
    /// `amplificationFactor` times the bytes fed so far, plus `amplificationAllowance`: kept up to
    /// date by `feed`.
    @exclusivity(unchecked) private var charactersAllowed = XMLStreamReader.amplificationAllowance
    static let amplificationFactor = 10
    static let amplificationAllowance = 1 << 20
    /// libxml2's own limit for one text node without XML_PARSE_HUGE.
    static let maximumTextLength = 10_000_000

    private var firstError: XMLSyntaxError?
    @exclusivity(unchecked) private var handlerError: (any Error)?
    /// Where the handler threw, for its error message.
    private(set) var handlerErrorPosition: (line: Int, column: Int) = (0, 0)
    private var finished = false

    /// libxml2's global set-up, done once before any parser (its lazy set-up is not thread-safe
    /// in 2.9, and parses may run on several threads).
    private static let libxml2Initialized: Void = xmlInitParser()

    init(handler: any XMLStreamHandler) {
        Self.libxml2Initialized
        self.handler = handler
        table.initialize(repeating: TableEntry(key: NameKey(namespace: 0, localName: 0), index: -1), count: Self.tableSize)
        xmlSAXVersion(&saxHandler, 2)
        // Only namespace-aware element events, text, errors; entity declarations and lookups keep
        // libxml2's own SAX2 handlers (so internal entities expand within libxml2's limits).
        saxHandler.startElement = nil
        saxHandler.endElement = nil
        saxHandler.startElementNs = xmlStreamStartElement
        saxHandler.endElementNs = xmlStreamEndElement
        saxHandler.characters = xmlStreamCharacters
        saxHandler.ignorableWhitespace = xmlStreamCharacters
        saxHandler.cdataBlock = xmlStreamCharacters
        saxHandler.reference = nil
        saxHandler.comment = nil
        saxHandler.processingInstruction = nil
        saxHandler.externalSubset = nil
        saxHandler.resolveEntity = xmlStreamRefuseEntity
        saxHandler.warning = nil
        saxHandler.error = nil
        saxHandler.fatalError = nil
        saxHandler.serror = xmlStreamError
        saxHandler.initialized = UInt32(XML_SAX2_MAGIC)
    }

    deinit {
        releaseContext()
        openElements.deallocate()
        table.deallocate()
    }

    @inline(__always)
    private func pushOpenElement(_ index: Int) {
        if openCount == openCapacity { growOpenElements() }
        openElements[openCount] = index
        openCount &+= 1
    }

    private func growOpenElements() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: openCapacity * 2)
        grown.update(from: openElements, count: openCount)
        openElements.deallocate()
        openElements = grown
        openCapacity *= 2
    }

    private func releaseContext() {
        guard let ctxt = context else { return }
        if let doc = ctxt.pointee.myDoc {
            xmlFreeDoc(doc)
            ctxt.pointee.myDoc = nil
        }
        xmlFreeParserCtxt(ctxt)
        context = nil
    }

    private func makeContext() throws {
        // A nil chunk: libxml2 detects the encoding from the first chunk fed.
        guard let ctxt = xmlCreatePushParserCtxt(&saxHandler, nil, nil, 0, nil) else {
            throw XMLSyntaxError(line: 0, column: 0, message: "libxml2 could not create a parser")
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        xmlCtxtUseOptions(ctxt, options)
        ctxt.pointee.replaceEntities = 0
        ctxt.pointee.loadsubset = 0
        ctxt.pointee.validate = 0
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        context = ctxt
    }

    /// Feeds the next piece of the document.
    func feed(_ chunk: ArraySlice<UInt8>) throws {
        precondition(!finished, "feed after finish")
        if context == nil { try makeContext() }
        guard let ctxt = context else { return }
        // Large inputs go in bounded pieces so libxml2's input buffer stays small.
        var start = chunk.startIndex
        let pieceSize = 1 << 16
        while start < chunk.endIndex {
            let end = min(start + pieceSize, chunk.endIndex)
            charactersAllowed += Self.amplificationFactor * (end - start)
            chunk[start..<end].withUnsafeBufferPointer { piece in
                piece.baseAddress!.withMemoryRebound(to: CChar.self, capacity: piece.count) {
                    _ = xmlParseChunk(ctxt, $0, Int32(piece.count), 0)
                }
            }
            try checkFailure()
            start = end
        }
    }

    /// Ends the document: a truncated one fails here.
    func finish() throws {
        if context == nil { try makeContext() }
        guard let ctxt = context else { return }
        finished = true
        let failedBefore = firstError != nil || handlerError != nil
        // Start tags libxml2 completes only now were cut short (`<a` of `<author>`): not named.
        let openBefore = openCount
        let rootBefore = sawRoot
        _ = xmlParseChunk(ctxt, nil, 0, 1)
        if !failedBefore, handlerError == nil, openBefore > 0 || !rootBefore,
           ctxt.pointee.wellFormed == 0 || firstError != nil {
            // libxml2 says what it expected next ("Extra content at the end of the document",
            // "expected '>'"); the reader needs to know the document stopped short.
            let found = firstError ?? lastLibXMLError()
                ?? XMLSyntaxError(line: position.line, column: position.column, message: "the document is not complete")
            firstError = truncated(found, open: openBefore)
        }
        try checkFailure()
        if ctxt.pointee.wellFormed == 0 {
            throw firstError ?? lastLibXMLError() ?? XMLSyntaxError(
                line: Int(ctxt.pointee.input?.pointee.line ?? 0), column: 0,
                message: "the document is not well formed")
        }
    }

    /// `error`, said as a document that ends inside its first `count` open elements (named
    /// innermost first), or before its root element is complete.
    private func truncated(_ error: XMLSyntaxError, open count: Int) -> XMLSyntaxError {
        let open = (0..<count).reversed().map { "<\(slotNames[openElements[$0]])>" }
        let inside = open.count > 3 ? open.prefix(2).joined(separator: " in ") + " … in " + open.last! : open.joined(separator: " in ")
        let ends = open.isEmpty ? "before its root element is complete"
            : "inside \(inside), before \(open.count == 1 ? "its end tag" : "their end tags")"
        var said = error
        said.message = "the document ends \(ends): truncated? (libxml2: \(error.message))"
        return said
    }

    private func checkFailure() throws {
        if let handlerError { throw handlerError }
        if let firstError { throw firstError }
        if let ctxt = context, ctxt.pointee.wellFormed == 0, ctxt.pointee.disableSAX != 0 {
            throw lastLibXMLError() ?? XMLSyntaxError(line: 0, column: 0, message: "the document is not well formed")
        }
    }

    private func lastLibXMLError() -> XMLSyntaxError? {
        guard let ctxt = context, let error = xmlCtxtGetLastError(ctxt), error.pointee.code != 0 else { return nil }
        return Self.syntaxError(error.pointee)
    }

    private static func syntaxError(_ error: xmlError) -> XMLSyntaxError {
        var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        while let last = message.last, last.isWhitespace { message.removeLast() }
        return XMLSyntaxError(line: Int(error.line), column: Int(error.int2), message: message)
    }

    /// The line and column libxml2 has reached, for errors the handler finds.
    var position: (line: Int, column: Int) {
        guard let ctxt = context else { return (0, 0) }
        let raw = UnsafeMutableRawPointer(ctxt)
        return (Int(xmlSAX2GetLineNumber(raw)), Int(xmlSAX2GetColumnNumber(raw)))
    }

    private func stop() {
        if let ctxt = context { xmlStopParser(ctxt) }
    }

    // MARK: events (called from the C callbacks below)

    fileprivate func startElement(
        localName: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        dictionary: xmlDictPtr?
    ) {
        guard handlerError == nil else { return }
        let key = NameKey(namespace: UInt(bitPattern: namespace), localName: UInt(bitPattern: localName))
        if !sawRoot {
            sawRoot = true
            do {
                try handler.rootElement(namespace: namespace.map { String(cString: $0) }, localName: String(cString: localName))
            } catch {
                fail(error)
                return
            }
        }
        let index = interestIndex(key, namespace: namespace, localName: localName)
        pushOpenElement(index)
        let slot = slots[index]
        if slot.text != .ignore {
            capture = slot.text
            text.reset()
        }
        guard slot.notifiesStart else { return }
        guard slot.attributeCount > 0 else {
            do {
                try handler.start(tag: slot.tag)
            } catch {
                fail(error)
            }
            return
        }
        var values = XMLAttributeValues()
        if let attributes {
            // Names from another dictionary (none in practice) are compared byte by byte.
            let interned = dictionary == context?.pointee.dict
            for i in 0..<attributeCount {
                let base = attributes + 5 * i
                // Un-namespaced attributes only (base[2] is the namespace URI).
                guard base[2] == nil, let name = base[0], let valueStart = base[3], let valueEnd = base[4] else { continue }
                for wanted in 0..<slot.attributeCount {
                    guard let wantedName = attributeNames[slot.attributeStart + wanted] else { continue }
                    if interned ? name == wantedName : xmlStrEqual(name, wantedName) != 0 {
                        values[wanted] = attributeValue(valueStart, valueEnd)
                        break
                    }
                }
            }
        }
        do {
            try handler.start(tag: slot.tag, attributes: consume values)
        } catch {
            fail(error)
        }
    }

    @inline(__always)
    private func interestIndex(_ key: NameKey, namespace: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>) -> Int {
        // Linear probing; the table is at most half full, so the first probe or the second
        // finds a name, and an unknown one stops at a free entry.
        var slot = Self.tableSlot(key)
        while true {
            let entry = table[slot]
            if entry.key == key { return entry.index }
            if entry.index < 0 { return newInterestIndex(key, namespace: namespace, localName: localName, freeSlot: slot) }
            slot = (slot &+ 1) & (Self.tableSize - 1)
        }
    }

    @inline(__always)
    private static func tableSlot(_ key: NameKey) -> Int {
        let hash = (key.localName &* 0x9E37_79B9_7F4A_7C15) ^ (key.namespace &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: hash >> 56) & (tableSize - 1)
    }

    /// A name not in the table: from the overflow (a document with more than `tableSize / 2`
    /// distinct names), or asked of the handler once.
    private func newInterestIndex(
        _ key: NameKey, namespace: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>, freeSlot slot: Int
    ) -> Int {
        if let index = overflow[key] { return index }
        let interest = handler.interest(
            namespace: namespace.map { String(cString: $0) }, localName: String(cString: localName))
        let wanted = interest.attributeNames.prefix(XMLAttributeValues.capacity)
        slots.append(ElementSlot(
            tag: interest.tag, notifiesStart: interest.notifiesStart, notifiesEnd: interest.notifiesEnd,
            text: interest.text, interned: interest.interned, deliversBytes: interest.deliversBytes && interest.text != .ignore,
            attributeStart: attributeNames.count, attributeCount: wanted.count))
        let dictionary = context?.pointee.dict
        for name in wanted {
            attributeNames.append(name.withCString { bytes in
                bytes.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { name in
                    // A parser always has a dictionary; a copy of our own just in case.
                    if let interned = xmlDictLookup(dictionary, name, -1) { return interned }
                    return ownedNames.copy(name, count: strlen(bytes))
                }
            })
        }
        slotNames.append(String(cString: localName))
        let index = slots.count - 1
        if tableCount < Self.tableSize / 2 {
            table[slot] = TableEntry(key: key, index: index)
            tableCount += 1
        } else {
            overflow[key] = index
        }
        return index
    }

    /// Without entity substitution libxml2 hands attribute values over with every `&` written
    /// as `&#38;` (user entities stay `&name;`, unexpanded: arXiv never uses them, and expanding
    /// them here would bypass libxml2's limits). Decoded left to right, once.
    private func attributeValue(_ start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) -> String {
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        let (isASCII, hasAmpersand) = Self.scan(bytes)
        if isASCII, !hasAmpersand, bytes.count <= ShortStrings.longest { return shortStrings.string(bytes) }
        guard hasAmpersand else { return XMLTextBuffer.string(bytes, isASCII: isASCII) }
        let escapedAmpersand: [UInt8] = Array("&#38;".utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), index + 5 <= bytes.count,
               bytes[index..<index + 5].elementsEqual(escapedAmpersand) {
                decoded.append(UInt8(ascii: "&"))
                index += 5
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Whether the bytes are all ASCII, and whether any is `&`: sixteen at a time, the last
    /// block overlapping the one before.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (isASCII: Bool, hasAmpersand: Bool) {
        guard let base = bytes.baseAddress, bytes.count >= 16 else {
            var bits: UInt8 = 0
            var ampersands = 0
            for byte in bytes {
                bits |= byte
                ampersands &+= byte == UInt8(ascii: "&") ? 1 : 0
            }
            return (bits < 0x80, ampersands > 0)
        }
        typealias Block = SIMD16<UInt8>
        var seen = Block()
        var ampersands = Block()
        var offset = 0
        while true {
            let block = UnsafeRawPointer(base + offset).loadUnaligned(as: Block.self)
            seen |= block
            ampersands |= unsafeBitCast(block .== Block(repeating: UInt8(ascii: "&")), to: Block.self)
            if offset == bytes.count &- 16 { break }
            offset = min(offset &+ 16, bytes.count &- 16)
        }
        let seenHalves = unsafeBitCast(seen, to: SIMD2<UInt64>.self)
        let ampersandHalves = unsafeBitCast(ampersands, to: SIMD2<UInt64>.self)
        return ((seenHalves[0] | seenHalves[1]) & 0x8080_8080_8080_8080 == 0, ampersandHalves[0] | ampersandHalves[1] != 0)
    }

    fileprivate func endElement() {
        guard handlerError == nil, openCount > 0 else { return }
        openCount -= 1
        let index = openElements[openCount]
        let slot = slots[index]
        if slot.deliversBytes {
            capture = .ignore
            guard slot.notifiesEnd else { return }
            text.copyBytes(into: &textBytes, trimmingTrailingSpace: slot.text == .collapsed)
            do {
                try handler.end(tag: slot.tag, bytes: &textBytes)
            } catch {
                fail(error)
            }
            return
        }
        let value: String?
        if slot.text == .ignore {
            value = nil
        } else if slot.interned {
            value = text.makeInternedString(trimmingTrailingSpace: slot.text == .collapsed)
        } else {
            value = text.makeString(trimmingTrailingSpace: slot.text == .collapsed)
        }
        if slot.text != .ignore { capture = .ignore }
        guard slot.notifiesEnd else { return }
        do {
            try handler.end(tag: slot.tag, text: consume value)
        } catch {
            fail(error)
        }
    }

    /// Called for every piece of text, the whitespace between elements included: the common
    /// path is a few instructions, the rest is outlined.
    @inline(__always)
    fileprivate func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        // libxml2 2.9 does not bound what a SAX parse (no NOENT) gets from re-expanding the same
        // internal entity many times (quadratic blow-up), so bound it here: without entities,
        // text never outgrows the input.
        charactersSeen &+= bytes.count
        guard charactersSeen <= charactersAllowed, handlerError == nil else { return refuseCharacters() }
        if capture == .ignore { return }
        collect(bytes)
    }

    private func refuseCharacters() {
        guard handlerError == nil else { return }
        let (line, column) = position
        fail(XMLSyntaxError(
            line: line, column: column,
            message: "entity expansion produced more than \(Self.amplificationFactor) times the input's size"))
    }

    private func collect(_ bytes: UnsafeBufferPointer<UInt8>) {
        if text.received + bytes.count > Self.maximumTextLength {
            let (line, column) = position
            fail(XMLSyntaxError(line: line, column: column, message: "an element's text is longer than \(Self.maximumTextLength) bytes"))
            return
        }
        if capture == .collapsed { text.appendCollapsing(bytes) } else { text.appendRaw(bytes) }
    }

    fileprivate func syntaxError(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, firstError == nil else { return }
        var found = Self.syntaxError(error)
        // An error inside an entity's replacement text carries the entity's own line numbers;
        // the reference in the document is where the reader should look.
        if let ctxt = context, error.ctxt != nil, error.ctxt != UnsafeMutableRawPointer(ctxt) {
            (found.line, found.column) = position
        }
        firstError = found
    }

    private func fail(_ error: any Error) {
        if handlerError == nil {
            handlerError = error
            handlerErrorPosition = position
        }
        stop()
    }

    /// Runs of XML whitespace become one space; leading and trailing ones go (as `.collapsed`
    /// text is delivered).
    static func collapsingWhitespace(_ text: [UInt8]) -> String {
        let buffer = XMLTextBuffer(capacity: text.count)
        text.withUnsafeBufferPointer { buffer.appendCollapsing($0) }
        return buffer.makeString(trimmingTrailingSpace: true)
    }
}

/// C strings the reader allocated itself, freed when it goes.
private final class OwnedNames {
    private var names: [UnsafeMutablePointer<xmlChar>] = []

    /// A NUL-terminated copy of the `count` bytes at `name`.
    func copy(_ name: UnsafePointer<xmlChar>, count: Int) -> UnsafePointer<xmlChar> {
        let copied = UnsafeMutablePointer<xmlChar>.allocate(capacity: count + 1)
        copied.update(from: name, count: count)
        copied[count] = 0
        names.append(copied)
        return UnsafePointer(copied)
    }

    deinit {
        for name in names { name.deallocate() }
    }
}

// MARK: C callbacks: userData is the parser context (no user data was given), whose `_private`
// is the reader. Entity contents are parsed in a child context that inherits `_private`.

/// Runs `body` on the reader behind `ctx` without retaining it (the reader outlives its parse).
@inline(__always)
private func withReader(_ ctx: UnsafeMutableRawPointer?, _ body: (XMLStreamReader) -> Void) {
    guard let ctx else { return }
    let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let privateData = ctxt.pointee._private else { return }
    Unmanaged<XMLStreamReader>.fromOpaque(privateData)._withUnsafeGuaranteedRef(body)
}

private func xmlStreamStartElement(
    ctx: UnsafeMutableRawPointer?, localName: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?,
    uri: UnsafePointer<xmlChar>?, namespaceCount: Int32, namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    attributeCount: Int32, defaultedCount: Int32, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let localName else { return }
    withReader(ctx) {
        $0.startElement(
            localName: localName, namespace: uri, attributeCount: Int(attributeCount), attributes: attributes,
            dictionary: ctx?.assumingMemoryBound(to: xmlParserCtxt.self).pointee.dict)
    }
}

private func xmlStreamEndElement(
    ctx: UnsafeMutableRawPointer?, localName: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?,
    uri: UnsafePointer<xmlChar>?
) {
    withReader(ctx) { $0.endElement() }
}

private func xmlStreamCharacters(ctx: UnsafeMutableRawPointer?, bytes: UnsafePointer<xmlChar>?, count: Int32) {
    guard let bytes, count > 0 else { return }
    withReader(ctx) { $0.characters(UnsafeBufferPointer(start: bytes, count: Int(count))) }
}

private func xmlStreamError(ctx: UnsafeMutableRawPointer?, error: xmlErrorPtr?) {
    guard let error else { return }
    withReader(ctx) { $0.syntaxError(error.pointee) }
}

/// Never loads an external entity or DTD.
private func xmlStreamRefuseEntity(
    ctx: UnsafeMutableRawPointer?, publicID: UnsafePointer<xmlChar>?, systemID: UnsafePointer<xmlChar>?
) -> xmlParserInputPtr? {
    nil
}
