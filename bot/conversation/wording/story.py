"""What the assistant says while a story is told: asking for it, a carer's questions about whose
story it is, the follow-up questions, and the read-back one part at a time."""
from __future__ import annotations

import re
from typing import Any

from bot.conversation.questions import BASIS_CHOICES, KNOWS_CHOICES, RELATIONSHIPS
from bot.conversation.wording.anytime import TELL_MORE
from bot.conversation.wording.reply import FINISHED, Reply, about_them, section_titles
from bot.conversation.wording.returning import CLEARED


def ask_for_story(parts_so_far: int, teller: str) -> Reply:
    if parts_so_far == 0:
        who = "yourself" if teller != "carer" else "the person you care for, and about you as their carer"
        return Reply(
            f"Please tell me about {who}, in your own words: health, medicines, home, the people who "
            "help, and what you want to achieve. Use as many messages as you like. "
            "When you have finished, say \"that's all\".",
            FINISHED)
    return Reply("Thank you, I have kept that. Tell me more, or say \"that's all\" when you have finished.",
                 FINISHED)


def nhs_number_unchecked(numbers: list[str]) -> Reply:
    """A story message that gives an NHS number which cannot be one (a digit wrong, missing or one too many): the rest
    is kept; the number is not, and the person is told, never left to find it missing."""
    said = " or ".join(numbers)
    return Reply(f"Thank you, I have kept that. The NHS number you gave, {said}, does not add up: a digit may be wrong "
                 "or missing, so I have not kept it as an NHS number. You can type it again, or go on without it "
                 "(the service can find it). Tell me more, or say \"that's all\" when you have finished.", FINISHED)


# "dont put anything about liam in it", while the story is told: a wish about the record, not a part of the story (never
# kept as one); said plainly how it is done, and that nothing is shared without their yes (session 28: it was kept as
# story, and the Samaritans given)
LEAVE_OUT = Reply("You can leave anything out. I have not kept that message as part of the story. When I read the "
                  "story back, part by part, you can remove anything you do not want kept; and before anything is "
                  "shared, you choose which parts each service sees. Nothing is shared unless you agree. Tell me more, "
                  "or say \"that's all\" when you have finished.", FINISHED)


# A story message that asks, in passing, for someone to be left out ("our son Paul lives near but leave Paul out of it
# please"): the rest kept, that part not (bot/understanding/structuring/cues.py, LEAVE_OUT), and said so
KEPT_LEFT_OUT = Reply("Thank you, I have kept that. I left out the part you asked me to. When I read the story back, "
                      "you can take out anything else. Before anything is shared, you choose what each service sees. "
                      "Tell me more, or say \"that's all\" when you have finished.", FINISHED)


# A blank message, or one of only marks or emoji, while the story is told
NO_WORDS_TOLD = Reply("I did not get any words there. Tell me in your own words, or say \"that's all\" when you "
                      "have finished.", FINISHED)


# A story begun in an earlier visit (an idle hour, or a new browser session at a shared computer) and never
# confirmed: before anything of it is read back or added to, whoever is here says whether they began it.
# Nothing of its words is shown (hazard H5 in docs/clinical-safety.md).
RESUME_BUTTONS = [{"title": "Yes, it was me", "payload": "/affirm"}, {"title": "No, not me", "payload": "/deny"}]
RESUME_QUESTION = Reply("Welcome back. Someone began to tell a story here before. Was that you?", RESUME_BUTTONS)
RESUME_KEPT = Reply("Welcome back. I have kept that. Before we go on: did you begin the story that was told here "
                    "before?", RESUME_BUTTONS)
RESUME_AGAIN = Reply("Before we go on: did you begin the story that was told here before? Say yes or no.",
                     RESUME_BUTTONS)
RESUMED = Reply("Good. I have kept all of it. Tell me more, or say \"that's all\" when you have finished.",
                FINISHED)
WHOSE_BUTTONS = [{"title": "About me", "payload": "/tell_about_me"},
                 {"title": "Someone I care for", "payload": "/tell_about_someone"}]


def resume_cleared(kept_since: int, updating: bool = False) -> Reply:
    """"No, not me": the story begun before is cleared; what was sent since is kept; whose story is asked
    (for an update, the update goes on: it is the person's whose PIN was typed)."""
    kept = " I have kept what you sent since." if kept_since else ""
    cleared = "OK. I have cleared the story that was begun before. None of it was shared." + kept
    if updating:
        return Reply(cleared + " Tell me what has changed, or say \"that's all\" when you have finished.", FINISHED)
    return Reply(cleared + " Is your story about you, or about someone you care for?", WHOSE_BUTTONS)


