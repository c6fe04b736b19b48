"""Whatever the dialogue did not plan for at this point: a message it did not understand (asked
again where the person is, or understood from its words after all), and help, out of scope, a real
person or stop, answered before going back to where the person was."""
from __future__ import annotations

import re

from bot.conversation import about_me, meaning, rights, wording
from bot.conversation.journey import draft, story
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import pin, returning_menu, telling
from bot.conversation.steps.answer_put_right import put_right
from bot.conversation.steps.service_choice import choose_sections, queue, show_consent, understood_at_a_choice
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

# What the reply at a choice may mean, for the choice to be tried before help or out of scope.
MEANINGS_AT_A_CHOICE = ("question", "value", "yes", "no", "later", "restart")
ENDED_BY_STOP = (Stage.READBACK, Stage.CHOOSE_SERVICE, Stage.CONSENT)  # stop there: nothing is shared


def reprompt(rt: Runtime, turn: Turn, after: str | None = None) -> Step:
    """What to say when a message was not understood: depends on where the person is."""
    stage = turn.stage
    if typed_in_another_language(turn):  # said once, where "Sorry, I did not understand" came again and again
        return only_english(turn).and_then(Step(form="story_form") if stage is Stage.TELLING else Step())
    if stage is None and not turn.text.startswith("/"):
        before = before_whose(rt, turn)
        if before is not None:
            return before
    understood = understood_at_a_choice(rt, turn, after)
    if understood is not None:
        return understood
    if rights_wish_when_done(turn):  # "Stop sharing" typed after an update was "not understood" (a stranger)
        return back_again(rt, turn)
    if stage is Stage.CHOOSE_SERVICE:  # a typed answer: "the GP", "2"
        return show_consent(rt, turn)
    if stage is Stage.CONSENT:
        chosen = choose_sections(rt, turn)
        if chosen is not None:
            return chosen
    if stage is None and been_before(turn.text):
        return back_again(rt, turn)  # "please delete everything i told you last time": the PIN, then the wish
    if stage in (None, Stage.DONE) and is_greeting(turn.text):  # "hiii" got "Sorry, I did not understand that"
        return whose_story(rt, turn)
    if stage is None:  # "its for my nan", "about me": whose story, in words the NLU model did not know
        whose = meaning.teller_meaning(turn.text)
        # A bare "1" reads as the first option only where numbered options were sent (the SMS channel maps
        # it then); a number that was never offered any starts nothing.
        if not turn.text.strip().isdigit() and whose.kind == "value" and whose.value in ("carer", "self"):
            return telling.begin(rt, turn, whose.value).and_then(Step(form="story_form"))
        if whose.kind == "value" and whose.value == "returning":  # "yes i have a pin"
            return back_again(rt, turn)
        if whose.kind in ("question", "help"):  # "whats this for?", "who are you": what this is, then the question
            return Step().say(wording.Reply(f"{wording.help_for(None).text} {wording.carry_on(None).text}",
                                            wording.ABOUT_WHOM))
        if telling.tells_more(turn.text) or story.tells_something(rt, turn.text):
            # the story begun at once ("I have asthma and I use an inhaler"): kept, never lost, then whose it is
            return telling.keep_message(rt, turn, turn.text).say(wording.KEPT_BEFORE_WHOSE)
    if stage is Stage.TELLING:
        # Mid-story but the form is no longer active (the session expired while they paused):
        # keep what they said and carry on with the story.
        step = Step(form="story_form")
        if not meaning.is_done_phrase(turn.text):
            step = telling.keep_message(rt, turn, turn.text).and_then(step)
        return step
    return Step().say(wording.reprompt(stage, turn.person))


# "I came here last week and told you my story", "we have been on here before": someone who has been before; and
# what only they can ask for, of a story told before: "please delete everything i told you", "download everything
# you hold about me". Never "we came here as refugees", "he makes me delete all my messages", "I forget everything"
_BEEN_HERE = re.compile(r"\b(i|we)\s+(came|come|was|were|have been|ve been|been)\s+(here|on here|on this)(\s+\w+){0,3}?\s+"
                        r"(before|already|previously)\b|\b(i|we)\s+(used|did|done|tried|have used|ve used)\s+(this|it)"
                        r"(\s+\w+){0,2}?\s+(before|already|previously)\b|"
                        r"\btold you (my|our|her|his|their|mums?|dads?) story\b|"
                        r"\b(update|change) (my|our|her|his|their|the) (story|details)\b|"
                        r"\b(delete|remove|erase|wipe|forget|download|print|copy|see)\b.*\b(my story|my data|my details|"
                        r"my record|my info\w*|everything (i|we|you)|what (i|we) (told|said|wrote)|you (hold|have|keep) "
                        r"(about|on) me)\b")


