"""Wrong facts from the twentieth fresh structuring set (session 36), fixed in general and tested in our own words. Each
failed before: a medicine offered and then "so that's a no", or pushed "but I've said no", was taken; a condition asked
about and answered "I say I am fine" was had; a course "them's finished" was going on; a cancer over since 2020 became
current when named again "after breast cancer"."""
from __future__ import annotations

import pytest


def _status(structurer, said, section, word, teller="self"):
    items = structurer.structure(said if isinstance(said, list) else [said], teller=teller)["sections"][section]
    return [i["status"] for i in items if word in i["text"].lower()]


@pytest.mark.parametrize("said, section, word, status", [
    ("The nurse offered him HRT but he can't have it with his heart so that's a no.", "medications", "hrt", "negated"),
    ("They keep pushing statins at me but I've said no.", "medications", "statin", "negated"),
    ("Doctor ask me about depression, I say I am fine.", "health", "depression", "negated"),
    ("Done the antibiotic injections, them's finished.", "medications", "antibiotic", "past"),
    (["I had bowel cancer in 2018 and I've been clear since 2019.",
      "They won't give me that tablet after bowel cancer."], "health", "bowel cancer", "past"),
])
def test_a_fact_said_over_refused_or_denied_is_not_current(structurer, said, section, word, status):
    assert _status(structurer, said, section, word) == [status]


@pytest.mark.parametrize("said, section, word", [
    ("I'm on warfarin, it's finished? no I still take it", "medications", "warfarin"),
    ("I take sertraline for depression, the GP asked me about it, I said im fine now", "health", "depression"),
    ("They offered me atorvastatin and I said yes, I take it every night.", "medications", "atorvastatin"),
])
def test_a_fact_still_had_stays_current(structurer, said, section, word):
    assert _status(structurer, said, section, word) == ["current"]
