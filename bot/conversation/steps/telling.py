"""The story, told message by message (story_form): each message kept, sealed, until the person
says they are done; then one gentle question each about their goals and what matters, once."""
from __future__ import annotations

import re
from typing import Any

from bot.conversation import meaning, rights, wording
from bot.conversation.journey import draft, story
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import young_carer
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime
from bot.sections import FOLLOW_UP_SECTIONS, answer_part, answered
from bot.settings import MAX_MESSAGE_CHARS
from bot.understanding.structuring.cues import LEAVE_OUT
from bot.understanding.structuring.identifiers import unchecked_nhs_numbers

FOLLOW_UPS = FOLLOW_UP_SECTIONS  # asked once each when the story says nothing of them
RETURNING = "returning"  # story_done: they said they have been here before (the returning path follows)


def start(turn: Turn, teller: str | None = None) -> Step:
    """A story begins: the person's own, or (tell_about_someone, or `teller` "carer" when the words said
    so although the NLU model did not) a carer's about someone, with how they are related if they said."""
    teller = teller or ("carer" if turn.intent == "tell_about_someone" else "self")
    return Step().set(teller=teller).at(Stage.TELLING).set(
        story_done=None, carer_reply=None, carer=said_with_whose(turn.text) if teller == "carer" else None,
        updating=False, followups_asked=[], restart_asked=None)


def begin(rt: Runtime, turn: Turn, teller: str | None = None) -> Step:
    """A story begun with words that already tell some of it ("its for my mum jean, she has dementia
    and had a fall last week"): started, and those words kept as its first part, not lost."""
    step = start(turn, teller)
    if tells_more(turn.text):
        keep_message(rt, turn, turn.text)
        # a carer's questions come first; the person is asked for more here (the form's prompt says
        # nothing in a turn that already said something: "hello dear, its for me… im margaret, 81" got
        # only hello)
        if step.slots.get("teller") == "carer":
            step.say(wording.KEPT_FIRST_WORDS)
        elif turn.answered:
            step.say(wording.ask_for_story(1, "self"))
    return step


# Words that say whose story it is and no more: "hiya its for my nan", "i am writing on behalf of my dad".
STORY_WORDS = 8


def tells_more(text: str) -> bool:
    """Whether a message says more than whose story it is, or than a short answer: some of the story."""
    return not text.startswith("/") and len(text.split()) >= STORY_WORDS and not meaning.is_question(text)


def said_with_whose(text: str) -> dict[str, Any]:
    """A carer's answers said with whose story it is: "she's my mum" says how they are related, which
    is then not asked again ("How are you related to Jean?" came after "she's my mum"); "for my nan
    doris", "she is called doris" say the person's name, which is not asked again either."""
    if text.startswith("/") or not text.strip():
        return {}
    said: dict[str, Any] = {}
    relation = meaning.relationship_of(text)
    if relation:
        said["relationship"] = relation
    name = meaning.name_said_with(text)
    if name:
        said["name"] = name
    return said


def required_slots(turn: Turn) -> list[str]:
    """A carer first says whose story it is and on what basis (not again for an update)."""
    if turn.teller == "carer" and not turn.updating:
        return ["carer_reply", "story_done"]
    return ["story_done"]


def ask(rt: Runtime, turn: Turn) -> Step:
    """Asks for (more of) the story: the prompt of story_form."""
    resume = turn.slot("resume_asked")
    if isinstance(resume, dict) and resume.get("earlier") and not resume.get("asked") and not turn.answered:
        # a story begun in an earlier visit, taken up with nothing told yet ("About me" pressed): never "I have
        # kept that" for words this person may not have said; whether they began it, first (hazard H5)
        return Step().say(wording.RESUME_QUESTION).set(resume_asked={**resume, "asked": True})
    if turn.updating:
        return Step().say(wording.ASK_UPDATE if not story.story_parts(rt, turn.sender_id)
                          else wording.ask_for_story(1, turn.teller))
    parts = story.story_parts(rt, turn.sender_id)
    just_cleared = turn.slot("restart_asked") is False
    if (parts or just_cleared) and turn.answered:  # one reply per turn: the follow-up, the help or "cleared" was it
        return Step()
    return Step().say(wording.ask_for_story(len(parts), turn.teller))


