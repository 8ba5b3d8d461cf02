/// Builds the starting data for the chosen `--dataset`.
enum Datasets {
    static func make(_ options: SandboxOptions) throws -> Dataset {
        let directory = try AssetLocator.locate(explicit: options.assetsDirectory)
        let demo = try DemoDataset.load(from: directory)
        switch options.dataset {
        case .demo:
            return demo
        case .large(let services, let invoices):
            guard services >= 0, invoices >= 0, services <= 1_000_000, invoices <= 1_000_000 else {
                throw SandboxError.invalidOption("--services and --invoices must be between 0 and 1000000")
            }
            return LargeDataset.make(base: demo, services: services, invoices: invoices)
        case .hostile:
            return HostileDataset.make(base: demo)
        case .quirks:
            return QuirksDataset.make(base: demo)
        }
    }
}
