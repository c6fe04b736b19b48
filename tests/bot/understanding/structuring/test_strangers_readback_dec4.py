"""Found by strangers typing into the running chat (2026-12-04, issue 18): one medicine said two ways, a
relative's home, a home moved from, a name put right, a people's name taken for a name, and a cancer waiting
on a scan."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


def names(profile):
    return [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"]


# --- "I'm Bengali": a people or a language is not a name ---------------------------------------------------------

@pytest.mark.parametrize("said", [
    "I'm Bengali but I speak English",
    "I'm Pakistani and I have diabetes",
    "im Polish, i have back pain",
    "I'm Nigerian. I have sickle cell.",
    "hi im somali and i need an interpreter",
])
def test_a_people_or_a_language_after_im_is_no_name(structurer, said):
    """ "I'm Bengali but I speak English" read back "Your name is Bengali"."""
    assert names(structurer.structure([said])) == []


@pytest.mark.parametrize("said, name", [
    ("I'm Priya, I'm 19", "Priya"),
    ("Hi I'm Jordan and I have asthma", "Jordan"),
    ("I'm Adrian, I have asthma", "Adrian"),
    ("I'm Christina and I have asthma", "Christina"),
])
def test_a_name_after_im_is_still_a_name(structurer, said, name):
    assert names(structurer.structure([said])) == [name]


# --- waiting to hear if a scan is clear does not make a cancer past ----------------------------------------------

@pytest.mark.parametrize("said", [
    "I have breast cancer, waiting to hear if the scan is clear",
    "I have breast cancer, hoping the tests come back clear",
    "I have breast cancer and I'm waiting to find out whether the scan is clear",
])
def test_a_cancer_waiting_on_a_scan_is_current(structurer, said):
    """ "I have breast cancer, waiting to hear if the scan is clear" read back "You had breast cancer in the past"."""
    assert facts(structurer.structure([said]), "health") == [("breast cancer", "current", "subject")]


def test_a_cancer_with_clear_scans_is_past(structurer):
    profile = structurer.structure(["I finished chemo for bowel cancer in August and the scans are clear."])
    assert ("bowel cancer", "past", "subject") in facts(profile, "health")


# --- "the water tablet is the furosemide": one medicine --------------------------------------------------------

@pytest.mark.parametrize("parts", [
    ["I take furosemide and ramipril.", "the water tablet is the furosemide"],
    ["I take my water tablet, furosemide, every morning, and ramipril."],
    ["my water tablet, furosemide"],
    ["I take furosemide (my water tablet) and ramipril"],
    ["I take ramipril. The water tablet is called furosemide."],
    ["I take ramipril and my water tablet, furosemide, every morning.", "the water tablet is the furosemide"],
    ["I take a water tablet and ramipril.", "The water tablet is furosemide 40mg"],
])
def test_a_kind_of_medicine_said_with_its_name_is_one_medicine(structurer, parts):
    """ "the water tablet is the furosemide" read back "You take furosemide. You take water tablet."."""
    names = [i["name"] for i in structurer.structure(parts)["sections"]["medications"]]
    assert "furosemide" in names and "water tablet" not in names
    assert len(names) == len(set(names))


def test_a_kind_of_medicine_in_a_list_stays_its_own(structurer):
    names = [i["name"] for i in structurer.structure(["I take a water tablet, ramipril and aspirin."])[
        "sections"]["medications"]]
    assert names == ["water tablet", "ramipril", "aspirin"]


# --- a home left for another replaces it -----------------------------------------------------------------------

@pytest.mark.parametrize("parts", [
    ["I live in a flat.", "i dont live in the flat anymore, im in a bungalow now"],
    ["I live in a council flat on the 3rd floor.", "Correction: i dont live in the flat anymore, im in a bungalow now"],
    ["I live alone in a house.", "I don't live in the house any more, I live in a flat now"],
])
def test_a_home_left_for_another_is_replaced(structurer, parts):
    """ "i dont live in the flat anymore, im in a bungalow now" read back the flat, its leaving and the bungalow."""
    home = structurer.structure(parts)["sections"]["home"]
    assert len(home) == 1 and home[0]["status"] == "current"
    assert home[0]["source"]["start"] > len(parts[0])


def test_a_home_lived_in_before_stays_past(structurer):
    home = facts(structurer.structure(["I used to live in a flat, now I live in a bungalow"]), "home")
    assert [status for _, status, _ in home] == ["past", "current"]


# --- a carer's story: the person's own home said beside a relative's ------------------------------------------

def test_the_persons_own_home_said_beside_a_relatives_stays(structurer):
    profile = structurer.structure(["My mum has dementia. My brother Dave lives with his wife in Leeds. "
                                    "Mum lives in a bungalow in York."], teller="carer", relationship="daughter")
    assert [i["features"] for i in profile["sections"]["home"] if i["about"] == "subject"] == [["bungalow"]]


def test_a_relative_who_lives_with_the_person_is_still_home(structurer):
    profile = structurer.structure(["I have COPD. My mum lives with us too."])
    assert [i["text"] for i in profile["sections"]["home"]] == ["My mum lives with us too"]


# --- a carer's story: a relative's home is not the person's ----------------------------------------------------

@pytest.mark.parametrize("parts", [
    ["My mum has dementia.", "My sister lives in a flat in Leeds."],
    ["My mum Joan has dementia. My brother Dave helps. He lives in a house in Leeds."],
])
def test_a_relatives_home_is_not_the_persons(structurer, parts):
    """ "my sister lives in Leeds", in a daughter's story about her mum: the sister's home, never the person's."""
    profile = structurer.structure(parts, teller="carer", relationship="daughter")
    assert [i for i in profile["sections"]["home"] if i["about"] == "subject"] == []


