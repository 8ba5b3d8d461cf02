import PortalAPI

/// The services list's keys are the shared list keys (`ListSection`).
extension ServicesState: ListSection {
    func listRows(_ ctx: SectionContext) -> Int { ctx.listViewportRows }
    mutating func reloadList(_ ctx: inout SectionContext) -> [Effect] { loadServices(&ctx) }

    var isEditingFilter: Bool {
        get { modal == .filter }
        set { if newValue { modal = .filter } else if modal == .filter { modal = nil } }
    }

    mutating func openRow(_ id: String, _ ctx: inout SectionContext) -> [Effect] { openDetail(id, &ctx) }

    mutating func openDetail(_ id: String, _ ctx: inout SectionContext) -> [Effect] {
        ctx.flash = nil
        var state = ServiceDetailState(serviceID: id)
        state.detail = .loading(previous: nil)
        state.methods = .loading(previous: nil)
        path = [.detail(state)]
        modal = nil
        return [ctx.request(.serviceDetail, .service(id: id)), ctx.request(.serviceMethods, .serviceMethods(id: id))]
    }
}
