"""A returning person (returning_form): "I have been here before", "who has my story?", "delete my
data"…: the PIN first, then what they can do (who has it, download it, update it, stop sharing,
delete everything), and the question a choice leads to ("Which service?", "Are you sure?")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.conversation import about_me, meaning, pathway, rights, wording
from bot.conversation.journey import pins, sharing, story, your_record
from bot.conversation.pathway_viewers import Answer as ViewerAnswer
from bot.conversation.pathway_viewers import lets_someone_see
from bot.conversation.rights import Right
from bot.conversation.stages import Pending, PinStep, Stage
from bot.conversation.steps import pin, reviews, service_questions_back, telling, visit
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

ENDS = ("update", "finished", "deleted", "reviewed", "share")  # menu_reply values that end the returning form
# A story saved here whose PIN was never chosen: one is chosen now (pin.mode "set"), then the menu
NO_PIN_YET = wording.Reply("You did not choose a PIN last time, so let's do that now.")
RIGHTS: dict[str, Right] = {
    "who": Right.WHO_HAS, "download": Right.DOWNLOAD, "stop": Right.STOP_SHARING, "delete": Right.DELETE,
    "update": Right.UPDATE, "share": Right.SHARE, Pending.STOP: Right.STOP_SHARING, Pending.DELETE: Right.DELETE,
    Pending.DELETE_AGAIN: Right.DELETE,
}
SAVED = wording.Reply("OK. Your story is saved. Come back any time.")
STOP_EXPLAINED = wording.Reply("If I stop sharing with a service, they get nothing more from your story, and they close "
                               "your referral. So they will not go on helping you with it. If you still want their help, "
                               "do not stop it. To stop one, tell me its name. Or say none.")
ERASE_YES_OR_NO = wording.Reply("Please say yes or no. I only delete it if you say yes.")
DELETE_NEEDS_PIN = wording.Reply("To delete your story, I need your PIN first.")
# While a service's question waits, only a wish that says what it is about is one about viewers: "My
# daughter can't see me often so I need help with shopping" is an answer
_OF_REFERRALS = re.compile(r"(?i)\b(?:referrals?|pathway|progress|links?|access|viewers?)\b")
_NONE_OF_THEM = re.compile(r"\b(none|no|nothing|cancel)\b", re.I)  # at "Which service should I stop?"


def returning(rt: Runtime, turn: Turn) -> Step:
    """The returning form starts: the PIN first, or (already verified) what they asked for at once. At
    the first question, markup or code guessed as "I have been here before" ("<script>alert(1)</script>",
    a stranger, session 11) is asked again, and the form ends at once."""
    if turn.stage is None and not turn.text.startswith("/") and meaning.is_markup(turn.text):
        return Step().say(wording.reprompt(None)).set(pin_reply="stopped", menu_reply="finished")
    saved = story.current_profile(rt, turn.sender_id) if not pins.has_pin(rt, turn.sender_id) else None
    if saved is not None and not saved.profile.get("safeguarding", {}).get("concern"):
        # a story saved in this conversation, its PIN never chosen (they stopped at "Please choose a PIN"): no PIN
        # could ever be typed here, so one is chosen now (a stranger's carer was locked out of her mum's story).
        # Never for a story that tells of danger: whoever holds the phone could then read it (a second reader)
        return Step().say(NO_PIN_YET).set(pin_reply=None, pin_step=PinStep.NEW.value, menu_reply=None,
                                          menu_pending=None, menu_wish=None).at(Stage.RETURNING)
    wish = meaning.menu_choice(turn.text) if not turn.text.startswith("/") else None
    if turn.stage is None and wish in _NOTHING_TO and nothing_kept(rt, turn.sender_id):
        # "delete everything" as a first message, nothing kept here: no PIN was ever chosen, so asking for one was a
        # dead end (a stranger, session 33); said plainly, then the first question
        return Step().say(_NOTHING_TO[wish], wording.carry_on(None)).set(
            pin_reply="stopped", menu_reply="finished")
    if wish == "delete" and only_a_draft(rt, turn.sender_id):
        # "delete everything" before whose story it is, nothing saved and no PIN: a PIN that was never set was
        # asked for, a dead end (a stranger by SMS, F34); what was told is what there is to clear
        return Step().say(wording.clear_question()).set(restart_asked=True, pin_reply="stopped", menu_reply="finished")
    # (a first PIN left half chosen at a read-back is no PIN to choose here: the PIN is checked)
    step = Step().set(menu_reply=None, menu_pending=None, menu_wish=None, pin_step=None).at(Stage.RETURNING)
    if not rights.may(rt, turn.sender_id, Right.READ_BACK):
        return step.set(pin_reply=None, menu_wish=wish)
    step.set(pin_reply="ok")
    if wish or lets_someone_see(rt, turn.text):
        # "who has my story?", "let Sam see my referrals" from someone already verified: done at once
        step.and_then(choose(rt, turn, turn.text, None))
    return step


# A wish as a first message, nothing kept here: said plainly, never a PIN that was never chosen
_NOTHING_TO = {
    "delete": wording.Reply("I have no story from this chat, and no PIN. So there is nothing to delete. Did you tell "
                            "your story on another phone or computer? Then please use that one."),
    "download": wording.Reply("I have no story from this chat, and no PIN. So there is nothing to download. Did you "
                              "tell your story on another phone or computer? Then please use that one."),
    # (never "no one has your story": after "Delete everything", the services it was shared with keep what they were sent,
    # a stranger, session 34)
    "who": wording.Reply("I have no story from this chat, and no PIN. If you deleted it here, services you shared it "
                         "with keep what they were sent: ask them. Did you tell your story on another phone or computer? "
                         "Then please use that one."),
    "stop": wording.Reply("I have no story from this chat, and no PIN. So nothing is shared from here. Did you tell "
                          "your story on another phone or computer? Then please use that one."),
}


def nothing_kept(rt: Runtime, sender: str) -> bool:
    """Whether nothing at all is kept for this conversation: no PIN, no story saved, no words told."""
    return not pins.has_pin(rt, sender) and story.current_profile(rt, sender) is None \
        and not story.story_parts(rt, sender)


def only_a_draft(rt: Runtime, sender: str) -> bool:
    """Whether all there is here is a story being told: no PIN, nothing saved, some words told."""
    return not pins.has_pin(rt, sender) and story.current_profile(rt, sender) is None and \
        bool(story.story_parts(rt, sender))


def pin_reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """The returning person's PIN, checked; then what they already asked for, if anything."""
    if not pin.typed(value):
        return pin.kept(rt, turn, value)
    if turn.slot("restart_asked") and only_a_draft(rt, turn.sender_id):
        # "Shall I clear everything?", asked for "delete everything" with no PIN ever set (F34): never a PIN
        from bot.conversation.steps.anything_else import before_whose  # (it imports this module)

        answered = before_whose(rt, replace(turn, text=value, slots={**turn.slots, "stage": None}))
        return (answered or Step()).set(pin_reply="stopped", menu_reply="finished")
    early = service_questions_back.before_pin(turn, value)  # a texted answer before the PIN (issue 21)
    if early is not None:
        return early
    if pin.starting_afresh(value):  # "hello", "I want to tell my story": nothing of a story is shown
        return Step().say(wording.Reply(wording.RESTARTED.text, buttons=wording.ABOUT_WHOM)).set(
            pin_reply="stopped", menu_reply="finished")
    if meaning.is_stop(value) and meaning.wants_deleted(value):  # "delete it all": done once the PIN is typed,
        return Step().say(DELETE_NEEDS_PIN).set(pin_reply=None, menu_wish="delete")  # as "Delete my story" is
    if pin.forgot(value):  # a plain answer, not the PIN question again
        return Step().say(wording.FORGOT_PIN).set(pin_reply="stopped", menu_reply="finished")
    if pin.never_had(value):  # "i dont have one": how to start, and what a forgotten PIN means; the PIN is
        return Step().say(wording.NEVER_HAD_PIN).set(pin_reply=None)  # still asked, so one typed next is checked
    checked = pin.check(rt, turn, value)
    if checked.slots["pin_reply"] == "stopped":
        return Step().say(wording.NO_PIN_HELP).set(pin_reply="stopped", menu_reply="finished")
    if checked.slots["pin_reply"] == "ok" and turn.slot("menu_wish"):
        # They already said what they wanted ("who has my story?"): do it now.
        checked.and_then(choose(rt, turn, turn.slot("menu_wish"), None)).set(menu_wish=None)
    if checked.slots["pin_reply"] == "ok":  # a service's question, a check of the story (issue 21)
        checked.and_then(visit.after_pin(rt, turn, checked))
    return checked


