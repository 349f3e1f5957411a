import ArgumentParser
import CaseEvents
import ComplaintDomain
import Foundation

/// `coach route`: the routing and deadline rules as a filter, JSON in and JSON out.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Route one complaint given as JSON on stdin; print the decision as JSON.",
        discussion: """
            Input keys: channel (in_person|letter|phone|other, required), received_at (ISO 8601 with \
            an offset or Z, required), kind (complaint|suggestion, default complaint), nature \
            (ordinary|urgent; when absent it is suggested from description), description, \
            beyond_manager_authority (bool, default false).
            Output keys: is_complaint, nature, working_hours, handler, notify, approval_by, escalate_to, \
            deadline, reply_via, on_duty (who is on duty at received_at for each duty role named: role, \
            staff_id, name, phone; when nobody is rostered those are null and holders lists who holds the \
            role), reasons. Bad input (a wrong or unknown field, a key given twice, a trailing \
            comma, a year outside 1900–9999): one line on stderr naming the field, exit 2.

            Example:
              echo '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00"}' | coach route
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let request: RouteRequest
        do throws(RouteRequest.Invalid) {
            request = try RouteRequest.decode(input)
        } catch {
            throw Failure(error.message, code: 2)
        }
        let (catalogue, _) = try options.loadGuidance()
        guard let decision = request.decision(in: catalogue) else {
            throw Failure("field \"received_at\": too late; its deadline would fall after the year 9999", code: 2)
        }
        print(RouteOutput(decision, organization: catalogue.organization, language: options.language).json)
    }
}