@pytest.mark.parametrize("told, lives_alone, lives_with", [
    ("My mum has dementia. My brother Dave lives with his wife in Leeds.", None, None),
    ("My mum has dementia and lives alone. My sister lives in a flat in Leeds.", True, "Lives alone"),
    ("My mum has dementia. My brother lives with her.", False, None),
])
def test_whom_a_relative_lives_with_is_not_whom_the_person_lives_with(structurer, told, lives_alone, lives_with):
    """ "My brother Dave lives with his wife in Leeds", in a daughter's story about her mum, filled the form's
    "Who else lives with you?" with "his wife" and a household of 2."""
    from bot.intake import facts as intake

    sections = structurer.structure([told], teller="carer", relationship="daughter")["sections"]
    assert intake.FACTS["lives_alone"].read(sections) is lives_alone
    assert intake.FACTS["lives_with"].read(sections) == lives_with


# --- a name put right replaces the name told ---------------------------------------------------------------------

@pytest.mark.parametrize("correction, name, goes_by", [
    ("Correction: my name is Ronald Hughes, Ron for short", "Ronald Hughes", "Ron"),
    ("no, my name is Ronald Hughes", "Ronald Hughes", None),
    ("Correction: my name is Ron Ronald Hughes", "Ronald Hughes", "Ron"),
])
def test_a_name_put_right_replaces_the_name(structurer, correction, name, goes_by):
    """ "my name is Ronald Hughes, Ron for short" at the read-back read back both names; a name could not be put
    right."""
    profile = structurer.structure(["My name is Ron Hughes. I have asthma.", correction])
    assert names(profile) == [name]
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "preferred_name"] == \
        ([goes_by] if goes_by else [])


def test_the_short_name_said_with_the_full_one_is_the_name_they_go_by(structurer):
    profile = structurer.structure(["My name is Ronald Hughes, Ron for short. I have asthma."])
    assert names(profile) == ["Ronald Hughes"]
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "preferred_name"] == ["Ron"]


# --- "not just asthma" is asthma and more, never no asthma -------------------------------------------------------

@pytest.mark.parametrize("parts", [
    ["I have diabetes, not just asthma."],
    ["its not just my asthma, I have COPD too"],
    ["I don't just have asthma, I have COPD as well."],
    ["I have asthma.", "Correction: I also have diabetes, not just asthma"],
])
def test_not_just_a_condition_is_no_negation(structurer, parts):
    """ "I also have diabetes, not just asthma", said at the read-back, read back "You do not have asthma"."""
    assert ("asthma", "current", "subject") in facts(structurer.structure(parts), "health")


def test_a_condition_said_not_had_stays_negated(structurer):
    assert facts(structurer.structure(["I don't have asthma."]), "health") == [("asthma", "negated", "subject")]
