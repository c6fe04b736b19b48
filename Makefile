# Tell my story once. The two commands: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
MODEL := models/story.tar.gz
# The safeguarding classifier, fitted once (a process without it fits it at start, about a second).
SAFEGUARDING := models/safeguarding.pkl
# Only what `rasa train` reads: a change to lexicons or services needs no retraining.
TRAINING_DATA := config.yml domain.yml $(shell find data/nlu data/rules -name '*.yml' 2>/dev/null)

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export MPLCONFIGDIR := $(CURDIR)/var/cache/matplotlib
export KERAS_HOME := $(CURDIR)/var/cache/keras

.PHONY: run run-prod test train bootstrap validate lint bench soak bench-store bench-delivery clean lock

run: $(MODEL) $(SAFEGUARDING) ## start everything (embedded mode) and print the chat address
	@$(PY) -m bot run

run-prod: $(MODEL) $(SAFEGUARDING) ## production mode: 2 Rasa + 2 action servers behind nginx, PostgreSQL, Redis lock store
	@./tools/install_debian.sh nginx
	@$(PY) -m bot run --production

test: $(MODEL) $(SAFEGUARDING) ## the whole test suite (installs Debian's Chromium for the web chat test and nginx for the production mode tests, if missing)
	@./tools/install_debian.sh browser nginx pdf
	$(PY) -m pytest

train: $(MODEL) $(SAFEGUARDING) ## train the Rasa model if its training data changed; fit the safeguarding classifier

bootstrap: $(INSTALLED) ## create .venv and install pinned dependencies

validate: $(INSTALLED) ## check the Rasa training data
	$(VENV)/bin/rasa data validate --fail-on-warnings

bench: $(MODEL) $(SAFEGUARDING)
	$(PY) benchmarks/safeguarding.py
	$(PY) benchmarks/structuring.py
	$(PY) benchmarks/load.py
	$(PY) benchmarks/turn_cost.py
	$(PY) benchmarks/delivery.py
	$(PY) benchmarks/forms.py
	$(PY) benchmarks/replies.py
	$(PY) benchmarks/long_replies.py
	$(PY) benchmarks/long_message_wait.py
	$(PY) benchmarks/viewer_wishes.py

soak: $(MODEL) ## ten minutes of ten conversations at once; every process's memory each minute
	$(PY) benchmarks/load.py --no-plain --levels 1 --soak 600

bench-delivery: $(INSTALLED) ## pre-fill time per form; deliveries per second; draining 10,000 queued deliveries
	$(PY) benchmarks/delivery.py

bench-store: $(INSTALLED) ## the consent store with 100,000 people on SQLite and PostgreSQL (a few minutes)
	$(PY) benchmarks/store.py

lint: $(INSTALLED) ## ruff over the code, tests and benchmarks; mypy (mypy.ini: strict on consent_store, bot, reference_service)
	$(VENV)/bin/ruff check bot actions consent_store reference_service tests benchmarks
	$(VENV)/bin/mypy

$(INSTALLED): requirements.lock package-lock.json tools/bootstrap.sh
	@./tools/bootstrap.sh
	@touch $@

$(MODEL): $(INSTALLED) $(TRAINING_DATA)
	$(VENV)/bin/rasa train --fixed-model-name story --out models
	@touch $@

# Every module under bot/, as the fit's own key (classifier.sources): the examples include the assistant's replies, read
# from the wording modules, and a fit older than them is refitted at every process start, on the slower path
$(SAFEGUARDING): $(INSTALLED) $(wildcard data/safeguarding/tuning*.tsv) data/safeguarding/ordinary.tsv $(TRAINING_DATA) $(shell find bot -name '*.py')
	$(PY) -m bot.understanding.safeguarding.classifier

lock: ## re-pin every dependency from requirements.in (needs a working .venv)
	$(PY) -m pip install -r requirements.in
	$(PY) -m pip freeze --all --exclude-editable > requirements.lock

clean: ## remove the trained model (keeps .venv and var/)
	rm -f models/*.tar.gz