def menu_reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """A reply to the menu, or to the question a choice led to."""
    if not isinstance(value, str):
        return Step().set(menu_reply=value if value in ENDS else None)
    if value == "finished" and turn.slot("pin_reply") == "stopped":
        # ended by an action before the form began (markup, nothing kept here): validated as the form starts, it was
        # taken as a typed choice, the PIN not yet typed, and the PIN was asked after all (a stranger, session 33)
        return Step().set(menu_reply="finished")
    if meaning.is_stop(value) and meaning.menu_choice(value) != "delete":  # "Delete everything" is no goodbye
        return Step().set(menu_reply="finished")
    return choose(rt, turn, value, turn.pending)


def choose(rt: Runtime, turn: Turn, text: str, pending: Pending | None) -> Step:
    """One reply to the returning person's choices (or to the question a choice led to)."""
    sender = turn.sender_id
    choice = meaning.menu_choice(text)
    if not rights.may(rt, sender, RIGHTS.get(pending or choice or "", Right.READ_BACK)):  # the form asks the PIN
        return Step().set(pin_reply=None, menu_reply=None, menu_pending=None,
                          menu_wish=choice if choice in RIGHTS else None)
    # While a service's question waits, these wishes are done and the question is asked again after.
    waits = pending.value if pending is Pending.QUESTION else None
    if pending is Pending.VIEWER_NAME:  # "What is your daughter's name?"
        named = pathway.viewer_named(rt, sender, str(turn.slot("menu_wish") or ""), text, rt.now())
        if named is not None:
            return _viewer_step(named, None)
        return choose(rt, turn, text, None).set(menu_wish=None)  # a wish of the menu's instead: read as one
    if (pending is None or pending is Pending.QUESTION and _OF_REFERRALS.search(text)) and \
            (seeing := pathway.viewer_wish(rt, sender, text, rt.now())) is not None:
        return _viewer_step(seeing, waits)  # who else sees the pathway (issue 21); an answer is no such wish
    if pending in (None, Pending.QUESTION) and (printable := about_me.wish(rt, sender, text, rt.now())) is not None:
        return Step().say(printable).set(menu_reply=None, menu_pending=waits)  # the About Me page (issue 21)
    if pending is None and (period := visit.period_wish(rt, turn, text)) is not None:
        return period  # how often to check the story (issue 21)
    if pending is None and choice is None and (answered := visit.typed_answer(rt, turn, text)) is not None:
        return answered  # a date of birth typed at the menu, a service's question open: its answer (issue 21)
    if pending in visit.PENDING:
        if not visit.leaves(text):
            return visit.reply(rt, turn, text)
        pending = None  # a choice from the menu instead: the question waits for the next visit
    if pending is Pending.STOP:
        return _stop_which(rt, sender, text)
    if pending in (Pending.DELETE, Pending.DELETE_AGAIN):
        answer = meaning.erase_answer(text)
        if answer is None and choice not in (None, "delete"):  # "who has my story?": a choice instead, nothing deleted
            return Step().say(wording.KEPT).and_then(choose(rt, turn, text, None))
        if answer is None:  # "Yes, delete everything" typed was taken as a no (a stranger): unclear is asked again
            return Step().say(ERASE_YES_OR_NO).set(menu_reply=None)
        if answer == "no":
            return Step().say(wording.KEPT).set(menu_reply=None, menu_pending=None)
        if pending is Pending.DELETE:
            return Step().set(menu_reply=None, menu_pending=Pending.DELETE_AGAIN.value)
        your_record.erase_everything(rt, sender)
        return Step().set(menu_reply="deleted", menu_pending=None)
    step = Step().set(menu_reply=None, menu_pending=None)
    if choice == "who":
        step.say(pathway.who_has_reply(rt, sender, your_record.who_has_my_story(rt, sender)))  # (issue 21)
        step.say(*filter(None, [pathway.link_reply(rt, sender, rt.now())]))  # the pathway page (issue 21)
        step.and_then(visit.question_now(rt, turn))  # a question it announced: asked now, its answer taken next
    elif choice == "download":
        token = your_record.download_token(rt, sender, rt.now())
        step.say(wording.download_link(f"{rt.settings.public_url}/download/{token}", your_record.DOWNLOAD_MINUTES)
                 if token else wording.NOT_SHARING)
    elif choice == "stop":
        now_sharing = sharing.sharing_now(rt, sender)
        if not now_sharing:
            step.say(wording.NOT_SHARING)
        elif meaning.match_service(text, now_sharing) is not None:  # "stop sharing with the nurses": done now
            return _stop_which(rt, sender, text)
        else:
            step.set(menu_pending=Pending.STOP.value)
    elif choice == "delete":
        step.set(menu_pending=Pending.DELETE.value)
    elif choice in ("update", "finished", "share"):
        step.set(menu_reply=choice)
    elif choice is None and _names_a_service(rt, turn, text):
        step.set(menu_reply="share")  # "community nursing", typed at the menu: sharing with it, asked about now
    elif not turn.helped:  # after the urgent help for these words, only the menu again (a stranger, session 23, got
        # Samaritans and then "Sorry, I did not catch that.")
        step.say(wording.STILL_HERE if meaning.only_been_before(text) else wording.NOT_A_CHOICE)
    return step


