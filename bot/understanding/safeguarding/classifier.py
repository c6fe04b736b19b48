"""Classifiers over word and character n-grams of the plain words (scikit-learn), trained on the
tuning corpus when the detector is built (about a second).

One gives the probability of concern (its thresholds are in policy.py, chosen for recall by
cross-validation on the tuning corpus; the held-out corpus plays no part). A second, trained on the
disclosures only, says which kind of concern, so the help suits it and its threshold applies.
Together they hear what the rules have no pattern for ("I've had enough of everything", "our lass keeps scratting her arms").

Both read one set of features, built once for the words judged, and are applied as the sparse products they
are: scikit-learn's pipeline machinery cost five times the arithmetic for one short message.

Fitting takes about a second, so `make train` fits them once into models/safeguarding.pkl
(`python -m bot.understanding.safeguarding.classifier`), and `trained` loads that file when it was
fitted on exactly the words it would fit on now (a fingerprint of every training text, label and this
module's source); otherwise, or when the file is absent or unreadable, it fits them as before. The fit
is deterministic (liblinear's shuffling is seeded), so both give the same judgements.
The file is written only by this module, into the project's own models/ folder, like the Rasa model.
"""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Callable

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.settings import PROJECT_ROOT
from bot.understanding.safeguarding.corpus import Example

FITTED = PROJECT_ROOT / "models" / "safeguarding.pkl"


class Classifier:
    def __init__(self, examples: list[Example], plain: Callable[[str], str]) -> None:
        texts = [plain(e.text) for e in examples]
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
        self.letters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True,
                                       dtype=np.float32)
        features = hstack([self.words.fit_transform(texts), self.letters.fit_transform(texts)], format="csr")
        concern = [e.is_disclosure for e in examples]
        self.concern = LogisticRegression(C=10.0, solver="liblinear", class_weight="balanced", random_state=0).fit(features, concern)
        rows = [i for i, e in enumerate(examples) if e.is_disclosure]
        self.kind = LogisticRegression(C=10.0, solver="liblinear", random_state=0).fit(
            features[rows], [examples[i].label for i in rows])
        # Applied by hand: the probability of concern, and the likeliest kind.
        positive = list(self.concern.classes_).index(True)
        sign = 1.0 if positive == 1 else -1.0
        self._concern_weights = sign * self.concern.coef_[0]
        self._concern_bias = sign * self.concern.intercept_[0]
        self._kind_weights = self.kind.coef_.T
        self._kind_bias = self.kind.intercept_
        self._kinds = list(self.kind.classes_)

    def _features(self, plain_texts: list[str]) -> csr_matrix:
        return hstack([self.words.transform(plain_texts), self.letters.transform(plain_texts)], format="csr")

    def judge(self, plain_texts: list[str]) -> list[tuple[float, str]]:
        """For each text: the probability of concern, and which kind of concern is likeliest."""
        if not plain_texts:
            return []
        features = self._features(plain_texts)
        scores = features @ self._concern_weights + self._concern_bias
        probabilities = 1.0 / (1.0 + np.exp(-scores))
        kinds = np.asarray(features @ self._kind_weights) + self._kind_bias
        return [(float(p), self._kinds[int(np.argmax(row))]) for p, row in zip(probabilities, kinds, strict=True)]


def fingerprint(examples: list[Example]) -> str:
    """What a fit depends on: every training text and label, and the source of what turns text into
    the words the classifier reads (this module, typed.py, the rules' vocabulary, the spelling
    lookup; the word lists they read are pinned packages)."""
    from bot.understanding.safeguarding import rules, typed
    from bot.understanding.structuring import fuzzy

    digest = hashlib.sha256()
    for module in (__file__, typed.__file__, rules.__file__, fuzzy.__file__):
        digest.update(Path(module).read_bytes())
    for e in examples:
        digest.update(f"{e.label}\t{e.near}\t{e.text}\n".encode())
    return digest.hexdigest()


def trained(examples: list[Example], plain: Callable[[str], str], path: Path = FITTED) -> Classifier:
    """The classifier fitted on `examples`: from `path` when it holds that very fit, else fitted now."""
    key = fingerprint(examples)
    try:
        with path.open("rb") as stored:
            found = pickle.load(stored)  # noqa: S301 - our own file, written by save() below
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        found = None
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key and isinstance(found[1], Classifier):
        return found[1]
    return Classifier(examples, plain)


def save(examples: list[Example], plain: Callable[[str], str], path: Path = FITTED) -> Path:
    """Fit on `examples` and write the fit with its fingerprint to `path` (atomically)."""
    fitted = Classifier(examples, plain)
    for vectorizer in (fitted.words, fitted.letters):
        vectorizer.stop_words_ = None  # the words min_df left out: only for inspection, most of the file
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as out:
        pickle.dump((fingerprint(examples), fitted), out, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    return path


if __name__ == "__main__":  # `make train`: fit once, so that no process start pays for it
    # Through the package's own module, so that the file names its class, not __main__'s copy.
    from bot.understanding.safeguarding import _plain, corpus
    from bot.understanding.safeguarding.classifier import save as _save

    print(_save(corpus.tuning() + corpus.ordinary() + corpus.conversation_replies(), _plain))
