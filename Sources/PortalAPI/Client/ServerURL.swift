/// The rule the client applies to a server URL (https, or plain http to a loopback host only;
/// no credentials in it), for checking one before it is saved (`pio config set url`).
public enum ServerURL {
    /// Why pio would refuse `text` as the server URL; nil when it is fine.
    public static func problem(_ text: String) -> String? {
        do {
            _ = try Endpoint(text)
            return nil
        } catch let error as APIError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
