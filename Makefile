# The two commands: `make demo` and `make test`. Everything else is a helper of those.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test install lint typecheck browser pdftools gettext messages bench-schedule bench-match bench-load clean

$(STAMP): pyproject.toml requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		-c requirements/constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The matcher's benchmark also measures PyTorch's MiniLM and the vector indexes.
BENCH_STAMP := $(VENV)/.bench-stamp
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		-c requirements/constraints.txt -e '.[test,bench]'
	touch $(BENCH_STAMP)

demo: $(STAMP)
	$(BIN)/clustermeet demo --serve

# Debian's Chromium drives the browser tests (Playwright never downloads a browser here).
browser:
	@test -x $(CHROMIUM) || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# The report's PDF: WeasyPrint needs Pango; its tests read the PDF with poppler's tools.
pdftools:
	@command -v pdftoppm >/dev/null && ldconfig -p | grep -q libpango-1.0 || { apt-get update -qq && \
		apt-get install -y -qq poppler-utils libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; }

# The interface's translations: GNU gettext's msgfmt compiles them (and makemessages reads the
# templates with xgettext). The compiled .mo files are committed, so running needs neither.
gettext:
	@command -v msgfmt >/dev/null && command -v xgettext >/dev/null || { apt-get update -qq && \
		apt-get install -y -qq gettext >/dev/null; }

# Refresh the French and Bulgarian catalogues from the code and templates, then compile them.
# Fill in what is new or fuzzy in src/clustermeet/locale/*/LC_MESSAGES/django.po, then run it again.
messages: $(STAMP) gettext
	cd src/clustermeet && DJANGO_SETTINGS_MODULE=clustermeet.site.settings \
		CLUSTERMEET_DATA_DIR=$${CLUSTERMEET_DATA_DIR:-$$(mktemp -d)} \
		$(abspath $(BIN))/python -m django makemessages --locale fr --locale bg \
		--ignore '.venv/*' --ignore 'tests/*' --ignore 'engine/*' --no-obsolete --add-location file
	cd src/clustermeet && DJANGO_SETTINGS_MODULE=clustermeet.site.settings \
		CLUSTERMEET_DATA_DIR=$${CLUSTERMEET_DATA_DIR:-$$(mktemp -d)} \
		$(abspath $(BIN))/python -m django compilemessages --locale fr --locale bg

test: $(STAMP) browser pdftools gettext
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	# Tests keep their data (secret key, SQLite files, mail) out of the developer's data folder.
	CLUSTERMEET_DATA_DIR=$${CLUSTERMEET_DATA_DIR:-$$(mktemp -d)} $(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

bench-schedule: $(STAMP)
	$(BIN)/python benchmarks/schedule/run.py $(BENCH_ARGS)

bench-match: $(BENCH_STAMP)
	$(BIN)/python benchmarks/match/run.py $(BENCH_ARGS)

# gunicorn on PostgreSQL (its own database, bench_load) and Redis at 127.0.0.1; 500 simulated
# participants (locust, from the bench extra) for 60 s on loopback: benchmarks/results/load.md.
bench-load: $(BENCH_STAMP)
	$(BIN)/python benchmarks/load/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
