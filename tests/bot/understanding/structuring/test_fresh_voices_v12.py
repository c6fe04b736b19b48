"""Issue 18, sixth session: the classes of misreads found in batch v12 (stories written from a fresh
context), each through the structurer, in words other than the gold stories'."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("story", [
    "All I drink is tea and water these days.",
    "the only thing he drinks is lemonade lol",
    "What I drink is mostly diet coke.",
])
def test_a_soft_drink_said_as_what_someone_drinks_is_no_drinking(structurer, story):
    assert facts(structurer.structure([story]), "health") == []


def test_drinking_said_plainly_is_still_drinking(structurer):
    assert facts(structurer.structure(["I drink a lot, mostly cider."]), "health") == [
        ("drinking", "current", "subject")]


def test_a_complaint_said_as_what_happens_if_something_else_does_is_current(structurer):
    profile = structurer.structure(["My dad is 80. He takes Madopar and if he misses a dose he freezes up."],
                                   teller="carer")
    assert ("freezing episodes", "current", "subject") in facts(profile, "health")
    # an "if" of what may come stays a maybe
    profile = structurer.structure(["I worry that if I get dementia I will be on my own."])
    assert facts(profile, "health") == [("dementia", "hypothetical", "subject")]


@pytest.mark.parametrize("story", ["Never smoked in my life.", "Never smoked, never will."])
def test_never_at_the_start_of_a_sentence_negates(structurer, story):
    assert facts(structurer.structure([story]), "health") == [("smoking", "negated", "subject")]


def test_a_stroke_two_year_back_is_past_though_its_effects_last(structurer):
    profile = structurer.structure(["I had a stroke three year back and my arm has been weak since."])
    assert ("stroke", "past", "subject") in facts(profile, "health")
    # a recent one with effects that last is still now
    profile = structurer.structure(["I had a stroke last month and I'm still weak."])
    assert ("stroke", "current", "subject") in facts(profile, "health")


def test_an_event_said_as_what_something_came_after_is_past(structurer):
    profile = structurer.structure(["Mum is 80. She smoked forty a day, she packed it in after a bad chest infection."],
                                   teller="carer")
    assert ("chest infection", "past", "subject") in facts(profile, "health")
    # a fall that something came after is still a risk now
    profile = structurer.structure(["I came out of hospital after a fall at home."])
    assert [i["status"] for i in profile["sections"]["risks"]] == ["current"]


def test_she_after_a_relative_who_opened_the_clause_before_is_that_relative(structurer):
    profile = structurer.structure(["Its about my mum, she has COPD. My nan used to help but she has dementia now."],
                                   teller="carer")
    assert ("copd", "current", "subject") in facts(profile, "health")
    assert ("dementia", "family", "nan") in facts(profile, "health")
    # in a new sentence, "she" is the person again
    profile = structurer.structure(["Its about my mum. My sister visits. She has asthma."], teller="carer")
    assert ("asthma", "current", "subject") in facts(profile, "health")


def test_a_son_in_laws_wife_is_the_persons_daughter(structurer):
    profile = structurer.structure(["I'm writing for my mother-in-law Ann, 80. My wife would help but she has "
                                    "breast cancer herself."], teller="carer")
    assert facts(profile, "health") == [("breast cancer", "family", "daughter")]


def test_a_father_in_law_is_not_a_father(structurer):
    profile = structurer.structure(["my father in law is 80 and has copd.",
                                    "My mother in law also is not well, she has arthritis."], teller="carer")
    health = facts(profile, "health")
    assert ("copd", "current", "subject") in health
    assert [a for _, s, a in health if s == "family"] == ["wife"]
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == [80]
    assert "father" not in [i.get("relationship") for i in profile["sections"]["support_network"]]


def test_a_named_relative_who_died_leaves_the_persons_facts_theirs(structurer):
    profile = structurer.structure(["My mum Pat is 70. Since her husband Jim died she's been drinking a lot."],
                                   teller="carer")
    assert ("drinking", "current", "subject") in facts(profile, "health")
    # the one who died of something has it
    profile = structurer.structure(["my brother michael died of a stroke"])
    assert facts(profile, "health") == [("stroke", "family", "brother")]


@pytest.mark.parametrize("story, said", [
    ("My dad is 84. I do his shopping every Saturday and ring him most nights.", "I do his shopping"),
    ("Its about Mrs Lee, 85. I'm a carer from the agency.", "I'm a carer from the agency"),
    ("Its about my nan. I pop in after work most days.", "I pop in after work"),
    ("My husband has had a stroke. He can't get dressed so I do all that.", "I do all that"),
    ("I'm Sam's stepdad, he is 15 and has autism.", "I'm Sam's stepdad"),
])
def test_the_help_a_carer_gives_and_who_they_are_are_the_carers(structurer, story, said):
    profile = structurer.structure([story], teller="carer")
    assert [i["about"] for i in profile["sections"]["support_network"] if said in i["text"]] == ["narrator"]


def test_a_carer_going_in_to_hospital_is_no_help_given(structurer):
    profile = structurer.structure(["My dad is 84. I go in to hospital on Monday for my knee."], teller="carer")
    assert not [i for i in profile["sections"]["support_network"] if i.get("role") == "carer"]


@pytest.mark.parametrize("story, name, age", [
    ("Hiya, Niamh, 19, from Cork. I have asthma.", "Niamh", 19),
    ("Alreet, Geoff here, 64, from Jarrow.", "Geoff", 64),
    ("Bore da, Gwil I am, 70 years young.", "Gwil", 70),
    ("Ow do. Doreen, eighty one, from Wigan.", "Doreen", 81),
    ("Patrick is the name, I'm seventy.", "Patrick", 70),
    ("hi im kai 17 got epilepsy", "Kai", 17),
    ("My name is Piotr, I have 45 years.", "Piotr", 45),
])
def test_a_name_and_age_said_as_people_greet(structurer, story, name, age):
    about = structurer.structure([story])["sections"]["about_me"]
    assert [i["text"] for i in about if i.get("kind") == "name"] == [name]
    assert [i["value"] for i in about if i.get("kind") == "age"] == [age]


def test_a_name_in_full_after_name_is_and_pronouns_in_brackets(structurer):
    about = structurer.structure(["Name is Joyce Hill, I live alone."])["sections"]["about_me"]
    assert [i["text"] for i in about if i.get("kind") == "name"] == ["Joyce Hill"]
    about = structurer.structure(["hey im alex (they/them) 20, got adhd"])["sections"]["about_me"]
    assert {(i.get("kind"), i["text"]) for i in about} == {("name", "Alex"), ("age", "20 years old"),
                                                          ("pronouns", "they/them")}


@pytest.mark.parametrize("story", ["Metformin, 500mg twice a day.", "Sunday, 12. That is when she comes."])
def test_a_word_before_a_number_is_no_name(structurer, story):
    assert [i for i in structurer.structure([story])["sections"]["about_me"] if i.get("kind") == "name"] == []


def test_a_carers_person_named_then_aged(structurer):
    profile = structurer.structure(["Writing this for the husband, Tom, 80. He has COPD."], teller="carer",
                                   subject_name="Tom")
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == [80]


def test_used_2_and_when_i_was_15_are_past(structurer):
    profile = structurer.structure(["i used 2 smoke weed when i was 15 but not for ages now"])
    assert [s for _, s, _ in facts(profile, "health")] == ["past"]
    profile = structurer.structure(["its about my mum. my nan used 2 help"], teller="carer")
    assert [s for _, s, _ in facts(profile, "support_network")] == ["past"]


def test_a_benefit_someone_said_to_get_is_not_had_yet(structurer):
    profile = structurer.structure(["Its about my dad, 80. Someone said we should get attendance allowance."],
                                   teller="carer")
    assert [s for _, s, _ in facts(profile, "work_money")] == ["hypothetical"]


def test_what_a_habit_caused_says_nothing_of_the_habit_now(structurer):
    profile = structurer.structure(["I was a heavy drinker but I'm off it now. The drink left me with cirrhosis."])
    assert ("drinking", "past", "subject") in facts(profile, "health")
    assert ("drinking", "current", "subject") not in facts(profile, "health")


def test_regional_words_for_a_greeting_and_a_daughter(structurer):
    assert structurer.structure(["Bore da, I have asthma."])["sections"]["support_network"] == []
    support = structurer.structure(["Ma lassie comes up fae Glasgow every weekend."])["sections"]["support_network"]
    assert [i["relationship"] for i in support] == ["daughter"]


def test_our_and_a_name_is_one_of_the_family(structurer):
    support = structurer.structure(["I live alone. Our Mavis is just round the corner."])["sections"]["support_network"]
    assert [(i["relationship"], i["name"]) for i in support] == [("family", "Mavis")]


def test_the_person_named_after_a_kin_word_is_no_support_of_theirs(structurer):
    profile = structurer.structure(["Writing this for the wife, Jean, 76. She has COPD."], teller="carer",
                                   subject_name="Jean")
    assert profile["sections"]["support_network"] == []


def test_something_done_for_a_relative_is_no_help_from_them(structurer):
    profile = structurer.structure(["I get carers allowance for mum."])
    assert profile["sections"]["support_network"] == []
    assert profile["sections"]["work_money"]


def test_help_that_would_be_given_is_not_given(structurer):
    profile = structurer.structure(["Its about my dad. My sister would normally help but she's away."], teller="carer")
    assert [s for _, s, _ in facts(profile, "support_network")] == ["hypothetical"]


@pytest.mark.parametrize("story, expected", [
    ("I was a nurse for thirty years.", [("nurse", "past")]),
    ("I'm a staff nurse on a ward.", [("nurse", "current")]),
    ("I was a teacher, retired now.", [("teacher", "past"), ("retired", "current")]),
])
def test_the_persons_own_job_is_work_not_a_service(structurer, story, expected):
    profile = structurer.structure([story])
    assert [(i["terms"][0], i["status"]) for i in profile["sections"]["work_money"]] == expected
    assert profile["sections"]["services_involved"] == []
    # someone else's nurse is a service
    profile = structurer.structure(["I see a nurse every week."])
    assert profile["sections"]["work_money"] == [] and profile["sections"]["services_involved"]


def test_the_carer_and_someone_else_together_are_the_carers_own(structurer):
    profile = structurer.structure(["I'm Sam's stepdad. His mum and me both work full time."], teller="carer")
    assert [i["about"] for i in profile["sections"]["support_network"]] == ["narrator", "narrator"]


@pytest.mark.parametrize("story", [
    "My aspirations are to get back into college.",
    "just want 2 feel normal again n get back 2 work",
    "I'm wanting to do the Great North Run.",
    "My heart's set on moving nearer my grandkids.",
    "I should like to reach one hundred.",
])
def test_goals_said_other_ways(structurer, story):
    profile = structurer.structure([story])
    assert len(profile["sections"]["goals"]) == 1
    assert profile["sections"]["work_money"] == []


def test_i_dont_want_to_is_no_goal_said_this_new_way(structurer):
    assert structurer.structure(["I dont want to go into a home"])["sections"]["goals"] == []


@pytest.mark.parametrize("story, health", [
    ("I am having the sugar illness since five years.", ("diabetes", "current")),
    ("I have a brain injury from a crash.", ("brain injury", "current")),
    ("I had a mastectomy in 1998.", ("mastectomy", "past")),
    ("I have asbestosis from the shipyards.", ("asbestosis", "current")),
    ("On atorvastatin 20mg for me cholesterol.", ("cholesterol", "current")),
    ("i vape a lot", ("vaping", "current")),
])
def test_conditions_the_lexicon_lacked(structurer, story, health):
    assert [(i["text"], i["status"]) for i in structurer.structure([story])["sections"]["health"]] == [health]


def test_a_medicine_for_blood_pressure_says_there_is_blood_pressure_and_a_fine_one_says_nothing(structurer):
    profile = structurer.structure(["Mum is 80. She's on amlodipine for her blood pressure."], teller="carer")
    assert ("blood pressure", "current", "subject") in facts(profile, "health")
    assert structurer.structure(["my cholesterol was fine"])["sections"]["health"] == []
    # a relative's heart a medicine is for is not asked of the person
    profile = structurer.structure(["My mum takes amlodipine. Dad is on warfarin for his heart."], teller="carer")
    assert profile["sections"]["health"] == []


def test_a_carers_hedge_leaves_the_fact_the_persons(structurer):
    profile = structurer.structure(["Mum is 80. No allergies as far as I know."], teller="carer")
    assert [(i["status"], i["about"]) for i in profile["sections"]["allergies"]] == [("negated", "subject")]


def test_a_widow_since_a_year_is_a_bereavement_and_a_widower_whose_wife_is_named_is_one(structurer):
    about = structurer.structure(["I have been a widow since 2010."])["sections"]["about_me"]
    assert [i.get("kind") for i in about] == ["bereavement"]
    about = structurer.structure(["Im a widower, my wife passed in twenty eighteen."])["sections"]["about_me"]
    assert [i.get("kind") for i in about] == ["bereavement"]


def test_help_a_relative_named_before_gives(structurer):
    profile = structurer.structure(["Its about my wife, 79. Our son Paul lives in Aberdeen, he rings every Sunday."],
                                   teller="carer")
    assert [i.get("relationship") for i in profile["sections"]["support_network"]] == ["son", "son"]
    # what the person does is not someone's help
    profile = structurer.structure(["Its about my mum. She visits the day centre."], teller="carer")
    assert profile["sections"]["support_network"] == []


def test_a_relative_who_is_not_well_is_no_help_said(structurer):
    profile = structurer.structure(["its about my father in law. My mother in law she also is not well."],
                                   teller="carer")
    assert profile["sections"]["support_network"] == []
    profile = structurer.structure(["My son is well and helps me with shopping."])
    assert [i.get("relationship") for i in profile["sections"]["support_network"]] == ["son"]


@pytest.mark.parametrize("story", [
    "I go to St Mark's every Sunday, that matters a great deal to me.",
    "Her cat Tibbles is her whole world.",
    "My allotment is the only place I get any peace.",
])
def test_what_matters_said_other_ways(structurer, story):
    assert len(structurer.structure([story])["sections"]["what_matters"]) == 1


def test_each_allergen_of_a_list_and_a_sticking_plaster_is_no_walking_stick(structurer):
    profile = structurer.structure(["I'm allergic to penicillin and them sticking plasters, no other allergies."])
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["penicillin", "sticking plasters"]
    assert profile["sections"]["daily_living"] == []
    # what follows "and" with a verb of its own is not an allergen
    profile = structurer.structure(["I'm allergic to penicillin and I have asthma."])
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["penicillin"]


def test_a_condition_an_event_left_someone_with_lasts(structurer):
    profile = structurer.structure(["My son Dan is 34. He had a motorbike accident in 2015 and was left with a brain "
                                    "injury."], teller="carer")
    assert facts(profile, "health") == [("brain injury", "current", "subject")]


def test_deaf_as_a_post_is_no_post_to_open_and_mostly_a_language_is_a_language(structurer):
    profile = structurer.structure(["Its about my grandad. He's deaf as a post."], teller="carer")
    assert profile["sections"]["daily_living"] == [] and profile["sections"]["communication"]
    profile = structurer.structure(["Its about Mrs Shah, 85. She speaks mostly Gujarati."], teller="carer")
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "language"] == ["Gujarati"]
