"""What the assistant says at any point: help, a real person, stop, later, start again, the
urgent help again, a re-ask when a message was not understood, and when something fails."""
from __future__ import annotations

import re

from bot.conversation.stages import Stage
from bot.conversation.wording.reply import FINISHED, YES_NO, Reply, about_them

HELP = Reply(
    "I help you tell your story once. Tell me about your health, your home, the people who help you "
    "and what you want, in your own words. I read it back so you can put it right. Then you choose "
    "which services get which parts: nothing is shared unless you say yes. You can say \"stop\" at "
    "any time.")
HELP_CARER = Reply(
    "I help you tell the story of the person you care for, once. Tell me about their health, their home, "
    "the people who help them and what they want, in your own words. I read it back so you can put it "
    "right. Then you choose which services get which parts: nothing is shared unless you say yes. You "
    "can say \"stop\" at any time.")


def help_for(person: str | None = None) -> Reply:
    """Help: to the person, or to a carer about the person they care for."""
    return HELP if person is None else HELP_CARER
OUT_OF_SCOPE = Reply("Sorry, I can't help with that. I can only help you tell your story once and "
                     "share it with the services you choose.")
TALK_TO_PERSON = Reply(
    "I am a computer, not a person. To talk to someone, call your GP practice. For urgent medical help, "
    "call NHS 111. For care and support at home, call your council's adult social care team. If you are "
    "in danger now, call 999.")
# A message in another language (bot.conversation.meaning.language): said once for each such message, in
# place of "Sorry, I did not understand"; nothing of it is kept, and nothing told before is lost. What it says
# cannot be checked for a safeguarding concern, so the ways to urgent help are always in it ("quiero morir",
# typed by a stranger, got no number at all).
ONLY_ENGLISH = Reply(
    "Sorry, I can only understand English for now. I have not kept that message. Nothing you told me "
    "before is lost. If you can, write in English, or ask someone you trust to help you. To talk to "
    "someone in your own language, call your GP or NHS 111 and ask for an interpreter. It is free. If you "
    "or someone else is in danger now, call 999. If you are thinking of ending your life, call Samaritans "
    "free on 116 123, any time.")
STOPPED = Reply("OK, I have stopped. Nothing has been shared that you did not agree to, and what you "
                "told me is kept safely. Say hello whenever you want to carry on.")

TELL_MORE = "When you are ready, tell me more, or say \"that's all\" if you have finished."
LATER = Reply("That's fine. Everything you have told me so far is kept safely. When you come back to this "
              "chat, just carry on where you left off. If you have chosen a PIN, you will need it.")
RESTART_TELLING = Reply("Everything you have told me is kept until you finish. When you say \"that's all\", I "
                        "read it back, and you can take out anything that is wrong. " + TELL_MORE)
RESTARTED = Reply("OK, let's start again. Is your story about you, or about someone you care for?")
QUESTION_ELSEWHERE = Reply("That's a good question. I can only help you tell your story and share it with the "
                           "services you choose; nothing is shared unless you say yes.")


def mid_story(meaning: str, person: str | None = None) -> Reply:
    """One reply to help, or to asking for a person, while the story is told: then carry on."""
    first = TALK_TO_PERSON if meaning == "human" else help_for(person)
    return Reply(f"{first.text} {TELL_MORE}", FINISHED)


def the_rest(intent: str | None, stage: Stage | None, person: str | None = None) -> list[Reply]:
    """Help, out of scope, talk to a person, stop: the answer, then where the person was."""
    if intent == "stop":
        return [STOPPED]
    first = {"out_of_scope": OUT_OF_SCOPE, "talk_to_person": TALK_TO_PERSON}.get(intent or "", help_for(person))
    if stage == Stage.TELLING:
        return [Reply(f"{first.text} {TELL_MORE}", FINISHED)]
    again = carry_on(stage, person)  # one reply per turn: the answer, then the question again (no "Sorry,
    # I did not understand that": it was understood)
    return [Reply(f"{first.text} {again.text}", again.buttons)]


