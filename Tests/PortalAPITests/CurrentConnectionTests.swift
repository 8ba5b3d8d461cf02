import NIOCore
import NIOEmbedded
import Testing
@testable import PortalAPI

@Suite struct CurrentConnectionTests {
    @Test func aConnectionThatOpensAfterTheRequestEndedIsClosed() throws {
        let current = CurrentConnection(nil)
        current.abandon()
        let late = EmbeddedChannel()
        try late.connect(to: .init(ipAddress: "127.0.0.1", port: 1)).wait()
        #expect(current.adopt(late) == false)
        #expect(!late.isActive)
    }

    @Test func abandoningClosesTheConnectionInUse() throws {
        let channel = EmbeddedChannel()
        try channel.connect(to: .init(ipAddress: "127.0.0.1", port: 1)).wait()
        let current = CurrentConnection(nil)
        #expect(current.adopt(channel))
        #expect(channel.isActive)
        current.abandon()
        #expect(!channel.isActive)
    }

    @Test func aFinishedRequestLeavesItsConnectionOpenForThePool() throws {
        let channel = EmbeddedChannel()
        try channel.connect(to: .init(ipAddress: "127.0.0.1", port: 1)).wait()
        let current = CurrentConnection(channel)
        #expect(current.channel === channel)
        #expect(channel.isActive)
        _ = try channel.finish()
    }
}
