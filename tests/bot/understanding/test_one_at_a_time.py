"""The structurer and the detector read in threads now (the servers run them so, to answer others meanwhile): what
several threads read at once is what each reads alone (bot/understanding/one_at_a_time.py)."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date

from bot.understanding.safeguarding import detector

STORIES = ["I have asthma and I take salbutamol. I live on my own in a flat.",
           "My mum is 84 and has dementia. She takes donepezil and lives with me.",
           "im 19 and i have anxiety, i was on sertraline but i stopped it",
           "My husband hits me and I am scared. I have diabetes and take metformin."]


def test_what_threads_read_at_once_is_what_each_reads_alone(structurer):
    alone = [(structurer.structure([s], today=date(2026, 12, 5)), detector().check(s).categories) for s in STORIES]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda s: (structurer.structure([s], today=date(2026, 12, 5)),
                                            detector().check(s).categories), STORIES * 3))
    assert together == alone * 3
