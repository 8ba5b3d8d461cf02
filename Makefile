# pio — build, test and run. Every target installs the system packages it needs first.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BIN      = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
export SWIFT_BACKTRACE ?= interactive=no
# What users run: the standard library linked in, code optimised for size (a smaller binary is fewer
# pages mapped at start; README, "Memory"). `make install` and `make bench` build the same thing.
RELEASE  = -c release --static-swift-stdlib -Xswiftc -Osize

.PHONY: all deps build test unit-test e2e faults run sandbox install bench link-order fuzz soak clean

all: build

deps:
	@Tests/support/ensure-deps.sh

build: deps
	$(SWIFT) build

# Unit, reducer, golden and API tests (over loopback HTTP), then the tmux journeys.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/e2e/run-all.sh

unit-test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

e2e: build
	Tests/e2e/run-all.sh

# The fault journey alone (latency, hang, 500, truncated JSON, reset, 429, a lost order answer); it
# is part of `make test` too.
faults: build
	Tests/e2e/17-failing-networks.sh

# The portal against pio-sandbox on a free port, signed in as the demo account.
run: build
	@Tests/support/with-sandbox.sh "$(BIN)/pio"

sandbox: build
	"$(BIN)/pio-sandbox" --port 8080

install: deps
	$(SWIFT) build $(RELEASE) --product pio
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -s -m 0755 "$$($(SWIFT) build $(RELEASE) --show-bin-path)/pio" "$(DESTDIR)$(PREFIX)/bin/pio"

# Release builds: what users run (budgets are for them; a debug build is several times slower).
bench: deps
	$(SWIFT) build $(RELEASE)
	PIO_BIN_DIR="$$($(SWIFT) build $(RELEASE) --show-bin-path)" Tests/bench/run.sh

# Assets/link-order.txt: the functions a session runs (callgrind over a tmux journey), which a release
# link places together so fewer pages of the binary are mapped. Regenerate after big changes.
link-order: deps
	Tests/bench/link-order.sh

# libFuzzer targets (Fuzz/): JSON models, HTML to text, the sanitiser; FUZZ_SECONDS each (default 60).
# Built apart from SwiftPM, so `swift build` never needs -sanitize=fuzzer.
fuzz:
	Fuzz/run.sh

# Seeded random keys across every pane against a failing, slow sandbox; SOAK_SECONDS (default 600).
soak: build
	python3 Tests/soak/soak.py "$(BIN)"

clean:
	rm -rf .build
