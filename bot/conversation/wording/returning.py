"""What the assistant says about the PIN and to a returning person: the menu, who has the story,
stopping sharing, a download, deleting everything and sending an update."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation.questions import MENU
from bot.conversation.wording.reply import FINISHED, YES_NO, Reply, about_them, section_titles
from bot.intake.services import Service

if TYPE_CHECKING:
    from bot.conversation.journey.sharing import ShareOutcome
    from bot.conversation.journey.your_record import Holder

# --- the PIN ---------------------------------------------------------------------------------

def ask_new_pin(person: str | None = None) -> Reply:
    """The first PIN; to a carer, the story saved is the person's ("Dave's story")."""
    story = about_them("Your story", person)
    return Reply(f"{story[0].upper() + story[1:]} is saved securely. Please choose a PIN of 4 to 8 numbers, so only "
                 "you can come back to it. Don't use your bank card PIN.")


ASK_NEW_PIN = ask_new_pin()
ASK_PIN_AGAIN = Reply("Please type the same PIN again.")
PIN_MISMATCH = Reply("Those two PINs were not the same. Let's start again.")
# Word for word the same to a carer ("this story", never "your story"): the web chat renews its
# session when it sees this text (bot/web/chat.py).
PIN_SET = Reply("Your PIN is set. Keep it safe: you need it to see or change this story.")
PIN_ONLY_NUMBERS = Reply("A PIN is 4 to 8 numbers only. Please type it again.")
# More of the story, said while a first PIN is chosen (the story is saved as it was read back)
PIN_BEFORE_MORE = Reply("I have not added that yet. Please choose your PIN first: 4 to 8 numbers. Then say "
                        "\"update my story\" to add what is missing.")
ASK_PIN = Reply("To keep your story private, please type your PIN.")
VERIFIED = Reply("Thank you, that's right.")
NO_PIN_HELP = Reply("OK. If you have not told your story here before, say hello to start.")
# "i dont have one", at the PIN question
NEVER_HAD_PIN = Reply("A PIN is 4 to 8 numbers. You choose it when you first tell your story here. If you are new "
                      "here, say hello to start. If you have lost your PIN, say \"I forgot my PIN\".")
# "i forgot my pin": a PIN cannot be reset here yet (bot/conversation/journey/pins.py has no way to).
FORGOT_PIN = Reply("If you have forgotten your PIN, I cannot open your story. Only the PIN can, and I cannot reset "
                   "it yet. Your story is safe, and nothing more is shared. If you remember the PIN later, say "
                   "\"I have been here before\" and type it. To talk to someone about your care now, call your GP "
                   "practice. If you are new here, say hello to start.")


def pin_wrong(attempts_left: int, locked_until_minutes: int | None) -> Reply:
    if locked_until_minutes is not None:  # not "That PIN is not right": while locked, no PIN is checked at all
        return Reply(f"Too many tries. For your safety, your story is locked for now. You can try again in "
                     f"{locked_until_minutes} minutes. If you have forgotten your PIN, say \"I forgot my PIN\" to hear "
                     "what you can do.")
    tries = "1 more try" if attempts_left == 1 else f"{attempts_left} more tries"
    return Reply(f"That PIN is not right. You have {tries}. {WHERE_KEPT}")


# A story is kept with the chat it was told in (this browser's web chat, or the phone that texted it): a person on another
# phone or browser was told only "That PIN is not right" and could never reach it (a stranger, session 23). Said after any
# wrong PIN alike, so it tells no one whether a story is kept here.
WHERE_KEPT = ("Your story is kept with the chat you told it in: if that was on another phone or browser, please come "
              "back there.")


# --- a returning person ----------------------------------------------------------------------

def menu(first: bool) -> Reply:
    text = "What would you like to do?" if first else "Is there anything else?"
    return Reply(text, [{"title": label, "payload": label} for _, label in MENU])


def who_has(holders: list[Holder]) -> Reply:
    if not holders:
        return Reply("No service has your story. Nothing has been shared.")
    lines = ["These services have your story:"]
    for h in holders:
        state = "still sharing" if h.still_sharing else "no longer sharing updates"
        lines.append(f"- {h.service}, since {h.since:%-d %B %Y}. It has {section_titles(h.sections)}. You are "
                     f"{state}. Receipt: {', '.join(h.receipt_codes) or 'none'}.")
        if getattr(h, "referral", None):  # where the referral has got to (bot/delivery/referrals.py)
            lines.append(f"  {h.referral}")
    return Reply("\n".join(lines))


