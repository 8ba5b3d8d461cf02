/// `GET /category`, `GET /category/{id}/product`, `GET /order/{product_id}`.
enum CatalogueRoutes {
    static let routes: [Route] = [
        Route("GET", "category", .signedIn, categories),
        Route("GET", "category/:id/product", .signedIn, products),
        Route("GET", "order/:id", .signedIn, productConfig),
    ]

    static func categories(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        .ok(["categories": .array(state.catalogue.categories.map {
            ["id": .string(String($0.id)), "name": .string($0.name), "description": .string($0.description),
             "slug": .string($0.slug)]
        })])
    }

    static func products(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let cid = Int(call.id), state.catalogue.categories.contains(where: { $0.id == cid }) else {
            return .error("invalid_category_id")
        }
        return .ok(["products": .array(state.catalogue.products.filter { $0.categoryId == cid }.map(CatalogueJSON.listEntry))])
    }

    static func productConfig(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let pid = Int(call.id), let product = state.catalogue.product(pid) else { return .error("invalid_product_id") }
        let category = state.catalogue.categories.first { $0.id == product.categoryId }
        return .ok(["product": CatalogueJSON.detail(product, categoryName: category?.name ?? "")])
    }
}

/// HostBill's product shapes, including the configurator `config` tree.
enum CatalogueJSON {
    static func periodItems(_ periods: [Period]) -> JSON {
        .array(periods.enumerated().map { i, p in
            ["title": .string(p.cycle), "value": .string(p.cycle), "price": Money.number(p.price.value),
             "setup": Money.number(p.setup.value), "selected": .bool(i == 0)]
        })
    }

    static func listEntry(_ p: Product) -> JSON {
        [
            "id": .string(String(p.id)), "type": .string(p.type), "name": .string(p.name), "stock": .bool(p.stock),
            "paytype": .string(p.paytype), "description": .string(p.description), "qty": .string(p.qty),
            "tags": [], "periods": periodItems(p.periods),
        ]
    }

    static func detail(_ p: Product, categoryName: String) -> JSON {
        let first = p.periods.first
        var productFields: [JSON] = [[
            "type": "select", "title": "pickcycle", "id": "cycle", "name": "cycle",
            "items": periodItems(p.periods), "value": .string(first?.cycle ?? ""),
            "price": Money.number(first?.price.value ?? 0), "setup": Money.number(first?.setup.value ?? 0),
        ]]
        productFields.append(["type": "input", "title": "domain", "id": "domain", "name": "domain", "value": .null,
                              "required": .bool(p.requiresDomain)])
        return [
            "id": .string(String(p.id)),
            "category_name": .string(categoryName),
            "category_id": .string(String(p.categoryId)),
            "name": .string(p.name),
            "description": .string(p.description),
            "price": Money.number(first?.price.value ?? 0),
            "recurring": .string(first?.cycle ?? ""),
            "setup": Money.number(first?.setup.value ?? 0),
            "config": [
                "product": .array(productFields),
                "forms": .array(p.forms.map(formJSON)),
                "addons": .array(p.addons.map(addonJSON)),
                "subproducts": [],
            ],
            "recurring_price": Money.number(first?.price.value ?? 0),
            "prorata_date": .null,
        ]
    }

    static func formJSON(_ f: Form) -> JSON {
        var config: [JSON.Field] = [.init(key: "conditionals", value: .array(f.conditionals.map { c in
            ["condition": .string(c.condition), "conditionval": .string(c.conditionval), "action": .string(c.action),
             "target": .string(String(c.target)), "targetval": .string(c.targetval)]
        }))]
        if let v = f.min { config.append(.init(key: "minvalue", value: .number(String(v)))) }
        if let v = f.max { config.append(.init(key: "maxvalue", value: .number(String(v)))) }
        if let v = f.step { config.append(.init(key: "step", value: .number(String(v)))) }
        if let v = f.initial { config.append(.init(key: "initialval", value: .number(String(v)))) }
        let selected = f.items.filter(\.selected)
        return [
            "type": .string(f.type),
            "title": .string(f.title),
            "id": .string(String(f.id)),
            "firstItemId": f.firstItemId.map { .number(String($0)) } ?? .null,
            "description": .string(f.description),
            "name": .string("custom[\(f.id)]"),
            "required": .bool(f.required),
            "multiple": .bool(f.multiple),
            "config": .object(config),
            "value": .array(selected.map { .number(String($0.id)) }),
            "textvalue": .array(selected.map { .string($0.title) }),
            "price": 0,
            "recurring_price": 0,
            "setup": 0,
            "prorata_date": .null,
            "items": .array(f.items.map { item in
                ["title": .string(item.title), "value": .string(item.value), "id": .number(String(item.id)),
                 "price": Money.number(item.price.value), "setup": Money.number(item.setup.value),
                 "selected": .bool(item.selected)]
            }),
        ]
    }

    static func addonJSON(_ a: Addon) -> JSON {
        [
            "type": "subitem", "title": .string(a.title), "id": .string(String(a.id)), "value": .null,
            "description": .string(a.description),
            "config": [
                ["type": "checkbox", "title": "add", "name": .string("addon[\(a.id)]"), "checked": false],
                ["type": "select", "title": "billingcycle", "name": .string("addon_cycles[\(a.id)]"),
                 "items": periodItems(a.cycles)],
            ],
            "price": 0, "recurring_price": 0, "setup": 0, "prorata_date": .null,
        ]
    }
}