WHOSE_AGAIN = Reply("Is your story about you, or about someone you care for?", WHOSE_BUTTONS)
# Some of the story told at that question, before saying whose it is: kept, then the question again.
KEPT_BEFORE_WHOSE = Reply("Thank you, I have kept that as part of your story. Is it about you, or about someone you "
                          "care for?", WHOSE_BUTTONS)


# "start again" while the story is told or read back: cleared only once they say yes.
CLEAR_BUTTONS = [{"title": "Yes, clear it", "payload": "yes"}, {"title": "No, keep it", "payload": "no"}]


def clear_question(person: str | None = None) -> Reply:
    whose = "your story" if person is None else ("their story" if person == "them" else f"{person}'s story")
    return Reply(f"Shall I clear everything you have told me so far, and start {whose} again? Say yes to clear "
                 "it, or no to keep it.", CLEAR_BUTTONS)


def cleared(teller: str) -> Reply:
    """The story being told was cleared: it is asked for again, from the start."""
    again = ask_for_story(0, teller)
    return Reply(f"{CLEARED} Let's start again. " + again.text, again.buttons)


KEPT_TELLING = Reply("OK, I have kept everything. Tell me more, or say \"that's all\" when you have finished.",
                     FINISHED)
KEPT_READ_BACK = Reply("OK, I have kept everything.")
# Some of the story told before (or instead of) the answer to a carer's question: kept, the question asked.
KEPT_FIRST_WORDS = Reply("I have kept what you told me as part of the story.")
# A question only a service can answer ("will the council charge us for any of this?"), asked mid-story.
QUESTION_FOR_SERVICE = Reply("That is a good question for the service: I cannot answer it myself. I have kept it "
                             f"with the story, so they see it. {TELL_MORE}", FINISHED)

NOTHING_UNDERSTOOD = Reply(
    "I have kept your words, but I could not pick out anything to share yet. Could you tell me a "
    "bit more about health, home, daily life or what you want to achieve?")

TOO_LONG = Reply("That message is too long for me to take in one go, so I have not kept it. "
                 "Please send it in a few smaller parts.")

def still_telling(person: str | None = None) -> Reply:
    return Reply(f"You are still telling me {about_them('your story', person)}, so I have not done that yet.")


def nothing_told(person: str | None = None) -> Reply:
    return Reply(f"I have not heard {about_them('your story', person)} yet. Please tell me a little about it first.")


def right_mid_story(wish: str, person: str | None = None) -> Reply:
    """A right asked for while the story is told ("who has my story?", "update my story"): not done yet,
    and not kept as story; what to say to go on."""
    if wish == "update":
        return Reply(f"You are telling me {about_them('your story', person)} now. When you have finished, say "
                     "\"that's all\". I will read it back, and you can put anything right.", FINISHED)
    return Reply(f"You are telling me {about_them('your story', person)} now, so I have not done that yet. When you "
                 "have finished, say \"that's all\". Then you can ask me again.", FINISHED)


STILL_TELLING = still_telling()
NOTHING_TOLD = nothing_told()


# --- a carer speaking for someone ------------------------------------------------------------

def carer_question(key: str, answers: dict[str, Any]) -> Reply:
    """The carer's questions, one at a time (see bot.conversation.questions.CARER_QUESTIONS)."""
    name = (answers.get("name") or "them").split()[0]  # "Rose", not "Rose Example", in a question
    if key == "name":
        if answers.get("relationship"):  # "its for my nan", or "im her granddaughter" said at this question
            return Reply("Thank you. What is the name of the person you care for?")
        return Reply("Thank you for helping them. What is the name of the person you care for?")
    if key == "whose_name":
        return Reply(f"Is {answers['whose_name']} your name, or the name of the person you care for?",
                     [{"title": "My name", "payload": "my name"}, {"title": "Their name", "payload": "their name"}])
    if key == "relationship":
        return Reply(f"How are you related to {name}? For example, son, wife or friend.",
                     [{"title": r, "payload": r} for r in RELATIONSHIPS])
    if key == "carer_name":
        return Reply("And what is your name? Services will know who told them.")
    if key == "basis":
        return Reply(f"What gives you the right to speak for {name}? Services need to know.",
                     [{"title": label, "payload": label} for _, label in BASIS_CHOICES])
    if key == "age":
        return Reply(f"How old is {name}?")
    return Reply(f"Does {name} know you are telling their story?",
                 [{"title": label, "payload": label} for _, label in KNOWS_CHOICES])