def _names_a_service(rt: Runtime, turn: Turn, text: str) -> bool:
    """Whether a reply to the menu names a service the story could be shared with ("community nursing", "the GP")."""
    from bot.conversation.steps import service_choice  # (it imports this module)

    return rights.may(rt, turn.sender_id, Right.SHARE) and bool(service_choice.named(text, service_choice.offered(rt, turn)))


def _viewer_step(answer: ViewerAnswer, waits: str | None) -> Step:
    """A wish about who else sees the pathway, done, or the name of the one it is for asked (the wish
    kept in `menu_wish` meanwhile)."""
    if answer.asking is not None:
        return Step().say(answer.reply).set(menu_reply=None, menu_pending=Pending.VIEWER_NAME.value,
                                            menu_wish=answer.asking)
    return Step().say(answer.reply).set(menu_reply=None, menu_pending=waits, menu_wish=None)


def _stop_which(rt: Runtime, sender: str, text: str) -> Step:
    """A reply to "Which service should I stop sharing with?"."""
    service = meaning.match_service(text, sharing.sharing_now(rt, sender))
    if service is not None and meaning.is_question(text):
        # "what does closes my referral mean, will i still get my shower": a question is answered, never taken as the
        # choice (a stranger, session 34: the referral was closed at once)
        return Step().say(STOP_EXPLAINED).set(menu_reply=None)
    if service is not None:
        return Step().say(wording.stopped_sharing(service, sharing.stop_sharing(rt, sender, service.id))) \
            .set(menu_reply=None, menu_pending=None)
    if _NONE_OF_THEM.search(text):
        return Step().set(menu_reply=None, menu_pending=None)
    return Step().say(wording.NOT_A_CHOICE).set(menu_reply=None)


