"""What a typed reply means, at every question the assistant asks: the one home for it.

    understand(context, text)   the entry point (understand.py): a `Meaning` (kinds.py)
    plain.py                    typing made plain: lower case, text-speak spelt out, "yesss" squashed,
                                punctuation said aloud dropped, Scots forms and a left-out helper verb
                                read ("i want stop"), a misspelt reply word that is not English mended
    lexicon.py                  the one list of words for yes, no, done, stop, later, start again,
                                a real person, help and skip
    words.py                    whether a reply is one of them; `general` (what any question can get)
    telling.py                  whose story it is; a message while the story is told
    carer.py                    a carer's answers: the person's name, relationship (with the carer's own
                                name when told with it), basis, age, knows
    read_back.py                "Is this right about …?": yes, no, remove, add, a correction; a reply is
                                a correction only when it states a fact or names an item firmly (a
                                remark, doubt, half-answer or pause is asked again or is later);
                                its patterns and small readers are in read_back_rules.py
    consent.py                  "Do you agree to share this?": yes, no, some parts, a question
    services.py                 "Which one would you like to share with?": the services named
    returning.py                a returning person's PIN and menu choice
    whose.py                    the person's name said in passing ("for my nan doris", "she is called
                                doris", "im her granddaughter, doris")
    language.py                 whether a message is in another language than English, or asks for one
                                ("other_language")
    corrections.py              a reply that corrects itself ("3 no sorry 4", "no wait, yes"): the words
                                after the correction, where they are an answer

Pure functions of text (no model, no I/O). The assistant's own words are in bot.conversation.wording;
the questions' choices (keys and labels) in bot.conversation.questions.
"""
from bot.conversation.meaning.carer import (
    age_of,
    basis_of,
    carer_answer,
    carer_own_name,
    knows_of,
    name_of,
    relationship_of,
)
from bot.conversation.meaning.consent import (
    SECTION_WORDS,
    added_sections,
    chosen_sections,
    consent_meaning,
    held_back_only,
    own_parts_held,
    sections_named,
    things_held_back,
    unnamed_parts,
)
from bot.conversation.meaning.kinds import CONTEXTS, GENERAL, Meaning
from bot.conversation.meaning.language import in_another_language
from bot.conversation.meaning.lexicon import DONE, HELP, HUMAN, LATER, NO, RESTART, SKIP, STOP, YES
from bot.conversation.meaning.plain import plain
from bot.conversation.meaning.read_back import ReadBackReply, read_back_meaning, read_back_reply
from bot.conversation.meaning.returning import (
    back_again,
    erase_answer,
    looks_like_pin,
    menu_choice,
    menu_meaning,
    only_been_before,
    pin_digits,
    pin_of,
    stops_a_service,
)
from bot.conversation.meaning.services import (
    SERVICE_WORDS,
    match_service,
    service_meaning,
    services_named,
    services_refused,
)
from bot.conversation.meaning.telling import (
    leaves_out,
    rights_wish,
    says_own_story,
    teller_meaning,
    telling_meaning,
)
from bot.conversation.meaning.understand import understand
from bot.conversation.meaning.whose import name_said_with
from bot.conversation.meaning.words import (
    general,
    is_clear_yes,
    is_done,
    is_done_phrase,
    is_help,
    is_human,
    is_later,
    is_markup,
    is_no,
    is_question,
    is_restart,
    is_skip,
    is_stop,
    is_yes,
    otherwise,
    wants_deleted,
)

__all__ = [
    "CONTEXTS", "DONE", "GENERAL", "HELP", "HUMAN", "LATER", "Meaning", "NO", "RESTART", "ReadBackReply",
    "SECTION_WORDS", "SERVICE_WORDS", "SKIP", "STOP", "YES", "age_of", "basis_of", "carer_answer",
    "carer_own_name", "erase_answer", "leaves_out", "says_own_story", "added_sections", "chosen_sections", "consent_meaning", "held_back_only", "own_parts_held", "things_held_back", "unnamed_parts", "general", "in_another_language", "is_clear_yes", "is_done", "is_done_phrase", "is_help",
    "is_human", "is_later", "is_markup", "is_no", "is_question", "is_restart", "is_skip", "is_stop", "is_yes", "wants_deleted", "knows_of",
    "looks_like_pin", "match_service", "menu_choice", "menu_meaning", "stops_a_service", "only_been_before", "name_of", "name_said_with", "otherwise", "pin_digits",
    "pin_of", "plain", "read_back_meaning", "read_back_reply", "relationship_of", "sections_named",
    "back_again", "rights_wish", "service_meaning", "services_named", "services_refused", "teller_meaning", "telling_meaning", "understand",
]
