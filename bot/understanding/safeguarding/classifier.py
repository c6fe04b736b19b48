"""Classifiers over word n-grams and character n-grams (across word boundaries) of the plain words (scikit-learn), trained on the
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
The file holds no scikit-learn object: the fitted vocabularies, idf weights and coefficients as numpy
arrays (`Scorer`), applied with numpy in the order scikit-learn's own arithmetic takes, so a start that
finds the fit current never imports scikit-learn (about a second) and judges exactly as it would
(tests/bot/understanding/test_safeguarding_scorer.py compares them on the whole corpus).
The file is written only by this module, into the project's own models/ folder, like the Rasa model.
"""
from __future__ import annotations

import hashlib
import math
import pickle
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

from bot.settings import PROJECT_ROOT
from bot.understanding.safeguarding.corpus import Example

FITTED = PROJECT_ROOT / "models" / "safeguarding.pkl"
LETTERS = (3, 6)  # the letter n-grams' lengths, across word boundaries


class Classifier:
    def __init__(self, examples: list[Example], plain: Callable[[str], str]) -> None:
        from scipy.sparse import hstack  # only to fit: a start with a current fit reads a Scorer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts = [plain(e.text) for e in examples]
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
        # letters across word boundaries, 3 to 6 of them ("t my st", "d not s"): cross-validated on the
        # tuning corpus, they raised a fifth fewer false alarms at the same recall than letters within words
        self.letters = TfidfVectorizer(analyzer="char", ngram_range=LETTERS, min_df=2, sublinear_tf=True,
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

    def _features(self, plain_texts: list[str]) -> "csr_matrix":
        from scipy.sparse import hstack

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



class Scorer:
    """A fitted Classifier's numbers without scikit-learn: each vectorizer's vocabulary and idf, and
    both models' weights. `judge` gives what the Classifier's gives, bit for bit: the same n-grams,
    float32 tf-idf rows normalised as scikit-learn normalises them, and the products summed in the
    order scipy sums a sparse row (each vectorizer's columns, highest first)."""

    _TOKEN = re.compile(r"(?u)\b\w\w+\b")  # TfidfVectorizer's default token_pattern
    _SPACES = re.compile(r"\s\s+")

    def __init__(self, fitted: Classifier) -> None:
        self.word_vocabulary: dict[str, int] = {str(k): int(v) for k, v in fitted.words.vocabulary_.items()}
        self.letter_vocabulary: dict[str, int] = {str(k): int(v) for k, v in fitted.letters.vocabulary_.items()}
        # TfidfTransformer keeps idf as a float32 diagonal for float32 counts
        self.word_idf = np.asarray(fitted.words.idf_, dtype=np.float32)
        self.letter_idf = np.asarray(fitted.letters.idf_, dtype=np.float32)
        self.concern_weights = np.asarray(fitted._concern_weights, dtype=np.float64)
        self.concern_bias = float(fitted._concern_bias)
        self.kind_weights = np.ascontiguousarray(fitted._kind_weights, dtype=np.float64)
        self.kind_bias = np.asarray(fitted._kind_bias, dtype=np.float64)
        self.kinds = [str(k) for k in fitted._kinds]

    def _word_grams(self, text: str) -> list[str]:
        tokens = self._TOKEN.findall(text.lower())
        return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]

    def _letter_grams(self, text: str) -> list[str]:
        text = self._SPACES.sub(" ", text.lower())  # as scikit-learn's "char" analyzer reads it
        return [text[i:i + n] for n in range(LETTERS[0], min(LETTERS[1], len(text)) + 1)
                for i in range(len(text) - n + 1)]

    @staticmethod
    def _row(grams: list[str], vocabulary: dict[str, int], idf: np.ndarray[Any, Any]) -> tuple[list[int], np.ndarray[Any, Any]]:
        counts = Counter(map(vocabulary.get, grams))  # counted in C: a message has hundreds of letter n-grams
        # scipy's product with the idf diagonal leaves each row's columns in descending order, and the
        # norm and the products below are summed in that order
        columns = sorted((column for column in counts if column is not None), reverse=True)
        values = np.asarray([counts[c] for c in columns], dtype=np.float32)
        np.log(values, values)  # sublinear tf: 1 + log(count), in float32
        values += 1
        values *= idf[columns]
        total = 0.0  # the l2 norm, summed in double over float32 squares
        for square in (values * values).tolist():
            total += square
        if total != 0.0:
            values = (values.astype(np.float64) / math.sqrt(total)).astype(np.float32)
        return columns, values

    def judge(self, plain_texts: list[str]) -> list[tuple[float, str]]:
        """For each text: the probability of concern, and which kind of concern is likeliest."""
        if not plain_texts:
            return []
        scores, kinds = np.zeros(len(plain_texts)), np.zeros((len(plain_texts), len(self.kinds)))
        offset = len(self.word_vocabulary)
        for row, text in enumerate(plain_texts):
            words = self._row(self._word_grams(text), self.word_vocabulary, self.word_idf)
            letters = self._row(self._letter_grams(text), self.letter_vocabulary, self.letter_idf)
            columns = words[0] + [offset + c for c in letters[0]]
            if not columns:
                continue
            values = np.concatenate([words[1], letters[1]]).astype(np.float64)
            # each product summed in turn, in that order (a running sum, as scipy's; not numpy's pairwise sum)
            scores[row] = np.cumsum(values * self.concern_weights[columns])[-1]
            kinds[row] = np.cumsum(values[:, None] * self.kind_weights[columns], axis=0)[-1]
        scores += self.concern_bias
        probabilities = 1.0 / (1.0 + np.exp(-scores))
        kinds += self.kind_bias
        return [(float(p), self.kinds[int(np.argmax(row))]) for p, row in zip(probabilities, kinds, strict=True)]


