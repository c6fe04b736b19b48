"""The safeguarding detector on its own (docs/clinical-safety.md, H1 and H2). Its figures on the
held-out corpus are a benchmark (`make bench`), not a test; these are behaviours it must keep."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import typed
from bot.understanding.safeguarding.categories import CATEGORIES, urgent_help
from bot.understanding.safeguarding.corpus import (
    FOLDER,
    READ_FILES,
    TUNING_FILES,
    held_out,
    ordinary,
    read,
    tuning,
    unread_files,
)


@pytest.mark.parametrize("typed_as, plain", [
    ("ive been thinkin about it", "i have been thinking about it"),
    ("I don’t feel safe", "i do not feel safe"),
    ("hes always checkin my phone n wont let me go out", "he is always checking my phone and will not let me go out"),
    ("u wud b better off", "you wud b better off"),
    ("my nabour keeps takin my pention", "my neighbour keeps taking my pension"),
    ("self-harm", "self harm"),
])
def test_typing_is_made_plain(typed_as, plain):
    assert " ".join(typed.plain_words(typed_as)) == plain


@pytest.mark.parametrize("word, lemma", [("took", "take"), ("hitting", "hit"), ("slapped", "slap"),
                                         ("threatens", "threaten"), ("takes", "take"), ("controls", "control")])
def test_every_tense_meets_one_rule(word, lemma):
    assert typed.lemma(word) == lemma


@pytest.mark.parametrize("said, category", [
    ("ive been thinking about killing myself", "suicidal"),
    ("I want to end it all", "suicidal"),
    ("sometimes i think everyone would be better off without me", "suicidal"),
    ("I've been saving up my tablets, just in case", "suicidal"),
    ("i cut myself", "self_harm"),
    ("my son takes my pension and shouts at me", "financial_abuse"),
    ("he takes all my money", "financial_abuse"),
    ("my husband controls all the money and wont let me see my friends", "coercive_control"),
    ("i dont feel safe at home", "not_safe_at_home"),
    ("the carer is rough with mum and leaves her in wet pads all day", "care_abuse"),
    ("I'm scared I'll hit him, I'm at the end of my tether", "carer_breaking_point"),
    ("my stepdad hits my little brother", "child_at_risk"),
    ("some lads have taken over my flat to deal drugs", "exploitation"),
])
def test_disclosures_as_people_type_them_are_heard(listening, said, category):
    finding = listening.check(said)
    assert category in finding.categories, finding


@pytest.mark.parametrize("said", [
    "the pain is killing me", "I volunteer for a suicide prevention charity", "my son helps with my bills",
    "I manage Dad's account under the power of attorney", "I burnt my hand on the kettle",
    "I have type 2 diabetes and take metformin 500mg twice a day.", "yes", "2580", "that's all",
])
def test_hard_negatives_and_ordinary_messages_raise_no_alarm(listening, said):
    assert listening.check(said).reply() is None


# Near misses from the tuning corpus that the detector alarmed on before its second stage (a rule
# must be confirmed by the classifier; health, mobility and the state of a house make a limit or a
# fear ordinary; a message that reassures needs the classifier sure).
@pytest.mark.parametrize("said", [
    "my hip hurts and i cant get up the stairs",
    "Dad doesn't feel safe at home since his fall, he's scared it'll happen again. We'd like a falls assessment "
    "and a key safe.",
    "I can't go home from hospital until they've sorted a bed downstairs. It's not safe with the stairs.",
    "I'm not allowed to drive for six months after my seizure, so I need help getting to appointments.",
    "The nurses won't let me out of bed without someone with me, because of my falls. I ring the bell.",
    "They won't allow me to go home until I can manage the stairs on the ward. I am practising with the physio.",
    "My partner wont let me do the ironing because he says Im rubbish at it, bless him, he likes doing it",
    "Someone took money from my account but the bank said it was fraud and gave it all back",
])
def test_near_misses_about_health_home_and_family_help_raise_no_alarm(listening, said):
    assert not listening.check(said).concern, listening.check(said)


# Their near twins are still heard, and a laugh does not hide thoughts of suicide.
@pytest.mark.parametrize("said, category", [
    ("I dont feel safe at home because of how he gets when hes been drinking", "not_safe_at_home"),
    ("My husband wont let me go out on my own or see my sister, he says shes a bad influence", "coercive_control"),
    ("made a playlist for my funeral lol. not joking tho", "suicidal"),
    ("my son takes my pension and says I must have spent it, lol", "financial_abuse"),
    ("my bf hit me again last nite lol", "domestic_abuse"),
])
def test_the_near_twins_of_those_are_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said", ["sorry i have to go, can i finish this later?", "i have to go now, can i come back later",
                                  "gotta go ill finish tmrw", "Sorry I need to go, can I finish this another time?"])
def test_leaving_the_chat_for_now_raises_no_alarm(listening, said):
    # "sorry i have to go, can i finish this later?" got the Samaritans' number (found through the running stack)
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said", ["yeah he knows", "for him to stay at home", "to stay in her home"])
def test_a_carers_short_answers_raise_no_alarm(listening, said):
    # "yeah he knows" (does he know you are telling his story?) and "for him to stay at home" (what
    # would he like to achieve?) got the Domestic Abuse Helpline (found by trying the stack as a carer)
    assert listening.check(said).categories == [], listening.check(said)


def test_going_said_with_despair_is_still_heard(listening):
    assert "suicidal" in listening.check("i have to go. nobody would miss me anyway").categories


def test_a_reassuring_message_needs_the_classifier_surer_but_is_never_silenced():
    from bot.understanding.safeguarding import Detector, Heard
    from bot.understanding.safeguarding.context import LIGHT, SETTLED
    from bot.understanding.safeguarding.policy import Policy

    policy = Policy(rule_agrees_from=0.1, concern_from_otherwise=0.3, reassured_from=0.9)
    detector = Detector.__new__(Detector)  # decide() needs no trained parts
    rule = [("coercive_control", "husband")]
    assert detector.decide([Heard(rule, [], True, 0.5, "coercive_control")], policy).concern
    assert not detector.decide([Heard(rule, [], True, 0.5, "coercive_control", SETTLED)], policy).concern
    assert detector.decide([Heard(rule, [], True, 0.95, "coercive_control", SETTLED)], policy).concern
    # light words calm what the classifier alone heard, never a rule's hit, nor thoughts of suicide
    assert detector.decide([Heard(rule, [], True, 0.5, "coercive_control", LIGHT)], policy).concern
    assert detector.decide([Heard([], [], True, 0.5, "suicidal", LIGHT)], policy).concern
    assert not detector.decide([Heard([], [], True, 0.5, "financial_abuse", LIGHT)], policy).concern


@pytest.mark.parametrize("said, category", [("I'm not suicidal", "suicidal"),
                                             ("I have never been hit by anyone", "domestic_abuse")])
def test_a_denied_concern_is_a_gentle_word_not_an_alarm(listening, said, category):
    finding = listening.check(said)
    assert not finding.concern and category in finding.negated
    assert "If that ever changes" in finding.reply()


def test_a_denial_does_not_hide_a_disclosure_after_it(listening):
    assert "suicidal" in listening.check("I can't go on like this, I want to die").categories
    assert listening.check("I'm not suicidal but I've been saving my tablets").concern


def test_the_help_suits_the_concern():
    suicidal = urgent_help(["suicidal"])
    assert suicidal.index("116 123") < suicidal.index("999")  # Samaritans first
    abuse = urgent_help(["domestic_abuse"])
    assert "0808 2000 247" in abuse and "999" in abuse
    child = urgent_help(["child_at_risk"])
    assert "0808 800 5000" in child and "999" in child
    both = urgent_help(["financial_abuse", "suicidal"])
    assert both.index("116 123") < both.index("0808 808 8141")  # the most urgent first
    assert both.count("999") == 1 or "call 999" in both


def test_who_harms_is_named(listening):
    assert [(h.category, h.by) for h in listening.harms("my son takes my pension and shouts at me")] == [
        ("financial_abuse", "son")]
    assert listening.harms("my son helps me with my pension forms") == []


def test_the_corpus_is_large_split_and_without_leaks():
    tuned, held, fresh = tuning(), held_out(), held_out(name="heldout_fresh.tsv")
    disclosures = [e for e in tuned + held if e.is_disclosure]
    negatives = [e for e in tuned + held if not e.is_disclosure]
    assert len(disclosures) >= 400 and len(negatives) >= 400
    for examples in (tuned, held):
        assert {e.label for e in examples if e.is_disclosure} == set(CATEGORIES)
    texts = {e.text.lower() for e in tuned} | {e.text.lower() for e in ordinary()}
    assert not [e.text for e in held + fresh if e.text.lower() in texts]  # nothing held out is tuned on
    # the read sets trained on since session 36 bring no line of a file still unread ("yes he hits me" is in two)
    unread = {e.text.lower() for path in unread_files() for e in read(path)}
    from_read_sets = tuned[sum(len(read(FOLDER / name)) for name in TUNING_FILES):]
    assert len(unread) >= 5000 and len(from_read_sets) >= 7000
    assert not [e.text for e in from_read_sets if e.text.lower() in unread]
    assert {e.text.lower() for name in READ_FILES for e in read(FOLDER / name)} & unread  # there were some to leave out
    assert not {path.name for path in unread_files()} & set(READ_FILES)


def test_a_held_out_file_not_yet_written_is_empty_not_an_error(tmp_path):
    assert held_out(tmp_path, "heldout_fresh.tsv") == []


def test_an_ordinary_reason_raises_the_bar_for_the_classifier_alone_never_for_a_rule():
    # "i dont feel safe on the stairs", "the pain is killing me": the classifier alone alarmed on them
    from bot.understanding.safeguarding import Detector, Heard
    from bot.understanding.safeguarding.context import reasons
    from bot.understanding.safeguarding.policy import Policy

    policy = Policy(rule_agrees_from=0.0, concern_from_otherwise=0.3, reason_by_kind={"not_safe_at_home": 0.8})
    detector = Detector.__new__(Detector)  # decide() needs no trained parts
    stairs = reasons(set("i do not feel safe on the stairs".split()))
    assert "not_safe_at_home" in stairs
    assert not detector.decide([Heard([], [], True, 0.6, "not_safe_at_home", None, stairs)], policy).concern
    assert detector.decide([Heard([], [], True, 0.9, "not_safe_at_home", None, stairs)], policy).concern
    assert detector.decide([Heard([], [], True, 0.6, "not_safe_at_home")], policy).concern
    rule = [("not_safe_at_home", "son")]
    assert detector.decide([Heard(rule, [], True, 0.1, "not_safe_at_home", None, stairs)], policy).concern


def test_the_fitted_classifier_is_loaded_only_when_it_was_fitted_on_the_same_words(tmp_path):
    from bot.understanding.safeguarding import _plain
    from bot.understanding.safeguarding.classifier import Classifier, save, trained

    examples = tuning()[:300] + ordinary()[:100]
    path = save(examples, _plain, tmp_path / "safeguarding.pkl")
    fresh = Classifier(examples, _plain)
    loaded = trained(examples, _plain, path)
    assert loaded is not fresh and loaded.judge(["he hits me"]) == fresh.judge(["he hits me"])  # deterministic
    # other words: fitted again, not the stale file
    other = examples[:-1]
    assert trained(other, _plain, path).judge(["he hits me"]) == Classifier(other, _plain).judge(["he hits me"])
    path.write_bytes(b"not a fit")
    assert trained(examples, _plain, path).judge(["he hits me"]) == fresh.judge(["he hits me"])
    assert trained(examples, _plain, tmp_path / "absent.pkl").judge(["he hits me"]) == fresh.judge(["he hits me"])


# Falls-safety and help with money, said in words not in the corpus: each raised the not-safe-at-home or
# financial-abuse alarm before the ordinary reasons (context.REASONS) and tuning_voices.tsv.
@pytest.mark.parametrize("said", [
    "i dont feel safe using the stairs", "he doesnt feel safe in the shower", "dont feel safe gettin in the bath",
    "he doesnt feel safe getting out of the bath",
    "she takes my pension out for me every week and brings me the receipt",
])
def test_falls_safety_and_help_with_money_raise_no_alarm(listening, said):
    assert not listening.check(said).concern, listening.check(said)


# Their near twins: a person in the same words is still heard.
@pytest.mark.parametrize("said, category", [
    ("i dont feel safe at home with him", "not_safe_at_home"),
    ("i dont feel safe on the stairs when my son is drunk, he pushes me", "domestic_abuse"),
    ("my daughter takes my pension and never brings me the change", "financial_abuse"),
    ("the carer is rough when she helps me shower", "care_abuse"),
])
def test_a_person_harming_in_the_same_words_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


# Issue 17, found by trying the detector: a carer's commonest goal raised the urgent help, and so did
# a plain denial. These phrasings are not in the tuning corpus.
@pytest.mark.parametrize("said", [
    "for her to stay living in her own home",
    "to stay living in her own home",
    "for my dad to keep living in his own bungalow",
    "so he can stay in his own house with his cat",
    "keep my husband at home with me",
    "for gran to be safe and happy at home",
    "shes wants 2 stay in her own flat n not go in2 a care home",
    "for them both to remain living at home together",
    "to keep him out of a nursing home",
])
def test_a_goal_to_live_at_home_raises_no_alarm(listening, said):
    assert not listening.check(said).concern


@pytest.mark.parametrize("said, category", [
    ("she wants to stay in her own home but her son slaps her", "domestic_abuse"),
    ("for dad to stay living in his flat but i am scared to go back there", "not_safe_at_home"),
    ("mum wants to stay at home but my brother is taking her pension", "financial_abuse"),
])
def test_a_goal_said_with_a_risk_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories


@pytest.mark.parametrize("said, category", [
    ("nobody has ever hit me", "domestic_abuse"),
    ("no one has ever hurt me", "domestic_abuse"),
    ("no-ones ever hit my mum", "domestic_abuse"),
    ("nobody takes my pension", "financial_abuse"),
    ("no1 takes my money", "financial_abuse"),
    ("my son has never laid a finger on me", "domestic_abuse"),
])
def test_nobody_did_it_is_a_denial_answered_gently(listening, said, category):
    finding = listening.check(said)
    assert not finding.concern and category in finding.negated


@pytest.mark.parametrize("said, category", [
    ("nobody believes me that my husband hits me", "domestic_abuse"),
    ("no one listens when i say he takes my money", "financial_abuse"),
    ("he slapped me but never again he swore", "domestic_abuse"),
])
def test_a_denial_of_being_heard_does_not_hide_the_harm(listening, said, category):
    assert category in listening.check(said).categories


def test_a_start_with_nothing_changed_since_the_fit_does_not_build_the_examples(tmp_path):
    """Building the product's examples imports every wording module for its button titles (0.4 s of every start):
    the saved fit carries the key of the files they are read from, and while none has changed it is used as it is;
    any change falls back to comparing the examples themselves, so a stale fit is never used."""
    from bot.understanding.safeguarding import _plain
    from bot.understanding.safeguarding.classifier import Classifier, Scorer, save, trained_from

    examples = tuning()[:300] + ordinary()[:100]
    source = tmp_path / "corpus.tsv"
    source.write_text("one version of the corpus")
    path = save(examples, _plain, tmp_path / "safeguarding.pkl", paths=[source])

    def never() -> list:
        raise AssertionError("the examples were built although nothing changed")

    assert isinstance(trained_from(never, _plain, path, paths=[source]), Scorer)
    source.write_text("another version of the corpus")
    built = []
    found = trained_from(lambda: built.append(1) or examples, _plain, path, paths=[source])
    assert built == [1] and isinstance(found, Scorer)  # the same examples: the saved fit, checked the slow way
    other = examples[:-1]
    refit = trained_from(lambda: other, _plain, path, paths=[source])
    assert refit.judge(["he hits me"]) == Classifier(other, _plain).judge(["he hits me"])


def test_every_rule_pattern_passes_spacys_own_check():
    """The product builds its matchers without spaCy's pattern check (a fifth of a second of every start): here
    each pattern is built with it, so a malformed one still fails."""
    import spacy

    from bot.understanding.safeguarding.rules import Rules

    assert Rules(spacy.blank("en").vocab, validate=True).patterns
