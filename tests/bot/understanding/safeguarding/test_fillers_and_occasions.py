"""Words that only carry the talk along ("oh and ...", "... sorry to go on", "... dunno", "... anyway") and when it began,
said first ("since i was made redundant ...") are not what the classifier judges (session 22: put around ordinary story
messages not trained on, "since i was made redundant" made 175 of 922 alarm, "sorry to go on" 70, "dunno" 60, "anyway"
40, "oh and" 30). A disclosure said with them is heard as it is alone. Through the product's detector."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding.context import without_goals


@pytest.mark.parametrize("said", [
    "he has his tea at five and then watches the snooker anyway",
    "My neighbour puts my bins out for me dunno",
    "My neighbour puts my bins out for me anyway",
    "My neighbour puts my bins out for me. sorry for the long message x",
    "since i was made redundant i help out at my mums more",
    "since i was made redundant i have been doing the school run",
    "since i was made redundant my neighbour puts my bins out for me",
])
def test_ordinary_words_with_fillers_or_an_occasion_are_no_alarm(listening, said):
    assert listening.check(said).categories == [], said


@pytest.mark.parametrize("said, kind", [
    ("nobody has given her anything to eat since yesterday. sorry to go on", "neglect"),
    ("since i was made redundant i just want to die", "suicidal"),
    ("since my divorce he keeps turning up at my door and threatening me", "not_safe_at_home"),
    ("he slaps me when he's had a drink dunno", "domestic_abuse"),
    ("oh and my son takes my pension every week", "financial_abuse"),
    ("since he moved in he hits me tbh", "domestic_abuse"),
    ("i cant stop cutting my arms anyway", "self_harm"),
])
def test_a_disclosure_with_fillers_or_an_occasion_is_heard_for_what_it_is(listening, said, kind):
    assert kind in listening.check(said).categories, said


@pytest.mark.parametrize("plain, read", [
    ("oh and he takes my money sorry to go on", "he takes my money"),
    ("since he moved in he hits me", "he hits me"),
    ("since my divorce i can not see the point", "i can not see the point"),
    ("since the stroke", "since the stroke"),  # too little left: read as said
    ("i do not know what to do", "i do not know what to do"),  # helplessness is no filler
])
def test_what_the_classifier_reads(plain, read):
    assert without_goals(plain) == read


@pytest.mark.parametrize("said, kind", [
    ("i got made redundant, mum likes to watch me cook", None),
    ("he was made redundant dad likes to watch the boxing with him", None),
    ("he made me watch films of that stuff", "sexual_abuse"),
    ("my stepdad makes my little sister touch him", "sexual_abuse"),
])
def test_made_is_someone_made_to_do_it_only_when_they_are_the_one_made(listening, said, kind):
    """'made redundant dad likes to watch' was sexual abuse by a rule whatever the classifier said (make, two words,
    whom, then watch): the one made to must follow 'made' (session 22)."""
    found = listening.check(said).categories
    assert (kind in found) if kind else "sexual_abuse" not in found, said


@pytest.mark.parametrize("said", [
    "I had a hip replacement in 2020. i stopped two of my tablets after the hospital review",
    "I had my gallbladder out in 2019. nan got a new tablet for christmas and she video calls me",
    "had covid in 2021 and the GP has started me on a new tablet for my chest",
])
def test_a_year_is_no_number_of_tablets(listening, said):
    """'had ... in 2020' then tablets in the next sentence was an overdose taken (2020 of them), and got 999 first
    (session 22: put before ordinary messages, "I had a hip replacement in 2020." made 20 of 923 alarm, 5 of them so)."""
    found = listening.check(said)
    assert not found.overdose and found.categories == [], said


@pytest.mark.parametrize("said", ["i had 20 of my sertraline an hour ago", "i had my op in 2019 and tonight i took 25 paracetamol at once",
                                  "i swallowed 30 co-codamol last night"])
def test_a_number_of_tablets_is_still_an_overdose(listening, said):
    assert listening.check(said).overdose, said


@pytest.mark.parametrize("said", [
    "what has been shared so far",
    "has anything been sent yet",
    "please delete all my data under the data protection act",
    "can you wipe my story",
    "he takes salbutamol",
    "she is on the ramipril one point two five mg",
    "eh? im not suicidal mate, just meant the pain got on top of me",
])
def test_what_a_stranger_got_help_for_is_no_alarm(listening, said):
    """A stranger on the running stack (session 22) got the help for financial abuse, self-harm, neglect or the
    Samaritans for each of these shapes: a question about what has been shared, a wish to have one's data wiped, one's
    own medicine taken (a medicine stopped still alarms: "i stopped my insulin"), and a sentence with no words of its own
    beside a denial in a short message."""
    assert listening.check(said).categories == [], said


@pytest.mark.parametrize("said, kind", [
    ("he takes my tablets and sells them", "financial_abuse"),
    ("has anyone seen my son, he said he was going to end it", "any"),
    ("i stopped my insulin so i can die", "suicidal"),
    ("im not suicidal. my husband hits me", "domestic_abuse"),
])
def test_a_concern_said_with_those_shapes_is_still_heard(listening, said, kind):
    """Heard, whatever kind the classifier takes it for ("he takes my tablets and sells them" it hears as coercive
    control); "i stopped my insulin so i can die" had no rule before (0.72 from the classifier alone)."""
    found = listening.check(said).categories
    assert found and (kind in found or kind != "suicidal"), said


@pytest.mark.parametrize("said, kind", [
    ("I had a hip replacement in 2020. i have nowhere safe to stay tonight", "not_safe_at_home"),
    ("My husband had a stroke in 2019. i need to get out of my house tonight", "not_safe_at_home"),
])
def test_a_sentence_that_only_dates_something_is_read_apart(listening, said, kind):
    """"I had a hip replacement in 2020." gave its ordinary reasons (the stairs, the hip) and its words to the disclosure
    after it, read whole with it (session 22: before held-out disclosures it left 27 of 1,923 unheard)."""
    assert kind in listening.check(said).categories, said


@pytest.mark.parametrize("said", ["I had a hip replacement in 2020. I use a frame on the stairs now",
                                  "Dad died in 2019. Mum lives on her own now and manages well"])
def test_dated_ordinary_sentences_are_still_no_alarm(listening, said):
    assert listening.check(said).categories == [], said


@pytest.mark.parametrize("said, kind", [
    ("Im not suicidal. my arms are covered in fresh cuts", "self_harm"),
    ("Nobody hurts me. He's put me in hospital twice this year, once with a broken wrist", "domestic_abuse"),
    ("nobody hurts me. but he has my bank card and gives me 10 quid a week", "financial_abuse"),
    ("i took my pills for the week at once", "suicidal"),
    ("i took my sleeping tablets again", "suicidal"),
    ("he takes her oramorph", None),
    ("he uses her insulin", None),
    ("why im still here i dont know", "suicidal"),
    ("has the video of me been shared", None),
])
def test_what_a_second_reader_found_the_first_forms_of_these_controls_missed(listening, said, kind):
    """A second reader of session 22 found each of these missed by this session's first forms of the controls above (a
    denial copied onto every sentence of a short message, one's own medicine taken with anything after it, "i dont
    know" taken for a filler, any "has ... been shared" for a question about one's data); heard before and now."""
    found = listening.check(said).categories
    assert (kind in found) if kind else found, said


@pytest.mark.parametrize("said", ["I have a bad heart so I could die at any time, the doctor said.",
                                  "the cancer has spread so i will die soon"])
def test_a_death_foreseen_is_no_plan(listening, said):
    assert "suicidal" not in listening.check(said).categories, said