def cannot_agree_themselves(answers: dict[str, Any]) -> Reply:
    """"They agreed I can", then "They are not able to understand": said before the basis is asked again."""
    name = (answers.get("name") or "them").split()[0]
    return Reply(f"You said {name} agreed, and that {name} is not able to understand this. Someone who cannot "
                 f"understand cannot agree themselves. If you have a lasting power of attorney or are a deputy, "
                 f"choose that. If not, choose \"None of these\": you can still tell {name}'s story, and it is kept, "
                 "but it cannot be shared with services for them.")


def knowing_is_not_agreeing(answers: dict[str, Any]) -> Reply:
    """ "yes she knows" to "What gives you the right to speak for …?": knowing is noted; agreeing is asked."""
    name = (answers.get("name") or "they").split()[0]
    return Reply(f"Thank you, I have noted that {name} knows. Knowing is not the same as agreeing: if {name} agreed "
                 "that you can speak for them, choose \"They agreed I can\". If you have a power of attorney or are a "
                 "deputy, choose that.")


def agreed_after_unable(answers: dict[str, Any]) -> Reply:
    """"They agreed I can" again, after "They are not able to understand": the question asked once more."""
    name = (answers.get("name") or "they").split()[0]
    return Reply(f"Thank you. You said before that {name} is not able to understand this. But to agree, {name} must "
                 "understand. So I will ask that once more.")


def no_basis(answers: dict[str, Any]) -> Reply:
    """ "None of these" to "What gives you the right to speak for …?": said at once, plainly, what a carer
    can and cannot do without a basis (a stranger learnt it only when a service refused, after its questions)."""
    name = (answers.get("name") or "").split()[0] if answers.get("name") else ""
    whose = f"{name}'s" if name else "their"
    return Reply(f"Thank you for saying. Without {whose} agreement, a power of attorney or a deputyship, I cannot "
                 f"share {whose} story with services. You can still tell it, and it is kept here. "
                 f"If {name or 'they'} can agree, {name or 'they'} can tell it here and agree to sharing. Or you can "
                 "tell your own story, as a carer: just say \"my own story\".")


def no_basis_to_share(person: str | None, young: bool = False) -> Reply:
    """A service chosen by a carer with no basis: refused at once, never after its questions, with what
    they can do instead (for a young carer, the assessment that is theirs: a girl of 15 was told of the adult carer's
    assessment she had been told is not hers, a stranger, session 32)."""
    named = person if person and person != "them" else None
    whose = f"{named}'s" if named else "their"
    support = ("For support as a young carer, ask children's services for a young carer's needs assessment." if young
               else "For support as a carer, ask the council for a carer's assessment.")
    return Reply(f"I cannot share {whose} story with any service: no one has agreed to it, and no one has the "
                 f"power to agree for {named or 'them'}. {whose[:1].upper() + whose[1:]} GP or the council's adult "
                 f"social care team can help you. {support}")


# A power of attorney or deputyship said without which: services need to know what it covers
WHICH_POWER = Reply("Which one is it? Say \"health and welfare\" or \"money and property\". If you have both, say "
                    "\"health and welfare\".")


# Asked again when a reply does not answer the carer's question: what would.
CARER_REASK = {
    "name": Reply("Please tell me just their name, for example \"Mary\" or \"Mary Jones\"."),
    "carer_name": Reply("Please tell me just your name, for example \"Mary\" or \"Mary Jones\"."),
    "relationship": Reply("Please tell me how you know them. For example, \"I am his daughter\", \"she is my "
                          "wife\" or \"a neighbour\"."),
    "basis": Reply("Please choose one of the options, so services know on what basis you speak for them. For "
                   "example, \"they agreed I can\" or \"power of attorney for health\"."),
    "age": Reply("Please give their age in years, for example 9."),
    "whose_name": Reply("Please say \"my name\" or \"their name\"."),
    "knows": Reply("Please answer yes or no. Or say \"they are not able to understand\"."),
}


def carer_noted(answers: dict[str, Any]) -> Reply:
    if answers.get("knows") == "no":
        return Reply(f"Thank you. Please tell {(answers.get('name') or 'them').split()[0]} about this when you can. "
                     "I will tell services they do not know yet.")
    return Reply("Thank you.")


# --- telling the story -----------------------------------------------------------------------

FOLLOW_UPS = {
    "goals": ("What would {you} like to achieve, or to be different? For example, \"to get back to "
              "work\" or \"to manage the stairs again\". Or say \"that's all\" to go on."),
    "what_matters": ("What matters most to {you} in life? For example, family, a pet, getting out, "
                     "faith. Or say \"that's all\" to go on."),
}


