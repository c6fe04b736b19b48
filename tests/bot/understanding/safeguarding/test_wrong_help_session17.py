"""What a stranger on the stack found (session 17): the wrong kind of help, and help for ordinary words. Sentences
written anew in the same shapes, each with a near twin that must still be heard."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import CARERS_UK, NSPCC


@pytest.fixture(scope="module")
def detector():
    return built()


@pytest.mark.parametrize("said", ["im going to kill myself tonight", "i think i might hurt myself later"])
def test_harm_to_oneself_is_no_carer_at_breaking_point(detector, said):
    """"im going to kill myself tonight", from a 17-year-old, got Carers UK's "make sure they are safe"."""
    found = detector.check(said)
    assert "carer_breaking_point" not in found.categories and CARERS_UK not in (found.reply() or "")
    assert {"suicidal", "self_harm"} & set(found.categories)


def test_a_carer_who_fears_hurting_the_one_they_care_for_is_still_heard(detector):
    assert "carer_breaking_point" in detector.check("i might hurt him if this goes on much longer").categories


@pytest.mark.parametrize("said", ["nobody feeds the children upstairs and the baby cries all night",
                                  "the kids next door are left on their own for days with no food",
                                  "he hits the kids when hes drunk"])
def test_neglect_or_abuse_of_children_brings_the_help_for_a_child(detector, said):
    """"noone feeds the kids next door, the little one is always crying and has bruises" got adult social care and
    NHS 111, and no NSPCC."""
    found = detector.check(said)
    assert "child_at_risk" in found.categories and NSPCC in (found.reply() or "")


@pytest.mark.parametrize("said", ["her sex is female not male", "his sex should be male", "grandson Kyle stays with me since "
                                  "his mum kicked him out", "my landlord threw us out last year so we moved here"])
def test_a_form_s_sex_and_being_put_out_of_a_home_raise_no_alarm(detector, said):
    """"her sex is female not male" (correcting a read-back) got Rape Crisis; "since his mum kicked him out" got the
    Domestic Abuse Helpline."""
    assert not detector.check(said).concern, said


@pytest.mark.parametrize("said", ["he kicked me in the stomach", "he kicked me out and then hit me with a belt",
                                  "he forces me to have sex"])
def test_their_near_twins_are_still_heard(detector, said):
    assert detector.check(said).concern, said


def test_voices_telling_a_parent_to_harm_their_child_bring_the_help_for_a_child(detector):
    """"been hearing voices telling me to hurt my baby" got the Domestic Abuse Helpline (a stranger, session 17)."""
    found = detector.check("ive been hearing voices that tell me to harm my little boy")
    assert "child_at_risk" in found.categories and NSPCC in (found.reply() or "")
    assert "suicidal" in detector.check("the voices keep telling me to kill myself").categories


@pytest.mark.parametrize("said", ["I hear voices but they are kind to me", "my baby has a lovely voice"])
def test_voices_alone_raise_no_alarm(detector, said):
    assert not detector.check(said).concern


@pytest.mark.parametrize("said", ["been hearing voices telling me to hurt my baby",
                                  "the voice keeps saying i should smother my baby"])
def test_voices_telling_a_parent_to_harm_their_child_bring_the_mental_health_line_too(detector, said):
    """The help for a child at risk came alone (999, the NSPCC): the parent hearing the voices is unwell, and the
    urgent mental health line is for them (a stranger, session 17)."""
    from bot.understanding.safeguarding.categories import MENTAL_HEALTH_111, NSPCC

    found = detector.check(said)
    assert "child_at_risk" in found.categories
    reply = found.reply() or ""
    assert MENTAL_HEALTH_111 in reply and NSPCC in reply and reply.index("999") < reply.index(MENTAL_HEALTH_111)