def keep_message(rt: Runtime, turn: Turn, text: str, kept_as: str | None = None) -> Step:
    """Keep one message of the story (sealed), or say plainly why it was not kept; `kept_as`: the message as
    kept, when it is kept marked (the answer to a follow-up question: bot/sections.py)."""
    if text.startswith("/"):  # an old button pressed mid-story: never part of the story
        return Step().say(wording.still_telling(turn.person))
    if len(text) > MAX_MESSAGE_CHARS:
        return Step().say(wording.TOO_LONG)
    if not any(c.isalnum() for c in text):  # blank, or only marks: nothing to keep, and never "I have kept that"
        return Step().say(wording.NO_WORDS_TOLD)
    story.add_to_story(rt, turn.sender_id, kept_as or text)  # any concern in it was answered with help by the Rasa server
    if numbers := unchecked_nhs_numbers(text):  # kept, but never as an NHS number: said so (session 28)
        return Step().say(wording.nhs_number_unchecked(numbers))
    if LEAVE_OUT.search(text):  # "… but leave Paul out of it please": that part not kept, and said so (session 28)
        return Step().say(wording.KEPT_LEFT_OUT)
    return Step()


def story_reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """A message while the story is told: kept as story, or (done, help, later, stop…) answered.
    Its slots: story_done True when the story is told, "stopped", or None to go on."""
    if not isinstance(value, str):  # the slot being reset, not a message of the story
        return Step().set(story_done=None)
    if isinstance(turn.slot("resume_asked"), dict):  # "Someone began to tell a story here before. Was that you?"
        return _resume_reply(rt, turn, value, turn.slot("resume_asked")).set(story_done=None) \
            if turn.slot("resume_asked").get("whose") else _resume_or_go_on(rt, turn, value, turn.slot("resume_asked"))
    if turn.slot("restart_asked"):  # "Shall I clear everything …?"
        answered = clear_or_keep(rt, turn, value)
        if answered is not None:
            return answered.set(story_done=None)
        step = _reply(rt, turn, value)  # the question is dropped: the message is what it would be
        return step if "restart_asked" in step.slots else step.set(restart_asked=None)
    step = _reply(rt, turn, value)
    quietly_kept = not step.replies and step.slots.get("story_done") is None  # the form says "I have kept that"
    step = young_carer.with_their_help(turn, value, step)  # a carer under 18: their own help first
    if quietly_kept and step.replies:  # … which a reply here would silence: said after the young carer's help
        step.say(wording.ask_for_story(len(story.story_parts(rt, turn.sender_id)), turn.teller))
    return step


def _reply(rt: Runtime, turn: Turn, text: str) -> Step:
    meant = meaning.telling_meaning(text)
    if meant.kind == "other_language":  # never kept: structuring would read it as English
        return Step().say(wording.ONLY_ENGLISH).set(story_done=None)
    if meant.kind in ("help", "human"):  # about the chat, not a part of the story: one reply
        return Step().say(wording.mid_story(meant.kind, turn.person)).set(story_done=None)
    if meant.kind == "later":  # everything is kept already; the story goes on when they come back
        return Step().say(wording.LATER).set(story_done=None)
    if meant.kind == "restart" or (meant.kind == "stop" and meaning.wants_deleted(text)):
        # "start again", and "stop. delete what i said" (never "what you told me is kept safely"): asked to clear it
        return ask_to_clear(rt, turn).set(story_done=None)
    if meant.kind == "stop":  # what was told is kept; the read-back does not follow
        return Step().set(story_done="stopped")
    if meant.kind == "done" or meaning.is_done_phrase(text, turn.intent):
        return _told(rt, turn)
    if meaning.leaves_out(text):  # "dont put anything about liam in it": how, never kept as story
        return Step().say(wording.LEAVE_OUT).set(story_done=None)
    wish = meaning.rights_wish(text)
    if not turn.updating and (wish is not None or meaning.back_again(text)) and not story.story_parts(rt, turn.sender_id):
        # nothing told yet: "ive been here before", "who has my story" (by SMS, back after sharing, they were told
        # "You are telling me your story now" and "I have not heard your story yet"): the PIN, then the menu
        return Step().set(story_done=RETURNING)
    if wish is not None:  # "who has my story?", "update my story": asked for, never kept as story
        said = wording.ASK_UPDATE if wish == "update" and turn.updating else wording.right_mid_story(wish, turn.person)
        return Step().say(said).set(story_done=None)
    asked = [s for s in turn.slot("followups_asked") or [] if s in FOLLOW_UPS]
    # after "What matters most to you?" (asked once the story was told), what is said next is its answer: kept
    # as that, to be filed there whatever its words ("my home and my independence" is no fact about a home)
    answering = bool(asked) and not turn.updating and meant.kind != "question" and not any(
        answered(part)[0] == asked[-1] for part in story.story_parts(rt, turn.sender_id)[-1:])
    answer = answer_part(asked[-1], text) if answering else text
    kept = keep_message(rt, turn, text, kept_as=answer).set(story_done=None)
    if meant.kind == "question" and not kept.replies:  # a question for the service: kept, and said so
        kept.say(wording.QUESTION_FOR_SERVICE)
    return kept