def safety_reminder(categories: list[str], now: bool = False, for_a_child: bool = False, younger: bool = False) -> Reply:
    """The urgent help again: at the read-back of a story that raised a concern, or at once for a
    "yes" to a question such as "Is anyone in danger?". For a child telling their own story
    (`for_a_child`), a harm by others is a child at risk: the NSPCC and Childline, no service for adults only; for an
    adult under 60 (`younger`), no helpline for older people."""
    from bot.understanding.safeguarding.categories import HARM_BY_OTHERS, urgent_help

    opening = None if now else "Before I read it back: something in your story worries me."
    kinds = categories or ["not_safe_at_home"]
    if for_a_child and HARM_BY_OTHERS & set(kinds):
        kinds = [*kinds, "child_at_risk"]
    return Reply(urgent_help(kinds, opening=opening, for_a_child=for_a_child, younger=younger))


ABOUT_WHOM = [{"title": "About me", "payload": "/tell_about_me"},
              {"title": "Someone I care for", "payload": "/tell_about_someone"},
              {"title": "I have been here before", "payload": "/returning"}]

# What to say when a message was not understood, by where the person is in the journey.
REPROMPTS = {
    None: Reply("Sorry, I did not understand that. Is your story about you, or about someone you "
                "care for?", ABOUT_WHOM),
    Stage.TELLING: Reply("I did not get any words there. Tell me more, or say \"that's all\" when you "
                     "have finished."),
    Stage.READBACK: Reply("Sorry, I did not catch that. Is what I read back to you right?", YES_NO),
    Stage.CONSENT: Reply("Please answer yes or no. Shall I share these details?", YES_NO),
    Stage.RESEND: Reply("Please answer yes or no. Shall I send the update?", YES_NO),
    Stage.CHOOSE_SERVICE: Reply("Which service would you like to share with? Tell me its name or its number "
                            "in the list, or say no."),
    Stage.DONE: Reply("Your story is saved, and shared only where you agreed. To share it with a "
                  "service, tell me which one. To tell your story again from the start, say hello."),
}


def reprompt(stage: Stage | None, person: str | None = None) -> Reply:
    """The question where the person is, again; to a carer, about the person ("Dave's story")."""
    if stage is Stage.DONE and person is not None:
        return Reply(f"{about_them('Your story', person)} is saved, and shared only where you agreed. To share it "
                     "with a service, tell me which one. To tell it again from the start, say hello.")
    return REPROMPTS.get(stage, REPROMPTS[None])


def carry_on(stage: Stage | None, person: str | None = None) -> Reply:
    """Where the person was, after the urgent help: the question again, without "Sorry, I did not
    understand"."""
    again = reprompt(stage, person)
    return Reply(re.sub(r"^Sorry, I did not (understand|get) that\.\s*", "", again.text), again.buttons)


# --- when something fails (bot/rasa/failures.py): said plainly, never an empty answer -------------

NOT_KEPT = Reply("Sorry, something went wrong on our side and what you just sent was not kept. "
                 "Please send it again.")

RECORD_UNREADABLE = Reply(
    "Sorry, something we hold for you did not pass our safety check. I have stopped, rather than use "
    "it. Nothing has been shared because of this. The team that runs this service can see that this "
    "happened. They cannot see what you told us. Please contact them to put it right. If you have a "
    "PIN and would rather start again from nothing, say \"delete everything\".")

DOWNLOAD_UNREADABLE = (
    "Sorry, your record could not be opened safely, so it cannot be downloaded. Nothing has been "
    "shared because of this. The team that runs this service can see that it happened (but not what "
    "your record holds): please contact them to put it right.")

DOWNLOAD_TROUBLE = ("Sorry, your record could not be fetched just now. Please open the link again in a "
                    "minute, or ask the chat for a new one.")
