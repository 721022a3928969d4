# Sajian: the two commands a new user runs are `make demo` and `make test`.
# Both install what is missing first (Debian packages through apt-get), so they work on a fresh machine.

SYSTEM_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libpng-dev zlib1g-dev libsqlite3-dev libshp-dev libhyphen-dev hyphen-id hyphen-en-us fonts-noto-core poppler-utils qpdf
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT ?= swift
DEMO_TEMPLATES := Templates/contoh-inti.yaml Templates/contoh-peta.yaml Templates/buletin-triwulanan.yaml Templates/ekspor-web.yaml \
	Templates/infografis-triwulanan.yaml
# Per-region templates: one publication per province.
DEMO_REGIONAL := Templates/buku-saku-provinsi.yaml
# Per-kabupaten/kota templates, published for one province (BPS code): template:province.
DEMO_REGENCY := Templates/buku-saku-kabupaten-kota-jabar.yaml:32

.PHONY: setup build demo test record bench lint-deps fuzz fuzz-build sanitize tsan clean studio setup-studio studio-test

## setup: install the Debian packages Sajian needs, if any is missing
# install-missing: apt-get install those of the packages $(1) that are not installed.
install-missing = missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	else echo "$(2): all present"; fi
setup:
	@$(call install-missing,$(SYSTEM_PACKAGES),System packages)

## build: the sajian command, optimised
build: setup
	$(SWIFT) build -c release --product sajian

## demo: render the demo publications into Output/
demo: build
	@for t in $(DEMO_TEMPLATES); do .build/release/sajian publish $$t > /dev/null || exit 1; echo "$$t -> Output/$$(basename $$t .yaml)/"; done
	@for t in $(DEMO_REGIONAL); do .build/release/sajian publish $$t --wilayah semua > /dev/null || exit 1; echo "$$t (38 provinsi) -> Output/$$(basename $$t .yaml)/"; done
	@for tp in $(DEMO_REGENCY); do t=$${tp%%:*}; .build/release/sajian publish $$t --wilayah $${tp##*:} > /dev/null || exit 1; echo "$$t (kabupaten/kota of $${tp##*:}) -> Output/$$(basename $$t .yaml)/"; done
	@echo "Done: open the files under Output/"

## test: the whole test suite (failing if it used the default catalog or left files in the temporary folder), then the studio in a real browser and under a bounded load
test: setup setup-studio lint-deps
	$(SWIFT) build --build-tests
	scripts/test-isolated.sh $(SWIFT) test --skip-build --disable-swift-testing
	$(MAKE) studio-test

## studio: Sajian Studio (web app and HTTP API) over this folder, at http://127.0.0.1:8080/
studio: build
	.build/release/sajian studio

## setup-studio: what the studio's browser and load tests need: Debian's chromium, chromium-driver and wrk, selenium (PyPI)
STUDIO_PACKAGES := chromium chromium-driver wrk curl
setup-studio:
	@$(call install-missing,$(STUDIO_PACKAGES),Studio test packages)
	@python3 -c "import selenium" 2>/dev/null || pip install --quiet selenium

## studio-test: the studio in headless Chromium (import, edit, preview, PDF download), then 20 s of wrk on loopback
studio-test:
	scripts/studio-browser-test.sh
	scripts/studio-load-test.sh

## fuzz: build the libFuzzer targets (Fuzz/, a package of its own) with AddressSanitizer into .build-fuzz and run each
## for FUZZ_SECONDS (default 60), seeded from Tests/Corpus; fails on a crash, leaving the input in fuzz-artifacts/
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= csv xlsx metadata template geojson wkb shapefile png
fuzz: setup fuzz-build
	@scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-build:
	$(SWIFT) build --package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address

## sanitize: build the tests with AddressSanitizer (Swift and C) and UndefinedBehaviorSanitizer (C: the PNG encoders,
## BoringSSL; swiftc has no -sanitize=undefined) into .build-asan and run SANITIZE_TESTS under them: the readers, the
## catalog, the model and the Cairo exports with the PNG encoders, where bytes from files and C code meet, and the
## layout's work split over threads (ConcurrentlyTests: uninitialised storage filled from two threads). No leak check
## there (XCTest and Foundation on Linux leak at exit); make fuzz checks leaks, with Fuzz/lsan.supp
SANITIZE_TESTS ?= SajianCatalogTests|SajianGeoTests|SajianTemplateTests|SajianCairoTests|SajianModelTests|ConcurrentlyTests
sanitize: setup
	SAJIAN_WITHOUT_STUDIO=1 $(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined
	SAJIAN_WITHOUT_STUDIO=1 ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --disable-swift-testing --scratch-path .build-asan --sanitize=address --filter '$(SANITIZE_TESTS)'

## tsan: build the tests with ThreadSanitizer into .build-tsan and run TSAN_TESTS under it: the layout's work split over
## threads (Concurrently, SerializedMeasurer, one map laid out on two threads and two maps at once, with the text measured
## in turn). Pango and Cairo are not instrumented; the lock round the measurer is what orders them.
TSAN_TESTS ?= ConcurrentlyTests
tsan: setup
	SAJIAN_WITHOUT_STUDIO=1 $(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize=thread
	SAJIAN_WITHOUT_STUDIO=1 TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --disable-swift-testing --scratch-path .build-tsan --sanitize=thread --filter '$(TSAN_TESTS)'

## record: rewrite the scene snapshots and golden images from the current code (a test run never records them:
## a missing one fails); review the changed files with `git diff` before committing them
record: setup
	$(SWIFT) build --build-tests
	SAJIAN_RECORD=1 $(SWIFT) test --skip-build --disable-swift-testing

## bench: the benchmarks (release build), with matplotlib as the peer
bench: setup
	@python3 -c "import matplotlib" 2>/dev/null || pip install --quiet matplotlib
	$(SWIFT) run -c release sajian-bench

## lint-deps: keep the one-way flow: each target imports only what the dependency table in scripts/lint-deps.sh allows,
## and no shared stage names a form's types (forms are reached through their protocols)
lint-deps:
	@scripts/lint-deps.sh

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan fuzz-artifacts Output/*/
