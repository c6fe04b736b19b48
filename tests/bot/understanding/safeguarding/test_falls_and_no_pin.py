"""Found by a stranger (session 14): "i fell over last week and hit my head" got the Domestic Abuse Helpline with
"What you said worries me" (the classifier alone read "hit my head" as being hit), and "i dont have one", said
after the PIN question, got the Samaritans' number. A fall and what was hit in it makes the classifier alone need
0.9 for abuse; no PIN to give is answered at the PIN question only (bot/rasa/server.py, steps/pin.py): everywhere
else "i dont have one" may be a reason to live that someone lacks (a second reader). Harm told the same way is
heard as ever."""
import pytest


@pytest.mark.parametrize("text", [
    "i fell over last week and hit my head",
    "I slipped in the bath and banged my arm",
])
def test_everyday_words_are_no_alarm(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", [
    "he pushed me and i fell and hit my head",
    "my husband hits me, i fell and hit my head",
    "I dont have anyone",
    "i dont have one friend left",
    "i dont have a pin, i just want to end it all",
    # a second reader's: a reason to live, or words about a person, beside the everyday words above
    "everyone says you need a reason to live. i dont have one",
    "a reason to keep going? i dont have one",
    "the way he treats me makes me sick and dizzy",
])
def test_harm_said_beside_them_is_heard(listening, text):
    assert listening.check(text).concern


@pytest.mark.parametrize("text", [
    "they took my leg off",
    "Latex makes her come up in hives",
    "Elastoplast gives him an itchy rash",
    "Trimethoprim makes his face swell",
    "I cant eat peanuts",
])
def test_an_allergy_a_reaction_or_an_amputation_is_no_alarm(listening, text):
    """Ordinary health facts of a story that the classifier alone read as exploitation, sexual abuse, a carer at
    breaking point or neglect (helpers fixing structuring, session 14)."""
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", [
    "my carer gives me food im allergic to on purpose",
    "he makes me sick with worry and hits me",
])
def test_harm_told_with_an_allergy_is_heard(listening, text):
    assert listening.check(text).concern


@pytest.mark.parametrize("text", ["he fell over again yesterday and hurt his wrist",
                                  "she slipped in the shower and cut her head",
                                  "mum tripped on the kerb and sprained her ankle"])
def test_a_fall_and_what_was_hurt_in_it_is_no_alarm(listening, text):
    """Session 17: a fall and what was hurt, cut or sprained in it (not only hit) makes the classifier alone need 0.9
    for abuse ("he fell over again yesterday and hurt his wrist" got the Domestic Abuse Helpline at 0.67)."""
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["he pushed me and i fell and hurt my wrist",
                                  "she fell down the stairs, he pushed her, she broke her arm"])
def test_a_fall_someone_caused_is_still_heard(listening, text):
    assert "domestic_abuse" in listening.check(text).categories
