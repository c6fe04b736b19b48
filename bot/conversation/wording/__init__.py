"""The assistant's own words: every reply it sends, as pure functions returning text and buttons.

    reply.py       a Reply, the common buttons, "your health" said to a carer as "Dave's health"
    anytime.py     help, a real person, stop, later, start again, re-asks, the urgent help again,
                   and what is said when something fails
    story.py       asking for the story, a carer's questions, follow-ups, the read-back
    sharing.py     the services on offer, the consent question, a form's questions, deliveries
    returning.py   the PIN, a returning person's menu, stopping sharing, deleting, updates

What a reply means is read in bot.conversation.meaning, never here.
"""
# Old names, kept only until the actions ask bot.conversation.meaning: what a reply means is not wording.
from bot.conversation.meaning import is_clear_yes, is_done_phrase, is_skip, match_service  # noqa: E402
from bot.conversation.meaning import is_help as is_help_phrase  # noqa: E402
from bot.conversation.meaning import is_stop as is_stop_phrase  # noqa: E402
from bot.conversation.wording.anytime import (
    ABOUT_WHOM,
    DOWNLOAD_TROUBLE,
    DOWNLOAD_UNREADABLE,
    HELP,
    LATER,
    NOT_KEPT,
    OUT_OF_SCOPE,
    QUESTION_ELSEWHERE,
    RECORD_UNREADABLE,
    REPROMPTS,
    RESTART_TELLING,
    RESTARTED,
    STOPPED,
    TALK_TO_PERSON,
    TELL_MORE,
    carry_on,
    mid_story,
    reprompt,
    safety_reminder,
    the_rest,
)
from bot.conversation.wording.reply import (
    FINISHED,
    YES_NO,
    Reply,
    about_them,
    section_titles,
)
from bot.conversation.wording.returning import (
    ASK_NEW_PIN,
    ASK_PIN,
    ASK_PIN_AGAIN,
    ASK_UPDATE,
    DELETE_FIRST,
    DELETE_SECOND,
    DELETED,
    KEPT,
    NO_PIN_HELP,
    NOT_A_CHOICE,
    NOT_SHARING,
    PIN_MISMATCH,
    PIN_ONLY_NUMBERS,
    PIN_SET,
    UPDATE_NOT_SENT,
    UPDATE_SAVED,
    VERIFIED,
    ask_stop_which,
    download_link,
    menu,
    offer_update,
    pin_wrong,
    stopped_sharing,
    update_sent,
    who_has,
)
from bot.conversation.wording.sharing import (
    NO_SERVICE,
    NOTHING_CHOSEN,
    NOTHING_LEFT_TO_SHARE,
    beyond_the_basis,
    consent_explained,
    consent_help,
    consent_question,
    delivery_news,
    gap_question,
    gaps_intro,
    not_shared,
    service_closed,
    service_offers,
    services_explained,
    shared,
)
from bot.conversation.wording.story import (
    ADDED,
    ASK_WHAT_IS_WRONG,
    CARER_REASK,
    CHANGED,
    FOLLOW_UPS,
    NOT_CHANGED,
    NOTHING_TOLD,
    NOTHING_UNDERSTOOD,
    READ_BACK_BUTTONS,
    READ_BACK_START,
    READ_BACK_UNCLEAR,
    REMOVED,
    STILL_TELLING,
    TOO_LONG,
    ask_for_story,
    carer_noted,
    carer_question,
    follow_up,
    not_found,
    section_read_back,
)

__all__ = [
    "ABOUT_WHOM", "ADDED", "ASK_NEW_PIN", "ASK_PIN", "ASK_PIN_AGAIN", "ASK_UPDATE", "ASK_WHAT_IS_WRONG",
    "CARER_REASK", "CHANGED", "DELETED", "DELETE_FIRST", "DELETE_SECOND", "DOWNLOAD_TROUBLE",
    "DOWNLOAD_UNREADABLE", "FINISHED", "FOLLOW_UPS", "HELP", "KEPT", "LATER", "NOTHING_CHOSEN",
    "NOTHING_LEFT_TO_SHARE", "NO_SERVICE", "NOTHING_TOLD", "NOTHING_UNDERSTOOD", "NOT_A_CHOICE", "NOT_CHANGED",
    "NOT_KEPT", "NOT_SHARING", "NO_PIN_HELP", "OUT_OF_SCOPE", "PIN_MISMATCH", "PIN_ONLY_NUMBERS", "PIN_SET",
    "QUESTION_ELSEWHERE", "READ_BACK_BUTTONS", "READ_BACK_START", "READ_BACK_UNCLEAR", "RECORD_UNREADABLE",
    "REMOVED", "REPROMPTS", "RESTARTED", "RESTART_TELLING", "Reply", "STILL_TELLING", "STOPPED",
    "TALK_TO_PERSON", "TELL_MORE", "TOO_LONG", "UPDATE_NOT_SENT", "UPDATE_SAVED", "VERIFIED", "YES_NO",
    "about_them", "ask_for_story", "ask_stop_which",
    "beyond_the_basis", "carer_noted", "carer_question", "carry_on", "consent_explained", "consent_help",
    "consent_question", "delivery_news", "download_link", "follow_up", "gap_question", "gaps_intro",
    "is_clear_yes", "is_done_phrase", "is_help_phrase", "is_skip", "is_stop_phrase", "match_service",
    "menu", "mid_story", "not_found", "not_shared", "offer_update", "pin_wrong", "reprompt",
    "safety_reminder", "section_read_back", "section_titles", "service_closed", "service_offers", "services_explained", "shared",
    "stopped_sharing", "the_rest", "update_sent", "who_has",
]
