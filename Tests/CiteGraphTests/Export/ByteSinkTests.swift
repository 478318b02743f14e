import Foundation
import Testing
@testable import CiteGraph

@Suite struct ByteSinkTests {
    @Test func integersInDecimal() {
        var sink = ByteSink()
        for value in [0, 7, 10, 99, 100, -1, -10, 2023, Int.max, Int.min] {
            sink.write(value)
            sink.write(byte: 0x20)
        }
        #expect(sink.text == "0 7 10 99 100 -1 -10 2023 9223372036854775807 -9223372036854775808 ")
    }

    @Test func drainGetsEveryByteInOrder() throws {
        var chunks: [[UInt8]] = []
        var sink = ByteSink(bufferSize: 8) { chunks.append($0) }
        sink.write("0123456789")
        sink.write(byte: 0x41)
        sink.write(bytes: Array("bcdefghijklmnopqrstuvwxyz".utf8))
        sink.write(12345)
        try sink.finish()
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == "0123456789Abcdefghijklmnopqrstuvwxyz12345")
        #expect(chunks.count == 5)
        #expect(chunks.allSatisfy { $0.count <= 10 })
    }

    @Test func firstDrainErrorIsThrownAtFinish() {
        struct Full: Error {}
        var calls = 0
        var sink = ByteSink(bufferSize: 4) { _ in
            calls += 1
            throw Full()
        }
        sink.write("abcdef")
        sink.write("ghijkl")
        #expect(calls == 1)
        #expect(throws: Full.self) { try sink.finish() }
    }

    /// Streamed in small buffers, each writer gives what its String API gives.
    @Test func streamedWritersMatchTheirText() throws {
        var graph = TinyGraph.make()
        graph.addNode(Graph.Node(kind: .section, key: "A > B \"q\"", label: "B\r\n&<>", attributes: [.init("note", .string(""))]))
        graph.addEdge(Graph.Edge(source: 0, target: 2, kind: .listedIn, weight: 1, papers: ["x\\y"]))
        func streamed(_ write: (inout ByteSink) -> Void) throws -> String {
            var chunks: [[UInt8]] = []
            var sink = ByteSink(bufferSize: 16) { chunks.append($0) }
            write(&sink)
            try sink.finish()
            return String(decoding: chunks.joined(), as: UTF8.self)
        }
        #expect(try streamed { GraphMLWriter.write(graph, to: &$0) } == GraphMLWriter.write(graph))
        #expect(try streamed { DOTWriter.write(graph, clusters: true, to: &$0) } == DOTWriter.write(graph, clusters: true))
        #expect(try streamed { CytoscapeJSONWriter.write(graph, to: &$0) } == CytoscapeJSONWriter.write(graph))
        #expect(try streamed { EdgeListCSVWriter.write(graph, to: &$0) } == EdgeListCSVWriter.write(graph))
        #expect(try streamed { Neo4jCSVWriter.writeNodes(graph, to: &$0) } == Neo4jCSVWriter.write(graph).nodes)
        let dot = DOTWriter.write(graph, clusters: true)
        #expect(dot.contains(#""section:A > B \"q\"" [label="B\n&<>", kind=section"#))
        #expect(dot.contains(#"papers="x\\y"];"#))
        #expect(GraphMLWriter.write(graph).contains("<data key=\"n_label\">B&#13;\n&amp;&lt;&gt;</data>"))
    }

    /// A file whose writer fails leaves the old content under its name and no temporary file.
    @Test func failedStreamKeepsTheOldFile() throws {
        struct Broken: Error {}
        let folder = try makeTemporaryDirectory("sink-atomic")
        var files = try OutputFiles(directory: folder)
        try files.write("out.txt") { $0.write("old\n") }
        #expect(throws: Broken.self) {
            try files.write("out.txt") { sink in
                sink.write(bytes: [UInt8](repeating: 0x61, count: 3 * ByteSink.bufferSize))
                throw Broken()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
        #expect(FileManager.default.contents(atPath: folder + "/out.txt") == Data("old\n".utf8))
        try files.write("out.txt") { sink in
            for _ in 0..<300_000 { sink.write("0123456789") }
        }
        #expect(FileManager.default.contents(atPath: folder + "/out.txt")?.count == 3_000_000)
    }
}