def fingerprint(examples: list[Example]) -> str:
    """What a fit depends on: every training text and label, and the source of what turns text into
    the words the classifier reads (every module of this package: typed.py, the rules' vocabulary in
    patterns*.py, context.py's goals; and the spelling lookup; the word lists they read are pinned
    packages)."""
    from bot.understanding.structuring import fuzzy

    digest = hashlib.sha256()
    for module in [*sorted(Path(__file__).parent.glob("*.py")), Path(fuzzy.__file__)]:
        digest.update(module.read_bytes())
    for e in examples:
        digest.update(f"{e.label}\t{e.near}\t{e.text}\n".encode())
    return digest.hexdigest()


def _stored(path: Path) -> Any:
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)  # noqa: S301 - our own file, written by save() below
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        return None


def trained(examples: list[Example], plain: Callable[[str], str], path: Path = FITTED) -> Classifier | Scorer:
    """The classifier fitted on `examples`: from `path` when it holds that very fit (as a Scorer, without
    scikit-learn), else fitted now."""
    key = fingerprint(examples)
    found = _stored(path)
    if isinstance(found, tuple) and len(found) in (2, 3) and found[0] == key and isinstance(found[1], Scorer):
        return found[1]
    return Classifier(examples, plain)


def sources() -> list[Path]:
    """Every file the product's examples are read from: the corpus, the assistant's intent data, and the code
    (the button titles are read from bot.conversation.wording and whatever it takes them from)."""
    return sorted([*(PROJECT_ROOT / "data" / "safeguarding").glob("*.tsv"), *(PROJECT_ROOT / "data" / "nlu").glob("*.yml"),
                   *(PROJECT_ROOT / "bot").rglob("*.py")])


def sources_key(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for found in paths:
        digest.update(f"{found.relative_to(PROJECT_ROOT) if found.is_relative_to(PROJECT_ROOT) else found}\n".encode())
        digest.update(found.read_bytes())
    return digest.hexdigest()


def trained_from(examples: Callable[[], list[Example]], plain: Callable[[str], str], path: Path = FITTED,
                 paths: list[Path] | None = None) -> Classifier | Scorer:
    """`trained(examples())`, without building the examples when no file they are read from has changed since
    the fit was saved (building them imports every wording module for its button titles: 0.4 s of a start).
    Any change to those files falls back to `trained`, which compares the examples themselves."""
    found = _stored(path)
    if isinstance(found, tuple) and len(found) == 3 and isinstance(found[1], Scorer) \
            and found[2] == sources_key(paths if paths is not None else sources()):
        return found[1]
    return trained(examples(), plain, path)


def save(examples: list[Example], plain: Callable[[str], str], path: Path = FITTED,
         paths: list[Path] | None = None) -> Path:
    """Fit on `examples` and write the fit with its fingerprint, and the key of the files the examples were read
    from (`sources`, or `paths`), to `path` (atomically)."""
    fitted = Scorer(Classifier(examples, plain))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as out:
        pickle.dump((fingerprint(examples), fitted, sources_key(paths if paths is not None else sources())), out,
                    protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    return path


if __name__ == "__main__":  # `make train`: fit once, so that no process start pays for it
    # Through the package's own module, so that the file names its class, not __main__'s copy.
    from bot.understanding.safeguarding import _plain, corpus
    from bot.understanding.safeguarding.classifier import save as _save

    print(_save(corpus.tuning() + corpus.ordinary() + corpus.conversation_replies(), _plain))
