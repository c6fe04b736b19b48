"""What the assistant says about sharing: the services that could use the story, the consent
question and its explanation, the questions a service's form still needs, and what happened
to a delivery."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation.wording.reply import YES_NO, Reply, about_them, listed, section_list, section_titles
from bot.conversation.wording.returning import PIN_SET
from bot.intake.services import Service

if TYPE_CHECKING:
    from bot.intake.gaps import Gap

NO_SERVICE = Reply("None of the services I know about needs what you have told me so far. Nothing has been shared.")


def _buttons(offers: list[tuple[Service, list[str]]]) -> list[dict[str, str]]:
    return [{"title": service.name, "payload": f'/choose_service{{"service_id":"{service.id}"}}'}
            for service, _ in offers]


# Why a service fits the story (bot.conversation.relevance's reasons), said to the person and to a
# carer ({name}: the person's name, or "them").
REASONS: dict[str, tuple[str, str]] = {
    "money_goal": ("you want help with money", "you want help with money"),
    "money": ("you talked about money", "you talked about money"),
    "work_goal": ("you want to work", "you talked about work"),
    "work": ("you talked about work", "you talked about work"),
    "caring": ("you look after someone", "you look after {name}"),
    "telling_as_carer": ("you look after someone", "you look after {name}"),
    "nursing": ("you talked about nursing care", "you talked about nursing care"),
    "falls": ("you talked about falls", "you talked about falls"),
    "home_access": ("you talked about getting round your home", "you talked about getting round the home"),
    "home_goal": ("you want to stay at home", "you talked about staying at home"),
    "daily_help": ("you need help day to day", "you talked about help day to day"),
    "older_alone": ("you live alone", "you said {name} lives alone"),
    "hospital": ("you talked about hospital care", "you talked about hospital care"),  # an appointment is no stay
    "health": ("you talked about your health", "you talked about {whose} health"),
}


def reason(key: str, person: str | None = None) -> str:
    """Why a service fits, in a few words ("you talked about money")."""
    to_self, to_carer = REASONS[key]
    if person is None:
        return to_self
    return to_carer.format(name=person, whose="their" if person == "them" else f"{person}'s")


# The services list, with the PIN_SET reply before it, fits in three text segments (3 x 153
# characters): the header says the order, and a reason is given for as many services, best fit
# first, as there is room for.
OFFERS_CHARS = 3 * 153 - len(PIN_SET.text) - 1


def service_offers(offers: list[tuple[Service, list[str]]], person: str | None = None,
                   reasons: dict[str, str] | None = None) -> Reply:
    """The services that could use the story, the best fit first, by name, with why each fits
    (`reasons`: service id -> a REASONS key) for as many as a text message has room for (what each
    does, and the parts it would get, come with the consent question, one service at a time;
    `services_explained` gives them all at once). `person` (a carer's: the person's name, or "them")
    makes it about them: "Dave's story", not "your story"."""
    if not offers:
        return NO_SERVICE
    whose = about_them("Your", person)
    lines = [f"{whose[:1].upper() + whose[1:]} story is saved. These services could use it, best fit first. "
             "Each gets only what it needs, if you agree:"]
    lines += [f"{number}. {service.name}" for number, (service, _) in enumerate(offers, start=1)]
    lines.append("Say one or more numbers or names, or \"no\".")
    if not reasons or sum(len(line) + 1 for line in lines) > OFFERS_CHARS:
        lines[0] = lines[0].replace(", best fit first", "")
    for number, (service, _) in enumerate(offers, start=1):
        why = (reasons or {}).get(service.id)
        longer = f"{lines[number]}, as {reason(why, person)}" if why else lines[number]
        if sum(len(line) + 1 for line in lines) + len(longer) - len(lines[number]) > OFFERS_CHARS:
            break
        lines[number] = longer
    return Reply("\n".join(lines), _buttons(offers))


def services_explained(offers: list[tuple[Service, list[str]]], person: str | None = None) -> Reply:
    """The services that could use the story, each with what it does and the parts it would get:
    the answer to "what do they do?" while choosing."""
    if not offers:
        return NO_SERVICE
    lines = ["Each gets only the parts named, and only if you agree."]
    for number, (service, sections) in enumerate(offers, start=1):
        parts = section_titles(sections, person) if len(sections) <= 4 else \
            f"{section_titles(sections[:3], person).replace(' and ', ', ')} and {len(sections) - 3} more parts"
        lines.append(f"{number}. {service.name}. {service.purpose} It would get {parts}.")
    lines.append("Which would you like to share with?")
    return Reply("\n".join(lines), _buttons(offers))


_TELLING = " without you having to tell your story again"


def purpose(service: Service, person: str | None = None) -> str:
    """Why the service would have it (its `sharing_purpose`, "so that … can plan help without you having
    to tell your story again"), said in two short sentences: "so that they can plan help. You will not
    have to tell your story again"; to a carer about the person, who still tells it: "… tell Dave's
    story again"."""
    said = service.sharing_purpose.replace(f"so that {service.name} can", "so that they can")  # the name once is enough
    said = said.replace(_TELLING, "\0")
    kept = said if person is None else about_them(said, person)
    return kept.replace("\0", f". You will not have to tell {about_them('your story', person)} again")


# To a carer who left out only the person's parts ("not his health"): her own facts in them still go (F4)
YOURS_TOO = "They also get what you told me about yourself, as it is yours. "


def consent_question(service: Service, sections: list[str], chosen: bool = False, person: str | None = None,
                     yours_too: bool = False) -> Reply:
    """Whether to share these parts with this service; the first time, with what the service does.
    `yours_too`: a carer's own facts in the parts left out go as well, and are said to."""
    mine = "my" if person is None else "their"
    choose = "" if chosen or len(sections) < 2 else \
        f" You can also leave parts out: for example, say \"not {mine} medicines\" or \"only {mine} health\"."
    what_it_does = "" if chosen else f"{service.name}: {service.purpose} "
    return Reply(
        f"{what_it_does}If you agree, {service.name} will receive:{section_list(sections, person)}"
        f"{YOURS_TOO if yours_too else ''}Nothing else. "
        f"This is {purpose(service, person)}. You can change your mind later.{choose} "
        "Do you agree to share this?",
        YES_NO)


def another_practice(practice: str, service: Service, person: str | None = None) -> Reply:
    """The story names another GP practice than the one this form goes to."""
    whose, who = ("your", "you are") if person is None else ("their", "they are")
    return Reply(f"You told me {whose} GP is at {practice}. This goes to {service.name.split(' (')[0]}. "
                 f"Only share it if {who} registered there.")


def things_held_back(things: list[str], holding: list[str], person: str | None = None) -> Reply:
    """What was left out for something the person does not want a service told of (found in `holding`; one found in
    no part is said back by parts_not_known)."""
    named = listed([f"\u201c{t}\u201d" for t in things])
    return Reply(f"I have left out {section_titles(holding, person)}, because that is where {named} "
                 f"{'are' if len(things) > 1 else 'is'}. "
                 "A part goes whole or not at all.")


def carers_own_left_out(parts: list[str], person: str | None = None) -> Reply:
    """A carer's own, held back from parts that still go ("not my own health"): said, with what still goes."""
    return Reply("I will leave out what you told me about yourself. "
                 f"{section_titles(parts, person)[0].upper() + section_titles(parts, person)[1:]} still "
                 f"{'go' if len(parts) > 1 else 'goes'}, if you agree.")


def medicines_tell(person: str | None = None) -> Reply:
    """The medicines part left out with a condition held back, because some of the medicines tell it."""
    whose = f"{person}'s" if person else "your"
    return Reply(f"I have left out {whose} medicines too: some of them would tell the service what you asked me to leave "
                 "out. A part goes whole or not at all.")


def not_on_offer(service: Service, sections: list[str], person: str | None = None) -> Reply:
    """Parts held back that the service would not get anyway ("not my medicines", of a service that gets none)."""
    return Reply(f"{service.name} would not get {section_titles(sections, person)} anyway.")


def nothing_left(person: str | None = None) -> Reply:
    mine = "my" if person is None else "their"
    return Reply("That leaves nothing to share. Say yes to share all of it. Say no to share nothing. Or name the "
                 f"parts to share, for example \"only {mine} health\".")


NOTHING_LEFT_TO_SHARE = nothing_left()


def consent_explained(service: Service, sections: list[str], person: str | None = None) -> Reply:
    """"What will they do with it?" at the consent question: the answer, then the question again."""
    return Reply(f"{service.name} would get only these parts:{section_list(sections, person)}They use it "
                 f"{purpose(service, person)}. They keep it with their own records. You can ask me to stop "
                 "sharing at any time, and nothing more is sent. Do you agree to share this?", YES_NO)


def parts_not_known(service: Service, words: list[str], sections: list[str], left_out: list[str],
                    person: str | None = None) -> Reply:
    """Words at the consent question that name no part ("not the wotsit stuff"): said plainly, with what
    will and will not be shared, and the question again."""
    said = " or ".join(f"\u201c{w}\u201d" for w in words)
    not_shared = f"They will not get{section_list(left_out, person)}" if left_out else ""
    return Reply(f"I do not know which part {said} is, so I have not left it out. If you agree, {service.name} "
                 f"will get:{section_list(sections, person)}{not_shared}To leave a part out, say its name, for "
                 "example \"not risks and safety\". Do you agree to share this?", YES_NO)


def consent_help(service: Service | None, person: str | None = None) -> Reply:
    name = service.name if service else "the service"
    mine = "my" if person is None else "their"
    return Reply(f"Say \"yes\" to share these parts with {name}. Say \"no\" to share nothing. Or name the parts to "
                 f"share, for example \"only {mine} health\".", YES_NO)


def beyond_the_basis(basis_label: str, sections: list[str], allowed: list[str], person: str) -> Reply:
    """A carer asks to share a part their basis does not cover: why not, and what they can do instead."""
    who = person if person != "them" else "the person"
    return Reply(f"{basis_label} covers money and property only. It does not let you agree to share "
                 f"{section_titles(sections, person)}. {who[0].upper() + who[1:]} can agree to that, or "
                 "someone with a lasting power of attorney for health and welfare can. You can still share "
                 f"{section_titles(allowed, person)}. Do you agree to share those?", YES_NO)


def gaps_intro(service: Service, count: int, person: str | None = None) -> Reply:
    many = "a few things" if count > 1 else "one thing"
    whose = about_them("your story", person)
    return Reply(f"To fill in the form for {service.name}, I need {many} {whose} did not say. I will ask once, and "
                 "use your answer for any other service that asks the same. Say \"skip\" to leave "
                 "one for the service to ask.")


def gap_question(gap: Gap) -> Reply:
    """One gap question; a yes/no or a choice comes with buttons (numbered options on SMS)."""
    if gap.type == "boolean":
        return Reply(gap.question, [{"title": "Yes", "payload": "yes"}, {"title": "No", "payload": "no"}])
    if gap.options:
        return Reply(gap.question, [{"title": label, "payload": label} for _, label in gap.options])
    return Reply(gap.question)


def shared(service: Service, receipt_code: str, status: str, reason: str | None, person: str | None = None) -> Reply:
    """How a share went; to a carer, about the person ("Dave's details")."""
    details, story = about_them("your details", person), about_them("your story", person)
    details_cap, story_cap = details[0].upper() + details[1:], story[0].upper() + story[1:]
    receipt = (f"Your receipt code is {receipt_code}: it records what you shared, with whom and why.")
    if status == "received":
        return Reply(f"Done. {service.name} has {details} and has confirmed it. {receipt} "
                     f"Thank you for telling {story}.")
    if status == "sent":
        return Reply(f"Done. {details_cap} have been sent to {service.name}. {receipt} "
                     f"Thank you for telling {story}.")
    if status == "failed":
        return Reply(f"{service.name} could not take {details} ({reason}). Nothing more will be "
                     f"sent to them. {story_cap} is saved safely. {receipt}")
    if status == "cancelled":
        return Reply(f"Nothing was sent to {service.name}. You took back your agreement to share.")
    return Reply(f"{service.name} has not answered yet. I will keep trying for up to 3 days, and tell "
                 f"you here how it went. {story_cap} is saved safely. {receipt}")


def no_number(service: Service) -> Reply:
    """After a share whose form went without the carer's phone number: said plainly, never only "Done" (F19)."""
    return Reply(f"Please note: {service.name} has no phone number for you. They may have no way to reach you.")


def delivery_news(service_name: str, status: str, reason: str | None) -> Reply:
    """What happened to a delivery since the person last heard."""
    if status in ("sent", "received"):
        return Reply(f"News since we last spoke: {service_name} now has your details.")
    if status == "failed":
        return Reply(f"News since we last spoke: I could not get your details to {service_name} "
                     f"({reason}). Nothing was sent. You can ask me to try again.")
    return Reply(f"News since we last spoke: nothing was sent to {service_name}. You took back your "
                 "agreement to share.")


def service_closed(service: Service, person: str | None = None) -> Reply:
    story = about_them("your story", person)
    return Reply(f"{service.name} is not taking requests this way now, so nothing has been shared. "
                 f"{story[0].upper() + story[1:]} is saved safely.")


NOTHING_CHOSEN = Reply("That's fine. Nothing has been shared with any service. If you change your "
                       "mind, tell me which service, for example \"the GP\".")


def no_more_services(shared: list[Service]) -> Reply:
    """No other service chosen, after sharing with some: say who has it, never "nothing has been shared"."""
    names = [s.name for s in shared]
    said = listed(names)
    return Reply(f"That's fine. No other service will get it. {said} {'has' if len(names) == 1 else 'have'} "
                 "what you agreed to share. If you change your mind before you leave this chat, tell me which "
                 "service, for example \"the GP\".")


def not_these(services: list[Service]) -> Reply:
    """Services turned down at another's consent question ("actually not the housing people"): nothing goes to them."""
    names = " or ".join(service.name for service in services)
    return Reply(f"All right: nothing will be shared with {names}.")


def not_shared(service: Service, shared_before: bool = False) -> Reply:
    """"No" at a service's consent: nothing shared with it now, and (when it already has what was shared
    before) that that stays with it until they say otherwise: never "Nothing has been shared" then."""
    if shared_before:
        return Reply(f"That's fine. Nothing more has been sent to {service.name}. It still has what you shared "
                     "before; to take that back, say \"stop sharing\".")
    return Reply(f"That's fine. Nothing has been shared with {service.name}.")
