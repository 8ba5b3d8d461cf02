import Foundation
import PortalAPI
import PortalEffects
import PortalStore
import Testing

@Suite struct EffectRunnerTests {
    @Test func aRequestPostsOneReceivedActionWithItsKeyAndTheDecodedModel() async throws {
        let h = try Harness()
        let key = RequestKey(.balance, generation: 7)
        let index = try #require(await h.start(key, .balance))
        #expect(h.transport.requests[index].url.hasSuffix("/balance"))
        #expect(h.runner.runningSlots == [.balance])

        h.transport.answer(index, balanceJSON)
        #expect(await eventually { !h.posted.all.isEmpty })
        #expect(await h.settle(index))
        let expected = Balance(json: try decoded(balanceJSON))
        #expect(expected.balance == Decimal(string: "12.50"))
        #expect(h.posted.all == [.received(key, .balance(.success(expected)))])
        #expect(h.runner.runningSlots.isEmpty)
    }

    @Test func aServicesRequestPostsTheDecodedRows() async throws {
        let h = try Harness()
        let key = RequestKey(.services, generation: 1)
        let index = try #require(await h.start(key, .services))
        h.transport.answer(index, servicesJSON)
        #expect(await eventually { !h.posted.all.isEmpty })
        #expect(await h.settle(index))
        let rows = try decoded(servicesJSON)["services"].list.map(ServiceSummary.init(json:))
        #expect(rows.map(\.id) == ["301"])
        #expect(h.posted.all == [.received(key, .services(.success(rows)))])
    }

    @Test func aSecondRequestInTheSameSlotCancelsTheFirstWhichPostsNothing() async throws {
        let h = try Harness()
        let first = RequestKey(.balance, generation: 1), second = RequestKey(.balance, generation: 2)
        let a = try #require(await h.start(first, .balance))
        let b = try #require(await h.start(second, .balance))
        #expect(await eventually { h.transport.wasCancelled(a) })
        #expect(!h.transport.wasCancelled(b))
        #expect(h.runner.runningSlots == [.balance])

        h.transport.answer(b, otherBalanceJSON)
        #expect(await eventually { !h.posted.all.isEmpty })
        #expect(await h.settle(a))
        #expect(await h.settle(b))
        #expect(h.posted.all == [.received(second, .balance(.success(Balance(json: try decoded(otherBalanceJSON)))))])
    }

    @Test func aSupersededAnswerThatArrivesAnywayIsNotPosted() async throws {
        let h = try Harness(honoursCancellation: false)
        let first = RequestKey(.services, generation: 1), second = RequestKey(.services, generation: 2)
        let a = try #require(await h.start(first, .services))
        let b = try #require(await h.start(second, .services))
        #expect(await eventually { h.transport.wasCancelled(a) })

        h.transport.answer(b, servicesJSON)          // the newer answer first,
        #expect(await eventually { h.posted.all.count == 1 })
        h.transport.answer(a, servicesJSON)          // then the superseded one
        #expect(await h.settle(a))
        #expect(h.posted.all.count == 1)
        guard case .received(let key, _)? = h.posted.all.first else { Issue.record("nothing posted"); return }
        #expect(key == second)
    }

    @Test func aStaleGenerationsAnswerIsDroppedEvenWhenItArrivesFirst() async throws {
        let h = try Harness(honoursCancellation: false)
        let first = RequestKey(.balance, generation: 3), second = RequestKey(.balance, generation: 4)
        let a = try #require(await h.start(first, .balance))
        let b = try #require(await h.start(second, .balance))

        h.transport.answer(a, balanceJSON)           // the stale answer first
        #expect(await h.settle(a))
        #expect(h.posted.all.isEmpty)
        #expect(h.runner.runningSlots == [.balance])   // still waiting for the current one

        h.transport.answer(b, otherBalanceJSON)
        #expect(await eventually { !h.posted.all.isEmpty })
        #expect(await h.settle(b))
        #expect(h.posted.all == [.received(second, .balance(.success(Balance(json: try decoded(otherBalanceJSON)))))])
    }

    @Test func cancelStopsTheRequestAndNothingIsPosted() async throws {
        let h = try Harness()
        let key = RequestKey(.serviceDetail, generation: 5)
        let index = try #require(await h.start(key, .service(id: "301")))
        #expect(h.transport.requests[index].url.hasSuffix("/service/301"))

        h.runner.run(.cancel(key))
        #expect(h.runner.runningSlots.isEmpty)
        #expect(await eventually { h.transport.wasCancelled(index) })
        #expect(await h.settle(index))
        #expect(h.posted.all.isEmpty)
    }

    @Test func cancelOfAnOlderGenerationLeavesTheCurrentRequestRunning() async throws {
        let h = try Harness()
        let current = RequestKey(.balance, generation: 9)
        let index = try #require(await h.start(current, .balance))
        h.runner.run(.cancel(RequestKey(.balance, generation: 8)))
        #expect(h.runner.runningSlots == [.balance])
        #expect(!h.transport.wasCancelled(index))

        h.transport.answer(index, balanceJSON)
        #expect(await eventually { h.posted.all.count == 1 })
        #expect(await h.settle(index))
        #expect(h.posted.all == [.received(current, .balance(.success(Balance(json: try decoded(balanceJSON)))))])
    }

    @Test func cancelAllStopsEveryRequestAndLeavesNoSlotRunning() async throws {
        let h = try Harness()
        let keys = [RequestKey(.services, generation: 1), RequestKey(.balance, generation: 2),
                    RequestKey(.serviceMethods, generation: 3)]
        let calls: [Call] = [.services, .balance, .serviceMethods(id: "301")]
        var indices: [Int] = []
        for (key, call) in zip(keys, calls) { indices.append(try #require(await h.start(key, call))) }
        #expect(h.runner.runningSlots == [.services, .balance, .serviceMethods])

        h.runner.cancelAll()
        #expect(h.runner.runningSlots.isEmpty)
        for i in indices {
            #expect(await eventually { h.transport.wasCancelled(i) })
            #expect(await h.settle(i))
        }
        #expect(h.posted.all.isEmpty)
    }

    @Test func aTransportErrorArrivesAsAFailureInsideTheResponse() async throws {
        let h = try Harness()
        let key = RequestKey(.balance, generation: 1)
        let index = try #require(await h.start(key, .balance))
        h.transport.fail(index, .timedOut)
        #expect(await eventually { !h.posted.all.isEmpty })
        #expect(h.posted.all == [.received(key, .balance(.failure(.timedOut)))])
        #expect(h.runner.runningSlots.isEmpty)
    }

    @Test func aServerErrorArrivesAsAFailureInsideTheResponse() async throws {
        let h = try Harness()
        let key = RequestKey(.label, generation: 2)
        let body = #"{"error": ["Label too long"]}"#
        let index = try #require(await h.start(key, .setLabel(serviceID: "301", label: "x")))
        #expect(h.transport.requests[index].method == .POST)
        h.transport.answer(index, body, status: 400)
        #expect(await eventually { !h.posted.all.isEmpty })
        let messages = ServerMessages(json: try decoded(body)["error"])
        #expect(!messages.isEmpty)
        #expect(h.posted.all == [.received(key, .setLabel(.failure(.httpStatus(400, messages))))])
    }
}
