"""Wrong fills a service would act on, found by the seventeenth fresh forms set (its wrong fills and extra items read
in session 23, its misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

from typing import Any

import pytest

from bot.intake.facts import help_with
from tests.bot.intake.prefilled import filled


def _filled(structurer, form: str, story: str, teller: str = "self") -> dict[str, list[Any]]:
    return filled(structurer, form, story, teller, carer="their foster carer")


def _subject_name(profile: dict[str, Any]) -> str | None:
    return next((i["text"] for i in profile["sections"]["about_me"]
                 if i.get("kind") == "name" and i["about"] == "subject"), None)


@pytest.mark.parametrize("story", [
    "Hello, my name is Brenda Holt. I foster for Kent County Council and I'm writing about Tyler Mason, who is 15 "
    "and came to us in March. Living here are me, my partner Gary, our son Leon and Tyler. Tyler has ADHD.",
    "I'm a foster carer for Tyler Mason, 15. My husband Gary works nights. Tyler has ADHD and asthma.",
    "My husband Gary and I look after Tyler Mason, who is 15 and has ADHD.",
    "My wife Sue and I are foster carers for Tyler Mason, 15, who has ADHD.",
])
def test_the_child_a_foster_carer_writes_about_is_named_not_the_carers_partner(structurer, story):
    """A foster carer's "I'm writing about <child>" and then "my husband <name>" put the husband's name as the
    person's on every form: the first "my <relation>" was taken for whose story it is, over the child named (before
    it, or in the same sentence: "My husband Gary and I look after Tyler")."""
    profile = structurer.structure([story], teller="carer")
    assert _subject_name(profile) == "Tyler Mason"
    assert _filled(structurer, "patient-details", story, teller="carer").get("pd-given") == ["Tyler"]


@pytest.mark.parametrize("story", [
    "I'm Brenda, I'm writing about my dad Frank Holt, who is 88. My partner Gary helps with his shopping.",
    "My dad Frank Holt is 88 and I look after Frank most days. My partner Gary helps with his shopping.",
])
def test_a_carer_writing_about_their_own_relative_keeps_the_relative(structurer, story):
    assert _subject_name(structurer.structure([story], teller="carer")) == "Frank Holt"


@pytest.mark.parametrize("said", [
    "My girlfriend and I broke up in the summer and I had to move out of hers at 12 Heron Close, Reading RG1 4AB.",
    "I was staying at my ex's place, 12 Heron Close, Reading RG1 4AB, but that isn't my address now.",
    "I lived with my ex at 12 Heron Close, Reading RG1 4AB, so that's no longer my address.",
    "I'm not living at 12 Heron Close, Reading RG1 4AB any more.",
    "I got kicked out of 12 Heron Close, Reading RG1 4AB in August.",
    "I was evicted from 12 Heron Close, Reading RG1 4AB last month.",
    "My last address was 12 Heron Close, Reading RG1 4AB.",
    "I had to leave 12 Heron Close, Reading RG1 4AB when we split.",
    "12 Heron Close, Reading RG1 4AB was my address till we split up.",
])
def test_a_home_they_have_left_is_not_their_address(structurer, said):
    """A man now sleeping in his car had the home he had to move out of ("…so that's not my address any more")
    sent as his current street, town and postcode to several services."""
    story = f"I'm Dean Walsh, 39. {said} I sleep in my van in a supermarket car park now."
    filled = _filled(structurer, "patient-details", story)
    assert (filled.get("pd-street"), filled.get("pd-postcode")) == (None, None)


@pytest.mark.parametrize("said", [
    "My address is 12 Heron Close, Reading RG1 4AB, I moved there in May.",
    "My address is 12 Heron Close, Reading RG1 4AB but it's not my home, it's a hostel.",
    "I live at 12 Heron Close, Reading RG1 4AB. I don't live with my ex any more.",
])
def test_an_address_they_give_as_theirs_is_kept(structurer, said):
    story = f"I'm Dean Walsh, 39. {said}"
    filled = _filled(structurer, "patient-details", story)
    assert filled.get("pd-postcode") == ["RG1 4AB"]


@pytest.mark.parametrize("said", [
    "My sister Kerry lets me have a bath and do my washing at hers on Fridays.",
    "I do my own shopping and cooking.",
    "I go to my nan's to have a bath and do my washing.",
    "I manage to do my shopping on my own.",
])
def test_what_they_do_for_themselves_is_no_help_needed(structurer, said):
    """ "My brother lets me shower and do my washing at his" (a man sleeping in his car) answered "Which of these do
    you need help with?" with washing and bathing: what the person does themselves is no need of help."""
    assert help_with(structurer.structure([f"I'm Dean, 39. {said}"])["sections"]) == []


