# pio — build, test and run. Every target installs the system packages it needs first.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BIN      = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
export SWIFT_BACKTRACE ?= interactive=no
# What users run: the standard library linked in, code optimised for size (a smaller binary is fewer
# pages mapped at start; README, "Memory"). `make install` and `make bench` build the same thing.
# RELEASE_PATH: where release builds go (a folder of its own keeps them from waiting on debug builds).
RELEASE_PATH ?= .build
RELEASE  = -c release --static-swift-stdlib -Xswiftc -Osize --scratch-path $(RELEASE_PATH)
RELEASE_BIN = $(shell $(SWIFT) build $(RELEASE) --show-bin-path 2>/dev/null)

.PHONY: all deps build test unit-test e2e faults run sandbox install uninstall dist release-check clean-machine bench link-order fuzz soak clean

all: build

deps:
	@Tests/support/ensure-deps.sh

build: deps
	$(SWIFT) build

# Unit, reducer, golden and API tests (over loopback HTTP), then the tmux journeys, then the man page
# against the commands, the release binary's glibc floor and libraries, and the .deb on a clean Debian.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/e2e/run-all.sh
	Tests/dist/check_man_page.py "$(BIN)/pio"
	$(MAKE) release-check
	$(MAKE) clean-machine

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

# The binary, the man page and completions for bash, zsh and fish under $(DESTDIR)$(PREFIX).
install: deps
	$(SWIFT) build $(RELEASE) --product pio
	packaging/install-tree.sh install "$(RELEASE_BIN)/pio" "$(DESTDIR)" "$(PREFIX)"

uninstall:
	packaging/install-tree.sh uninstall - "$(DESTDIR)" "$(PREFIX)"

# dist/: pio-VERSION-linux-ARCH.tar.gz, pio_VERSION_ARCH.deb, pio-VERSION.ARCH.rpm, SHA256SUMS.
dist: deps
	$(SWIFT) build $(RELEASE) --product pio
	packaging/dist.sh "$(RELEASE_BIN)/pio" dist

# The release binary starts on glibc 2.34 and links only ncursesw, libyaml and glibc; make install's
# files land and go again (part of `make test`).
release-check: deps
	$(SWIFT) build $(RELEASE) --product pio
	Tests/dist/check-binary-selftest.sh
	Tests/dist/check_binary.py "$(RELEASE_BIN)/pio"
	Tests/dist/install-tree-test.sh "$(RELEASE_BIN)/pio"

# The .deb installed by apt on a minimal Debian (debootstrap, cached in .cache/; needs root or sudo),
# the portal run there in tmux against pio-sandbox outside. ~10 s with the cache, 1.5 min without.
# (--build-tests: the flags `make test` built with, so nothing is compiled again.)
clean-machine: dist
	$(SWIFT) build --build-tests
	Tests/dist/clean-machine.sh dist/pio_*.deb "$(BIN)"

# Release builds: what users run (budgets are for them; a debug build is several times slower).
bench: deps
	$(SWIFT) build $(RELEASE)
	PIO_BIN_DIR="$(RELEASE_BIN)" Tests/bench/run.sh

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
	rm -rf .build dist
