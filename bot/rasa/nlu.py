"""Rasa's logistic-regression intent classifier, safe for a message with no words, and quicker.

Rasa 3.6's RegexFeaturizer adds no features to a message without tokens (an empty or whitespace-only
message sent straight to the REST webhook), so the row is narrower than what the classifier was
trained on and scikit-learn raises: the message then gets no reply at all. Such a row holds only zeros,
so it is widened with zeros; the classifier's guess is then weak and the fallback re-prompts.

Rasa builds each message's row by combining every featurizer's features, the per-word ones too (a
deep copy and a sparse stack each), then stacking that with an empty dense part: in a profile of
the Rasa server under load, a quarter of understanding a message. The row is only the message's
sentence features side by side, in the featurizers' order: built here from just those (the same
row, tested against Rasa's own in tests/bot/rasa/test_nlu.py), for training and for every message.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix, hstack, vstack


def sentence_row(message: Message) -> csr_matrix | None:
    """The message's sparse sentence features for its text, side by side; None if it has dense ones
    (Rasa's own way then)."""
    parts = []
    for features in message.features:
        if features.attribute != TEXT or features.type != FEATURE_TYPE_SENTENCE:
            continue
        if not features.is_sparse():
            return None
        parts.append(features.features)
    if not parts:
        return csr_matrix((1, 0))
    return csr_matrix(parts[0]) if len(parts) == 1 else hstack(parts, format="csr")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class WordsClassifier(LogisticRegressionClassifier):  # type: ignore[misc]  # Rasa ships no types
    def _create_X(self, messages: List[Message]) -> csr_matrix:
        rows = []
        for message in messages:
            row = sentence_row(message)
            rows.append(row if row is not None else super(WordsClassifier, self)._create_X([message]))
        width = getattr(getattr(self, "clf", None), "n_features_in_", None)
        if width is not None:
            rows = [row if row.shape[1] == width else csr_matrix((1, width)) for row in rows]
        return rows[0] if len(rows) == 1 else vstack(rows, format="csr")
