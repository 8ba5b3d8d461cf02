import FoundationEssentials
import PortalAPI
import PortalStore
import CMemory

/// Maps a `Call` onto the client and its outcome onto a `Response`.
enum CallPerformer {
    static func perform(_ call: Call, with client: PortalClient) async -> Response {
        switch call {
        case .login:
            return .login(await result { try await client.signInIfNeeded(); return Empty() })
        case .signIn, .signOut, .profiles, .switchProfile:
            return notSignedIn(call)   // the effect runner performs these: they replace the client
        case .balance:
            return .balance(await result { try await client.balance() })
        case .services:
            return .services(await result { try await client.services() }).returningFreePages()
        case .service(let id):
            return .service(await result { try await client.service(id: id) })
        case .serviceMethods(let id):
            return .serviceMethods(await result { try await client.serviceMethods(id: id) })
        case .setLabel(let id, let label):
            return .setLabel(await result { try await client.setLabel(serviceID: id, label: label) })
        case .cancel(let id, let immediate, let reason):
            return .cancel(await result { try await client.cancel(serviceID: id, immediate: immediate, reason: reason) })
        case .upgradeOptions(let id):
            return .upgradeOptions(await result { try await client.upgradeOptions(serviceID: id) })
        case .upgrade(let id, let choices, let send):
            let request = UpgradeRequest(resources: choices.mapValues { value -> UpgradeRequest.Value in
                switch value {
                case .item(let id): return .item(id)
                case .quantity(let q): return .quantity(Decimal(q))
                }
            }, send: send)
            return .upgrade(await result { try await client.upgrade(serviceID: id, request) })
        case .invoices:
            return .invoices(await result { InvoiceList(try await client.invoices(), today: APIDate.today()) }).returningFreePages()
        case .invoice(let id):
            return .invoice(await result { try await client.invoice(id: id) })
        case .applyCredit(let id, let amount):
            return .applyCredit(await result { try await client.applyCredit(invoiceID: id, amount: amount) })
        case .categories:
            return .categories(await result { try await client.categories() })
        case .products(let categoryID):
            return .products(await result { try await client.products(categoryID: categoryID) })
        case .productConfiguration(let id):
            return .productConfiguration(await result { try await client.productConfiguration(productID: id) })
        case .order(let id, let request):
            return .order(await result { try await client.order(productID: id, request) })
        }
    }

    /// The answer to a call made with no client (before anyone signed in).
    static func notSignedIn(_ call: Call) -> Response {
        switch call {
        case .signIn: return .signIn(.failure(.notLoggedIn))
        case .signOut: return .signOut(.failure(.notLoggedIn))
        case .profiles: return .profiles(.failure(.notLoggedIn))
        case .switchProfile: return .profileSwitch(.failure(.notLoggedIn))
        default: return .login(.failure(.notLoggedIn))
        }
    }

    static func result<T: Sendable>(_ body: () async throws -> T) async -> Result<T, APIError> {
        do {
            return .success(try await body())
        } catch let error as APIError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch {
            return .failure(.unreadableResponse(String(describing: type(of: error))))
        }
    }
}

extension Response {
    /// A list answer's JSON text and parse tree are freed by now; their pages go back to the system
    /// (a list of 100,000 invoices peaks at about twice what it keeps).
    func returningFreePages() -> Response {
        cmemory_return_free_pages()
        return self
    }
}
