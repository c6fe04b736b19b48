"""The help a child reads: the NSPCC and Childline, one line for 999, and no service for adults only (a 15-year-old
telling of her step dad was given "call 999" twice, adult social care and Hourglass)."""
from __future__ import annotations

from bot.understanding.safeguarding import detector
from bot.understanding.safeguarding.categories import urgent_help


def test_a_childs_help_has_her_helplines_one_999_and_no_adult_services():
    help_now = urgent_help(["child_at_risk", "domestic_abuse", "care_abuse"], for_a_child=True)
    assert "0808 800 5000" in help_now and "0800 1111" in help_now
    assert "0808 2000 247" in help_now  # the abuse line is for anyone
    assert "Hourglass" not in help_now and "adult social care" not in help_now
    assert help_now.count("call 999") == 1


def test_an_adults_help_is_as_before():
    help_now = urgent_help(["care_abuse"])
    assert "Hourglass" in help_now and "adult social care" in help_now


def test_a_child_writing_is_told_the_childs_help():
    found = detector().told_by_a_child(detector().check("my step dad hits me when hes drunk"),
                                       ["im 15 n got adhd n anxiety, on methylphenidate 18mg in the mornin"])
    reply = found.reply() or ""
    assert "0800 1111" in reply and reply.count("call 999") == 1


def test_at_a_choice_what_the_classifier_heard_gets_the_same_help_as_in_the_story():
    found = detector().check("if he finds out hell kill me")
    assert found.concern
    assert "0808 2000 247" in (found.reply() or "")