def been_before(text: str) -> bool:
    """Whether words typed at the first question are someone who has been before, or what only they can ask
    for (a right over a story: "download everything you hold about me", "i forgot my pin"), never a story."""
    return not text.startswith("/") and bool(
        meaning.rights_wish(text) or (pin.forgot(text) and "pin" in text.lower()) or _BEEN_HERE.search(meaning.plain(text)))


WHOSE_BEFORE_READ_BACK = wording.Reply("I have kept your story. Before I read it back: is it about you, or about "
                                       "someone you care for?", wording.KEPT_BEFORE_WHOSE.buttons)


def before_whose(rt: Runtime, turn: Turn) -> Step | None:
    """A story texted before whose it is was said (a stranger by SMS, F34): "that's all" looped on "Sorry, I
    did not understand that", and the answer to "Shall I clear everything?" (asked for "delete everything")
    had nowhere to go. None for anything else."""
    if turn.slot("restart_asked"):
        answer = meaning.erase_answer(turn.text)
        if answer == "yes":
            draft.discard_draft(rt, turn.sender_id)
            return Step().say(wording.Reply(f"{wording.CLEARED} Nothing was saved or shared."),
                              wording.carry_on(None)).set(restart_asked=None)
        if answer == "no":
            return Step().say(wording.KEPT_READ_BACK, WHOSE_BEFORE_READ_BACK).set(restart_asked=None)
        return Step().say(wording.clear_question())  # unclear: asked again, never taken as either
    if meaning.is_done_phrase(turn.text) and story.story_parts(rt, turn.sender_id):
        return Step().say(WHOSE_BEFORE_READ_BACK)
    if meaning.menu_choice(turn.text) == "delete" and returning_menu.only_a_draft(rt, turn.sender_id):
        return Step().say(wording.clear_question()).set(restart_asked=True)  # never a PIN that was never set
    return None


# A hello, however it is typed: "hiii", "heyyy", "hello there" (a stranger, F35: "hiii" was not understood)
_GREETING = re.compile(r"(hi+|hey+|hello+|hell+o+|helo+|hullo|hiya+|heya+|howdy|good (morning|afternoon|evening)|"
                       r"morning|afternoon|evening)( (there|again|all|you))?")


def is_greeting(text: str) -> bool:
    """Whether a typed message is only a hello."""
    return not text.startswith("/") and bool(_GREETING.fullmatch(meaning.plain(text).strip(" .!,?")))


def rights_wish_when_done(turn: Turn) -> bool:
    """Whether a message typed once the story is saved and shared is one of a returning person's rights in a
    menu's own words ("Stop sharing", "Who has my story?"), or a service named to stop ("i want to stop the carers
    assessment one, my daughter is going to help more now": a stranger, session 41, was told "OK, I have stopped"
    and went on sharing): the menu takes it (the PIN first, where needed)."""
    return turn.stage is Stage.DONE and not turn.text.startswith("/") and (
        meaning.rights_wish(turn.text) is not None or meaning.stops_a_service(turn.text))


def back_again(rt: Runtime, turn: Turn) -> Step:
    """Someone who has been before, said in words the NLU model heard otherwise ("i think i started this
    before for my dad", "yes i have a pin"): the PIN first, as for "I have been here before"."""
    step = returning_menu.returning(rt, turn)
    if step.slots.get("menu_reply") == "finished":  # answered at once (markup, nothing kept): no PIN asked after it
        return step
    return step.and_then(Step(form="returning_form"))


def typed_in_another_language(turn: Turn) -> bool:
    """Whether the latest message was typed (not a button) in another language than English."""
    return not turn.text.startswith("/") and meaning.in_another_language(turn.text)


def only_english(turn: Turn) -> Step:
    """We can only understand English for now; at the first question, the question again after it
    (without "Sorry, I did not understand"), with its buttons, which need no English to press."""
    if turn.stage is None:
        return Step().say(wording.ONLY_ENGLISH, wording.carry_on(None))
    return Step().say(wording.ONLY_ENGLISH)


