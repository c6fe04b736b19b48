"""Issue 19, round 5: the general rules added after the 11th tuning batch (data/replies/tuning_voices2.tsv),
each shown on phrasings that are not in the tuning files: the carer's relationship said in free text (a paid
job, "we are married", in-laws, step, half and foster family), a phone number declined in words, changes
asked for at the read-back in one breath, and the returning menu's wishes."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import read_back_reply, understand


def label(context: str, text: str) -> str:
    return understand(context, text).label


# --- the carer's relationship -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["i'm her support worker from the council", "key worker at his supported flat",
                                  "i am his care worker", "i am a professional carer", "his PA",
                                  "im her carer from an agency"])
def test_a_paid_job_is_a_paid_carer(text):
    assert label("carer_relationship", text) == "paid carer"


@pytest.mark.parametrize("text, role", [
    ("we have been married 50 years", "partner"), ("married to her", "partner"), ("she's the missus", "partner"),
    ("my civil partner", "partner"), ("her fiancee", "partner"),
    ("we're twins", "brother or sister"), ("we are best friends", "friend"),
    ("i live across the road", "neighbour"), ("my sister in law", "other family"),
    ("i'm his son in law", "son in law"), ("i'm her step daughter", "stepdaughter"),
    ("his half sister", "sister"), ("foster mum", "mum"), ("my great uncle", "other family"),
])
def test_a_relationship_in_free_text_is_read(text, role):
    assert label("carer_relationship", text) == role


def test_an_in_law_is_never_read_as_the_parent_or_child():
    assert label("carer_relationship", "she's my mother in law") == "other family"
    assert label("carer_relationship", "im her daughter in law") == "daughter in law"


def test_my_old_man_is_asked_again_a_husband_or_a_father():
    assert label("carer_relationship", "he's my old man") == "invalid"
    assert label("carer_relationship", "my old man, my husband") == "partner"


# --- a phone number declined in words ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["no ta", "nope sorry", "i won't give that", "not giving it out",
                                  "she's not got a mobile", "we haven't got a landline", "i can't remember his number",
                                  "forgot it sorry", "leave this one", "let the nurse ask him",
                                  "the surgery already has it"])
def test_a_phone_number_declined_in_words_is_left_for_the_service(text):
    assert label("gap_phone", text) == "skip"


def test_a_number_said_with_a_no_is_still_read():
    assert label("gap_phone", "no its 07700 900123") == "07700 900123"


# --- the read-back: changes asked for in one breath -------------------------------------------------------

@pytest.mark.parametrize("text", ["take out the inhaler and put in the nebuliser",
                                  "delete the metformin then add gliclazide",
                                  "could you change the dose to 5mg", "please swap ventolin for clenil",
                                  "it should read twice a day", "mostly right but she takes it once a week"])
def test_a_change_in_one_breath_is_kept_whole_as_a_correction(text):
    got = read_back_reply(text)
    assert got.kind == "correct", got
    assert got.text == text


@pytest.mark.parametrize("text, what", [("he also sees a physio", "he also sees a physio"),
                                        ("yes and add that he is partially sighted", "he is partially sighted")])
def test_more_told_with_also_or_after_a_yes_is_added(text, what):
    got = read_back_reply(text)
    assert (got.kind, got.text) == ("add", what)


def test_also_with_a_change_word_is_not_an_addition():
    assert read_back_reply("she also stopped the tablets").kind == "correct"


@pytest.mark.parametrize("text, kind", [("no need to change anything", "yes"), ("that's not really right", "no"),
                                        ("cross off the eczema", "remove"),
                                        ("i'll have to ask my daughter first", "later"),
                                        ("could i check with him and get back", "later")])
def test_the_read_back_reads_plain_yes_no_remove_and_pauses(text, kind):
    assert label("readback", text) == kind


# --- the returning menu -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, choice", [
    ("which organisations have got it", "who"), ("show me the services", "who"),
    ("a few changes since last time", "update"), ("can i print my story", "download"),
    ("email it to me please", "download"), ("i am only having a look", "finished")])
def test_the_menu_wishes_are_read(text, choice):
    assert label("menu", text) == choice


# --- after the 12th batch (tuning_voices3.tsv): the same classes, other words -----------------------------

@pytest.mark.parametrize("text, number", [("07700 900123 before 9am", "07700 900123"),
                                          ("07700 900123 - evenings best", "07700 900123"),
                                          ("oh seven seven oh oh nine oh oh one forty five", "07700 900145"),
                                          ("0161 496 0123 weekdays only", "0161 496 0123")])
def test_a_phone_number_with_words_around_it_or_said_in_pairs_is_read(text, number):
    assert label("gap_phone", text) == number


def test_two_different_numbers_are_asked_again():
    assert label("gap_phone", "07700 900123 or 0161 496 0123") == "invalid"


@pytest.mark.parametrize("text, kind", [("he can't hear on the phone", "skip"), ("i never give my number out", "skip"),
                                        ("not sure what his number is", "skip"), ("dont have it on me", "skip"),
                                        ("hold on let me look it up", "later"), ("i will get her number", "later")])
def test_no_usable_phone_or_a_pause_to_fetch_it(text, kind):
    assert label("gap_phone", text) == kind


@pytest.mark.parametrize("text, kind", [("a couple of things are wrong", "no"), ("that's precisely it", "yes"),
                                        ("it should be three times a day", "correct"),
                                        ("i'll just check her dosette box", "later"),
                                        ("occasionally", "invalid")])
def test_the_read_back_reads_these_kinds(text, kind):
    assert understand("readback", text).kind == kind


def test_should_be_fine_is_no_correction():
    assert read_back_reply("it should be fine").kind not in ("correct", "add", "remove")


@pytest.mark.parametrize("text, kind, what", [
    ("yeah and he is on apixaban", "add", "he is on apixaban"),
    ("yes but you forgot his angina", "add", None),
    ("there are two more tablets, ramipril and bisoprolol", "add", None),
    ("that inhaler is wrong, get rid of it", "remove", None)])
def test_more_after_a_yes_and_a_removal_said_last(text, kind, what):
    got = understand("readback", text)
    assert got.kind == kind, got
    if what:
        assert got.value == what


@pytest.mark.parametrize("text, role", [("husband and wife", "partner"), ("he is a friend from work", "friend"),
                                        ("she's a neighbour", "neighbour"), ("im her carer from social services", "paid carer")])
def test_more_relationships_in_free_text(text, role):
    assert label("carer_relationship", text) == role


@pytest.mark.parametrize("text, choice", [("take my story back from the nurses", "stop"),
                                          ("can i see what i told you", "download"), ("only wanted to have a look", "finished"),
                                          ("2 things are different now", "update"), ("2 please", "update")])
def test_more_menu_wishes(text, choice):
    assert label("menu", text) == choice


# --- after the 13th batch (tuning_voices4.tsv): the same classes, other words -----------------------------

@pytest.mark.parametrize("text, kind", [("100 percent", "yes"), ("a good description, thanks", "yes"),
                                        ("everything above is correct", "yes"), ("that is not my dad", "no"),
                                        ("um no", "no"), ("double the dose", "correct"),
                                        ("hold on my son knows best", "later")])
def test_the_read_back_reads_these_kinds_too(text, kind):
    assert understand("readback", text).kind == kind


@pytest.mark.parametrize("text, kind, what", [
    ("could the eczema be removed", "remove", "eczema"), ("his statins are missing", "add", "his statins"),
    ("missing - the blood thinners", "add", "the blood thinners"), ("what about my inhaler", "add", "my inhaler")])
def test_named_to_take_off_or_as_missing(text, kind, what):
    got = understand("readback", text)
    assert (got.kind, got.value) == (kind, what)


def test_what_about_it_is_no_addition():
    assert understand("readback", "what about it").kind != "add"


@pytest.mark.parametrize("text, kind", [("not happy giving that out", "skip"), ("she's not on the phone", "skip")])
def test_more_phone_refusals(text, kind):
    assert label("gap_phone", text) == kind


@pytest.mark.parametrize("text, role", [("my better half", "partner"), ("i'm the woman next door", "neighbour"),
                                        ("her carer at the home", "paid carer")])
def test_relationships_after_the_second_probe(text, role):
    assert label("carer_relationship", text) == role


def test_a_question_back_at_the_relationship_is_a_question():
    assert label("carer_relationship", "why does that matter to you?") == "question"


def test_a_no_that_is_fine_finishes_the_menu():
    assert label("menu", "no all good") == "finished"


@pytest.mark.parametrize("text, numbers", [("5 i need a break", [5]), ("2 please", [2]), ("1 and 3", [1, 3]),
                                           ("3 things changed", []), ("2 of them", [])])
def test_a_number_that_counts_things_is_no_choice(text, numbers):
    from bot.conversation.meaning.words import numbers_said

    assert numbers_said(text, 7) == numbers


# --- after the 14th batch (tuning_voices5.tsv): the same classes, other words -----------------------------

@pytest.mark.parametrize("text, kind", [("i confirm this is accurate", "yes"), ("not all of it is correct", "no"),
                                        ("you have made a mistake", "no"), ("a few errors", "no"),
                                        ("what are my options again", "help")])
def test_the_read_back_reads_confirmations_and_mistakes(text, kind):
    assert understand("readback", text).kind == kind


def test_a_mistake_told_is_a_correction():
    assert read_back_reply("there is a mistake, he is 91").kind == "correct"


@pytest.mark.parametrize("text, what", [("we want the eczema taken off", "eczema"),
                                        ("the inhaler bit needs deleting", "inhaler"),
                                        ("no need for the eczema part", "eczema")])
def test_wanted_off_by_name(text, what):
    got = understand("readback", text)
    assert (got.kind, got.value) == ("remove", what)


def test_no_need_for_changes_is_no_removal():
    assert understand("readback", "no need for changes").kind != "remove"


@pytest.mark.parametrize("text", ["he is also on bisoprolol", "on top of that she has glaucoma",
                                  "additionally he takes a statin"])
def test_more_with_also_or_in_addition_is_added(text):
    assert understand("readback", text).kind == "add"


@pytest.mark.parametrize("text", ["please do not call him", "she does not want phone calls", "no ringing please"])
def test_not_wanting_calls_leaves_the_phone_for_the_service(text):
    assert label("gap_phone", text) == "skip"


def test_employed_as_a_carer_is_a_paid_carer_and_updating_is_an_update():
    assert label("carer_relationship", "i'm paid to be his carer") == "paid carer"
    assert label("menu", "the details need amending") == "update"


# --- after the 15th batch (tuning_voices6.tsv): the same classes, other words -----------------------------

@pytest.mark.parametrize("text, kind, what", [("kindly take out the eczema", "remove", None),
                                              ("kindly add asthma", "add", "asthma"),
                                              ("please add more", "add", None)])
def test_kindly_is_a_please_and_one_word_is_enough_to_add(text, kind, what):
    got = understand("readback", text)
    assert got.kind == kind, got
    if what:
        assert got.value == what


@pytest.mark.parametrize("text, kind", [("that is right only", "yes"), ("love, that's all right", "yes"),
                                        ("not so", "no"), ("could you correct it to 5mg", "correct")])
def test_confirmations_and_a_correction_asked_for(text, kind):
    assert understand("readback", text).kind == kind


def test_a_bare_only_with_a_fact_is_still_a_correction():
    assert understand("readback", "only at night").kind == "correct"


@pytest.mark.parametrize("text", ["we'd rather you wrote to us", "contact me by email only", "in writing please"])
def test_asking_for_letters_leaves_the_phone_for_the_service(text):
    assert label("gap_phone", text) == "skip"


@pytest.mark.parametrize("text, role", [("i'm his mam", "mum"), ("my missis", "partner"), ("my grampa", "grandchild"),
                                        ("i do paid care for her", "paid carer")])
def test_relationships_in_more_spellings(text, role):
    assert label("carer_relationship", text) == role


# --- after the 16th batch (tuning_voices7.tsv): a read-back of two items ----------------------------------

@pytest.mark.parametrize("text, kind", [("both are correct", "yes"), ("yes both", "yes"), ("no problems at all", "yes"),
                                        ("both of them are wrong", "no"), ("none of that", "no"),
                                        ("the 2nd item is wrong", "no"), ("one of the two is not right", "no")])
def test_both_one_or_none_of_the_items(text, kind):
    assert understand("readback", text).kind == kind


@pytest.mark.parametrize("text", ["no longer", "she was but not any more", "partly right, he takes it at night only",
                                  "mostly, she uses the brown one now"])
def test_no_longer_or_partly_right_with_a_fact_is_a_correction(text):
    assert read_back_reply(text).kind == "correct"


def test_partly_alone_is_asked_again():
    assert understand("readback", "partly").kind == "invalid"


@pytest.mark.parametrize("text, kind, what", [("just delete the eczema", "remove", "eczema"),
                                              ("and his glasses", "add", "his glasses")])
def test_just_remove_and_and_a_thing(text, kind, what):
    got = understand("readback", text)
    assert (got.kind, got.value) == (kind, what)


@pytest.mark.parametrize("text, choice", [("has it been sent to the council", "who"),
                                          ("stop the council from having it", "stop"),
                                          ("let me see my story", "download")])
def test_the_menu_after_the_fifth_probe(text, choice):
    assert label("menu", text) == choice


# --- after the 17th batch (tuning_voices8.tsv): the same classes, other words -----------------------------

@pytest.mark.parametrize("text, kind", [("it's all in order thanks", "yes"), ("you have got it all", "yes"),
                                        ("no corrections needed", "yes"), ("we have nothing to correct", "yes"),
                                        ("something's not right", "no"), ("not totally", "no"),
                                        ("give me two minutes", "later")])
def test_in_order_nothing_to_correct_and_something_wrong(text, kind):
    assert understand("readback", text).kind == kind


@pytest.mark.parametrize("text, kind, what", [("ditch the inhaler", "remove", "inhaler"),
                                              ("jot down that he has a carer", "add", "he has a carer"),
                                              ("it might be worth mentioning she falls", "add", "she falls")])
def test_ditch_and_note_that(text, kind, what):
    got = understand("readback", text)
    assert (got.kind, got.value) == (kind, what)


@pytest.mark.parametrize("text", ["she is hard of hearing", "i can't give that out", "i don't feel happy giving it"])
def test_deaf_or_not_comfortable_leaves_the_phone_for_the_service(text):
    assert label("gap_phone", text) == "skip"


@pytest.mark.parametrize("text, role", [("his long term partner", "partner"), ("we live opposite", "neighbour"),
                                        ("that's my ma", "son or daughter")])
def test_relationships_after_the_sixth_probe(text, role):
    assert label("carer_relationship", text) == role


# --- after the 18th batch (tuning_voices9.tsv): the same classes, other words -----------------------------

@pytest.mark.parametrize("text, kind", [("that sums her up nicely", "yes"), ("i think that covers it", "yes"),
                                        ("it's not quite accurate", "no"), ("that's not the right tablet", "no"),
                                        ("only as needed", "correct")])
def test_summed_up_not_accurate_and_as_needed(text, kind):
    assert understand("readback", text).kind == kind


def test_a_word_named_in_a_no_still_counts_in_a_correction():
    assert understand("readback", "its the other tablet").kind == "correct"


@pytest.mark.parametrize("text, kind, what", [("cut the bit about the dog", "remove", "dog"),
                                              ("one more medicine, she takes sertraline", "add", "she takes sertraline")])
def test_cut_and_one_more(text, kind, what):
    got = understand("readback", text)
    assert (got.kind, got.value) == (kind, what)


@pytest.mark.parametrize("text, kind", [("no mobile or landline", "skip"), ("she never picks up the phone", "skip"),
                                        ("thanks but not needed", "skip"), ("let me check and come back", "later")])
def test_the_phone_after_the_seventh_probe(text, kind):
    assert label("gap_phone", text) == kind


@pytest.mark.parametrize("text, role", [("neighbour over the road", "neighbour"),
                                        ("sent by the council to care for him", "paid carer")])
def test_relationships_after_the_seventh_probe(text, role):
    assert label("carer_relationship", text) == role