# Stopping sharing withdraws consent, and the referral with it (journey/sharing.stop_sharing): said before it is done, and
# after (a stranger, session 23, stopped sharing to stop the updates and lost the occupational therapist's visit, told only
# later, under "Who has my story?")
STOPPING_CLOSES = "Stopping also closes your referral to them: they will not go on with it."


def ask_stop_which(services: list[Service]) -> Reply:
    return Reply(f"Which service should I stop sharing with? {STOPPING_CLOSES}",
                 [{"title": s.name, "payload": s.name} for s in services] + [{"title": "None", "payload": "none"}])


NOT_SHARING = Reply("You are not sharing your story with any service now.")


def stopped_sharing(service: Service, codes: list[str]) -> Reply:
    return Reply(f"Done. Nothing more will be sent to {service.name}, and your referral to them is closed. Your receipt "
                 f"code is {', '.join(codes)}. They keep what they already have: ask them if you want it deleted. If you "
                 f"want their help after all, share your story with them again.")


def download_link(url: str, minutes: int) -> Reply:
    return Reply(f"Here is a copy of everything we hold about you, as a file: {url}\n"
                 f"The link works for {minutes} minutes. Keep the file safe.")


DELETE_FIRST = Reply("This deletes your story, your PIN, and every agreement to share. Services that "
                     "already have your story keep their copy. Are you sure?",
                     [{"title": "Yes, delete", "payload": "yes"}, {"title": "No, keep it", "payload": "no"}])
DELETE_SECOND = Reply("Are you completely sure? This cannot be undone.",
                      [{"title": "Yes, delete everything", "payload": "yes"},
                       {"title": "No, keep it", "payload": "no"}])
KEPT = Reply("OK. Nothing was deleted.")
# What the story told, cleared before it was saved: the words each such reply begins with (the SMS channel forgets
# what its record of repeats would tell again after them, as after DELETED)
CLEARED = "I have cleared it."
DELETED = Reply("Everything is deleted. Thank you for using this service. Say hello if you ever want to "
                "start again.")
ASK_UPDATE = Reply("Tell me what has changed, in your own words. Say \"that's all\" when you have finished.",
                   FINISHED)
NOT_A_CHOICE = Reply("Sorry, I did not catch that.")
# "I have been here before", said at the menu: yes, and the menu again
STILL_HERE = Reply("Yes, your story is saved here.")


def offer_update(services: list[Service]) -> Reply:
    names = ", ".join(s.name for s in services)
    return Reply(f"Your story is updated. You agreed to share with: {names}. Shall I send them the "
                 "update? They get the same parts as before, nothing more.", YES_NO)


def update_still_nothing(person: str | None = None) -> Reply:
    """The second time an update's words change nothing: the update ends, and the story is as it was."""
    return Reply(f"I still could not see what has changed, so {about_them('your story', person)} stays as it was. "
                 "Nothing was sent. Say \"update my story\" to try again, or call the service to tell them.")


def update_changed_nothing(person: str | None = None) -> Reply:
    """An update whose words change nothing in the story as saved: said plainly, never "updated"."""
    i, me = ("I", "me") if person is None else ("they", "them")
    return Reply(f"I have kept your words. They did not change anything in {about_them('your story', person)}, "
                 "so nothing is updated yet. Please say it another way. For example: "
                 f"\"{i} take ramipril 5mg now\" or \"Susan does not help {me} any more\". "
                 "Say \"that's all\" when you have finished.", FINISHED)


UPDATE_SAVED = Reply("Your story is updated and saved. No service has it, so nothing was sent.")
UPDATE_NOT_SENT = Reply("OK. The update is saved, and nothing was sent.")


def update_sent(outcomes: list[ShareOutcome]) -> Reply:
    names = ", ".join(o.service.name for o in outcomes)
    return Reply(f"Done. I am sending the update to: {names}.")


def update_not_sent_to(services: list[Service]) -> Reply:
    """An update sent only to the services the person named: the others are not sent it, and keep what they had."""
    names = ", ".join(s.name for s in services)
    keep = "It keeps" if len(services) == 1 else "They keep"
    return Reply(f"I have not sent it to {names}. {keep} what you shared before.")