# Where a story is being shared: a message the NLU model heard as "about me" or "someone I care for"
# is a reply to the question on the table ("the carers one for me" at the services on offer).
MID_SHARING = (Stage.CHOOSE_SERVICE, Stage.GAPS, Stage.CONSENT, Stage.RESEND)


def whose_story(rt: Runtime, turn: Turn) -> Step:
    """After hello, whose story it is: asked, unless the hello said it ("hiya its for my nan"), when the
    story starts (with their questions, for a carer)."""
    if turn.stage is None and not turn.text.startswith("/"):
        whose = meaning.teller_meaning(turn.text)
        if whose.kind == "value" and whose.value in ("carer", "self"):
            return telling.begin(rt, turn, whose.value).and_then(Step(form="story_form"))
        if whose.kind == "value" and whose.value == "returning":  # "hi its me again": the PIN first
            return back_again(rt, turn)
    step = Step().say(wording.carry_on(None))
    # once a story is saved, the question asked again is the one on the table: its first button's title typed,
    # "About me", starts the person's own story (it gave the printable About Me page, a stranger, F35)
    return step.at(None) if turn.stage is Stage.DONE else step


def story_asked(rt: Runtime, turn: Turn) -> Step:
    """A new story asked for (action_start_story). Mid-sharing, typed words are answered where the
    person is instead: starting a story there replaced the one being shared (a carer's story about her
    father became her own, saved as his next version). A button pressed still starts one."""
    if typed_in_another_language(turn):  # no story started (nor one being shared replaced) in words not understood
        return only_english(turn).and_then(Step(then="action_listen"))
    if turn.stage in MID_SHARING and not turn.text.startswith("/"):
        step = reprompt(rt, turn)
        return step if step.then or step.form else step.and_then(Step(then="action_listen"))
    if turn.stage is Stage.DONE and not turn.text.startswith("/") and about_me.is_wish(turn.text):
        # "About me", as the chat says to print the story: the page, never a new story over this one
        if rights.may(rt, turn.sender_id, Right.READ_BACK):
            printable = about_me.wish(rt, turn.sender_id, turn.text, rt.now())
            if printable is not None:
                return Step().say(printable).and_then(Step(then="action_listen"))
        return pin.ask_first()
    if turn.stage is None and not turn.text.startswith("/"):  # typed: the words say whose story it is
        whose = meaning.teller_meaning(turn.text)  # ("im his granddaughter" was heard as "about me")
        if whose.kind == "value" and whose.value in ("carer", "self"):
            return telling.begin(rt, turn, whose.value)
        if whose.kind == "value" and whose.value == "returning":
            return back_again(rt, turn)
    return telling.begin(rt, turn) if not turn.text.startswith("/") else telling.start(turn)


def concern_in(text: str) -> bool:
    """Whether the Rasa server gave urgent help for this message (bot/rasa/server.py)."""
    from bot.understanding.safeguarding import detector  # loads only where it is needed

    return bool(text.strip()) and not text.startswith("/") and detector().check(text).concern


def the_rest(rt: Runtime, turn: Turn) -> Step:
    """Help, out of scope, talk to a person, stop: answered, then back to where the person was."""
    if not any(c.isalnum() for c in turn.text):  # a guess at an empty message or emoji
        return reprompt(rt, turn)
    if rights_wish_when_done(turn):  # "Stop sharing" heard as a stop: which service, never "I have stopped"
        return back_again(rt, turn)  # (and done whatever the detector made of it: "i want to stop the job one")
    if concern_in(turn.text):  # "I want to end it all" is no "stop": the help was given
        return Step().say(wording.carry_on(turn.stage, turn.person))
    if typed_in_another_language(turn):
        return reprompt(rt, turn)
    if (righted := put_right(rt, turn)) is not None:  # an answer to a service's question put right at the consent question
        return righted
    stage = turn.stage
    meant = (meaning.consent_meaning(turn.text) if stage is Stage.CONSENT else
             meaning.service_meaning(turn.text, list(meaning.SERVICE_WORDS))
             if stage is Stage.CHOOSE_SERVICE else None)
    if meant is not None and meant.kind in MEANINGS_AT_A_CHOICE:
        understood = understood_at_a_choice(rt, turn)  # "what will they do with it?"
        if understood is not None:
            return understood
    step = Step().say(*wording.the_rest(turn.intent, stage, turn.person))
    if turn.intent == "stop" and stage in ENDED_BY_STOP:
        step.at(Stage.DONE).set(service_id=None, **queue(turn))  # nothing is shared
    return step
