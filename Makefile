# citegraph: two commands set everything up on a fresh Debian machine.
#   make run    installs what the build needs, builds in release mode, runs the bundled list offline
#   make test   installs what the build needs, runs the test suite

SWIFT ?= swift
APT_PACKAGES := libcurl4-openssl-dev libxml2-dev pkg-config
LIST ?= examples/awesome-align-llm-human.md
RUN_ARGS ?=

.PHONY: run test build deps bench taxonomy clean

# Installs the missing apt packages when it can (root, or sudo without a password); otherwise
# says what to install.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "please install:$$missing (e.g. sudo apt-get install$$missing)"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build -c release --product citegraph

run: build
	.build/release/citegraph run $(LIST) --offline $(RUN_ARGS)

test: deps
	$(SWIFT) test

taxonomy:
	python3 scripts/gen-taxonomy.py

clean:
	rm -rf .build output/*.graphml output/*.dot output/*.json output/*.csv output/*.md output/*.svg

# The scale benchmark (issue 8): citegraph against a Python/networkx reference on synthetic
# corpora of 10k, 100k and 1M papers; BENCH_SIZES=10000,100000 shortens it. See Benchmarks/pipeline/README.md.
bench: deps
	bash Benchmarks/pipeline/run.sh