# --- a story begun in an earlier visit (hazard H5): whoever is here says whether they began it ---------------

def resume_question(parts_before: int, asked: bool) -> dict[str, Any]:
    """The `resume_asked` slot for a story of `parts_before` parts begun in an earlier session and never
    confirmed; `asked`: the question was said already (at the new session's start)."""
    return {"earlier": parts_before, "asked": asked}


def _resume_or_go_on(rt: Runtime, turn: Turn, text: str, asked: dict[str, Any]) -> Step:
    """Before the question is said, a message is taken as it would be (kept, nothing lost), then the question
    asked. Once asked: yes, the story goes on, all of it kept; no, what was told before is cleared, unread, and
    whose story this is asked; anything else is taken as it would be. Never read back before the answer."""
    said = meaning.plain(text)
    if asked.get("asked") and (meaning.is_yes(text) or text == "/affirm" or
                               (_WAS_ME.search(said) and not _NOT_ME.search(said))):
        return Step().say(wording.RESUMED).set(resume_asked=None, story_done=None)
    if asked.get("asked") and (meaning.is_no(text) or text == "/deny" or _NOT_ME.search(said)):
        kept = draft.discard_earlier_parts(rt, turn.sender_id, int(asked.get("earlier") or 0))
        if turn.updating:  # the update of the story whose PIN was typed goes on
            return Step().say(wording.resume_cleared(kept, updating=True)).set(resume_asked=None, story_done=None)
        return Step().say(wording.resume_cleared(kept)).set(resume_asked={"whose": True}, story_done=None)
    meant = meaning.telling_meaning(text)
    if meant.kind == "done" or text == "/finish_story" or meaning.is_done_phrase(text, turn.intent):
        return Step().say(wording.RESUME_AGAIN).set(resume_asked={**asked, "asked": True}, story_done=None)
    step = _reply(rt, turn, text)
    if not asked.get("asked"):  # the first message since: kept (or answered) as ever, then the question
        step.say(wording.RESUME_QUESTION if step.replies else wording.RESUME_KEPT)
        step.set(resume_asked={**asked, "asked": True})
    return step if "story_done" in step.slots else step.set(story_done=None)


_WAS_ME = re.compile(r"^(yes|yeah|yep|aye|yh|ya)?\W*(it|that|twas)?\s*(was|is|s)?\s*(me|mine|i did)\W*$")
# "No, not me", said as a whole reply: "not me" and the like with a few words after ("no it wasnt me, my son did");
# "someone else" or "I didnt" only alone (or "…start it"): "someone else does my shopping now", "I didnt sleep" are story
_NOT_ME = re.compile(r"^\W*(no\W*)?("
                     r"(not me|(it\s+|that\s+)?(was|is)\s*n[o']?t me|(it\s+|that\s+)?wasnt me|wasn t me|not mine)(\W+\w+){0,4}|"
                     r"((it|that)\s+was\s+)?someone else(\s+did(\s+it)?)?|"
                     r"i\s+(didnt|did not|didn t)(\s+(start|begin|write|type|do)\s+(it|that|this|the story))?"
                     r")\W*$")
_ABOUT_ME = re.compile(r"^\W*((it'?s|its|it is|about|for)\s+)?(me|myself|mine|my own|my story|i am|im|i'?m)\b", re.I)


