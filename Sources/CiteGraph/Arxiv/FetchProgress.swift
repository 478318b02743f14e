/// What the fetcher (and a run's later stages) tell whoever shows progress (the CLI draws a
/// status line on a terminal, prints one line per request with `--verbose`, and nothing with
/// `--quiet`).
public enum FetchEvent: Sendable, Equatable {
    /// `total` papers asked for, `cached` of them already in the cache.
    case started(total: Int, cached: Int)
    /// A request is about to start (`attempt` counts from 1).
    case request(url: String, attempt: Int)
    /// A response (or a transport failure when `status` is nil) arrived after `seconds`.
    case response(url: String, status: Int?, bytes: Int, seconds: Double, problem: String?)
    /// About to wait before the next request (rate limit or backoff).
    case waiting(seconds: Double, reason: String)
    /// Papers done so far (cached + fetched + not found) out of `total`.
    case progress(done: Int, total: Int, requests: Int)
    /// Something the user should know that does not stop the run (a corrupt cache file).
    case warning(String)
    /// `--from-feeds`: `files` of `of` feed files read, `papers` entries so far.
    case reading(files: Int, of: Int, papers: Int)
    /// A run's next stage after loading its corpus (building the graph, writing files).
    case stage(String)
    case finished
}

public protocol ProgressReporting: AnyObject {
    func report(_ event: FetchEvent)
}
