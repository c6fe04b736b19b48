"""`python -m bot.rasa_server run …`: Rasa's own command line (`rasa run …`, and `rasa run actions …`
for the action server) as the launcher starts it, with two things installed first:

- every log record redacted as it is made (bot/quiet_logs.py);
- Rasa's check of each action server response, compiled once. Rasa 3.6 calls `jsonschema.validate`
  for every response, which first checks the schema itself against the JSON Schema meta-schema and
  builds a new validator: in a profile of our Rasa server that was about a quarter of its busy time
  (docs/performance.md). The same schema and the same check, built once: a malformed response is
  refused exactly as before (tests/bot/test_rasa_server.py).
"""
from __future__ import annotations

import sys


def compile_action_result_check() -> None:
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    schema = RemoteAction.action_response_format_spec()
    kind = validator_for(schema)
    kind.check_schema(schema)
    validator = kind(schema)

    def _validate_action_result(self, result) -> bool:  # the same contract as Rasa's own
        error: ValidationError | None = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (". Failed to validate Action server response from API, make sure your response "
                          f"from the Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
        raise error

    RemoteAction._validate_action_result = _validate_action_result


def main() -> None:
    from bot.quiet_logs import install

    install()
    if sys.argv[1:3] != ["run", "actions"]:
        compile_action_result_check()  # the Rasa server's side; the action server has no such check
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
