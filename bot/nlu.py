"""Rasa's logistic-regression intent classifier, safe for a message with no words.

Rasa 3.6's RegexFeaturizer adds no features to a message without tokens (an empty or whitespace-only
message sent straight to the REST webhook), so the row is narrower than what the classifier was
trained on and scikit-learn raises: the message then gets no reply at all. Such a row holds only zeros,
so it is widened with zeros; the classifier's guess is then weak and the fallback re-prompts.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix, vstack


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class WordsClassifier(LogisticRegressionClassifier):
    def _create_X(self, messages: List[Message]) -> csr_matrix:
        rows = [super(WordsClassifier, self)._create_X([message]) for message in messages]
        width = getattr(getattr(self, "clf", None), "n_features_in_", None)
        if width is not None:
            rows = [row if row.shape[1] == width else csr_matrix((1, width)) for row in rows]
        return vstack(rows)
