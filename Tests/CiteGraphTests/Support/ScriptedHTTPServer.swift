import Foundation
import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests, on POSIX sockets because it must
/// misbehave in ways a proper server library will not: reset a connection, stall past the
/// client's timeout, send fewer bytes than its Content-Length. Each request is answered by a
/// script (`handler`), and every request is recorded with its time and query.
final class ScriptedHTTPServer: Sendable {
    struct Request: Sendable {
        var path: String
        /// Percent-decoded query parameters.
        var query: [String: String]
        var rawQuery: String
        var headers: [String: String]
        /// Monotonic seconds when the request was read.
        var time: Double
    }

    enum Reply: Sendable {
        case respond(status: Int, headers: [String: String], body: [UInt8])
        /// Close with a TCP reset, sending nothing.
        case reset
        /// Send nothing for this long, then close.
        case stall(seconds: Double)
        /// Claim `declaredLength` bytes, send `body` (shorter), close.
        case truncated(status: Int, body: [UInt8], declaredLength: Int)

        static func atom(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> Reply {
            var all = ["Content-Type": "application/atom+xml; charset=utf-8"]
            all.merge(headers) { $1 }
            return .respond(status: status, headers: all, body: Array(text.utf8))
        }

        static func text(_ text: String, status: Int = 200, contentType: String = "text/plain", headers: [String: String] = [:]) -> Reply {
            var all = ["Content-Type": contentType]
            all.merge(headers) { $1 }
            return .respond(status: status, headers: all, body: Array(text.utf8))
        }
    }

    /// Answers request number `index` (0-based, in arrival order).
    typealias Handler = @Sendable (_ request: Request, _ index: Int) -> Reply

    let port: Int
    private let listener: Int32
    private let handler: Handler
    private let recorded = Mutex<[Request]>([])

    var baseURL: String { "http://127.0.0.1:\(port)/api/query" }
    var requests: [Request] { recorded.withLock { $0 } }

    init(handler: @escaping Handler) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: actual.sin_port))
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Stops accepting; connections in progress end on their own. Only wakes the accept loop:
    /// closing the descriptor here would let its number be reused by another server's socket
    /// while the loop still accepts on it.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    /// Serves one connection, keep-alive: request after request until the client closes.
    private func serve(_ connection: Int32) {
        var buffer: [UInt8] = []
        defer { close(connection) }
        while true {
            guard let head = readHead(connection, buffer: &buffer), let request = parse(head) else { return }
            let index = recorded.withLock { list in
                list.append(request)
                return list.count - 1
            }
            switch handler(request, index) {
            case let .respond(status, headers, body):
                guard send(connection, head: status, headers: headers, contentLength: body.count, body: body) else { return }
            case .reset:
                var lingerOption = linger(l_onoff: 1, l_linger: 0)
                setsockopt(connection, SOL_SOCKET, SO_LINGER, &lingerOption, socklen_t(MemoryLayout<linger>.size))
                return
            case let .stall(seconds):
                Thread.sleep(forTimeInterval: seconds)
                return
            case let .truncated(status, body, declaredLength):
                _ = send(connection, head: status, headers: ["Content-Type": "application/atom+xml"],
                         contentLength: declaredLength, body: body)
                return
            }
        }
    }

    private func readHead(_ connection: Int32, buffer: inout [UInt8]) -> String? {
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            if let end = buffer.firstRange(of: terminator) {
                let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                return head
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(connection, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private func parse(_ head: String) -> Request? {
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return nil }
        let target = String(parts[1])
        let path = String(target.split(separator: "?", maxSplits: 1).first ?? "")
        let rawQuery = target.contains("?") ? String(target.split(separator: "?", maxSplits: 1)[1]) : ""
        var query: [String: String] = [:]
        for pair in rawQuery.split(separator: "&") {
            let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            query[decode(nameValue[0])] = nameValue.count > 1 ? decode(nameValue[1]) : ""
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(path: path, query: query, rawQuery: rawQuery, headers: headers, time: monotonicNow())
    }

    private func send(_ connection: Int32, head status: Int, headers: [String: String], contentLength: Int, body: [UInt8]) -> Bool {
        var text = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(contentLength)\r\nConnection: keep-alive\r\n\r\n"
        let bytes = Array(text.utf8) + body
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }
}

func monotonicNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
