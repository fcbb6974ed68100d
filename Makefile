# Each target makes .venv when it is missing, so a fresh clone needs only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test bench soak check-content lint translations clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(PY) main.py

test: $(VENV)/.installed
	$(VENV)/bin/ruff check guide tests bench scripts main.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

check-content: $(VENV)/.installed
	$(PY) main.py --check-content content

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check guide tests bench scripts main.py

# The long fuzzing run of the content loader (tests/test_fuzz.py); FUZZ_EXAMPLES=n per property.
fuzz: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-3000} $(PY) -m pytest -q -m fuzz_long tests/test_fuzz.py

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

soak: $(VENV)/.installed
	SOAK_EVENTS=10000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/ui/test_soak.py

# After changing interface text: update the .ts (then translate what is new) and the .qm.
translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find guide -name '*.py' | sort) -ts resources/i18n/care_es.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/care_es.ts -qm resources/i18n/care_es.qm

clean:
	rm -rf $(VENV)
