import FoundationEssentials
import PortalAPI

extension ServicesState {
    /// Keys and clicks on the upgrade pane (`pane`, on top of the path, above the service's detail).
    mutating func reduceUpgrade(_ pane: UpgradeState, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var pane = pane
        let resources = pane.options.value?.resources ?? []
        switch action {
        case .back, .cancelInput:
            let effects = ctx.cancel(.upgradeOptions) + ctx.cancel(.upgradeQuote)
            closeUpgrade()
            return effects
        case .refresh:
            pane.options.startLoading()
            replaceTop(.upgrade(pane))
            return [ctx.request(.upgradeOptions, .upgradeOptions(serviceID: pane.serviceID))]
        case .move, .page, .halfPage, .moveToFirst, .moveToLast:
            guard !resources.isEmpty else { return [] }
            pane.focus = Self.upgradeFocus(after: action, from: pane.focus, count: resources.count, ctx)
        case .clickRow(let id):
            guard let index = resources.firstIndex(where: { $0.id == id }) else { return [] }
            pane.focus = index
        case .changeOption(let delta):
            guard pane.focus < resources.count else { return [] }
            let resource = resources[pane.focus]
            guard let value = UpgradeState.value(of: resource, steppedBy: delta, from: pane.value(for: resource)) else { return [] }
            pane.choices[resource.id] = value
            return requestEstimate(&pane, &ctx)
        case .submit:
            if !pane.hasChanges {
                ctx.flash = Flash(.error, "Choose a different option first.")
                return []
            }
            if !(detail?.offered.contains(.upgrade) ?? false) {
                ctx.flash = Flash(.error, "The server does not accept upgrade requests for this service.")
                return []
            }
            if pane.quote.value == nil || pane.quote.isLoading {
                ctx.flash = Flash(.error, "Wait for the estimate before sending.")
                return []
            }
            modal = .confirmUpgrade(Self.upgradeQuestion(pane, ctx))
            return []
        default:
            return []
        }
        replaceTop(.upgrade(pane))
        return []
    }

    /// The resource a moving key focuses; a page is as many resources as the detail has field
    /// rows, the room the pane gives them before changes are listed under them.
    static func upgradeFocus(after action: Action, from focus: Int, count: Int, _ ctx: SectionContext) -> Int {
        let target: Int
        switch action {
        case .move(let delta): target = focus + delta
        case .page(let pages): target = focus + pages * detailFieldRows(ctx)
        case .halfPage(let halves): target = focus + halves * max(1, detailFieldRows(ctx) / 2)
        case .moveToLast: target = count - 1
        default: target = 0
        }
        return min(max(0, target), count - 1)
    }

    /// Asks the server for an estimate of the current choices (`send` false); puts the pane back.
    mutating func requestEstimate(_ pane: inout UpgradeState, _ ctx: inout SectionContext) -> [Effect] {
        defer { replaceTop(.upgrade(pane)) }
        guard pane.hasChanges else {
            pane.quote = .idle
            return ctx.cancel(.upgradeQuote)
        }
        guard detail?.offered.contains(.upgrade) ?? true else { return [] }
        pane.quote.startLoading()
        return [ctx.request(.upgradeQuote, .upgrade(serviceID: pane.serviceID, choices: pane.changedChoices, send: false))]
    }

    /// "Send upgrade request": the price change and what the server says is due now.
    static func upgradeQuestion(_ pane: UpgradeState, _ ctx: SectionContext) -> YesNoDialog {
        var lines = [DialogLine("Your recurring price changes by \(ctx.amounts.signed(pane.difference)) per cycle.")]
        if let total = pane.quote.value?.total { lines.append(DialogLine("To pay now (server estimate): \(ctx.amounts(total))")) }
        return YesNoDialog(title: "Send upgrade request", lines: lines, yesLabel: "Yes, upgrade")
    }

    mutating func reduceUpgradeConfirm(_ dialog: YesNoDialog, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var dialog = dialog
        switch dialog.reduce(action) {
        case .none, .changed, .submitField: break
        case .close:
            modal = nil
            return []
        case .confirm:
            guard let pane = upgrade else { return [] }
            dialog.sending = true
            modal = .confirmUpgrade(dialog)
            return [ctx.request(.upgradeSend, .upgrade(serviceID: pane.serviceID, choices: pane.changedChoices, send: true))]
        }
        modal = .confirmUpgrade(dialog)
        return []
    }

    mutating func applyUpgradeOptions(_ result: Result<UpgradeOptions, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        updateUpgrade { pane in
            switch result {
            case .success(let options):
                pane.options = .loaded(options)
                pane.focus = min(pane.focus, max(0, options.resources.count - 1))
            case .failure(let error):
                pane.options.fail(error.message)
            }
        }
        return []
    }

    mutating func rereadAfterUpgrade(_ ctx: inout SectionContext) -> [Effect] {
        var effects = loadServices(&ctx)
        if let id = detail?.serviceID {
            updateDetail { $0.detail.startLoading() }
            effects.append(ctx.request(.serviceDetail, .service(id: id)))
        }
        return effects
    }

    mutating func applyUpgradeResult(_ result: Result<UpgradeQuote, APIError>, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        if slot == .upgradeSend {
            switch WriteOutcome(result) {
            case .applied(let quote):
                closeUpgrade()
                ctx.flash = Flash(.info, quote.messages.isEmpty ? "Upgrade requested." : quote.messages.text)
                return rereadAfterUpgrade(&ctx)
            case .unknown:
                // It may have been requested: back to the re-read detail rather than offering to send again.
                closeUpgrade()
                ctx.flash = Flash(.error, Write.upgrade.lostAnswer(reread: "The service is re-read"))
                return rereadAfterUpgrade(&ctx)
            case .refused(let error):
                modal = nil
                ctx.flash = Flash(.error, error.message)
                return []
            }
        }
        updateUpgrade { pane in
            switch result {
            case .success(let quote): pane.quote = .loaded(quote)
            case .failure(let error): pane.quote.fail(error.message)
            }
        }
        return []
    }

    /// Back from the upgrade pane to the service it was opened from.
    mutating func closeUpgrade() {
        modal = nil
        path.removeAll { if case .upgrade = $0 { return true } else { return false } }
    }
}
