"""Which kind of wish about who else may see the referrals a message is, when no rule of
bot/conversation/meaning/viewers.py reads it: a classifier over word and character n-grams of the
typed words (scikit-learn, as the safeguarding classifier), fitted on first use (a fraction of a
second) from the tuning sets in data/pathway/ (viewer_wishes_tuning*.tsv: "name", "stop", "who" and
"none") with the menu's and the story's ordinary replies of data/replies/tuning*.tsv as "none".
data/pathway/heldout_viewer_wishes.tsv is never read here.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from bot.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "data"
SURE = 0.5  # the probability a kind needs to be taken


def examples(data: Path = DATA) -> list[tuple[str, str]]:
    """(text, kind) to fit on: the tuning sets' wishes, and ordinary menu and story replies as "none"."""
    found = []
    for path in sorted((data / "pathway").glob("viewer_wishes_tuning*.tsv")):
        with open(path, newline="", encoding="utf-8") as handle:
            found += [(row["text"], row["kind"]) for row in csv.DictReader(handle, delimiter="\t")]
    for path in sorted((data / "replies").glob("tuning*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] in ("menu", "telling"):
                found.append((parts[2], "none"))
    return found


@lru_cache(maxsize=1)
def _fitted(typed: Callable[[str], str]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    texts, kinds = zip(*examples(), strict=True)
    model = make_pipeline(
        make_union(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                   TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000, random_state=0))
    return model.fit([typed(t) for t in texts], list(kinds))


def kind_of(typed_text: str, typed: Callable[[str], str]) -> str:
    """"name", "stop", "who" or "none" for text already made plain by `typed`."""
    model = _fitted(typed)
    chances = model.predict_proba([typed_text])[0]
    best = int(chances.argmax())
    return str(model.classes_[best]) if chances[best] >= SURE else "none"
