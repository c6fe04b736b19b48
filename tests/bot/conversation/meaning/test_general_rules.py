"""Issue 19, round 2: the general rules of reply understanding (bot/conversation/meaning/), each shown on
phrasings that are not in the tuning corpus, so a rule written for one phrase fails here. Where a wrong
meaning would act (a correction applied to the story, a wish kept as story, a refusal kept as a name),
the reply must be understood or asked again, never guessed."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import read_back_reply, understand

OFFERED_PARTS = ["health", "medications", "home"]


def meant(context: str, text: str):
    return understand(context, text, offered=OFFERED_PARTS if context == "consent" else None)


# --- the read-back -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["yes, that is exactly how things are", "aye thats how it went",
                                  "ok yes that sums her up", "that's right, next bit please"])
def test_a_yes_with_words_that_only_confirm_is_a_yes(text):
    assert meant("readback", text).kind == "yes"


@pytest.mark.parametrize("text", ["yes but she is 84", "yes and also she has a cat", "yes mostly",
                                  "yes sort of"])
def test_a_yes_with_doubt_or_more_to_say_is_not_taken_as_confirming(text):
    assert meant("readback", text).kind != "yes"


@pytest.mark.parametrize("text", ["i'd like to add something", "can i put in a bit more", "there's something else",
                                  "hang on, I forgot something", "i have more i want to say"])
def test_a_wish_to_add_without_the_thing_asks_what_and_keeps_nothing(text):
    assert meant("readback", text) .kind == "add" and not meant("readback", text).value
    assert read_back_reply(text).kind == "wrong"  # "What should it say?": nothing is kept as story


@pytest.mark.parametrize("text,thing", [
    ("one more thing, she uses a hearing aid", "she uses a hearing aid"),
    ("don't forget he has a stairlift", "he has a stairlift"),
    ("I also want to say I can't drive", "I can't drive"),
    ("oh and she's allergic to penicillin", "she's allergic to penicillin"),
])
def test_the_thing_to_add_is_taken_from_after_the_lead(text, thing):
    got = meant("readback", text)
    assert got.kind == "add" and got.value == thing


@pytest.mark.parametrize("text,thing", [("take the bit about my sister off", "my sister"),
                                        ("can you take the alcohol out please, it was years ago", "alcohol"),
                                        ("i dont want the part about the debts in there", "debts")])
def test_take_x_off_and_not_wanted_in_remove_x(text, thing):
    got = meant("readback", text)
    assert got.kind == "remove" and got.value == thing


@pytest.mark.parametrize("text", ["I'd rather that wasn't in there", "that part can go", "leave it out"])
def test_removing_the_part_read_back(text):
    got = meant("readback", text)
    assert got.kind == "remove" and not got.value


@pytest.mark.parametrize("text", ["i want to do this differently", "you are not listening to me",
                                  "please can we do this another way", "i'd prefer to do it with my daughter"])
def test_a_wish_about_the_read_back_is_never_applied_to_the_story_as_a_correction(text):
    assert meant("readback", text).kind not in ("correct", "add", "remove", "yes")


@pytest.mark.parametrize("text", ["she is 91 not 19", "her tablets are 20mg", "it is my right hip",
                                  "you have my age wrong, i am 72"])
def test_a_fact_is_still_a_correction(text):
    assert meant("readback", text).kind == "correct"


@pytest.mark.parametrize("text,kind", [("is there anyone real I can speak to", "human"),
                                       ("can i have a call back instead", "human"),
                                       ("I've had enough of this", "stop"),
                                       ("just a minute, the kettle", "later")])
def test_wishes_about_the_chat_at_the_read_back(text, kind):
    assert meant("readback", text).kind == kind


# --- while the story is told ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["I reckon that covers it", "all done from my end", "thats it from us",
                                  "I've told you everything I know", "that's the end of his story",
                                  "that's me finished, what happens now?"])
def test_finishing_in_other_words_ends_the_story(text):
    assert meant("telling", text).kind == "done"


@pytest.mark.parametrize("text,kind", [
    ("is there a real person I could talk to?", "human"),
    ("can one of your staff ring me", "human"),
    ("I'd rather talk it over with someone", "human"),
    ("got to go, will do the rest another day", "later"),
    ("hold on, back in 10 minutes", "later"),
    ("can we pause this and carry on tonight", "later"),
    ("stop please, I don't want to carry on", "stop"),
    ("I no longer want to tell my story", "stop"),
    ("I don't know what to tell you", "help"),
    ("how long does this take?", "help"),
])
def test_a_wish_said_mid_story_is_not_kept_as_story(text, kind):
    assert meant("telling", text).kind == kind


@pytest.mark.parametrize("text", ["the physio said we should speak to a social worker",
                                  "my dad would like to talk to people more, he is lonely",
                                  "she finished her chemo in May", "he has had enough of the pain",
                                  "I want to stay in my own home", "can you get me a walking frame"])
def test_story_that_mentions_talking_finishing_or_wanting_stays_story(text):
    assert meant("telling", text).kind == "story"


# --- the person's name ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [("Dad's name is Stan", "Stan"), ("my nans name is ivy", "Ivy"),
                                       ("grandad is called Bert", "Bert"), ("we just call her Queenie", "Queenie"),
                                       ("Patricia (Pat)", "Patricia"), ("its frank, short for francis", "Frank"),
                                       ("his name Tariq", "Tariq"), ("Mrs Olive Price", "Mrs Olive Price")])
def test_the_name_from_the_ways_carers_say_it(text, name):
    got = meant("carer_name", text)
    assert got.kind == "value" and got.value == name


@pytest.mark.parametrize("text", ["I would rather not tell you", "none of your business", "why",
                                  "not giving that out", "confidential", "it is for my dad"])
def test_a_refusal_is_asked_again_never_taken_as_a_name(text):
    assert meant("carer_name", text).kind != "value"


# --- a yes/no question a service asks ---------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [("she does", "yes"), ("yes he is", "yes"), ("they have yeah", "yes"),
                                       ("he does not", "no"), ("she isn't", "no"), ("he cant", "no"),
                                       ("not sure tbh", "skip"), ("dunno, you'd have to ask her", "skip")])
def test_a_short_answer_said_with_its_verb(text, kind):
    assert meant("gap_yesno", text).kind == kind


# --- consent to some parts --------------------------------------------------------------------------

@pytest.mark.parametrize("text,parts", [
    ("health and home are fine but not the tablets", ["health", "home"]),
    ("yes to my health, no to where i live", ["health"]),
    ("all but the medicines", ["health", "home"]),
    ("medication yes, the rest no", ["medications"]),
    ("leave my health out", ["medications", "home"]),
])
def test_consent_is_read_clause_by_clause(text, parts):
    got = meant("consent", text)
    assert got.kind == "value" and got.value == parts


# --- choosing a service -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,service", [("someone to do mum's bandages", "community-nursing"),
                                          ("help claiming attendance allowance", "welfare-benefits"),
                                          ("a handrail by the steps", "housing-adaptations"),
                                          ("a break for me, i'm exhausted from caring", "carers-assessment")])
def test_a_service_named_by_what_it_does(text, service):
    got = meant("choose_service", text)
    assert got.kind == "value" and got.value[0] == service


@pytest.mark.parametrize("text,kind", [("not yet, let me think it over", "later"),
                                       ("will the nurses visit at home?", "question"),
                                       ("I don't want it sent anywhere thanks", "no"),
                                       ("whichever you think is best", "help")])
def test_later_a_question_or_none_when_choosing(text, kind):
    assert meant("choose_service", text).kind == kind
