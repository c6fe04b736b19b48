"""The kinds of safeguarding concern, and the urgent help each calls for.

The help is what the person reads in the very next reply, before anything else. It is suited to the
concern (Samaritans first for thoughts of suicide; the Domestic Abuse Helpline for abuse; the NSPCC
for a child) and short enough for a text message. Numbers are free UK helplines, open at all hours
unless said otherwise.
"""
from __future__ import annotations

# Most urgent first: when one message raises several concerns, their help is given in this order.
CATEGORIES: dict[str, str] = {
    "suicidal": "thoughts of suicide",
    "self_harm": "self-harm",
    "child_at_risk": "a child at risk",
    "domestic_abuse": "domestic abuse",
    "sexual_abuse": "sexual abuse",
    "carer_breaking_point": "a carer at breaking point",
    "not_safe_at_home": "not safe at home",
    "coercive_control": "coercive control",
    "exploitation": "exploitation",
    "care_abuse": "abuse or neglect by paid carers",
    "financial_abuse": "financial abuse",
    "neglect": "neglect",
}

# Kinds where someone else does the harm: that person is a risk, never a support.
HARM_BY_OTHERS = frozenset({"domestic_abuse", "coercive_control", "financial_abuse", "care_abuse",
                            "sexual_abuse", "exploitation", "child_at_risk", "neglect", "not_safe_at_home"})

EMERGENCY = "If you are in danger now, call 999."
# After an overdose harm can come hours later, though the person feels well (NHS: call 999 or go to A&E)
OVERDOSE_TAKEN = ("If you have taken too many tablets or swallowed something harmful, call 999 now or go to A&E, even "
                  "if you feel well.")
# The same for a medicine given to someone beyond the dose ("givin her extra of her oramorph so she sleeps thru")
OVERDOSE_GIVEN = "If someone has had too many tablets, call 999 or take them to A&E now, even if they seem well."
# A medical emergency going on now (emergency.py): chest pain "right now", a stroke as it happens, a collapse
EMERGENCY_NOW = "If this is happening now, call 999 straight away."
# Gas smelt and not made safe (emergency.gas_now): the gas emergency line, not 999; headaches may be carbon monoxide
GAS = ("If you can smell gas, open the windows, do not use switches or flames, leave, and call the National Gas "
       "Emergency Service on 0800 111 999 (free, any time). For headaches or feeling sick, call NHS 111.")
SAMARITANS = "Samaritans: 116 123 (free, any time)."
MENTAL_HEALTH_111 = "For urgent mental health help, call NHS 111 and choose option 2."
DOMESTIC_ABUSE = "National Domestic Abuse Helpline: 0808 2000 247 (free, any time)."
SILENT_999 = "If you cannot speak on a 999 call, press 55 when asked."
RAPE_CRISIS = "Rape Crisis support line: 0808 500 2222 (free, any time)."
NSPCC = "NSPCC helpline: 0808 800 5000. A child or young person can call Childline on 0800 1111."
CHILDLINE = "A child or young person can call Childline on 0800 1111 (free, any time)."
SAFEGUARDING_TEAM = ("Your council's adult social care team can look into it: call them and say it is "
                     "a safeguarding concern.")
HOURGLASS = "Hourglass (abuse of older people): 0808 808 8141."
CARERS_UK = "If you can, make sure they are safe and take a few minutes away. Carers UK: 0808 808 7777."
SLAVERY = "Modern Slavery and Exploitation Helpline: 08000 121 700 (free, any time)."

_HELP: dict[str, tuple[str, ...]] = {
    "suicidal": (SAMARITANS, MENTAL_HEALTH_111, "If you might act on these thoughts now, call 999."),
    "self_harm": (SAMARITANS, MENTAL_HEALTH_111, EMERGENCY),
    "child_at_risk": ("If a child is in danger now, call 999.", NSPCC),
    "domestic_abuse": (EMERGENCY, SILENT_999, DOMESTIC_ABUSE),
    "sexual_abuse": (EMERGENCY, RAPE_CRISIS),
    "carer_breaking_point": (EMERGENCY, CARERS_UK, SAMARITANS),
    "not_safe_at_home": (EMERGENCY, SILENT_999, DOMESTIC_ABUSE),
    "coercive_control": (DOMESTIC_ABUSE, EMERGENCY),
    "exploitation": (EMERGENCY, SLAVERY),
    "care_abuse": (EMERGENCY, SAFEGUARDING_TEAM, HOURGLASS),
    "financial_abuse": (SAFEGUARDING_TEAM, HOURGLASS, EMERGENCY),
    "neglect": (EMERGENCY, SAFEGUARDING_TEAM, "For urgent medical help, call NHS 111."),
}

OPENING = "What you said worries me, and I want you to have this straight away."
# When only the classifier heard a concern, and not surely (policy.Policy.sure_from): the same help, said
# without asserting the worry ("he fell again tuesday, hurt his wrist" got "What you said worries me" and
# the Domestic Abuse Helpline, and the person felt accused).
TENTATIVE_OPENING = "I may have misread what you said, but in case you need it, help is here now."
GOING_ON = "I have kept what you told me, and we can carry on whenever you are ready."
# By SMS, where someone who harms may read the phone: no texts go to it unasked (status texts, reminders), and the
# person is told so, and that they can delete the messages (bot/rasa/server.py).
PHONE_MAY_BE_READ = ("In case someone else reads your phone, I will not text you about your referrals. Ask me here "
                     "when you want news. You can delete these messages.")
