"""Habits and falls as the tuning stories in many voices tell them (session 15): "never smoked" is
never, not only not now; a pint of Guinness or two glasses of wine is drinking; slipping on the steps
is a fall, a slipped disc still a health problem."""
import pytest


def found(profile, section):
    return [(i["text"], i["status"], bool(i.get("never"))) for i in profile["sections"][section]]


@pytest.mark.parametrize("story, never", [
    ("I am Amritdhari, never smoked, never drank.", True),
    ("I've never smoked.", True),
    ("I don't smoke.", False),  # only now
    ("I have not smoked for years.", False),  # an ex-smoker's words
])
def test_never_smoked_is_told_apart_from_not_smoking_now(structurer, story, never):
    smoking = [i for i in found(structurer.structure([story]), "health") if i[0] == "smoking"]
    assert smoking == [("smoking", "negated", never)]


@pytest.mark.parametrize("story", [
    "I gave up the fags in 1990 but I'll have a pint of Guinness of a Friday.",
    "I've never smoked; maybe two glasses of wine a week.",
])
def test_a_drink_named_as_people_have_it_is_drinking_now(structurer, story):
    assert ("drinking", "current", False) in found(structurer.structure([story]), "health")


def test_slipping_on_the_steps_is_a_fall_and_a_slipped_disc_is_not(structurer):
    assert [t for t, *_ in found(structurer.structure(["In January I slipped on the gurdwara steps."]), "risks")] \
        == ["In January I slipped on the gurdwara steps"]
    profile = structurer.structure(["I have a slipped disc and it slipped my mind to say."])
    assert found(profile, "risks") == [] and ("slipped disc", "current", False) in found(profile, "health")
