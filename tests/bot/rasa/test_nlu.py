"""Our intent classifier's rows (bot/rasa/nlu.py) are Rasa's own rows, built more directly."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import random as sparse_random

from bot.rasa.nlu import WordsClassifier, sentence_row


def message(widths: list[int], words: int, seed: int, dense: bool = False) -> Message:
    """A message with each featurizer's per-word and sentence features, as Rasa's featurizers leave them."""
    rng = np.random.default_rng(seed)
    found = Message(data={TEXT: "some words", INTENT: "greet"})
    for n, width in enumerate(widths):
        origin = f"Featurizer{n}"
        found.add_features(Features(sparse_random(words, width, density=0.3, random_state=rng, format="coo"),
                                    FEATURE_TYPE_SEQUENCE, TEXT, origin))
        found.add_features(Features(sparse_random(1, width, density=0.5, random_state=rng, format="coo"),
                                    FEATURE_TYPE_SENTENCE, TEXT, origin))
        found.add_features(Features(sparse_random(1, 3, density=1.0, random_state=rng, format="coo"),
                                    FEATURE_TYPE_SENTENCE, INTENT, origin))  # another attribute: not in the row
    if dense:
        found.add_features(Features(rng.random((1, 4)), FEATURE_TYPE_SENTENCE, TEXT, "Dense"))
    return found


def rasas_row(*messages: Message):
    return LogisticRegressionClassifier._create_X(None, list(messages))


@settings(max_examples=60, deadline=None)
@given(widths=st.lists(st.integers(1, 40), min_size=0, max_size=3), words=st.integers(1, 6), seed=st.integers(0, 999))
def test_a_row_is_rasas_own_row(widths, words, seed):
    found = message(widths, words, seed)
    ours, rasas = sentence_row(found), rasas_row(found)
    assert ours.shape == rasas.shape == (1, sum(widths))
    assert (ours != rasas).nnz == 0


def test_rows_for_many_messages_stack_in_their_order():
    messages = [message([5, 7], 3, seed) for seed in range(4)]
    ours = WordsClassifier.__new__(WordsClassifier)._create_X(messages)
    assert ours.shape == (4, 12) and (ours != rasas_row(*messages)).nnz == 0


def test_a_message_with_dense_features_gets_rasas_own_row():
    found = message([5], 2, 1, dense=True)
    assert sentence_row(found) is None
    ours = WordsClassifier.__new__(WordsClassifier)._create_X([found])
    assert ours.shape == (1, 9) and (ours != rasas_row(found)).nnz == 0


def test_a_message_with_no_features_is_widened_to_the_trained_width():
    classifier = WordsClassifier.__new__(WordsClassifier)
    classifier.clf = type("Trained", (), {"n_features_in_": 9})()
    empty = Message(data={TEXT: ""})
    assert rasas_row(empty).shape == (1, 0)  # too narrow: scikit-learn would refuse it
    row = classifier._create_X([empty])
    assert row.shape == (1, 9) and row.nnz == 0
