"""Wrong facts a service would act on, found in session 25 (the hazards strangers on the running stack left in
docs/clinical-safety.md, and the session's new unseen sets: their wrong facts read, never their misses); each fixed
in general and tested here in our own wording."""
from __future__ import annotations

import pytest


def of(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("said, teller, taken, avoided", [
    ("I cant take anything with paracetamol in because I take co-codamol", "self", "co-codamol", "paracetamol"),
    ("I can't have paracetamol as it's already in my co-codamol.", "self", "co-codamol", "paracetamol"),
    ("Mum cant have anything with paracetamol in as shes on co-codamol", "carer", "co-codamol", "paracetamol"),
])
def test_a_medicine_avoided_because_of_another_is_no_intolerance_and_not_taken(structurer, said, teller, taken, avoided):
    """ "I cant take anything with paracetamol in because I take co-codamol" was sent as an intolerance to paracetamol
    (a stranger on the stack, session 24): it is kept from being taken twice, not one the body cannot take."""
    profile = structurer.structure([said], teller=teller)
    assert not [i for i in profile["sections"]["allergies"] if avoided in i["text"]], of(profile, "allergies")
    medicines = [i["text"] for i in profile["sections"]["medications"]]
    assert any(taken in m for m in medicines) and not any(avoided in m for m in medicines), medicines


@pytest.mark.parametrize("said, avoided", [
    ("I cant take paracetamol because it makes me sick", "paracetamol"),
    ("I can't take ibuprofen as I have asthma.", "ibuprofen"),
    ("I can't have anything with codeine in, it makes me sick", "codeine"),
])
def test_a_medicine_that_cannot_be_taken_for_its_own_sake_is_still_one(structurer, said, avoided):
    profile = structurer.structure([said])
    assert [i for i in profile["sections"]["allergies"] if avoided in i["text"]], of(profile, "allergies")


def statuses(profile, section, text):
    return [i["status"] for i in profile["sections"][section] if i["about"] == "subject" and text in i["text"]]


@pytest.mark.parametrize("said, term, status", [
    # only a maybe, later (the nineteenth fresh forms set: gabapentin was sent as taken)
    ("Doctor say maybe after Christmas she try pregabalin if physio not working.", "pregabalin", "hypothetical"),
    ("My GP said perhaps next year they'll start me on insulin.", "insulin", "hypothetical"),
    # said to be a thing that might help (the ninth fresh structuring set: fampridine sent as taken)
    ("The consultant mentioned memantine might help but we have to wait.", "memantine", "hypothetical"),
    # a doctor will not give it (the ninth fresh structuring set: HRT sent as taken)
    ("The GP won't prescribe me HRT because of my clots.", "hrt", "negated"),
    ("The doctor won't give him any more diazepam.", "diazepam", "past"),
    # clean of it since (the ninth fresh structuring set: heroin sent as current)
    ("I used heroin for ten years, clean four years now.", "heroin", "past"),
])
def test_a_medicine_only_maybe_refused_by_the_doctor_or_given_up_is_not_taken_now(structurer, said, term, status):
    profile = structurer.structure([said], teller="self")
    found = statuses(profile, "medications", term) + statuses(profile, "health", term)
    assert found == [status], (said, of(profile, "medications"), of(profile, "health"))


@pytest.mark.parametrize("said, term", [
    ("I take sertraline, it might help me sleep too.", "sertraline"),
    ("The amitriptyline might help, I started it last week.", "amitriptyline"),
    ("I have been sober 2 years but I still take acamprosate.", "acamprosate"),
])
def test_a_medicine_taken_stays_taken_beside_those_words(structurer, said, term):
    assert statuses(structurer.structure([said]), "medications", term) == ["current"]


def subjects(profile, section):
    return [i["text"] for i in profile["sections"][section] if i["about"] == "subject"]


@pytest.mark.parametrize("said, teller", [
    ('"I\'m allergic to penicillin" no hang on she says its not penicillin its aspirin, it made her stomach bleed. '
     'she says penicillin is fine', "carer"),
    ("I'm allergic to penicillin, no sorry, it's not penicillin it's aspirin.", "self"),
    ("I'm allergic to penicillin. No wait, not penicillin, aspirin. Penicillin is fine.", "self"),
])
def test_an_allergen_put_right_is_the_allergy_and_the_first_is_no_medicine(structurer, said, teller):
    """The nineteenth fresh forms set: penicillin was sent as a medicine taken and the aspirin allergy was lost."""
    profile = structurer.structure([said], teller=teller)
    assert subjects(profile, "allergies") == ["aspirin"], of(profile, "allergies")
    assert not [m for m in profile["sections"]["medications"] if m["status"] == "current"], of(profile, "medications")


GRANDSON = (
    "hi this is liam, im typing for my nan cos she cant see the screen. shes telling me what to put so this is her words "
    "mostly\n"
    '"My name is Ivy Thompson, Mrs. I was born 17th April 1938. I\'m 88."\n'
    '"I live at Flat 9, 210 Cottingham Road, Hull, HU5 2DH. It\'s Beverley Court, sheltered."\n'
    '"My phone is 01632 960239."\n'
    '"I\'ve got osteoporosis, I broke my wrist in 2024 and that\'s mended now."\n'
    "i do her shopping every saturday but i dont live with her. my number is 07700 900472\n"
    "my dad has got COPD but thats not her side obviously")


def test_the_persons_own_words_in_quotes_are_theirs_not_the_carers(structurer):
    """A grandson typing his nan's words in quotes: her age, phone number and osteoporosis were kept as his (the
    nineteenth fresh forms set, session 25); his own number and his dad's COPD stay his."""
    profile = structurer.structure(GRANDSON.split("\n"), teller="carer", relationship="grandson")
    about = {i.get("kind"): i["text"] for i in profile["sections"]["about_me"] if i["about"] == "subject"}
    assert about.get("name") == "Ivy Thompson" and about.get("date_of_birth") == "1938-04-17", about
    assert "osteoporosis" in subjects(profile, "health")
    assert [i["text"] for i in profile["sections"]["communication"] if i.get("kind") == "phone"] == ["01632 960239"]
    carers = [i["text"] for i in profile["sections"]["support_network"] if i["about"] == "narrator"]
    assert "07700 900472" in carers and not any("960239" in t or "88" == t for t in carers), carers
    assert not [i for i in profile["sections"]["health"] if "copd" in i["text"].lower() and i["about"] != "narrator"]


def test_quotes_in_a_carers_story_that_does_not_say_they_are_the_persons_words_stay_as_they_were(structurer):
    profile = structurer.structure(['Mum always says "I\'m fine" but she has COPD and I have asthma.'], teller="carer")
    assert "copd" in subjects(profile, "health") and "asthma" not in subjects(profile, "health")


@pytest.mark.parametrize("said, teller, gone, kept", [
    ("i stopped takin the methylphenidate in the summer cos it made me not wanna eat which is bad with my diabetes",
     "self", None, ("health", "diabetes", "current")),
    ("Shes got the blue inhaler and she was on steroids, prednisolone, but that finished a month ago.", "carer",
     ("medications", "steroids"), ("medications", "prednisolone", "past")),
    ("tablets are levothyroxine every morning and the adcal calcium ones twice a day", "carer",
     ("medications", "calcium"), ("medications", "adcal", "current")),
    ("I drive a silver Astra I call Senna because my late dad was mad on Ayrton Senna.", "self",
     ("medications", "senna"), None),
    ("There's a depression in the back lawn where the old pond was, need to fill that too.", "self",
     ("health", "depression"), None),
    ("Before I smoke, 20 per day, but I stop two years ago when my daughter ask me.", "self", None,
     ("health", "smoking", "past")),
])
def test_the_ninth_fresh_sets_wrong_facts_in_other_words(structurer, said, teller, gone, kept):
    profile = structurer.structure([said], teller=teller)
    if gone:
        assert not [i for i in profile["sections"][gone[0]] if gone[1] in i["text"].lower()], of(profile, gone[0])
    if kept:
        assert [i["status"] for i in profile["sections"][kept[0]] if kept[1] in i["text"].lower()] == [kept[2]], \
            of(profile, kept[0])


@pytest.mark.parametrize("said, teller, kept", [
    ("I take Senna for constipation.", "self", "senna"),
    ("She is on steroids for her COPD.", "carer", "steroids"),
])
def test_those_medicines_said_plainly_are_kept(structurer, said, teller, kept):
    assert [i["status"] for i in structurer.structure([said], teller=teller)["sections"]["medications"]
            if kept in i["text"]] == ["current"]


@pytest.mark.parametrize("said, name", [("I'm Rose Hall and I have asthma.", "Rose Hall"),
                                        ("Hello, it's Rose Hall here.", "Rose Hall"),
                                        ("I live at 4 Elm Road, Hull. It's Beverley Court, sheltered.", None)])
def test_a_place_said_as_its_is_no_name(structurer, said, name):
    names = [i["text"] for i in structurer.structure([said])["sections"]["about_me"] if i.get("kind") == "name"]
    assert names == ([name] if name else []), names


@pytest.mark.parametrize("said, term", [
    # a stranger on the stack, session 25: each was read back "You take …"
    ("doc suggested i try propranolol for anxiety but i aint started it", "propranolol"),
    ("Doctor give me metformin but I not take it, I refuse", "metformin"),
    ("The GP gave me naproxen but I have not taken any.", "naproxen"),
])
def test_a_medicine_given_or_suggested_and_not_taken_is_not_taken(structurer, said, term):
    assert "current" not in statuses(structurer.structure([said]), "medications", term)


@pytest.mark.parametrize("said, term", [
    ("The GP gave me sertraline and I take it every morning.", "sertraline"),
    ("They prescribed me amlodipine and I have been on it a year.", "amlodipine"),
])
def test_a_medicine_given_and_taken_stays_taken(structurer, said, term):
    assert statuses(structurer.structure([said]), "medications", term) == ["current"]


def test_an_allergy_typed_with_2_for_to_and_put_right_is_the_one_put_right(structurer):
    """ "allergic 2 penicillin... actually no sorry its not penicillin its carbamazepine i react to, penicillin is fine"
    left no allergy at all (a stranger, session 25: the GP got "Allergies and reactions: i told u already")."""
    profile = structurer.structure(["allergic 2 penicillin... actually no sorry its not penicillin its carbamazepine i "
                                    "react to, penicillin is fine"])
    assert subjects(profile, "allergies") == ["carbamazepine"], of(profile, "allergies")
    assert not [m for m in profile["sections"]["medications"] if m["status"] == "current"]


@pytest.mark.parametrize("said, teller, old, new", [
    ("Before I am living in 22 Victoria Road Hull HU3 1AA but now I move to Flat 5, 9 Station Street, Hull HU1 2BB "
     "since October.", "self", "22 Victoria Road", "9 Station Street"),
    ("she used to live at 40 Queen St Derby DE1 1AA till last year, now shes at 2 Birch Close Derby DE22 4RT", "carer",
     "40 Queen St", "2 Birch Close"),
])
def test_an_old_address_and_the_new_one_in_one_sentence(structurer, said, teller, old, new):
    """A stranger on the stack, session 25: the old address was sent as the person's, the new one dropped."""
    addresses = [(i["text"], i["status"]) for i in structurer.structure([said], teller=teller)["sections"]["home"]
                 if i.get("kind") == "address"]
    assert [s for t, s in addresses if old in t] == ["past"] and [s for t, s in addresses if new in t] == ["current"], \
        addresses


@pytest.mark.parametrize("said, section, gone, kept", [
    # the ninth fresh structuring set, read: a baby's allergy, a glucose test's drink, a pregnancy said as when
    ("had my baby Oscar 10 weeks ago. oscar has cows milk protein allergy so im off dairy too", "allergies",
     ("subject", "protein"), None),
    ("The midwife says my sugar was high so I must do the big test next week with the drink.", "health",
     ("subject", "drinking"), None),
    ("The midwife say my sugar test was high so maybe I have diabetes of pregnancy.", "health",
     ("subject", "pregnancy"), ("diabetes", "hypothetical")),
    ("I like a glass of wine and I take the sugar test drink on Monday. I drink most weekends.", "health", None,
     ("drinking", "current")),
])
def test_the_ninth_fresh_sets_wrong_people_and_senses(structurer, said, section, gone, kept):
    profile = structurer.structure([said])
    if gone:
        assert not [i for i in profile["sections"][section] if i["about"] == gone[0] and gone[1] in i["text"]], \
            of(profile, section)
    if kept:
        assert kept[1] in [i["status"] for i in profile["sections"][section] if kept[0] in i["text"]], of(profile, section)


def test_an_address_said_then_taken_back_as_the_old_house_is_left(structurer):
    """ "My address is 12 Elm Close, oh no, I keep doing that, that was the old house. It's Flat 3, …" sent 12 Elm Close
    (with "oh no" in it) as her address."""
    profile = structurer.structure(["My address is 12 Elm Close, oh no, I keep doing that, that was the old house. "
                                    "It's Flat 3, Rowan Court, Headingley, LS6 2QT."])
    addresses = [(i["text"], i["status"]) for i in profile["sections"]["home"] if i.get("kind") == "address"]
    assert ("12 Elm Close", "past") in addresses and not any("oh no" in t for t, _ in addresses), addresses


# A second reader of the session's first forms of these rules (session 25): each of these was read as it should be
# before them and misread by them
@pytest.mark.parametrize("said, term, status", [
    ("Doctor gave me fluoxetine and I haven't had any side effects", "fluoxetine", "current"),
    ("Dr gave him levetiracetam and I give it him every night, he hasn't had any fits since", "levetiracetam", "current"),
    ("GP prescribed me lansoprazole but I not take it with food", "lansoprazole", "current"),
    ("She gave me naproxen, and I never take it more than twice a day", "naproxen", "current"),
    ("The GP said sertraline might help and it has, I'm on 100mg now", "sertraline", "current"),
    ("The GP said amitriptyline might help with sleep so I've been taking it for a month.", "amitriptyline", "current"),
    ("The chemist won't give me the omeprazole without a new prescription, I take it daily.", "omeprazole", "current"),
    ("I'm on sertraline and it's over a year now.", "sertraline", "current"),
    ("I take warfarin and it's done by the anticoagulation clinic", "warfarin", "current"),
    ("I have eczema, dry skin for years.", "eczema", "current"),
    ("I have epilepsy, clean 3 years of seizures", "epilepsy", "current"),
    ("Before I smoke, I take my inhaler.", "smoking", "current"),
])
def test_what_is_taken_or_had_now_stays_so(structurer, said, term, status):
    profile = structurer.structure([said])
    assert status in statuses(profile, "medications", term) + statuses(profile, "health", term), \
        (said, of(profile, "medications"), of(profile, "health"))


@pytest.mark.parametrize("said, allergies, taken", [
    ("Allergic to penicillin, sorry, aspirin I take daily", ["penicillin"], "aspirin"),
    ("Allergic to penicillin - actually no, it's morphine as well", ["penicillin", "morphine"], None),
    ("I can't take ibuprofen because I'm on warfarin.", ["ibuprofen"], "warfarin"),
])
def test_allergies_said_beside_a_medicine_taken_or_another_allergy_are_kept(structurer, said, allergies, taken):
    profile = structurer.structure([said])
    assert sorted(subjects(profile, "allergies")) == sorted(allergies), of(profile, "allergies")
    if taken:
        assert "current" in statuses(profile, "medications", taken), of(profile, "medications")


@pytest.mark.parametrize("said, name", [("It's Tom Hall, council tenant, the damp in my flat is bad", "Tom Hall"),
                                        ("It's Mary Grange, council said I should message.", "Mary Grange")])
def test_a_name_said_with_its_and_a_housing_word_after_is_still_a_name(structurer, said, name):
    assert [i["text"] for i in structurer.structure([said])["sections"]["about_me"] if i.get("kind") == "name"] == [name]


@pytest.mark.parametrize("said", [
    "My address is 14 Elm Road, Leeds LS6 2AB, post goes to my son's at 22 Mill Lane BD1 1AA",
    "I live at 5 High Street, Hull HU3 1AA and my work is 1 Ferensway HU2 8LN",
])
def test_a_second_address_that_is_not_a_move_is_no_home_of_theirs(structurer, said):
    homes = [i["text"] for i in structurer.structure([said])["sections"]["home"] if i.get("kind") == "address"]
    assert len(homes) == 1, homes


def test_a_carers_word_of_the_persons_side_is_still_the_persons_family(structurer):
    profile = structurer.structure(["Her dad had diabetes, it's not his side that worries me its her mum's side with "
                                    "the heart problems"], teller="carer")
    assert [i["status"] for i in profile["sections"]["health"] if "diabetes" in i["text"]] == ["family"]


def test_words_the_carer_quotes_as_their_own_saying_stay_the_carers(structurer):
    profile = structurer.structure(["she's telling me what to put. When I rang 111 I said \"I'm 52 and I have epilepsy, I "
                                    "can't lift her\"."], teller="carer")
    assert "epilepsy" not in subjects(profile, "health"), of(profile, "health")


def test_a_carers_story_read_in_two_keeps_no_blanks_and_raises_no_alarm_of_its_own(structurer):
    profile = structurer.structure(["Writing this in her words. The consultant said \"I'd like to start you on "
                                    "donepezil\" but she won't take it. \"I'm fine, I have arthritis and I walk with a "
                                    "stick.\""], teller="carer")
    assert not profile["safeguarding"]["concern"], profile["safeguarding"]
    assert not [i for items in profile["sections"].values() for i in items if "  " in str(i.get("text", ""))]


# A third reader of the late fixes (session 25): each was read as it should be before the day's rules
@pytest.mark.parametrize("said, term, status", [
    ("The GP won't give me HRT because of my migraines so I buy it online", "hrt", "current"),
    ("doctor wont prescribe me tramadol anymore, I have to get it off my neighbour", "tramadol", "current"),
    ("I drink a bottle of wine a night, was dry for a few months but not now", "drinking", "current"),
    ("Before I drink, I check my sugar, but I stopped the metformin", "drinking", "current"),
    ("midwife says I must stop the drink, I have a drink every night", "drinking", "current"),
])
def test_what_is_taken_or_done_now_stays_so_beside_the_late_rules(structurer, said, term, status):
    profile = structurer.structure([said])
    assert status in statuses(profile, "medications", term) + statuses(profile, "health", term), \
        (said, of(profile, "medications"), of(profile, "health"))


def test_in_a_carers_story_the_baby_named_may_be_the_one_it_is_about(structurer):
    profile = structurer.structure(["my baby Oscar is 4 months. oscar has cows milk protein allergy"], teller="carer",
                                   relationship="son")
    assert [i["about"] for i in profile["sections"]["allergies"]] == ["subject"], of(profile, "allergies")


@pytest.mark.parametrize("said", [
    # a stranger at the allergies read-back (session 25): both were kept as medicines taken, the aspirin allergy kept,
    # or the allergy read back "You are allergic to allergic to ibuprofen"
    "no sorry, is not aspirin, is ibuprofen. aspirin I can take",
    "Correction: I am allergic to ibuprofen, not aspirin",
    "Correction: its not aspirin its ibuprofen",
])
def test_an_allergy_put_right_at_the_read_back_is_that_allergy(structurer, said):
    profile = structurer.structure(["I am allergic to aspirin. I take ramipril and metformin.", said])
    assert subjects(profile, "allergies") == ["ibuprofen"], of(profile, "allergies")
    assert sorted(i["text"] for i in profile["sections"]["medications"]) == ["metformin", "ramipril"], \
        of(profile, "medications")


def test_a_medicine_put_right_at_the_read_back_is_still_put_right(structurer):
    profile = structurer.structure(["I am allergic to aspirin. I take ramipril and metformin.",
                                    "Correction: its amlodipine not ramipril"])
    assert sorted(i["text"] for i in profile["sections"]["medications"]) == ["amlodipine", "metformin"]
    assert subjects(profile, "allergies") == ["aspirin"]


@pytest.mark.parametrize("said, status", [
    ("She liked a glass of wine but she's no had a drink since the stroke.", "past"),  # the nineteenth fresh forms set
    ("She likes a glass of wine with her tea.", "current"),
])
def test_a_habit_not_had_since_is_given_up(structurer, said, status):
    profile = structurer.structure([said], teller="carer")
    assert [i["status"] for i in profile["sections"]["health"] if i["text"] == "drinking"] == [status]


def test_a_habits_amount_put_right_just_after_it_is_the_one_put_right(structurer):
    """ "roll ups, ten a day. Well more like fifteen if I'm honest" sent ten a day (the nineteenth fresh forms set)."""
    profile = structurer.structure(["Still smoke though, roll ups, ten a day. Well more like fifteen if I'm honest."])
    assert [i.get("amount") for i in profile["sections"]["health"] if i["text"] == "smoking"] == ["15 a day"]


def test_a_carers_own_harm_of_the_person_is_kept_whole_under_risks(structurer):
    """A stranger at a read-back (session 25): "im ashamed to say it but i get so tired i shoved her last week and she
    fell against the wall" was read back only as "She fell against the wall", and the GP was sent a fall."""
    profile = structurer.structure(["My mum Jean has dementia.", "im ashamed to say it but i get so tired i shoved her "
                                    "last week and she fell against the wall"], teller="carer", relationship="son")
    risks = [i["text"] for i in profile["sections"]["risks"]]
    assert len(risks) == 1 and "shoved her" in risks[0], risks


def test_a_fall_told_by_a_carer_is_still_a_fall(structurer):
    profile = structurer.structure(["My mum Jean has dementia.", "She had a fall last week and hit her head."],
                                   teller="carer", relationship="son")
    assert [i["text"] for i in profile["sections"]["risks"]] == ["She had a fall last week and hit her head"]


@pytest.mark.parametrize("said", ["shes a woman not male", "her sex is female", "Their sex is female."])
def test_the_sex_read_back_can_be_put_right_in_words(structurer, said):
    """A stranger at the read-back (session 25): each got "Sorry, I could not work out how to change that"."""
    profile = structurer.structure(["My dad Dorothy has dementia.", f"Correction: {said}"], teller="carer")
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "gender"] == ["female"]
