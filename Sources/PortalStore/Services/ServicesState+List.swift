import PortalAPI

/// The services list's keys are the shared list keys (`ListSection`).
extension ServicesState: ListSection {
    var shownCount: Int { visibleServices.count }
    var selectedRowID: String? { selectedService?.id }
    func listRows(_ ctx: SectionContext) -> Int { ctx.listViewportRows }
    mutating func reloadList(_ ctx: inout SectionContext) -> [Effect] { loadServices(&ctx) }

    mutating func openRow(_ id: String, _ ctx: inout SectionContext) -> [Effect] { openDetail(id, &ctx) }

    mutating func openDetail(_ id: String, _ ctx: inout SectionContext) -> [Effect] {
        stack = [.detail(id: id)]
        ctx.flash = nil
        var state = ServiceDetailState(serviceID: id)
        state.detail = .loading(previous: nil)
        state.methods = .loading(previous: nil)
        detail = state
        return [ctx.request(.serviceDetail, .service(id: id)), ctx.request(.serviceMethods, .serviceMethods(id: id))]
    }
}
