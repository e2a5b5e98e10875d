# Corpus Explorer — build, run, test, package.
#   make run        install what is missing, then run the app on the embedded seeds
#   make test       install what is missing, then run every test (race detector, GUI smoke test)
#   make package    build the Linux bundle (dist/Corpus Explorer.tar.xz)
#   make install    install it for the current user (application menu, file types)
#   make uninstall  remove it again
# See README.md for the rest (bench, fuzz, screenshots).

APP_ID     := org.corpusexplorer.CorpusExplorer
APP_NAME   := Corpus Explorer
EXE        := corpus-explorer
GO         ?= go
FUZZTIME   ?= 30s
BENCH_CORPUS ?= ../shared/corpora/reuters21578
PREFIX_USER := $(HOME)/.local

.PHONY: all deps deps-run build run test test-unit test-gui vet cli-nocgo package install uninstall \
	screenshots bench fuzz clean

all: build

deps:
	@scripts/setup.sh

deps-run:
	@scripts/setup.sh --run

build: deps-run
	$(GO) build -o bin/$(EXE) ./cmd/corpus-explorer
	CGO_ENABLED=0 $(GO) build -o bin/corpus ./cmd/corpus

run: deps-run
	$(GO) run ./cmd/corpus-explorer

## test: everything CI runs
test: deps vet cli-nocgo test-unit test-gui

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi

cli-nocgo:
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/corpus

test-unit:
	$(GO) test -race -count=1 -timeout 30m ./...

test-gui:
	CE_SMOKE=1 $(GO) test -count=1 -timeout 10m -run 'TestSmoke' ./cmd/corpus-explorer/

screenshots:
	CE_SMOKE=1 CE_SCREENSHOTS=$(CURDIR)/docs/screenshots $(GO) test -count=1 -timeout 10m -run 'TestSmoke' ./cmd/corpus-explorer/

## package: the Linux bundle, made by the Fyne packaging tool from FyneApp.toml
package: deps-run
	mkdir -p dist
	$(GO) build -trimpath -ldflags "-s -w" -o dist/$(EXE) ./cmd/corpus-explorer
	cd dist && rm -f "$(APP_NAME).tar.xz" && \
	  $(GO) tool fyne package -os linux -executable $(CURDIR)/dist/$(EXE) -src $(CURDIR)
	mv "$(APP_NAME).tar.xz" dist/ 2>/dev/null || true
	@ls -l "dist/$(APP_NAME).tar.xz"

## install: the bundle for the current user, with the project file type registered
install: package
	rm -rf dist/stage && mkdir -p dist/stage
	tar -xJf "dist/$(APP_NAME).tar.xz" -C dist/stage
	# The generated Makefile names the icon without its extension and puts
	# the %F of the Exec line into the binary's name: pass both explicitly.
	$(MAKE) -C dist/stage/$(EXE) user-install Icon=$(APP_ID).png Exec=$(EXE)
	install -Dm0644 packaging/$(EXE)-mime.xml $(PREFIX_USER)/share/mime/packages/$(EXE).xml
	-command -v update-mime-database >/dev/null && update-mime-database $(PREFIX_USER)/share/mime
	-command -v update-desktop-database >/dev/null && update-desktop-database $(PREFIX_USER)/share/applications
	-command -v xdg-mime >/dev/null && xdg-mime default $(APP_ID).desktop application/x-corpus-explorer-project
	@echo "Installed: $(PREFIX_USER)/bin/$(EXE) and the \"$(APP_NAME)\" launcher."

uninstall:
	-rm -f $(PREFIX_USER)/share/applications/$(APP_ID).desktop $(PREFIX_USER)/bin/$(EXE) \
	  $(PREFIX_USER)/share/icons/$(APP_ID).png $(PREFIX_USER)/share/mime/packages/$(EXE).xml
	-command -v update-mime-database >/dev/null && update-mime-database $(PREFIX_USER)/share/mime
	-command -v update-desktop-database >/dev/null && update-desktop-database $(PREFIX_USER)/share/applications
	@echo "Uninstalled $(APP_NAME)."

## bench: package benchmarks on a real corpus (BENCH_CORPUS), then corpus bench
bench:
	CORPUS_BENCH_DIR=$(abspath $(BENCH_CORPUS)) $(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./analysis/...

## fuzz: each fuzz target for FUZZTIME
fuzz:
	@set -e; for pkg in $$($(GO) list ./analysis/... ./views/... ./cmd/...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; done

clean:
	rm -rf bin dist
