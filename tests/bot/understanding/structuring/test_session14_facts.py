"""Wrong facts found in session 14 (a second reader's and a fresh tuning set's), each of which a service
would act on: seizures said to have come back filed as past, epilepsy filed as past because its seizures
have stopped, a word for when ("Weekends") taken as a son's name, and "the big shop" a neighbour does
taken as a shop the person works in."""
import pytest


def items(profile, section):
    return [(i["text"], i["status"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("story", [
    "I have a history of seizures but nothing for a year now, but they came back last week.",
    "I have a history of seizures, none for 2 years until they started again in May.",
])
def test_seizures_that_have_come_back_are_current(structurer, story):
    assert ("seizures", "current") in items(structurer.structure([story]), "health")


def test_stopped_for_a_while_is_still_past(structurer):
    assert ("self-harm", "past") in items(
        structurer.structure(["I have a history of self-harm but nothing for a year now."]), "health")


def test_epilepsy_with_no_seizures_for_a_year_is_still_current(structurer):
    found = items(structurer.structure(["I have epilepsy but no seizures for a year now."]), "health")
    assert ("epilepsy", "current") in found
    assert ("epilepsy", "past") not in found


@pytest.mark.parametrize("story, name", [
    ("Weekends my son takes me shopping.", None),
    ("Mornings my daughter Sue comes in.", "Sue"),
    ("Fridays my neighbour Joyce does the big shop.", "Joyce"),
    ("Dave my son helps too.", "Dave"),
])
def test_a_word_for_when_is_no_name(structurer, story, name):
    [supporter] = structurer.structure([story])["sections"]["support_network"]
    assert supporter.get("name") == name


@pytest.mark.parametrize("story", ["Fridays my neighbour Joyce does the big shop.", "She does the weekly shop for me."])
def test_the_big_shop_is_shopping_not_work(structurer, story):
    sections = structurer.structure([story])["sections"]
    assert sections["work_money"] == []
    assert any("shopping" in i.get("activities", []) for i in sections["daily_living"])


def test_a_shop_worked_in_is_still_work(structurer):
    assert structurer.structure(["I work in a shop."])["sections"]["work_money"]


@pytest.mark.parametrize("said", ["add that his memory is getting bad", "His memory's not good", "she is losing her memory"])
def test_memory_getting_bad_is_memory_problems(structurer, said):
    health = structurer.structure([said], teller="carer")["sections"]["health"]
    assert [(i["text"], i["status"]) for i in health] == [("memory problems", "current")]


def test_someone_who_can_no_longer_help_is_help_in_the_past_and_read_back_so(structurer):
    from bot.conversation.readback import read_back

    profile = structurer.structure(["My daughter Susan helps me with shopping. My son Dave does my garden.",
                                    "susan cant help me now"])
    support = {i["name"]: i["status"] for i in profile["sections"]["support_network"]}
    assert support == {"Susan": "past", "Dave": "current"}
    lines = {g["section"]: g["lines"] for g in read_back(profile)}
    assert "Your daughter Susan can no longer help you." in lines["support_network"]
    assert lines["daily_living"] == ["You need help with shopping."]


def test_can_not_help_it_is_a_way_of_speaking(structurer):
    profile = structurer.structure(["My daughter Susan helps me with shopping.", "Susan cant help it, she worries"])
    assert [i["status"] for i in profile["sections"]["support_network"]] == ["current"]


def test_a_son_who_does_not_help_is_no_help(structurer):
    support = structurer.structure(["My son doesnt help. My daughter Sue helps me."])["sections"]["support_network"]
    assert [(i["relationship"], i["status"]) for i in support] == [("son", "negated"), ("daughter", "current")]


def test_a_harm_said_as_a_wish_is_kept_under_risks_only(structurer):
    """As a goal too, consent to share the goals would have shared the harm (a stranger, session 13)."""
    sections = structurer.structure(["I want my son to stop taking my money. I want to walk again."])["sections"]
    assert [i["text"] for i in sections["goals"]] == ["I want to walk again"]
    assert [(i["kind"], i["by"]) for i in sections["risks"]] == [("harm", "son")]


def test_i_am_after_the_name_is_given_is_no_second_name(structurer):
    """"I am Amritdhari, never smoked, never drank" (a Sikh who keeps the five Ks) was a second name, listed
    beside the person's on every form that asks a name."""
    about = structurer.structure(["My name is Gurdev Singh Sandhu, born 1st April 1947. I am Amritdhari, never "
                                  "smoked, never drank."])["sections"]["about_me"]
    assert [i["text"] for i in about if i["kind"] == "name"] == ["Gurdev Singh Sandhu"]


def test_i_am_is_still_a_name_when_none_was_given(structurer):
    about = structurer.structure(["I am Beth. I have MS."])["sections"]["about_me"]
    assert [i["text"] for i in about if i["kind"] == "name"] == ["Beth"]


@pytest.mark.parametrize("story, name, age", [
    ("im edna, 81, i live on my own", "Edna", 81),
    ("i am priya 34 and i have lupus", "Priya", 34),
])
def test_a_name_typed_in_lower_case_with_an_age_after_it(structurer, story, name, age):
    """A stranger (session 14): "im edna, 81" and "im priya, 34" gave no name, so nothing 'About you' was read back."""
    about = structurer.structure([story])["sections"]["about_me"]
    assert [i["text"] for i in about if i["kind"] == "name"] == [name]
    assert [i["value"] for i in about if i["kind"] == "age"] == [age]


@pytest.mark.parametrize("story", ["im tired, 24 hours a day", "im 81"])
def test_no_name_where_none_is_said(structurer, story):
    assert not [i for i in structurer.structure([story])["sections"]["about_me"] if i["kind"] == "name"]


def test_a_date_of_birth_gives_no_age(structurer):
    """"Her DOB is 02/09/39" gave an age of 2, which a carer's assessment form was sent (a fresh held-out set's
    wrong fill, read at the end of session 14)."""
    about = structurer.structure(["Her DOB is 02/09/39 and her NHS number is 612 614 5763."], teller="carer",
                                 relationship="grandson")["sections"]["about_me"]
    assert not [i for i in about if i["kind"] == "age"]
    assert [i["value"] for i in about if i["kind"] == "date_of_birth"] == ["1939-09-02"]


def test_no_drug_allergies_is_none_to_medicines_only(structurer):
    """"no drug allergies", said beside a food allergy, was sent to forms as "No known allergies"."""
    from bot.intake.fill import answer_text

    allergies = structurer.structure(["Strawberries make my lips swell up, no drug allergies."])["sections"]["allergies"]
    [allergy] = [i for i in allergies if i["status"] == "negated"]  # the strawberries are kept too (session 15)
    assert (allergy["text"], allergy["status"]) == ("medicines", "negated")
    assert answer_text(allergy) == "No known drug allergies"
    [none] = structurer.structure(["No allergies."])["sections"]["allergies"]
    assert answer_text(none) == "No known allergies"


@pytest.mark.parametrize("story", ["im diabetic, 67 and live alone", "i am housebound 84", "im gay 30 and my partner hits me"])
def test_what_someone_says_they_are_before_an_age_is_no_name(structurer, story):
    """A second reader: "im diabetic, 67" gave the name "Diabetic", sent on every form that asks a name."""
    assert not [i for i in structurer.structure([story])["sections"]["about_me"] if i["kind"] == "name"]


@pytest.mark.parametrize("story", ["Im Beth. my son Dan lives nearby, email dan.k@example.com",
                                   "Im Beth. my son Dan lives nearby, mobile 07700 900123"])
def test_a_relatives_email_or_mobile_is_not_the_persons(structurer, story):
    """A second reader: Dan's email and mobile were the person's, so a service would have contacted Dan."""
    assert structurer.structure([story])["sections"]["communication"] == []


def test_a_number_after_a_relative_who_died_is_still_the_persons(structurer):
    [phone] = structurer.structure(["Widowed, husband died 2019, tel 07700 900123"])["sections"]["communication"]
    assert (phone["value"], phone["about"]) == ("07700 900123", "subject")
