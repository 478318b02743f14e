import CCurl
import Foundation

/// The one file that touches libcurl. A `CurlEasy` owns one easy handle, reused for every request
/// so that libcurl keeps one connection open (arXiv asks for one connection).

/// What libcurl reported when a transfer failed.
public struct CurlFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Int
    public var message: String
    /// The transfer ran past the connect or total timeout.
    public var isTimeout: Bool
    /// The body passed the response-size cap.
    public var isTooLarge: Bool
    /// Worth trying again later: resets, timeouts, refused connections, truncated bodies. Not
    /// transient: bad URLs, unsupported protocols, TLS certificate failures, too many redirects,
    /// responses over the size cap.
    public var isTransient: Bool

    public var description: String { "\(message) (curl error \(code))" }
}

/// One finished HTTP exchange (the last one, after redirects).
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Header names lowercased; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Settings applied to every transfer of a handle.
public struct CurlSettings: Sendable, Equatable {
    public var connectTimeout: Double
    public var totalTimeout: Double
    public var maxRedirects: Int
    public var maxResponseBytes: Int
    public var userAgent: String

    public init(connectTimeout: Double = 10, totalTimeout: Double = 60, maxRedirects: Int = 3,
                maxResponseBytes: Int = 64 << 20, userAgent: String) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxRedirects = maxRedirects
        self.maxResponseBytes = maxResponseBytes
        self.userAgent = userAgent
    }
}

/// curl_global_init must run once, before any handle, and is not thread-safe: a lazily
/// initialised global runs it exactly once.
private let curlGlobalInitResult: Int = Int(curl_global_init(Int(CURL_GLOBAL_ALL)).rawValue)

/// Collects one transfer's headers and body; reached from libcurl's callbacks through an
/// unmanaged pointer that lives only for the duration of `perform`.
private final class TransferSink {
    let limit: Int
    var body: [UInt8] = []
    var headers: [String: String] = [:]
    var exceededLimit = false

    init(limit: Int) { self.limit = limit }

    func appendBody(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard body.count + bytes.count <= limit else {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    func appendHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            headers = [:]  // a new response (after a redirect or a 100 Continue) starts over
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        headers[name] = value
    }
}

private func curlWriteCallback(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let data, let context else { return 0 }
    let sink = Unmanaged<TransferSink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length)
    return sink.appendBody(bytes) ? length : 0  // returning less than given aborts the transfer
}

private func curlHeaderCallback(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let data, let context else { return 0 }
    let sink = Unmanaged<TransferSink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    sink.appendHeaderLine(UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length))
    return length
}

/// Not Sendable: an easy handle must be used from one thread at a time.
public final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    public let settings: CurlSettings

    public init(settings: CurlSettings) throws {
        guard curlGlobalInitResult == 0 else {
            throw CurlFailure(code: curlGlobalInitResult, message: "libcurl failed to initialise",
                              isTimeout: false, isTooLarge: false, isTransient: false)
        }
        guard let handle = curl_easy_init() else {
            throw CurlFailure(code: -1, message: "libcurl could not create a handle",
                              isTimeout: false, isTooLarge: false, isTransient: false)
        }
        self.handle = handle
        self.settings = settings
    }

    deinit { curl_easy_cleanup(handle) }

    /// GETs `url`. Throws `CurlFailure` when no complete HTTP response arrived; any status
    /// (404, 503, …) is a response, not a failure.
    public func get(_ url: String) throws -> HTTPResponse {
        let sink = TransferSink(limit: settings.maxResponseBytes)
        let context = Unmanaged.passRetained(sink)
        defer { context.release() }

        try configure(url: url, context: context.toOpaque())
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else {
            throw failure(code, sink: sink)
        }
        var status = 0
        _ = cg_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: sink.headers, body: sink.body)
    }

    private func configure(url: String, context: UnsafeMutableRawPointer) throws {
        // Options persist on the handle between transfers; setting them all each time keeps one
        // request from inheriting another's state.
        var codes: [CURLcode] = []
        codes.append(url.withCString { cg_curl_setopt_string(handle, CURLOPT_URL, $0) })
        codes.append(settings.userAgent.withCString { cg_curl_setopt_string(handle, CURLOPT_USERAGENT, $0) })
        codes.append(cg_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "gzip"))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_HTTPGET, 1))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_MAXREDIRS, settings.maxRedirects))
        codes.append(cg_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        codes.append(cg_curl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(settings.connectTimeout * 1000)))
        codes.append(cg_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(settings.totalTimeout * 1000)))
        codes.append(cg_curl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(settings.maxResponseBytes)))
        codes.append(cg_curl_setopt_write_function(handle, curlWriteCallback))
        codes.append(cg_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context))
        codes.append(cg_curl_setopt_header_function(handle, curlHeaderCallback))
        codes.append(cg_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context))
        if let bad = codes.first(where: { $0 != CURLE_OK }) {
            throw failure(bad, sink: nil)
        }
    }

    private func failure(_ code: CURLcode, sink: TransferSink?) -> CurlFailure {
        let message = String(cString: curl_easy_strerror(code))
        let tooLarge = code == CURLE_FILESIZE_EXCEEDED || (code == CURLE_WRITE_ERROR && sink?.exceededLimit == true)
        let permanent: Set<CURLcode> = [
            CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_TOO_MANY_REDIRECTS,
            CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
            CURLE_UNKNOWN_OPTION, CURLE_NOT_BUILT_IN, CURLE_OUT_OF_MEMORY,
        ]
        return CurlFailure(
            code: Int(code.rawValue),
            message: tooLarge ? "response larger than \(settings.maxResponseBytes) bytes" : message,
            isTimeout: code == CURLE_OPERATION_TIMEDOUT,
            isTooLarge: tooLarge,
            isTransient: !tooLarge && !permanent.contains(code)
        )
    }
}
