"""Facts about the person's money a form asks for: "Do you get any benefits?", "Which ones?", "Are
you struggling to pay your bills?". Precision first, as every fact (`bot.intake.facts`): None unless
the story says it plainly; a benefit only when they get it now ("I'm on Universal Credit"), not
one they are waiting for, were refused or lost."""
from __future__ import annotations

import re
from typing import Any

from bot.intake.reading import said as _said

# Each benefit as people say it -> as a form would write it.
_BENEFITS = {
    r"universal credit|\buc\b": "Universal Credit", r"attendance allowance": "Attendance Allowance",
    r"\bpip\b|personal independence payment": "PIP", r"\bdla\b|disability living allowance": "DLA",
    r"\besa\b|employment and support allowance": "ESA", r"\bjsa\b|jobseeker'?s allowance": "JSA",
    r"pension credit": "Pension Credit", r"carer'?s allowance": "Carer's Allowance",
    r"housing benefit": "Housing Benefit", r"council tax (?:support|reduction)": "Council Tax Support",
    r"income support": "Income Support", r"child benefit": "Child Benefit",
    r"(?:working|child) tax credits?|\btax credits\b": "Tax Credits",
}
# (not "get out", "get up": "I said, get out of the flat more and sort my PIP" was sent as PIP had: a stranger, session 32)
_GETS = re.compile(r"\b(?:get|gets|getting|got|on|receive|receives|receiving|claim|claims|claiming|paid|have|has)\b"
                   r"(?!\s+(?:out|up|back|through|over|into|to|rid|better|worse|help|around|about)\b)")
_NOT_GETTING = re.compile(r"\b(?:waiting|wait|applied|applying|apply|turned down|refused|rejected|stopped|lost|appeal\w*|"
                          r"assessment|not|no longer|don'?t|doesn'?t|can'?t|cannot|want|wants|need|needs|should|"
                          r"might|could|entitled|eligible|help with|form|used to|was|were|had|before|until|sort|sorting|"
                          r"sorted|renewal|review|reassess\w*)\b")
_STRAIN = re.compile(r"struggl\w* (?:to pay|to afford|with (?:the |my |our |his |her )?(?:bills?|money|rent|mortgage))|"
                     r"can'?t afford|cannot afford|money is (?:tight|short)|short of money|behind (?:on|with) "
                     r"(?:the |my |our |his |her )?(?:rent|bills?|mortgage|payments)|\barrears\b|\bin debt\b|"
                     r"\bdebts?\b|can'?t pay (?:the |my |our )?(?:bills?|rent)")
_ARREARS = re.compile(r"behind (?:on|with) (?:the |my |our |his |her )?(?:rent|mortgage)|(?:rent|mortgage) arrears|"
                      r"arrears (?:on|with) (?:the |my |our )?(?:rent|mortgage)")


# "money is tight but we manage": tight, and not struggling to pay
_MANAGING = re.compile(r"\bbut\s+(?:we|i|he|she|they)\s+(?:still\s+|just\s+)?(?:manage|cope|get by|make do)\b")


_MANAGED = re.compile(r"(?:we|i|he|she|they)\s+(?:still\s+|just\s+)?(?:manage|cope|get by|make do)\b", re.IGNORECASE)


def benefits(sections: dict[str, Any]) -> list[str]:
    """The benefits the person gets now, as a form writes them ("Universal Credit")."""
    found: list[str] = []
    # Each part of a clause on its own: "Not working, receives UC and PIP" (filed as a "not", for the
    # work) gets both; "I was refused PIP but I get DLA" gets DLA.
    for _, text in _said(sections, "work_money", statuses=("current", "negated")):
        for part in re.split(r"[,;]|\bbut\b|\bthough\b", text):
            if not _GETS.search(part) or _NOT_GETTING.search(part):
                continue
            found += [name for words, name in _BENEFITS.items() if re.search(words, part) and name not in found]
    return found


def gets_benefits(sections: dict[str, Any]) -> bool | None:
    return True if benefits(sections) else None


def money_worries(sections: dict[str, Any]) -> bool | None:
    """Yes when the story says money is tight or a bill or the rent cannot be paid; never no."""
    told = _said(sections, "work_money", "home")
    return True if any(_STRAIN.search(t) and not re.search(r"\bno debts?\b|debt[- ]free|not in debt|paid off", t)
                       and not _MANAGING.search(t) and not _managing_after(i, told)
                       for i, t in told) else None


def _managing_after(item: dict[str, Any], told: list[tuple[dict[str, Any], str]]) -> bool:
    """ "Money is tight but I manage with my pension": the managing told straight after, filed as an item of its own
    (the thirty-third fresh forms set, session 39: the housing form was told she struggles to pay her bills)."""
    end = item.get("source", {}).get("end", -1)
    return any(0 <= other.get("source", {}).get("start", -10) - end <= 6 and _MANAGED.match(text)
               for other, text in told if other is not item)


def rent_arrears(sections: dict[str, Any]) -> bool | None:
    return True if any(_ARREARS.search(t) for _, t in _said(sections, "work_money", "home")) else None
