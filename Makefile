# clinic-edge: `make run` serves a demo box, `make test` runs the suite. Both create .venv as needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DIR ?= var/demo
CONFIG = $(DEMO_DIR)/appliance.toml
DEMO_ADMIN_PASSWORD = demo-admin-pass

.PHONY: run test preflight bench clean-demo image test-image

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,speech]'
	touch $@

$(CONFIG): | $(VENV)/.installed
	$(BIN)/clinic --config $(CONFIG) init --data-dir $(DEMO_DIR)/data --clinic-id DEMO \
		--clinic-name "Demo Clinic" --admin-password $(DEMO_ADMIN_PASSWORD)
	$(BIN)/clinic --config $(CONFIG) demo seed

run: $(VENV)/.installed $(CONFIG)
	@echo "Kiosk: https://127.0.0.1:8080/kiosk/  API: https://127.0.0.1:8080/api/v1/openapi.json"
	@echo "The box's own CA (trust it in the browser, or accept the warning): $(DEMO_DIR)/data/tls/ca.crt"
	@echo "Box administrator: admin / $(DEMO_ADMIN_PASSWORD)   Kiosk PIN of every demo account: 2468"
	@$(BIN)/clinic --config $(CONFIG) demo logins
	$(BIN)/clinic --config $(CONFIG) serve

# The suite runs on TEST_WORKERS processes (pytest-xdist), a test file to a worker: most of its time is
# waiting on browsers, links and servers, so two workers overlap those waits on a 2-core machine.
TEST_WORKERS ?= 2

# The Debian packages come first (.ci/debian-packages): root installs them, anyone else is told
# at once which are missing and how to install them. -rfEs lists what failed, errored or was skipped.
test: preflight
	@$(MAKE) --no-print-directory $(VENV)/.installed
	$(BIN)/python -m pytest -q -rfEs --durations=30 -n $(TEST_WORKERS) --dist loadfile

preflight:
	@.ci/preflight

bench: $(VENV)/.installed
	$(BIN)/clinic bench store

clean-demo:
	rm -rf $(DEMO_DIR)

# The box's OS image (Debian bookworm, mmdebstrap; root only): `make image` builds amd64 into out/image
# (clinic-box-amd64.img, vmlinuz, initrd.img), `make image ARCH=arm64` into out/image-arm64 (needs
# qemu-user-static and binfmt_misc). `make test-image [ARCH=arm64]` boots it under qemu and waits for its HTTPS port.
ARCH ?= amd64
IMAGE_DIR ?= out/image$(if $(filter-out amd64,$(ARCH)),-$(ARCH))
image: $(VENV)/.installed
	ARCH=$(ARCH) PY=$(BIN)/python image/build.sh $(IMAGE_DIR)

test-image: $(VENV)/.installed
	CLINIC_IMAGE_ARCH=$(ARCH) CLINIC_IMAGE_DIR=$(IMAGE_DIR) $(BIN)/python -m pytest -q -s -m image tests/image
