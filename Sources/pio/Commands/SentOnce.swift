import PortalAPI
import PortalStore

/// The script commands' side of the one rule for writes (`Write`): a write is sent once; when its
/// answer is lost it may have been applied, so the command exits `ExitStatus.outcomeUnknown` (6)
/// with a sentence saying so and how to check, never 4 ("cannot reach"), which a script would retry.
enum SentOnce {
    static func send<Answer>(_ write: Write, checkWith check: String,
                             _ body: () async throws -> Answer) async throws -> Answer {
        do {
            return try await body()
        } catch let error as APIError where error.leavesOutcomeUnknown {
            throw CommandFailure(code: ExitStatus.outcomeUnknown, message: write.lostAnswer(error, checkWith: check))
        }
    }
}
