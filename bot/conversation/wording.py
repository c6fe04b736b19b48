"""The words of the assistant's dynamic replies: pure functions returning text and buttons."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.sections import SECTIONS
from bot.intake.services import Service
from bot.conversation.stages import Stage
from bot.conversation import replies as understanding

YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
FINISHED = [{"title": "That's all", "payload": "/finish_story"}]

def safety_reminder(categories: list[str], now: bool = False) -> Reply:
    """The urgent help again: at the read-back of a story that raised a concern, or at once for a
    "yes" to a question such as "Is anyone in danger?"."""
    from bot.understanding.safeguarding.categories import urgent_help

    opening = None if now else "Before I read it back: something in your story worries me."
    return Reply(urgent_help(categories or ["not_safe_at_home"], opening=opening))

@dataclass(frozen=True)
class Reply:
    text: str
    buttons: list[dict] = field(default_factory=list)


def is_done_phrase(text: str, intent: str | None = None) -> bool:
    """Has the person said they have finished telling their story?"""
    if intent == "finish_story" and text.startswith("/"):
        return True  # a button press
    return understanding.is_done(text)


def is_clear_yes(text: str, intent: str | None = None) -> bool:
    """A decision (confirming, sharing) needs a Yes button or plainly worded agreement.

    The NLU model's guess alone is not enough: it once read an emoji as "yes"."""
    if text.startswith("/"):
        return intent == "affirm"
    return understanding.is_yes(text) and len(text.split()) <= 10


def about_them(title: str, person: str | None) -> str:
    """A title spoken to the person ("your health", "about you") as spoken to their carer about them:
    "Dave's health", "about Dave"; "their health", "about them" when no name was given."""
    if person is None:
        return title
    whose = f"{person}'s" if person != "them" else "their"
    title = re.sub(r"\b[Yy]our\b", whose, title)
    return re.sub(r"\byou\b", person, title)


def section_titles(sections: list[str], person: str | None = None) -> str:
    titles = [about_them(SECTIONS[key][0].lower() + SECTIONS[key][1:], person) for key in sections]
    if len(titles) == 1:
        return titles[0]
    return ", ".join(titles[:-1]) + " and " + titles[-1]


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


NOTHING_UNDERSTOOD = Reply(
    "I have kept your words, but I could not pick out anything to share yet. Could you tell me a "
    "bit more about health, home, daily life or what you want to achieve?")

TOO_LONG = Reply("That message is too long for me to take in one go, so I have not kept it. "
                 "Please send it in a few smaller parts.")

STILL_TELLING = Reply("You are still telling me your story, so I have not done that yet.")

NOTHING_TOLD = Reply("I have not heard your story yet. Please tell me a little about it first.")


def service_offers(offers: list[tuple[Service, list[str]]], person: str | None = None) -> Reply:
    """The services that could use the story; `person` (a carer's: the person's name, or "them")
    makes it about them: "Dave's health", not "your health"."""
    if not offers:
        return Reply("None of the services I know about needs what you have told me so far. "
                     "Nothing has been shared.")
    lines = [f"I have saved {about_them('your', person)} story securely. These services could use it. "
             "Each would receive only the parts named, and only if you agree:"]
    for number, (service, sections) in enumerate(offers, start=1):
        lines.append(f"{number}. {service.name}: {service.purpose} "
                     f"It would receive: {section_titles(sections, person)}.")
    lines.append("Which one would you like to share with?")
    buttons = [{"title": service.name, "payload": f'/choose_service{{"service_id":"{service.id}"}}'}
               for service, _ in offers]
    return Reply("\n".join(lines), buttons)


def consent_question(service: Service, sections: list[str], chosen: bool = False, person: str | None = None) -> Reply:
    mine = "my" if person is None else "their"
    choose = "" if chosen or len(sections) < 2 else \
        f" You can also leave parts out: for example, say \"not {mine} medicines\" or \"only {mine} health\"."
    return Reply(
        f"If you agree, {service.name} will receive: {section_titles(sections, person)}. Nothing else. "
        f"This is {about_them(service.sharing_purpose, person)}. You can change your mind later.{choose} "
        "Do you agree to share this?",
        YES_NO)


NOTHING_LEFT_TO_SHARE = Reply("That leaves nothing to share. Say yes to share all of it, no to share "
                              "nothing, or name the parts to share, for example \"only my health\".")


HELP = Reply(
    "I help you tell your story once. Tell me about your health, your home, the people who help you "
    "and what you want, in your own words. I read it back so you can put it right. Then you choose "
    "which services get which parts: nothing is shared unless you say yes. You can say \"stop\" at "
    "any time.")
