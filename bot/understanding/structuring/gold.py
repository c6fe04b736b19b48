"""Scoring the structurer against the gold stories (data/structuring/stories.yml and tuning*.yml)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from bot.sections import SECTION_KEYS

if TYPE_CHECKING:
    from bot.understanding.structuring import Structurer

GOLD_FILE = Path(__file__).resolve().parents[3] / "data" / "structuring" / "stories.yml"
# Written independently of the structurer and never tuned on: only its figures are read.
HELD_OUT_FILE = GOLD_FILE.with_name("heldout_stories.yml")
_SEARCHED = ("text", "name", "relationship", "organisation", "role", "term", "value", "said")
# A condition, medicine or allergy that nothing in the story said is an invented fact: the most
# harmful mistake, because a service acts on it. An item is invented when its words overlap no
# expected phrase of the story, in any section (`overlaps`): "depression" for the expected "severe
# depression" is less specific, not invented; "statin" from "stayin" is invented. A term item that only
# fails the strict match (the phrase within the item's words, in its section) is "unmatched": counted
# against precision, and listed for reading.
TERM_SECTIONS = ("health", "medications", "allergies")
# Kinds of item read from who the person is to the teller, not from a phrase of the story: a carer's "my mum"
# gives the person's sex for a form's "Sex" item. The gold marks phrases, so these are not scored here;
# benchmarks/forms.py scores them as the forms get them.
_NOT_PHRASES = frozenset({"gender"})
# Words that carry no fact: "arthritis in my knees" and "arthritis in the knees" say the same.
_FILLER = frozenset("a an the my his her their your our its me him them in on of with and to is are was has have "
                    "had be been both very really so much bit".split())


def load_gold(path: Path = GOLD_FILE) -> list[dict[str, Any]]:
    """The gold stories; for the default file, with the tuning batches kept beside it (tuning*.yml)."""
    stories: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    if path == GOLD_FILE:
        for more in sorted(path.parent.glob("tuning*.yml")):
            stories += yaml.safe_load(more.read_text(encoding="utf-8")) or []
    return stories


def load_held_out(path: Path = HELD_OUT_FILE) -> list[dict[str, Any]]:
    """The independently written stories, or [] until they exist."""
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []


def tuning_part(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [story for story in gold if not story.get("held_out")]


def held_out_part(gold: list[dict[str, Any]], independent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [story for story in gold if story.get("held_out")] + independent


def normalise(text: str) -> str:
    return " ".join(str(text).lower().replace("’", "'").split())


def parse_expected(entry: object) -> dict[str, Any]:
    phrase, _, rest = str(entry).partition(" @")
    status, _, about = rest.partition(" ")
    return {"phrase": normalise(phrase), "status": status or "current", "about": about or "subject"}


def words_of(item: dict[str, Any]) -> str:
    return normalise(" ".join(str(item[key]) for key in _SEARCHED if item.get(key)))


def _content(text: str) -> set[str]:
    words = set()
    for word in re.findall(r"[a-z0-9]+", normalise(text)):
        if word in _FILLER:
            continue
        for ending in ("ness", "s"):  # "tiredness" is "tired", "knees" is "knee"
            if word.endswith(ending) and len(word) > len(ending) + 3:
                word = word[: -len(ending)]
                break
        words.add(word)
    return words


def overlaps(item: dict[str, Any], phrase: str) -> bool:
    """Whether the item says the expected phrase, or a less or more specific part of it: every content
    word of one is among the other's ("depression" / "severe depression", "arthritis in the knees" /
    "arthritis in my knees"). A partial match: not the strict one the precision and recall count."""
    said, wanted = _content(words_of(item)), _content(phrase)
    if not said or not wanted:
        return False
    return wanted <= said or _content(str(item.get("text", ""))) <= wanted


def matches(item: dict[str, Any], expected: dict[str, Any]) -> bool:
    return (expected["phrase"] in words_of(item) and item["status"] == expected["status"]
            and item["about"] == expected["about"])


@dataclass
class Score:
    true_positive: Counter[str] = field(default_factory=Counter)   # predicted items that match
    predicted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)           # expected items that were found
    expected: Counter[str] = field(default_factory=Counter)
    misses: list[Any] = field(default_factory=list)                # (story, section, expected phrase)
    extras: list[Any] = field(default_factory=list)                # (story, section, predicted item)
    wrongly_current: list[Any] = field(default_factory=list)       # negated/past/family reported as current
    # Of the expected items the structurer found the words of: how many had the right status, and
    # the right person.
    status_right: int = 0
    about_right: int = 0
    located: int = 0
    invented: list[Any] = field(default_factory=list)              # (story, section, predicted item text)
    unmatched_terms: list[Any] = field(default_factory=list)       # term items the strict match missed
    # With partial matches (`overlaps`, the right status and person): predicted items that match one,
    # and expected items that one matches.
    partial_true_positive: int = 0
    partial_found: int = 0

    def status_accuracy(self) -> float:
        return self.status_right / self.located if self.located else 1.0

    def attribution_accuracy(self) -> float:
        return self.about_right / self.located if self.located else 1.0

    def summary(self) -> str:
        return (f"precision {self.precision():.3f}  recall {self.recall():.3f}  "
                f"status accuracy {self.status_accuracy():.3f}  attribution accuracy "
                f"{self.attribution_accuracy():.3f}  invented facts {len(self.invented)}\n"
                f"with partial matches (less or more specific words): precision "
                f"{self.partial_true_positive / max(1, sum(self.predicted.values())):.3f}  recall "
                f"{self.partial_found / max(1, sum(self.expected.values())):.3f}; term items without a strict "
                f"match {len(self.unmatched_terms)}")

    def precision(self, section: str | None = None) -> float:
        tp, n = self._pair(self.true_positive, self.predicted, section)
        return tp / n if n else 1.0

    def recall(self, section: str | None = None) -> float:
        tp, n = self._pair(self.found, self.expected, section)
        return tp / n if n else 1.0

    @staticmethod
    def _pair(hits: Counter[str], total: Counter[str], section: str | None) -> tuple[int, int]:
        if section is None:
            return sum(hits.values()), sum(total.values())
        return hits[section], total[section]

    def table(self) -> str:
        rows = [f"{'section':<18}{'precision':>10}{'recall':>8}{'expected':>10}{'predicted':>10}"]
        for section in (*SECTION_KEYS, None):
            rows.append(f"{section or 'overall':<18}{self.precision(section):>10.3f}"
                        f"{self.recall(section):>8.3f}{self._pair(self.found, self.expected, section)[1]:>10}"
                        f"{self._pair(self.true_positive, self.predicted, section)[1]:>10}")
        return "\n".join(rows)


def score(structurer: Structurer, stories: list[dict[str, Any]]) -> Score:
    result = Score()
    for story in stories:
        profile = structurer.structure(story["parts"], teller=story["teller"],
                                       subject_name=story.get("subject_name"))
        every_phrase = [parse_expected(e)["phrase"] for entries in story.get("expect", {}).values() for e in entries]
        for section in SECTION_KEYS:
            expected = [parse_expected(e) for e in story.get("expect", {}).get(section, [])]
            predicted = [i for i in profile["sections"][section] if i.get("kind") not in _NOT_PHRASES]
            result.expected[section] += len(expected)
            result.predicted[section] += len(predicted)
            for want in expected:
                located = [item for item in predicted if want["phrase"] in words_of(item)]
                if located:
                    result.located += 1
                    result.status_right += any(item["status"] == want["status"] for item in located)
                    result.about_right += any(item["about"] == want["about"] for item in located)
                result.partial_found += any(_partly(item, want) for item in predicted)
                if any(matches(item, want) for item in predicted):
                    result.found[section] += 1
                else:
                    result.misses.append((story["id"], section, want))
                if want["status"] != "current" or want["about"] != "subject":
                    also_current = any(w["phrase"] == want["phrase"] and w["status"] == "current"
                                       and w["about"] == "subject" for w in expected)
                    for item in predicted:
                        # an item that is itself an expected current fact ("rheumatoid arthritis", beside "arthritis
                        # @family sister") is right, not wrongly current
                        if (not also_current and want["phrase"] in words_of(item)
                                and item["status"] == "current" and item["about"] == "subject"
                                and not any(matches(item, w) for w in expected)):
                            result.wrongly_current.append((story["id"], section, want, item["text"]))
            for item in predicted:
                result.partial_true_positive += any(_partly(item, want) for want in expected)
                if any(matches(item, want) for want in expected):
                    result.true_positive[section] += 1
                else:
                    result.extras.append((story["id"], section, item))
                    if section in TERM_SECTIONS and not any(w["phrase"] in words_of(item) for w in expected):
                        result.unmatched_terms.append((story["id"], section, item["text"]))
                        if not any(overlaps(item, phrase) for phrase in every_phrase):
                            result.invented.append((story["id"], section, item["text"]))
    return result


def _partly(item: dict[str, Any], expected: dict[str, Any]) -> bool:
    return (item["status"] == expected["status"] and item["about"] == expected["about"]
            and (expected["phrase"] in words_of(item) or overlaps(item, expected["phrase"])))