@pytest.mark.parametrize("said", [
    "My son comes round to do my shopping.",
    "I can't do my washing on my own any more.",
    "I get my son to do my shopping.",
])
def test_help_said_with_do_my_is_still_help(structurer, said):
    assert help_with(structurer.structure([f"I'm Dean, 79. {said}"])["sections"]) != []


@pytest.mark.parametrize("said, chore", [
    ("I cant really do my own shopping these days.", "shopping"),
    ("Since my fall I am not able to do my own washing.", "washing"),
    ("I try to do my shopping but it wipes me out and I'm in pain after.", "shopping"),
    ("I'm unable to do my washing now.", "washing"),
    ("I find it really hard to do my own shopping now.", "shopping"),
    ("I struggle to do my washing.", "washing"),
])
def test_do_my_chore_said_as_not_managed_is_still_help(structurer, said, chore):
    """ "I cant really do my own washing any more" lost the washing (session 23: "do my" said of the person was read as
    done themselves, even when they said they cannot or struggle)."""
    assert chore in help_with(structurer.structure([f"I'm Dean, 79. {said}"])["sections"])


def _current_medicines(structurer, story: str) -> list[str]:
    sections = structurer.structure([story])["sections"]
    return [m.get("name", m["text"]) for m in sections["medications"]
            if m["status"] == "current" and m["about"] == "subject"]


@pytest.mark.parametrize("said", [
    "My housemate's on fluoxetine and reckons I'd feel better on it.",
    "My mate takes fluoxetine.",
    "My best friend's on fluoxetine, not me.",
    "My mate's been on fluoxetine for years.",
    "My flatmate uses a salbutamol inhaler.",
])
def test_a_friends_medicine_is_not_theirs(structurer, said):
    """ "my flatmate's on sertraline n keeps sayin i shud try it" filed sertraline as the person's own medicine on a
    medical history: a flatmate (or friend) "'s on" or "takes" a medicine is theirs, as "is on" already was."""
    assert _current_medicines(structurer, f"I'm Priya, 27. I take levothyroxine. {said}") == ["levothyroxine"]


@pytest.mark.parametrize("said", [
    "Still hoping to get put on an insulin pump next spring, nothing's agreed.",
    "The diabetes nurse wants to get me on an insulin pump.",
    "Still waiting to get an insulin pump.",
    "Fingers crossed I get put on fluoxetine after my review.",
    "I've been referred for an insulin pump.",
    "I'm on the waiting list for an insulin pump.",
    "They're talking about putting me on fluoxetine.",
])
def test_a_medicine_hoped_for_is_not_taken_now(structurer, said):
    """ "hopin to get an insulin pump next yr but its not sorted yet" filed the pump as a medicine taken now, and a
    medicine only hoped for went to a medical history as a current medicine all the same."""
    story = f"I'm Priya, 27. I take levothyroxine. {said}"
    assert _current_medicines(structurer, story) == ["levothyroxine"]
    assert _filled(structurer, "medical-history", story).get("mh-med") == ["levothyroxine"]


@pytest.mark.parametrize("said", [
    "I'm waiting for the fluoxetine to kick in.",
    "I take fluoxetine and I hope it helps.",
])
def test_a_medicine_taken_while_hoping_is_still_taken(structurer, said):
    assert "fluoxetine" in _current_medicines(structurer, f"I'm Priya, 27. {said}")
