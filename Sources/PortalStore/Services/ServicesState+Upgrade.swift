import FoundationEssentials
import PortalAPI

extension ServicesState {
    mutating func reduceUpgrade(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = upgrade else { stack = []; return [] }
        let resources = pane.options.value?.resources ?? []
        switch action {
        case .back, .cancelInput:
            let effects = ctx.cancel(.upgradeOptions) + ctx.cancel(.upgradeQuote)
            closeUpgrade()
            return effects
        case .refresh:
            pane.options.startLoading()
            upgrade = pane
            return [ctx.request(.upgradeOptions, .upgradeOptions(serviceID: pane.serviceID))]
        case .move(let delta):
            guard !resources.isEmpty else { return [] }
            pane.focus = min(max(0, pane.focus + delta), resources.count - 1)
            upgrade = pane
        case .changeOption(let delta):
            guard pane.focus < resources.count else { return [] }
            let resource = resources[pane.focus]
            guard let value = UpgradeState.value(of: resource, steppedBy: delta, from: pane.value(for: resource)) else { return [] }
            pane.choices[resource.id] = value
            upgrade = pane
            return requestEstimate(&ctx)
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
            pane.confirm = Self.upgradeQuestion(pane, ctx)
            upgrade = pane
        default:
            break
        }
        return []
    }

    /// Asks the server for an estimate of the current choices (`send` false).
    mutating func requestEstimate(_ ctx: inout SectionContext) -> [Effect] {
        guard var pane = upgrade else { return [] }
        guard pane.hasChanges else {
            pane.quote = .idle
            upgrade = pane
            return ctx.cancel(.upgradeQuote)
        }
        guard detail?.offered.contains(.upgrade) ?? true else { return [] }
        pane.quote.startLoading()
        upgrade = pane
        return [ctx.request(.upgradeQuote, .upgrade(serviceID: pane.serviceID, choices: pane.changedChoices, send: false))]
    }

    /// "Send upgrade request": the price change and what the server says is due now.
    static func upgradeQuestion(_ pane: UpgradeState, _ ctx: SectionContext) -> YesNoDialog {
        var lines = [DialogLine("Your recurring price changes by \(ctx.amounts.signed(pane.difference)) per cycle.")]
        if let total = pane.quote.value?.total { lines.append(DialogLine("To pay now (server estimate): \(ctx.amounts(total))")) }
        return YesNoDialog(title: "Send upgrade request", lines: lines, yesLabel: "Yes, upgrade")
    }

    mutating func reduceUpgradeConfirm(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = upgrade, var dialog = pane.confirm else { return [] }
        switch dialog.reduce(action) {
        case .none, .changed, .submitField: break
        case .close: pane.confirm = nil; upgrade = pane; return []
        case .confirm:
            dialog.sending = true
            pane.confirm = dialog
            upgrade = pane
            return [ctx.request(.upgradeSend, .upgrade(serviceID: pane.serviceID, choices: pane.changedChoices, send: true))]
        }
        pane.confirm = dialog
        upgrade = pane
        return []
    }

    mutating func applyUpgradeOptions(_ result: Result<UpgradeOptions, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = upgrade else { return [] }
        switch result {
        case .success(let options):
            pane.options = .loaded(options)
            pane.focus = min(pane.focus, max(0, options.resources.count - 1))
        case .failure(let error):
            pane.options.fail(error.message)
        }
        upgrade = pane
        return []
    }

    mutating func rereadAfterUpgrade(_ ctx: inout SectionContext) -> [Effect] {
        var effects = loadServices(&ctx)
        if var d = detail {
            d.detail.startLoading()
            detail = d
            effects.append(ctx.request(.serviceDetail, .service(id: d.serviceID)))
        }
        return effects
    }

    mutating func applyUpgradeResult(_ result: Result<UpgradeQuote, APIError>, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = upgrade else { return [] }
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
                pane.confirm = nil
                ctx.flash = Flash(.error, error.message)
                upgrade = pane
                return []
            }
        }
        switch result {
        case .success(let quote): pane.quote = .loaded(quote)
        case .failure(let error): pane.quote.fail(error.message)
        }
        upgrade = pane
        return []
    }

    /// Back from the upgrade pane to the service it was opened from.
    mutating func closeUpgrade() {
        upgrade = nil
        if case .upgrade = route { stack.removeLast() }
        if detail == nil { stack = [] }
    }
}
