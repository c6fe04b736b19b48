"""The safeguarding classifier's cached fit is applied without scikit-learn (classifier.Scorer), and
judges exactly as the scikit-learn fit it was taken from, on every text of the corpus."""
from __future__ import annotations

import pickle
import subprocess
import sys

from bot.settings import PROJECT_ROOT
from bot.understanding.safeguarding import _plain, corpus
from bot.understanding.safeguarding.classifier import Classifier, Scorer, save, trained


def _texts() -> list[str]:
    examples = corpus.tuning() + corpus.ordinary() + corpus.conversation_replies()
    plains = [_plain(e.text) for e in examples]
    # the windows the detector judges: single sentences, and several joined; and nothing at all
    return plains + [" ".join(plains[i:i + 3]) for i in range(0, len(plains), 7)] + ["", "a", "zz qq"]


def test_the_scorer_judges_exactly_as_scikit_learn_on_the_whole_corpus():
    examples = corpus.tuning() + corpus.ordinary() + corpus.conversation_replies()
    fitted = Classifier(examples, _plain)
    scorer = pickle.loads(pickle.dumps(Scorer(fitted)))
    texts = _texts()
    expected, got = fitted.judge(texts), scorer.judge(texts)
    assert len(got) == len(texts) > 1000
    assert got == expected  # every probability bit for bit, every kind


def test_a_current_fit_loads_without_scikit_learn(tmp_path):
    examples = corpus.tuning()[:200] + corpus.ordinary()[:200]
    path = save(examples, _plain, tmp_path / "safeguarding.pkl")
    assert isinstance(trained(examples, _plain, path), Scorer)
    check = ("import sys; sys.modules['tensorflow'] = sys.modules['torch'] = None; "
             "from pathlib import Path; from bot.understanding.safeguarding import _plain, corpus; "
             "from bot.understanding.safeguarding.classifier import trained; "
             "examples = corpus.tuning()[:200] + corpus.ordinary()[:200]; "
             f"judged = trained(examples, _plain, Path({str(path)!r})).judge(['he hits me']); "
             "print(type(judged[0][0]).__name__, sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", check], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr[-800:]
    assert shown.stdout.strip().splitlines()[-1] == "float []"
