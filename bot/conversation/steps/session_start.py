"""A new session (after an idle hour, or Rasa's /session_start) starts with no rights, no question
pending and no form half-way. Only a story being told goes on: the story form is taken up again, so
what the person says next is kept as story instead of being guessed at. After a restart ("/restart")
nothing goes on: the story being told is thrown away, or its words came back in the next read-back."""
from __future__ import annotations

from bot.conversation import rights, wording
from bot.conversation.journey import draft, pins, story
from bot.conversation.stages import CARRIED_OVER
from bot.conversation.steps import delivery_news, reviews, service_questions_back, telling
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

# Who is telling is not a right: a carer stays the teller, their answers theirs. Nor are the keys of a
# service's questions left for the service (issue 20): they are not asked again in a later session.
KEPT = ("teller", "carer", "gaps_skipped")
STORY_SLOTS = ("carer_reply", "updating", "followups_asked")  # a story half-told, kept across sessions


def new_session(rt: Runtime, turn: Turn, restarted: bool = False) -> Step:
    """The slots the new session keeps; and, for someone with no PIN to check, news of their
    deliveries (nothing was shared yet, or it was before PINs). `restarted`: the conversation was
    restarted, and the story being told is thrown away (a confirmed story, a PIN and agreements stay)."""
    rights.new_session(rt, turn.sender_id)
    if restarted:
        draft.discard_draft(rt, turn.sender_id)
    step = Step().set(**{name: turn.slot(name) for name in KEPT if turn.slot(name) is not None})
    told_before = 0 if restarted else len(story.story_parts(rt, turn.sender_id))
    if turn.stage in CARRIED_OVER and not restarted:
        step.set(**{name: turn.slot(name) for name in STORY_SLOTS if turn.slot(name) is not None})
        step.at(turn.stage).set(requested_slot="story_done")
        step.form = "story_form"
        if turn.slot("carer") and not turn.slot("updating") and (not told_before or turn.slot("carer_reply") != "done"):
            # a carer's answers (whose story, their name, how they are related) with no story told after them, or
            # before the questions were done: whoever is here now is asked them afresh; the next person at a shared
            # computer was asked "What gives you the right to speak for Jean?", or told their story as Jean's (H5).
            # An update's carer answers are the saved story's, and its words wait for "Was that you?" after the PIN
            step.set(carer=None, carer_reply=None)
    if told_before:
        # Whoever is here says whether they began it before it is added to or read back: asked in reply to the
        # next message of a story (so the question is the last thing said, its options numbered by SMS)
        step.set(resume_asked=telling.resume_question(told_before, asked=False))
    if turn.stage not in CARRIED_OVER or restarted:
        if not pins.has_pin(rt, turn.sender_id):
            step.say(*delivery_news.untold(rt, turn.sender_id))
        elif (texted := service_questions_back.waiting_for_reply(rt, turn)) is not None:
            step.and_then(texted)  # a reply to a service's question texted to them: the PIN, then the question
        elif (reminded := reviews.waiting_for_check(rt, turn)) is not None:
            step.and_then(reminded)  # a reply to a review reminder texted to them: the PIN, then the check
    if turn.text.strip().lower() == "/session_start" and not step.replies:
        # typed over REST or the web chat: nothing else will answer it, and no answer is an empty success
        if step.form and told_before:
            step.say(wording.RESUME_QUESTION).set(resume_asked=telling.resume_question(told_before, asked=True))
        else:
            step.say(wording.Reply(wording.TELL_MORE) if step.form else wording.carry_on(None))
    return step
