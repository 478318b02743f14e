// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "citegraph",
    products: [
        .executable(name: "citegraph", targets: ["citegraph"]),
        .library(name: "CiteGraph", targets: ["CiteGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // C libraries, wrapped once each: Arxiv/CurlEasy.swift and Arxiv/XMLStreamReader.swift.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CiteGraph",
            dependencies: [
                "CCurl", "CLibXML2",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "citegraph",
            dependencies: [
                "CiteGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CiteGraphTests",
            // The fetch tests' HTTP server is a small socket server in Tests/CiteGraphTests/Support:
            // it must reset connections, stall and lie about Content-Length, which FlyingFox cannot.
            dependencies: ["CiteGraph"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