# By the web chat, where someone who harms may see the screen: the page's own way out (bot/web/index.html: the "Leave
# this page" button, or Shift pressed three times), told with the help ("he checks my phone, will he see this?" got the
# helpline and nothing of the screen: a stranger, session 29)
SCREEN_MAY_BE_SEEN = ("If someone may see your screen, press the red Leave this page button at the top, or press Shift "
                      "three times. It opens a weather page and closes this chat.")
# Where what was typed is not kept in the story (the PIN: the story is saved already): the way on, and no more.
CARRY_ON = "We can carry on whenever you are ready."
# Services for adults only, never offered to a child writing (a 15-year-old was given Hourglass and adult social care).
ADULT_ONLY = frozenset({SAFEGUARDING_TEAM, HOURGLASS})
OLDER_ONLY = frozenset({HOURGLASS})  # Hourglass helps people over 60 (never offered to one who says they are younger)
CHILD_999 = _HELP["child_at_risk"][0]
_ACT_NOW = _HELP["suicidal"][2]
# Someone else's thoughts of suicide or self-harm, told by one worried for them ("my daughter says she wants to kill
# herself" got "If you might act on these thoughts now": a stranger, session 22): the 999 line speaks of them
THEIRS = {_ACT_NOW: "If they might act on these thoughts now, call 999.",
          EMERGENCY: "If they are in danger now, call 999."}


def urgent_help(categories: list[str], opening: str | None = None, for_a_child: bool = False,
                going_on: str = GOING_ON, overdose: bool = False, younger: bool = False, unwell: bool = False,
                given: bool = False, emergency: bool = False, theirs: bool = False, gas: bool = False) -> str:
    """The reply for one or more concerns: most urgent first, no line twice, one line for 999 where a child is at
    risk; for a child writing (`for_a_child`), no service for adults only; for an adult under 60 (`younger`), no
    helpline for older people (for money taken, the Domestic Abuse Helpline instead); for an overdose taken, 999 and A&E before anything else (and for one given to someone
    else, `given`, the same for them); for a medical emergency now (`emergency`), 999 first; for voices telling the writer
    to harm someone (`unwell`), the urgent mental health line after the first; for someone else's thoughts of suicide or
    self-harm (`theirs`), the 999 line of them; for gas smelt now (`gas`), the gas emergency line first. One line for
    the writer says to call 999."""
    lines: list[str] = ([GAS] if gas else []) + ([EMERGENCY_NOW] if emergency else []) + ([OVERDOSE_TAKEN] if overdose else []) \
        + ([OVERDOSE_GIVEN] if given else [])
    kinds = set(categories)
    for category in sorted(kinds, key=list(CATEGORIES).index):
        for line in _HELP[category]:
            if younger and not for_a_child and category == "financial_abuse" and line == HOURGLASS:
                # money taken or kept by someone close, from an adult under 60: economic abuse, the Domestic Abuse
                # Helpline's ("Gary keeps my bank card and gives me £10 a week", from a woman of 52: a stranger, session 32)
                line = DOMESTIC_ABUSE
            if line in lines or (for_a_child and line in ADULT_ONLY) or ((for_a_child or younger) and line in OLDER_ONLY) or (
                    line == EMERGENCY and "child_at_risk" in kinds):
                continue
            # someone else's thoughts: their 999 line; the writer's own danger from another kind stays theirs
            lines.append(THEIRS.get(line, line) if theirs and category in ("suicidal", "self_harm") else line)
    if _ACT_NOW in lines and EMERGENCY in lines:
        lines.remove(EMERGENCY)  # "If you might act on these thoughts now, call 999" says it already
    if unwell and MENTAL_HEALTH_111 not in lines:
        lines.insert(1, MENTAL_HEALTH_111)
    if for_a_child and NSPCC not in lines and lines:
        # a child writing, of any concern: Childline too ("im 16 … honestly i cant cope anymore" got Carers UK and the
        # Samaritans only: a stranger, session 29)
        lines.insert(1, CHILDLINE)
    return " ".join([opening or OPENING, *lines, going_on])


def check_in() -> str:
    """The line once given at an answer to one of the assistant's choices instead of the helplines; no longer
    given (issue 17: the same help at every step), kept as the words tests check are never sent."""
    return ("If anything is not safe for you or someone you look after, tell me, and I will give you the numbers "
            "for help. If anyone is in danger now, call 999.")


def gentle_help(categories: list[str]) -> str:
    """For a mention that says the danger is not there ("I'm not suicidal"): no alarm, but the way
    to help is left open."""
    first = sorted(set(categories), key=list(CATEGORIES).index)[0] if categories else "suicidal"
    where = SAMARITANS if first in ("suicidal", "self_harm", "carer_breaking_point") else \
        NSPCC if first == "child_at_risk" else DOMESTIC_ABUSE if first in (
            "domestic_abuse", "coercive_control", "not_safe_at_home", "sexual_abuse") else SAFEGUARDING_TEAM
    return f"Thank you for telling me. If that ever changes, help is there: {where} In an emergency, call 999."