OUT_OF_SCOPE = Reply("Sorry, I can't help with that. I can only help you tell your story once and "
                     "share it with the services you choose.")
TALK_TO_PERSON = Reply(
    "I am an automated assistant, not a person. To talk to someone: call your GP practice, or NHS 111 "
    "for urgent medical help; for care and support at home, call your local council's adult social "
    "care team. If you are in danger now, call 999.")
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


def mid_story(meaning: str) -> Reply:
    """One reply to help, or to asking for a person, while the story is told: then carry on."""
    first = TALK_TO_PERSON if meaning == "human" else HELP
    return Reply(f"{first.text} {TELL_MORE}", FINISHED)


def consent_explained(service: Service, sections: list[str], person: str | None = None) -> Reply:
    """"What will they do with it?" at the consent question: the answer, then the question again."""
    return Reply(f"{service.name} would get only these parts: {section_titles(sections, person)}. They use it "
                 f"{about_them(service.sharing_purpose, person)}. They keep it with their own records. You can ask me to stop "
                 "sharing at any time, and nothing more is sent. Do you agree to share this?", YES_NO)


def consent_help(service: Service | None) -> Reply:
    name = service.name if service else "the service"
    return Reply(f"Say \"yes\" to share these parts with {name}, \"no\" to share nothing, or name the parts to "
                 "share, for example \"only my health\".", YES_NO)


def is_help_phrase(text: str) -> bool:
    return understanding.is_help(text)


def is_stop_phrase(text: str) -> bool:
    return understanding.is_stop(text)


def the_rest(intent: str | None, stage: Stage | None) -> list[Reply]:
    """Help, out of scope, talk to a person, stop: the answer, then where the person was."""
    if intent == "stop":
        return [STOPPED]
    first = {"ask_help": HELP, "out_of_scope": OUT_OF_SCOPE, "talk_to_person": TALK_TO_PERSON}.get(intent, HELP)
    if stage == Stage.TELLING:
        return [Reply(f"{first.text} {TELL_MORE}", FINISHED)]
    again = reprompt(stage)  # one reply per turn: the answer, then the question again
    return [Reply(f"{first.text} {again.text}", again.buttons)]


def is_skip(text: str) -> bool:
    return understanding.is_skip(text)


def gaps_intro(service: Service, count: int) -> Reply:
    many = "a few things" if count > 1 else "one thing"
    return Reply(f"To fill in the form for {service.name}, I need {many} your story did not say. I will ask once, and "
                 "use your answer for any other service that asks the same. Say \"skip\" to leave "
                 "one for the service to ask.")


def gap_question(gap) -> Reply:
    """One gap question; a yes/no or a choice comes with buttons (numbered options on SMS)."""
    if gap.type == "boolean":
        return Reply(gap.question, [{"title": "Yes", "payload": "yes"}, {"title": "No", "payload": "no"}])
    if gap.options:
        return Reply(gap.question, [{"title": label, "payload": label} for _, label in gap.options])
    return Reply(gap.question)


def shared(service: Service, receipt_code: str, status: str, reason: str | None) -> Reply:
    receipt = (f"Your receipt code is {receipt_code}: it records what you shared, with whom and why.")
    if status == "received":
        return Reply(f"Done. {service.name} has your details and has confirmed it. {receipt} "
                     "Thank you for telling your story.")
    if status == "sent":
        return Reply(f"Done. Your details have been sent to {service.name}. {receipt} "
                     "Thank you for telling your story.")
    if status == "failed":
        return Reply(f"{service.name} could not take your details ({reason}). Nothing more will be "
                     f"sent to them. Your story is saved safely. {receipt}")
    if status == "cancelled":
        return Reply(f"Nothing was sent to {service.name}, because your agreement to share was taken back.")
    return Reply(f"{service.name} has not answered yet. I will keep trying for up to 3 days, and tell "
                 f"you here how it went. Your story is saved safely. {receipt}")


def delivery_news(service_name: str, status: str, reason: str | None) -> Reply:
    """What happened to a delivery since the person last heard."""
    if status in ("sent", "received"):
        return Reply(f"News since we last spoke: {service_name} now has your details.")
    if status == "failed":
        return Reply(f"News since we last spoke: I could not get your details to {service_name} "
                     f"({reason}). Nothing was sent. You can ask me to try again.")
    return Reply(f"News since we last spoke: nothing was sent to {service_name}, because your "
                 "agreement to share was taken back.")


def service_closed(service: Service) -> Reply:
    return Reply(f"{service.name} is not taking requests this way at the moment, so nothing has been "
                 "shared. Your story is saved safely.")


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


