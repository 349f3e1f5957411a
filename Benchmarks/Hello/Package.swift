// swift-tools-version: 6.1
// The yardstick for Coach's start-up time: a bare Swift + Foundation "hello", built the same way.
import PackageDescription

let package = Package(name: "Hello", targets: [.executableTarget(name: "hello")])