def _resume_reply(rt: Runtime, turn: Turn, text: str, asked: dict[str, Any]) -> Step:
    """The answer to "Is your story about you, or about someone you care for?", after "No, not me": the
    story starts again as theirs or a carer's, with what they sent since kept; anything else is asked again."""
    if text == "/tell_about_someone" or (not text.startswith("/") and meaning.relationship_of(text)):
        teller = "carer"
    elif text == "/tell_about_me" or _ABOUT_ME.match(text):
        teller = "self"
    else:
        return Step().say(wording.WHOSE_AGAIN)
    step = begin(rt, turn, teller).set(resume_asked=None)
    if teller == "self" and not step.replies:
        step.say(wording.Reply(wording.TELL_MORE, wording.FINISHED) if story.story_parts(rt, turn.sender_id)
                 else wording.ask_for_story(0, teller))
    return step


def ask_to_clear(rt: Runtime, turn: Turn) -> Step:
    """"start again": asked first whether to clear what was told (nothing is cleared without a yes)."""
    if not story.story_parts(rt, turn.sender_id):  # nothing to clear: asked for, once
        return Step().say(wording.ask_for_story(0, turn.teller)).set(restart_asked=False)
    return Step().say(wording.clear_question(turn.person)).set(restart_asked=True)


def clear_or_keep(rt: Runtime, turn: Turn, text: str) -> Step | None:
    """The answer to "Shall I clear everything …?": yes clears the story being told (it is asked for
    again, and restart_asked is left False: just cleared), no keeps it; None for anything else (the
    question is dropped, and the message is taken as it would be). "start again" said again is a yes:
    it was taken as something else, and the old story came back in the next read-back."""
    said = meaning.general(text)
    answer = meaning.erase_answer(text)  # "Yes, clear it", "No, keep it": the buttons' titles typed
    if answer == "yes" or text == "/affirm" or (said is not None and said.kind == "restart"):
        draft.discard_draft(rt, turn.sender_id)
        return Step().say(wording.cleared(turn.teller)).set(restart_asked=False, followups_asked=[], resume_asked=None)
    if answer == "no" or text == "/deny":
        return Step().say(wording.KEPT_TELLING if turn.stage is not Stage.READBACK else wording.KEPT_READ_BACK) \
            .set(restart_asked=None)
    return None


def _changes_nothing(rt: Runtime, turn: Turn) -> bool:
    """Whether an update's words, as understood, leave every part of the saved story as it reads back
    ("the doc put my ramipril up to five mg" left it at 2.5 mg): False until the PIN lets it be read."""
    from bot.conversation.readback import read_back  # loads only where it is needed

    if not rights.may(rt, turn.sender_id, Right.READ_BACK):
        return False
    found, saved = story.draft_and_saved(rt, turn.sender_id, turn.teller, turn.carer, updating=True)
    if found is None or saved is None:
        return False
    before = {g["section"]: g["lines"] for g in read_back(saved.profile, turn.teller)}
    return all(before.get(g["section"]) == g["lines"] for g in read_back(found.profile, turn.teller))


_UNCHANGED = "unchanged"  # in followups_asked: an update's words were said to change nothing, once


def _told(rt: Runtime, turn: Turn) -> Step:
    """The person says they are done: the story goes to the read-back, unless nothing (that we
    understood) was told, or it says nothing of a follow-up's part not yet asked about."""
    profile = story.draft_profile(rt, turn.sender_id, turn.teller, turn.carer, turn.updating)
    asked = list(turn.slot("followups_asked") or [])
    missing = [s for s in FOLLOW_UPS if not turn.updating and profile
               and not profile["sections"].get(s) and s not in asked]
    if profile is None:
        return Step().say(wording.nothing_told(turn.person)).set(story_done=None)
    if not any(profile["sections"].values()):
        return Step().say(wording.NOTHING_UNDERSTOOD).set(story_done=None)
    if turn.updating and _changes_nothing(rt, turn):  # never "Your story is updated" with nothing read back
        if _UNCHANGED in asked:  # said another way, and still nothing: the update ends, the story as it was
            return Step().say(wording.update_still_nothing(turn.person)).set(story_done="stopped")
        return Step().say(wording.update_changed_nothing(turn.person)).set(story_done=None,
                                                                          followups_asked=asked + [_UNCHANGED])
    if missing:  # one gentle question for each, once
        return Step().say(wording.follow_up(missing[0], turn.teller, turn.person)) \
            .set(story_done=None, followups_asked=asked + missing[:1])
    return Step().set(story_done=True)
