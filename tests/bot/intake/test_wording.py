"""The plain-wording matcher on real item wordings: precision first, and its figures printed.

    python -m pytest tests/bot/intake/test_wording.py -q -s
"""
from pathlib import Path

from bot.intake.wording import match_wording

ROWS = [line.split("\t") for line in (Path(__file__).parent / "forms" / "wordings.tsv").read_text().splitlines()
        if line.strip() and not line.startswith("#")]


def test_every_wording_it_matches_is_right_and_it_matches_most_it_should():
    matched = {text: (match_wording(text) or ("-",))[0] for text, _ in ROWS}
    wrong = [(text, matched[text], expected) for text, expected in ROWS
             if matched[text] != "-" and matched[text] != expected]
    should = [text for text, expected in ROWS if expected != "-"]
    found = [text for text in should if matched[text] == dict(ROWS)[text]]
    precision = (len(found) / (len(found) + len(wrong))) if found or wrong else 1.0
    print(f"\nwording matcher: {len(ROWS)} wordings, {len(should)} with a field, matched {len(found)} "
          f"(recall {len(found) / len(should):.2f}), wrong {len(wrong)} (precision {precision:.2f})")
    assert wrong == []
    assert len(found) / len(should) >= 0.9