def ask(rt: Runtime, turn: Turn) -> Step:
    """The menu, or the question a choice led to: the prompt of returning_form's menu_reply."""
    pending = turn.pending if rights.may(rt, turn.sender_id, Right.STOP_SHARING) else None
    if pending in visit.PENDING:
        return visit.ask(rt, turn)
    if pending is Pending.STOP:
        return Step().say(wording.ask_stop_which(sharing.sharing_now(rt, turn.sender_id)))
    if pending is Pending.VIEWER_NAME:  # asked with the wish ("What is your daughter's name?"): no menu now
        return Step()
    if pending is Pending.DELETE:
        return Step().say(wording.DELETE_FIRST)
    if pending is Pending.DELETE_AGAIN:
        return Step().say(wording.DELETE_SECOND)
    # "i have been here before", said at the menu: told the story is here, then the menu as at first
    return Step().say(wording.menu(turn.just_verified or meaning.only_been_before(turn.text)))


def after(rt: Runtime, turn: Turn) -> Step:
    """Update (tell the change once), deleted (start afresh), or finished."""
    choice = turn.slot("menu_reply")
    if choice == "deleted":
        return Step(restart=True).say(wording.DELETED)  # the tracker store keeps nothing from before a restart
    step = Step().set(menu_reply=None, pin_reply=None, menu_pending=None)
    if choice in ("reviewed", "update") and rights.may(rt, turn.sender_id, Right.UPDATE) and turn.carer is None \
            and (carer := story.saved_carer(rt, turn.sender_id)) is not None:
        # a carer's story is updated as the carer's, though this conversation forgot who tells it (a restart, a
        # new browser): read back about the person ("They have …"), saved and sent as told by the carer (F11)
        step.set(teller="carer", carer=carer, carer_reply="done")
        turn = replace(turn, slots={**turn.slots, **step.slots})
    if choice == "reviewed" and rights.may(rt, turn.sender_id, Right.UPDATE):
        return step.and_then(reviews.after_review(rt, turn))  # what changed, read back (issue 21)
    if choice == "share" and rights.may(rt, turn.sender_id, Right.SHARE):
        # the services not yet sharing the story, as after the read-back: choosing one leads to its questions
        # and consent (a returning person could not share with a new service: 'the GP' was not understood)
        from bot.conversation.steps import service_choice  # (it imports this module)

        if service_choice.named(turn.text, service_choice.offered(rt, turn)):  # a service named at the menu: its
            return step.and_then(service_choice.show_consent(rt, turn))  # questions and consent at once
        return step.and_then(service_choice.offer_services(rt, turn))
    if choice == "update" and rights.may(rt, turn.sender_id, Right.UPDATE):
        step.then = "story_form"
        if told := len(story.story_parts(rt, turn.sender_id)):
            # words told here before and never confirmed (someone without the PIN began a story in this
            # conversation): whoever updates says whether they were theirs before any joins the update (H5)
            step.set(resume_asked=telling.resume_question(told, asked=False))
        return step.at(Stage.TELLING).set(updating=True, story_done=None, followups_asked=[])
    if turn.slot("pin_reply") != "stopped":
        step.say(SAVED)
    if choice == "finished":
        # "Nothing else", "bye": the person is done here, and whoever holds the phone or sits at the browser next
        # types the PIN before anything is read, downloaded or deleted (a stranger, session 22: "Download my story"
        # after "Come back any time" gave the whole record, the PIN never asked again for the hour)
        rights.new_session(rt, turn.sender_id)
        return step.at(None)
    return step.at(Stage.DONE if rights.may(rt, turn.sender_id, Right.READ_BACK) else None)
