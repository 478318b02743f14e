@testable import CiteGraph

extension RunOptions {
    /// A run that never opens a connection, quiet, from the bundled cache unless told otherwise.
    static func offline(_ input: Input, cache: String = TestPaths.bundledCache.path, output: String = "output",
                        skip: Set<RunOutput> = []) -> RunOptions {
        var fetch = FetchOptions()
        fetch.offline = true
        fetch.quiet = true
        return RunOptions(input: input, cacheDirectory: cache, outputDirectory: output, fetch: fetch, skip: skip)
    }
}
