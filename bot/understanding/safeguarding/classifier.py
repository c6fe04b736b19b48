"""Classifiers over word and character n-grams of the plain words (scikit-learn), trained on the
tuning corpus when the detector is built (about a second).

One gives the probability of concern (its thresholds are in policy.py, chosen for recall by
cross-validation on the tuning corpus; the held-out corpus plays no part). A second, trained on the
disclosures only, says which kind of concern, so the help suits it and its threshold applies.
Together they hear what the rules have no pattern for ("I've had enough of everything", "our lass keeps scratting her arms").

Both read one set of features, built once for the words judged, and are applied as the sparse products they
are: scikit-learn's pipeline machinery cost five times the arithmetic for one short message.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.understanding.safeguarding.corpus import Example


class Classifier:
    def __init__(self, examples: list[Example], plain: Callable[[str], str]) -> None:
        texts = [plain(e.text) for e in examples]
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
        self.letters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True,
                                       dtype=np.float32)
        features = hstack([self.words.fit_transform(texts), self.letters.fit_transform(texts)], format="csr")
        concern = [e.is_disclosure for e in examples]
        self.concern = LogisticRegression(C=10.0, solver="liblinear", class_weight="balanced").fit(features, concern)
        rows = [i for i, e in enumerate(examples) if e.is_disclosure]
        self.kind = LogisticRegression(C=10.0, solver="liblinear").fit(
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