def reprompt(stage: Stage | None) -> Reply:
    return REPROMPTS.get(stage, REPROMPTS[None])


def carry_on(stage: Stage | None) -> Reply:
    """Where the person was, after the urgent help: the question again, without "Sorry, I did not
    understand"."""
    again = reprompt(stage)
    return Reply(re.sub(r"^Sorry, I did not (understand|get) that\.\s*", "", again.text), again.buttons)


NOTHING_CHOSEN = Reply("That's fine. Nothing has been shared with any service. If you change your "
                       "mind, tell me which service, for example \"the GP\".")


def not_shared(service: Service) -> Reply:
    return Reply(f"That's fine. Nothing has been shared with {service.name}.")


def match_service(text: str, offered: list[Service]) -> Service | None:
    """Which offered service a typed answer means: its number in the list, or any words of its name
    or what it does ("the district nurses", "a full benefits check")."""
    named = understanding.services_named(text, [service.id for service in offered])
    return next((service for service in offered if named and service.id == named[0]), None)


# --- a carer speaking for someone ------------------------------------------------------------

def carer_question(key: str, answers: dict) -> Reply:
    """The carer's questions, one at a time (see bot.conversation.dialogue.CARER_QUESTIONS)."""
    from bot.conversation.dialogue import BASIS_CHOICES, KNOWS_CHOICES, RELATIONSHIPS

    name = (answers.get("name") or "them").split()[0]  # "Rose", not "Rose Example", in a question
    if key == "name":
        return Reply("Thank you for helping them. What is the name of the person you care for?")
    if key == "relationship":
        return Reply(f"How are you related to {name}? For example, daughter, husband or neighbour.",
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


def carer_noted(answers: dict) -> Reply:
    if answers.get("knows") == "no":
        return Reply(f"Thank you. Please tell {(answers.get('name') or 'them').split()[0]} about this when you can: "
                     "services will be told they do not know yet.")
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


def beyond_the_basis(basis_label: str, sections: list[str], allowed: list[str], person: str) -> Reply:
    """A carer asks to share a part their basis does not cover: why not, and what they can do instead."""
    who = person if person != "them" else "the person"
    return Reply(f"{basis_label} covers money and property only, so it does not let you agree to share "
                 f"{section_titles(sections, person)}. {who[0].upper() + who[1:]} can agree to that, or "
                 "someone with a lasting power of attorney for health and welfare can. You can still share "
                 f"{section_titles(allowed, person)}. Do you agree to share those?", YES_NO)


# --- the read-back, one section at a time ----------------------------------------------------

READ_BACK_START = Reply("Thank you. I will read back what I understood, one part at a time, so you "
                        "can put anything right.")
READ_BACK_BUTTONS = [{"title": "Yes", "payload": "yes"}, {"title": "Remove this", "payload": "remove that"},
                     {"title": "Something is wrong", "payload": "that's wrong"}]
READ_BACK_UNCLEAR = Reply("Sorry, I did not catch that. Say \"yes\" if this part is right, or tell me what to change.")
ASK_WHAT_IS_WRONG = Reply("What should it say? For example: \"it's my left hip\", \"remove that\", "
                          "\"remove the diabetes\", or \"add that I use a hearing aid\".")
REMOVED = Reply("I have taken that out.")
ADDED = Reply("I have added that.")
CHANGED = Reply("I have changed that.")
NOT_CHANGED = Reply("Sorry, I could not work out how to change that. You can say \"remove that\" to "
                    "take this part out, then \"add that …\" with the right words.")


def section_read_back(group: dict) -> Reply:
    lines = "\n".join(f"- {line}" for line in group["lines"])
    return Reply(f"{group['title']}:\n{lines}\n{group['question']}", READ_BACK_BUTTONS)


def not_found(words: str) -> Reply:
    return Reply(f"I could not find \"{words}\" in this part, so nothing was taken out.")


# --- the PIN ---------------------------------------------------------------------------------

ASK_NEW_PIN = Reply("Your story is saved securely. Please choose a PIN of 4 to 8 numbers, so only you "
                    "can come back to it. Don't use your bank card PIN.")
ASK_PIN_AGAIN = Reply("Please type the same PIN again.")
PIN_MISMATCH = Reply("Those two PINs were not the same. Let's start again.")
PIN_SET = Reply("Your PIN is set. Keep it safe: you will need it to see or change your story.")
PIN_ONLY_NUMBERS = Reply("A PIN is 4 to 8 numbers only. Please type it again.")
ASK_PIN = Reply("To keep your story private, please type your PIN.")
VERIFIED = Reply("Thank you, that's right.")
NO_PIN_HELP = Reply("OK. If you have not told your story here before, say hello to start.")


def pin_wrong(attempts_left: int, locked_until_minutes: int | None) -> Reply:
    if locked_until_minutes is not None:
        return Reply(f"That PIN is not right. For your safety, you can try again in {locked_until_minutes} "
                     "minutes. If you have forgotten your PIN, you can tell your story again as new.")
    tries = "1 more try" if attempts_left == 1 else f"{attempts_left} more tries"
    return Reply(f"That PIN is not right. You have {tries}.")


# --- a returning person ----------------------------------------------------------------------

def menu(first: bool) -> Reply:
    from bot.conversation.dialogue import MENU

    text = "What would you like to do?" if first else "Is there anything else?"
    return Reply(text, [{"title": label, "payload": label} for _, label in MENU])


def who_has(holders) -> Reply:
    if not holders:
        return Reply("No service has your story. Nothing has been shared.")
    lines = ["These services have your story:"]
    for h in holders:
        state = "still sharing" if h.still_sharing else "no longer sharing updates"
        lines.append(f"- {h.service}, since {h.since:%-d %B %Y}: {section_titles(h.sections)} "
                     f"({state}; receipt {', '.join(h.receipt_codes) or 'none'}).")
        if getattr(h, "referral", None):  # where the referral has got to (bot/delivery/referrals.py)
            lines.append(f"  {h.referral}")
    return Reply("\n".join(lines))


def ask_stop_which(services: list[Service]) -> Reply:
    return Reply("Which service should I stop sharing with?",
                 [{"title": s.name, "payload": s.name} for s in services] + [{"title": "None", "payload": "none"}])


NOT_SHARING = Reply("You are not sharing your story with any service at the moment.")


def stopped_sharing(service: Service, codes: list[str]) -> Reply:
    return Reply(f"Done. Nothing more will be sent to {service.name}. Your receipt code is "
                 f"{', '.join(codes)}. They keep what they already have: ask them if you want it deleted.")


def download_link(url: str, minutes: int) -> Reply:
    return Reply(f"Here is a copy of everything we hold about you, as a file: {url}\n"
                 f"The link works for {minutes} minutes. Keep the file safe.")


DELETE_FIRST = Reply("This deletes your story, your PIN, and every agreement to share. Services that "
                     "already have your story keep their copy. Are you sure?",
                     [{"title": "Yes, delete", "payload": "yes"}, {"title": "No, keep it", "payload": "no"}])
DELETE_SECOND = Reply("Are you completely sure? This cannot be undone.",
                      [{"title": "Yes, delete everything", "payload": "yes"},
                       {"title": "No, keep it", "payload": "no"}])
KEPT = Reply("Nothing was deleted.")
DELETED = Reply("Everything is deleted. Thank you for using this service. Say hello if you ever want to "
                "start again.")
ASK_UPDATE = Reply("Tell me what has changed, in your own words. Say \"that's all\" when you have finished.",
                   FINISHED)
NOT_A_CHOICE = Reply("Sorry, I did not catch that.")


def offer_update(services: list[Service]) -> Reply:
    names = ", ".join(s.name for s in services)
    return Reply(f"Your story is updated. You agreed to share with: {names}. Shall I send them the "
                 "update? They get the same parts as before, nothing more.", YES_NO)


UPDATE_SAVED = Reply("Your story is updated and saved. No service has it, so nothing was sent.")
UPDATE_NOT_SENT = Reply("OK. The update is saved, and nothing was sent.")


def update_sent(outcomes) -> Reply:
    names = ", ".join(o.service.name for o in outcomes)
    return Reply(f"Done. I am sending the update to: {names}.")


# --- when something fails (bot/rasa/failures.py): said plainly, never an empty answer -------------

NOT_KEPT = Reply("Sorry, something went wrong on our side and what you just sent was not kept. "
                 "Please send it again.")

RECORD_UNREADABLE = Reply(
    "Sorry, something we hold for you did not pass our safety check, so I have stopped rather than "
    "use it. Nothing has been shared because of this. The team that runs this service can see that "
    "it happened (but not what you told us): please contact them to put it right. If you have a PIN "
    "and would rather start again from nothing, say \"delete everything\".")

DOWNLOAD_UNREADABLE = (
    "Sorry, your record could not be opened safely, so it cannot be downloaded. Nothing has been "
    "shared because of this. The team that runs this service can see that it happened (but not what "
    "your record holds): please contact them to put it right.")

DOWNLOAD_TROUBLE = ("Sorry, your record could not be fetched just now. Please open the link again in a "
                    "minute, or ask the chat for a new one.")