def follow_up(section: str, teller: str, name: str | None = None) -> Reply:
    """The follow-up question, to the person ("you") or to their carer about them (by name, or "they"
    and "them": never "What would them like")."""
    if teller != "carer":
        return Reply(FOLLOW_UPS[section].format(you="you"), FINISHED)
    who = name or ("they" if section == "goals" else "them")
    return Reply(FOLLOW_UPS[section].format(you=who), FINISHED)


# --- the read-back, one section at a time ----------------------------------------------------

READ_BACK_START = Reply("Thank you. I will now read back what I understood, one part at a time. You can "
                        "put anything right.")
READ_BACK_BUTTONS = [{"title": "Yes", "payload": "yes"}, {"title": "Remove this", "payload": "remove that"},
                     {"title": "Something is wrong", "payload": "that's wrong"}]
READ_BACK_UNCLEAR = Reply("Sorry, I did not catch that. Say \"yes\" if this part is right, or tell me what to change.")
ASK_WHAT_IS_WRONG = Reply("What should it say? You could say \"it's my left hip\" or \"add that I use a hearing "
                          "aid\". Or say \"remove that\", or \"remove the diabetes\".")
REMOVED = Reply("I have taken that out.")
ADDED = Reply("I have added that.")
CHANGED = Reply("I have changed that.")


def kept_under(sections: list[str], person: str | None = None, added: bool = False) -> Reply:
    """A correction (or, `added`, an addition) that changed another part of the story than the one read back."""
    where = re.sub(r"^about ", "", section_titles(sections, person))  # "the part about you", not "about about you"
    if added:
        return Reply(f"I have added that. It is now in the part about {where}.")
    return Reply(f"I have not changed this part, but I have kept your words under {where}. You can say \"remove "
                 "that\" to take a line out.")
def already_there(sections: list[str], person: str | None = None) -> Reply:
    """An addition the story says already."""
    where = re.sub(r"^about ", "", section_titles(sections, person))
    return Reply(f"That is in your story already, in the part about {where}. I have not changed it.")


# Never "remove all of it": said as advised, it took a whole part out (a stranger's stroke and heart rhythm, session 19)
NOT_CHANGED = Reply("Sorry, I could not work out how to change that. Please say it another way. You can say \"remove "
                    "that\" to take one line out, then \"add that …\" with the right words.")


def which_to_remove(group: dict[str, Any]) -> Reply:
    """ "remove that" said of a part with several lines: which one is asked, never all of them taken out."""
    lines = "\n".join(f"{number}. {line}" for number, line in enumerate(group["lines"], start=1))
    return Reply(f"Which line should I take out?\n{lines}\nSay, for example, \"remove the first one\", or "
                 "\"remove all of it\" to take this whole part out.")


# "remove all of it" said of a part with several lines: asked first, never the whole part lost at once (issue 18)
REMOVE_ALL_BUTTONS = [{"title": "Yes, take it all out", "payload": "yes"}, {"title": "No, keep it", "payload": "no"}]
KEPT_ALL = Reply("OK, I have kept all of it.")


def remove_all_question(group: dict[str, Any]) -> Reply:
    """ "remove all of it": every line of the part named, and a clear yes asked for before any goes."""
    lines = "\n".join(f"- {line}" for line in group["lines"])
    # yes and no unquoted: by SMS after a yes-or-no re-ask, the options are numbered, and an option is never both
    return Reply(f"Do you want me to take out all {len(group['lines'])} lines?\n{lines}\nSay yes to take them all "
                 "out, or no to keep them.", REMOVE_ALL_BUTTONS)


def section_read_back(group: dict[str, Any]) -> Reply:
    lines = "\n".join(f"- {line}" for line in group["lines"])
    return Reply(f"{group['title']}:\n{lines}\n{group['question']}", READ_BACK_BUTTONS)


def not_found(words: str) -> Reply:
    return Reply(f"I could not find \"{words}\" in this part, so nothing was taken out.")


def young_carer(age: int, person: str | None) -> Reply:
    """A carer under 18 is told, once, of the help that is theirs (bot/conversation/steps/young_carer.py)."""
    them = person if person and person != "them" else "the person you care for"
    return Reply(f"You said you are {age}, so you are a young carer. There is help for you too, not only for {them}:\n"
                 "- Your council must look at what help you need, if you ask. This is a young carer's needs assessment, "
                 "from children's services. The carer's assessment I can send your story to is for adult carers.\n"
                 "- A young carers service near you can give you breaks and people to talk to. Ask at school, or search "
                 "\"young carers\" on carers.org.\n"
                 "- Childline is free, any time, on 0800 1111.\n"
                 f"Now let's go on with {person + chr(39) + 's' if person and person != 'them' else 'the'} story.")
