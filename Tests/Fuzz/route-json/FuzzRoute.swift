import CivilTime
import ComplaintDomain
import Foundation
import Guidance

/// `coach route` without its command line: the bytes of standard input through RouteRequest
/// (StrictJSON, then JSONDecoder), then, as RouteCommand does, the shipped organisation's router,
/// the four-digit-year check and RouteOutput's JSON.
///
/// Besides crashes, it checks: a refusal is one non-empty line once made safe (Failure.line); an
/// accepted request's output is JSON that Foundation reads back, with the keys promised.
let catalogue: GuidanceCatalogue = {
    let folder = ProcessInfo.processInfo.environment["COACH_GUIDANCE"] ?? FuzzPaths.guidance
    do {
        return try GuidanceLoader.load(from: URL(fileURLWithPath: folder))
    } catch {
        fatalError("the fuzz target needs the shipped guidance: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoute(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: bytes, count: size)
    let request: RouteRequest
    do throws(RouteRequest.Invalid) {
        request = try RouteRequest.decode(input)
    } catch {
        let line = Failure(error.message, code: 2).message
        // Scalar by scalar: String.contains("\n") misses a line break that a combining mark follows.
        check(!line.isEmpty && !line.unicodeScalars.contains("\n"), "a refusal must be one line: \(line.debugDescription)")
        return 0
    }
    // Refused by RouteCommand when nil: "too late; its deadline would fall after the year 9999".
    guard let decision = request.decision(in: catalogue) else { return 0 }
    for language in Language.allCases {
        let json = RouteOutput(decision, organization: catalogue.organization, language: language).json
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            fatalError("route printed something that is not a JSON object: \(json)")
        }
        for key in ["is_complaint", "nature", "working_hours", "handler", "notify", "deadline", "reply_via", "on_duty", "reasons"] {
            check(object[key] != nil, "route output lacks \(key): \(json)")
        }
        if let deadline = object["deadline"] as? String {
            check(Timestamp.parse(deadline) != nil, "the deadline printed does not read back: \(deadline)")
        }
    }
    return 0
}
