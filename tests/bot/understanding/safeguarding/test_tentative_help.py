"""A concern only the classifier heard, and not surely, gets the same help with a tentative opening (two
strangers on the stack: "he fell again tuesday, hurt his wrist" got "What you said worries me" and the
Domestic Abuse Helpline, and felt accused). A rule's hit, or a classifier that is sure, keeps the plain
worry. The evidence is built by hand, so the test does not depend on how the classifier is fitted."""
from __future__ import annotations

from bot.understanding.safeguarding import Heard
from bot.understanding.safeguarding.categories import OPENING, TENTATIVE_OPENING
from bot.understanding.safeguarding.policy import POLICY


def classifier_only(probability: float) -> Heard:
    return Heard(raised=[], denied=[], english=True, probability=probability, kind="domestic_abuse")


def test_a_concern_only_the_classifier_heard_not_surely_is_told_tentatively(listening):
    found = listening.decide([classifier_only(POLICY.sure_from - 0.05)])
    assert found.categories == ["domestic_abuse"] and found.tentative
    reply = found.reply()
    assert reply.startswith(TENTATIVE_OPENING) and OPENING not in reply
    assert "0808 2000 247" in reply and "999" in reply  # the help itself is the same


def test_a_sure_classifier_or_a_rule_keeps_the_plain_worry(listening):
    assert not listening.decide([classifier_only(POLICY.sure_from + 0.05)]).tentative
    ruled = Heard(raised=[("domestic_abuse", "husband")], denied=[], english=True, probability=0.5, kind="domestic_abuse")
    found = listening.decide([ruled])
    assert found.categories == ["domestic_abuse"] and not found.tentative
    assert found.reply().startswith(OPENING)


def test_a_child_at_risk_is_never_tentative(listening):
    found = listening.check("im fifteen and my boyfriend is twenty eight")
    assert "child_at_risk" in found.categories and not found.tentative


def test_not_knowing_the_answer_is_no_alarm(listening):
    """"cant remember to be honest" got the Samaritans once the classifier had read more indirect suicidal
    thoughts ("I cant remember the last time I wanted to wake up"): an answer that does not know is judged
    by the rules only."""
    for said in ("cant remember to be honest", "no idea, id have to check"):
        assert not listening.check(said).concern, said


def test_cannot_do_it_any_more_in_two_words_is_heard(listening):
    for said in ("i cant do it any more", "can not cope with this any more"):
        assert listening.check(said).concern, said
    assert not listening.check("i cant do the stairs any more").concern


def test_cannot_be_somewhere_is_still_heard(listening):
    """"can" is an answer's word only before not knowing ("cant remember"): "i cant be here", "i cant be in
    the house with him" are short, and all their other words are an answer's, and were heard before."""
    for said in ("i cant be here", "i cant be in the house with him", "i can not be at home with him",
                 "i cant live with him"):
        assert listening.check(said).concern, said
    for said in ("cant remember to be honest", "i cant recall", "honestly i cant remember"):
        assert not listening.check(said).concern, said


def test_at_an_answer_what_only_the_classifier_heard_gets_the_same_help_as_anywhere(listening):
    """Strangers at the consent question: "not her medicines" got "What you said worries me…". Then a line that
    asked was given at every choice, and "if he finds out hell kill me" at the PIN got no helpline (issue 17: the
    same help at every step): what only the classifier heard, not surely, is the help with the tentative opening."""
    found = listening.decide([classifier_only(POLICY.sure_from - 0.1)])
    assert found.reply().startswith(TENTATIVE_OPENING) and "0808 2000 247" in found.reply()
    sure = listening.decide([classifier_only(POLICY.answer_sure_from + 0.05)])
    assert sure.reply().startswith(OPENING) and "0808 2000 247" in sure.reply()
    found = listening.check("im scared to go home tonight")  # a rule's words, said at a choice
    assert found.concern and "0808 2000 247" in found.reply()


def test_suicidal_thoughts_are_never_told_tentatively(listening):
    """A second read: "i have a plan to end it" and "nobody would miss me" got "I may have misread"."""
    for said in ("i have a plan to end it", "nobody would miss me", "ive had enough of everything"):
        found = listening.check(said)
        assert "suicidal" in found.categories and not found.tentative, said
        assert "116 123" in found.reply(), said
    assert not listening.check("no one would miss the old sofa").concern
