/// The sign-in form. (Stub until sign-in lands.)
public struct SignInState: Equatable, Sendable {
    public init() {}
}
