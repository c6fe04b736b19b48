"""Wrong facts the nineteenth fresh structuring set, the twenty-ninth fresh forms set and a stranger on the stack
(session 35) showed, fixed in general and tested here in our own words, each with a near twin that keeps its fact."""
from __future__ import annotations

import pytest

from tests.bot.understanding.structuring.test_session33_wrong_facts import _items, _status


@pytest.mark.parametrize("said, section, words, status, teller", [
    # a medicine a doctor says may have to start is not taken ("Doctor say maybe I must start insulin": insulin was
    # delivered as taken now)
    ("The nurse says maybe he has to start insulin because his sugars are high.", "medications", "insulin",
     "hypothetical", "carer"),
    ("GP told me perhaps I must go on simvastatin.", "medications", "simvastatin", "hypothetical", "self"),
    # a medicine taken now, beside another that was tried and stopped later in the sentence ("on methylphenidate now,
    # tried atomoxetine first but it didnt do much so they stopped it": methylphenidate was delivered as stopped)
    ("She is on sertraline now, tried citalopram first but it made her sick so they stopped it.", "medications",
     "sertraline", "current", "carer"),
    ("He is on lisdexamfetamine now, tried guanfacine first but it did nothing so they stopped it.", "medications",
     "lisdexamfetamine", "current", "carer"),
    ("He is on lisdexamfetamine now, tried guanfacine first but it did nothing so they stopped it.", "medications",
     "guanfacine", "past", "carer"),
    # a drug used for years and an infection treated and cleared are over ("Used heroin for years and got hep C from
    # it, got treated and cleared in 2022": both were current)
    ("Used cocaine for years and got hepatitis C from sharing, got treated and cleared in 2021.", "health",
     "hepatitis c", "past", "self"),
    ("Used cocaine for years and got hepatitis C from sharing, got treated and cleared in 2021.", "health",
     "cocaine", "past", "self"),
    # a test for it that found none ("sent me for a sleep apnoea test last year but it came back clear": sent as current)
    ("The GP sent her for a coeliac test in June and it came back negative.", "health", "coeliac", "negated", "carer"),
])
def test_what_is_said_around_a_fact_gives_its_status(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


@pytest.mark.parametrize("said, section, words, status, teller", [
    ("He has to take insulin now because his sugars are high.", "medications", "insulin", "current", "carer"),
    ("She is on sertraline now and it helps.", "medications", "sertraline", "current", "carer"),
    ("I still use cocaine at weekends.", "health", "cocaine", "current", "self"),
    ("I've got hepatitis C and I'm waiting for treatment.", "health", "hepatitis c", "current", "self"),
    ("The GP sent her for a coeliac test in June and it came back positive.", "health", "coeliac", "current", "carer"),
])
def test_near_twins_keep_their_status(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


@pytest.mark.parametrize("said, section, words, status, teller", [
    # a home or aid only thought of was filed as had now ("We're considering … moving to sheltered housing", "on the
    # list for a council flat", "thinking about getting hearing aids")
    ("We are thinking of moving into a retirement flat near our son.", "home", "retirement flat", "hypothetical", "self"),
    ("I'm in a B&B but I'm on the waiting list for a housing association flat.", "home", "housing association flat",
     "hypothetical", "self"),
    ("She's looking into getting a hearing aid.", "communication", "hearing aid", "hypothetical", "carer"),
    # near twins: had now
    ("We moved into a retirement flat near our son last year.", "home", "retirement flat", "current", "self"),
    ("She has a hearing aid in her left ear.", "communication", "hearing aid", "current", "carer"),
])
def test_a_home_or_aid_thought_of_is_not_had(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


@pytest.mark.parametrize("said, teller, section, word", [
    # a partner who died, told in Jamaican ("Mi husband Winston pass two year now, him did have prostate cancer": her
    # own prostate cancer, and Winston a support)
    ("Mi partner Desmond pass three year now, him did have bowel cancer.", "self", "health", "bowel cancer"),
    ("Mi partner Desmond pass three year now, him did have bowel cancer.", "self", "support_network", "desmond"),
    # medicines handed out at work ("a pharmacist … handing out statins and inhalers": an inhaler taken)
    ("I work on the ward, handing out paracetamol and inhalers all day.", "self", "medications", "inhaler"),
    # a reaction in brackets after an allergy ("allergic to penicillin (rash and swelling)": swelling a condition)
    ("He is allergic to amoxicillin (hives and swelling).", "carer", "health", "swelling"),
    # injecting told by someone with diabetes ("people seeing me inject": injecting drugs)
    ("I have type 1 diabetes and I hate people watching me inject at work.", "self", "health", "injecting"),
    # a band's name ("the name is The Seizures": seizures)
    ("My grandson plays drums in a punk band, The Migraines, every Friday.", "self", "health", "migraine"),
])
def test_words_that_are_no_fact_of_the_persons(structurer, said, teller, section, word):
    assert not [t for t, status, about in _items(structurer, said, section, teller)
                if word in t and about == "subject" and status == "current"]


@pytest.mark.parametrize("said, teller, section, word", [
    ("My husband Winston helps me with the shopping, him did have a stroke last year.", "self", "support_network", "winston"),
    ("I have COPD and I use two inhalers.", "self", "medications", "inhaler"),
    ("He has swelling in both ankles.", "carer", "health", "swelling"),
    ("I used to inject heroin but I'm clean now.", "self", "health", "injecting"),
    ("Her seizures are worse at night.", "carer", "health", "seizures"),
])
def test_near_twins_keep_their_fact(structurer, said, teller, section, word):
    assert [t for t, status, about in _items(structurer, said, section, teller) if word in t]


@pytest.mark.parametrize("story, relationship", [
    # a stranger (session 35): "I live with my partner Lee at 12 Canal Walk. Lee takes all my wages …, he checks my
    # phone": Lee was read back under the people who support her and delivered as her carer
    ("I share a flat with my partner Kai. Kai keeps my bank card and gives me pocket money, he reads all my messages.",
     "partner"),
    ("My son Gary lives with me. Gary takes my pension every week, he shouts if I ask for it.", "son"),
    # a stranger (session 36): the harm told by "he" in the sentence after the one that names him
    ("i live with my partner Steve in his flat. he takes my wages and gives me £20 a week, and he goes through my phone "
     "every night. my sister claire is great.", "partner"),
])
def test_whoever_harms_is_never_a_support(structurer, story, relationship):
    profile = structurer.structure([story], teller="self")
    assert [i for i in profile["sections"]["risks"] if i.get("kind") == "harm"]
    assert not [i for i in profile["sections"]["support_network"] if i.get("relationship") == relationship]


def test_a_partner_who_helps_is_still_a_support(structurer):
    profile = structurer.structure(["I live with my partner Kai. He does all the cooking and takes me to appointments."],
                                   teller="self")
    assert [i for i in profile["sections"]["support_network"] if i.get("relationship") == "partner"]


def test_one_more_thing_after_the_carers_own_is_the_carers(structurer):
    # the twenty-ninth fresh forms set (session 35): "I'm 78 and I've got prostate cancer, I'm on hormone injections, and
    # angina" sent the husband's angina as his wife's condition
    profile = structurer.structure(["I look after my husband Ray, he has Parkinson's. I'm 70 and I have arthritis, I'm on "
                                    "morphine patches, and glaucoma."], teller="carer", subject_name="Ray",
                                   relationship="wife")
    assert not [i for i in profile["sections"]["health"] if "glaucoma" in i["text"].lower() and i["about"] == "subject"]
    assert [i for i in profile["sections"]["health"] if "parkinson" in i["text"].lower() and i["about"] == "subject"]


@pytest.mark.parametrize("said, section, words, status, teller", [
    # an injury said to be better in the next sentence ("I hurt my knee. It is better now": an injured knee now)
    ("I slipped on the ice in January. I hurt my wrist. It is better now.", "health", "wrist", "past", "self"),
    ("I slipped on the ice in January. I hurt my wrist. It is a bit better now but still sore.", "health", "wrist",
     "current", "self"),
])
def test_an_injury_said_better_after(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


def test_a_small_son_said_in_a_second_language_has_his_own_illness(structurer):
    # "My small son have asthma" was the mother's asthma (the twenty-ninth fresh forms set, session 35)
    items = _items(structurer, "I have diabetes. My small daughter have eczema from the damp.", "health", "self")
    assert [i for i in items if "eczema" in i[0] and i[1] == "family"], items


# A second reader (session 35) compared these rules' first forms with the code before them on fragments of their own: each
# of these had been right before and was wrong in the first form.
@pytest.mark.parametrize("said, section, words, status, teller", [
    ("I have asthma, my chest infection was treated and cleared last month.", "health", "asthma", "current", "self"),
    ("I have epilepsy and was cleared by the DVLA to drive in 2023.", "health", "epilepsy", "current", "self"),
    ("I've got psoriasis, treated and cleared with cream but it flares.", "health", "psoriasis", "current", "self"),
    ("I used diazepam for years, now I take it when I need it.", "medications", "diazepam", "current", "self"),
    ("I'm waiting for my hearing aid to be fixed, I wear it every day.", "communication", "hearing aid", "current",
     "self"),
    ("Considering my age I live in a bungalow.", "home", "bungalow", "current", "self"),
    ("I've been better in my bungalow since the move.", "home", "bungalow", "current", "self"),
    ("Pat has had a stroke, I do his tablets, and dementia.", "health", "dementia", "current", "carer"),
    ("I have COPD, treated and cleared my pneumonia in March.", "health", "copd", "current", "self"),
    ("I'm waiting on a BSL interpreter for my appointments.", "communication", "interpreter", "current", "self"),
    ("I'm on the list for a new hearing aid as mine is broken.", "communication", "hearing aid", "current", "self"),
])
def test_a_second_readers_near_twins_keep_their_status(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


@pytest.mark.parametrize("said, section, word", [
    ("I hand out leaflets, insulin keeps me going.", "medications", "insulin"),
    ("I give out the post and paracetamol helps my back.", "medications", "paracetamol"),
    ("I have diabetes. I inject. I use the needle exchange.", "health", "injecting"),
    ("I am diabetic, I inject into my groin because my veins are gone.", "health", "injecting"),
    ("I take insulin. I also inject crystal meth.", "health", "injecting"),
    ("Asked what is wrong, I said The Arthritis is bad.", "health", "arthritis"),
])
def test_a_second_readers_facts_are_kept(structurer, said, section, word):
    assert [t for t, status, about in _items(structurer, said, section, "self") if word in t]


def test_a_partner_who_helps_with_the_shopping_stays_a_support(structurer):
    profile = structurer.structure(["My partner helps me. He takes my bank card to get shopping for me."], teller="self")
    assert [i for i in profile["sections"]["support_network"] if i.get("relationship") == "partner"]


def test_a_he_two_sentences_on_is_nobody_named(structurer):
    profile = structurer.structure(["My son Gary lives nearby. My husband left last year. he takes my pension every week."],
                                   teller="self")
    assert [i for i in profile["sections"]["support_network"] if i.get("relationship") == "son"]
