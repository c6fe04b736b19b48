"""What is said and taken back in the same breath: "I'm on sertraline, no sorry, citalopram", "omeprazole, or is it
lansoprazole? No, it's pantoprazole", "I've got epilepsy, no, that's my son", "allergic to latex, well not latex, it's
the powder", "I'm on citalopram, well I was", "I'm 71, sorry, 72", "eighty next birthday".

What was taken back is no fact of the person's (session 23: a fresh set kept the medicine put right as well as the
right one, a relative's asthma as the person's, an allergy the person then said was fine, the age before "sorry").
Applied to the items of one story after it is read, by where their words were said (`source`), before later
mentions of the same thing are joined (`corrections.keep_latest`).
"""
from __future__ import annotations

import re
from typing import Any

from bot.sections import MEDICINE_DETAILS, medicine_text
from bot.understanding.structuring import context, cues

_TERMS = ("health", "medications", "allergies")
# Straight after a thing named, the words that take it back: ", no, …", ", no sorry", ", wait, no", ", no hang on",
# ", or is it …", ", sorry, <the right one>" (only when the right one follows at once: `_SORRY`)
# (a break before it, and words after: "Smoke yes, drink no." answers a form's question, it takes nothing back)
_TAKEN_BACK = re.compile(
    r"\s*[,.;?!:-]+\s*(?:"
    r"(?:no|nah|nope)\s*(?:(?:[,!;:-]|\.\.\.)+|\s+(?=(?:sorry|wait|hang\s+on|hold\s+on|i\s+mean|it['’]?s|it\s+is|it\s+was|"
    r"that['’]?s|thats|that\s+is|that\s+was|not|i\s+tell\s+a\s+lie)\b))\s*(?:(?:sorry|wait|hang\s+on|hold\s+on|i\s+mean|"
    r"i\s+tell\s+a\s+lie)\b[\s,.!;:-]*)?"
    r"|(?:wait|sorry|hang\s+on|hold\s+on)\s*[,.!;:-]*\s*(?:no|nah)\b[\s,.!;:-]*"
    r"|or\s+is\s+it\b)", re.IGNORECASE)
# ... or a word like it that names nothing of ours: a slip put right ("gout, I mean Gouda": the thirteenth fresh set,
# session 29, where gout was sent as had)
_SLIP = re.compile(r"([A-Za-z]{4,})\b")
_SORRY = re.compile(r"\s*,\s*(?:sorry|i\s+mean|i\s+meant)\s*[,.]?\s*(?:(?:it['’]?s|its|it\s+is)\s+)?", re.IGNORECASE)
# "…, well not latex", "the pill, not the pill, the mini pill": the same thing named again with "not"
_NOT_AGAIN = r"\s*,\s*(?:well\s*,?\s*)?(?:no\s*,?\s*)?(?:sorry\s*,?\s*)?not\s+(?:the\s+|my\s+|a\s+|an\s+)?{}\b"
# "I'm on warfarin, well I was", "he takes apixaban, well he did": no longer
_WELL_WAS = re.compile(r"\s*,\s*well\s*,?\s+(?:i|he|she|they|we)\s+(?:was|were|did|used\s+to)\b", re.IGNORECASE)
# ... and only when nothing else is said to have been: the clause ends ("well I was, they …", "well I was but …") or
# the same thing follows ("well I was on it"); "I'm on co-codamol, well I was on tramadol" says tramadol is past
_WELL_WAS_ENDS = re.compile(r"\s*(?:[,.;:!?\n-]|$|(?:but|until|till|then|and|though)\b)", re.IGNORECASE)
_WELL_WAS_ON = r"\s+(?:on|taking|having|using)\s+(?:(?:it|that|them|those|the\s+same)\b|(?:the\s+|my\s+)?{}\b)"
# In what takes it back, whose it was: "that's my son", "it was my dad's"; "that's Brenda's" (someone named)
_WHOSE = re.compile(r"\b(?:that['’]?s|thats|that\s+is|that\s+was|it['’]?s|it\s+is|it\s+was)\s+(?:my|our|me)\s+"
                    r"([a-z-]+?)(?:['’]?s)?\b", re.IGNORECASE)
# ... the one named, then who they are: "that was our Edna, my sister"
_AND_THEIR_KIN = re.compile(r"\s*,?\s*(?:my|our|me)\s+([a-z-]+)\b", re.IGNORECASE)
_SOMEONE_NAMED = re.compile(r"\b(?:that['’]?s|thats|that\s+is|that\s+was|it['’]?s|it\s+is|it\s+was)\s+"
                            r"(?-i:[A-Z][a-z]+)['’]s\b", re.IGNORECASE)
# "it's", "that was": what leads to the thing said in its place
_IT_IS = r"(?:it['’]?s|its|it\s+is|it\s+was|that['’]?s|thats|that\s+is|that\s+was)"
_PUT_RIGHT = re.compile(r"(?:" + _IT_IS + r"|not)\b", re.IGNORECASE)
# Someone named and taken back at once, kept as a clause of its own: "My daughter, sorry" (before "my daughter-in-law")
_KIN_TAKEN_BACK = re.compile(r"^\W*(?:my|our|me)\s+[a-z-]+\s*,\s*(?:no|sorry|wait|i\s+mean)\W*$", re.IGNORECASE)
# What says the thing was had, only stopped since: "no wait, they stopped that", "no, they changed it"
_STOPPED_SINCE = re.compile(r"\b(?:stopped|stop|changed|change|switched|swapped|took\s+(?:me|him|her|them)\s+off|came\s+off|"
                            r"come\s+off|taken\s+off|no\s+longer|not\s+any\s*more)\b", re.IGNORECASE)
# What leads to a thing said in place of the one taken back, straight after the "no": "no, it was prostate cancer",
# "wait, no, the Fostair", "no, atorvastatin". Only a thing of the same kind said there takes it back: "no, it's a bad
# one", "no, the doctor says it's for life", "nope, its under control", "no, not insulin yet" go on about it (a second
# reader, session 23: each of these dropped a true medicine, condition or allergy)
_INSTEAD = re.compile(r"\s*(?:(?:" + _IT_IS + r"|i\s+mean)\s+)?"
                      r"(?:actually\s+)?(?:(?:the|a|an|my|to)\s+)?", re.IGNORECASE)
# ... or one word said there and no more, when it is no word for how it is ("no, it's mild", "nope, it's fine")
_NAMED_INSTEAD = re.compile(r"\s*" + _IT_IS + r"\s+"
                            r"(?:the\s+)?([a-z][a-z'’-]*)\s*(?:$|[,;:.!?)-]|(?:now|not|that|i\s+think)\b)", re.IGNORECASE)
_NO_THING = frozenset("""fine ok okay alright mild bad worse better good severe serious minor major chronic stable early late
    controlled managed sorted gone over right true wrong same mine his hers theirs ours it that this one all nothing
    normal mild moderate new old long short life lifelong permanent temporary awful terrible horrible nasty painful
    improving worsening getting easier harder under for what how when where why who not the a an my""".split())
SENTENCE_END = re.compile(r"[.!?\n]")  # where a sentence ends, for what is said in the one that names an item


def _span(item: dict[str, Any]) -> tuple[int, int] | None:
    source = item.get("source")
    if not isinstance(source, dict) or "start" not in source or source.get("end", 0) <= source["start"]:
        return None
    return int(source["start"]), int(source["end"])


def apply(profile: dict[str, Any], story: str, relatives: frozenset[str], earlier: frozenset[int] = frozenset()) -> None:
    """Take back what the story took back as it was told (`earlier`: a saved version's items, never changed here)."""
    sections = profile["sections"]
    allergen_put_right(sections, story, earlier)
    gone: set[int] = set()
    for section in _TERMS:
        said = sorted(((span, i) for i in sections[section] if id(i) not in earlier and (span := _span(i))),
                      key=lambda pair: pair[0][0])
        for number, ((start, end), found) in enumerate(said):
            if id(found) in gone:
                continue
            following = [(s, i) for s, i in said[number + 1:] if s[0] >= end and id(i) not in gone]
            _taken_back(sections, story, section, found, start, end, following, relatives, gone)
    for found in sections["support_network"]:  # "My daughter, sorry, my daughter-in-law Priya": no daughter
        if id(found) not in earlier and _KIN_TAKEN_BACK.match(found["text"]):
            gone.add(id(found))
    for section, items in sections.items():
        sections[section] = [i for i in items if id(i) not in gone]
    _fine_after_all(sections, story, earlier)
    _put_right_later(sections, story, earlier)
    _home_left(sections["home"], story, earlier)
    _dose_put_right(sections["medications"], story, earlier)
    _amount_put_right(sections["health"], story, earlier)
    _age(sections["about_me"], story, earlier)


def _taken_back(sections: dict[str, list[dict[str, Any]]], story: str, section: str, found: dict[str, Any], start: int,
                end: int, following: list[tuple[tuple[int, int], dict[str, Any]]], relatives: frozenset[str],
                gone: set[int]) -> None:
    after = story[end:end + 120]
    surface = re.sub(r"^(?:the|my|a|an)\s+", "", story[start:end], flags=re.IGNORECASE)
    well = _WELL_WAS.match(after)
    if well and found["status"] == context.CURRENT:
        if _WELL_WAS_ENDS.match(after, well.end()) or (
                surface and re.compile(_WELL_WAS_ON.format(re.escape(surface)), re.IGNORECASE).match(after, well.end())):
            found["status"] = context.PAST
        return
    again = re.compile(_NOT_AGAIN.format(re.escape(surface)), re.IGNORECASE).match(after) if surface else None
    cue = _TAKEN_BACK.match(after)
    sorry = _SORRY.match(after)
    if sorry and not cue:  # "sertraline, sorry, citalopram": the right one said at once
        if following and following[0][0][0] == end + sorry.end():
            gone.add(id(found))
        elif (slip := _SLIP.match(after, sorry.end())) and len(surface) >= 4 and slip.group(1).lower() != surface.lower() \
                and slip.group(1).lower().startswith(surface.lower()[:3]):
            gone.add(id(found))  # "I can't stand gout, I mean Gouda, the cheese": a slip of the tongue, no gout
        return
    if not cue and not again:
        return
    said_to = end + (again or cue).end()  # type: ignore[union-attr]
    stop = SENTENCE_END.search(story, said_to)
    window_end = min(stop.start() if stop else len(story), said_to + 80)
    if not again and not re.search(r"[a-z]", story[said_to:window_end], re.IGNORECASE):
        return  # "drink, no!": an answer, nothing said in its place
    if "\n" in story[end:said_to] or (re.search(r"[.!?]", story[end:said_to]) and not _PUT_RIGHT.match(story, said_to)):
        return  # "I have asthma." then "No, I also have a bad knee": a reply, adding; only "…? No, it's …" puts it right
    same = {str(found.get("name") or found["text"]).lower()}
    right = next(((s, i) for s, i in following if s[0] >= said_to
                  and str(i.get("name") or i["text"]).lower() not in same), None)
    if right and right[0][0] < window_end:
        window_end = right[0][0]
    near = right is not None and right[0][0] == window_end  # the right one said in its place
    window = story[said_to:window_end]
    # the same thing named again inside what takes it back ("no hang on, not gout"): no denial, part of taking it back;
    # named again as it is ("hydroxyurea... wait no they stopped the hydroxyurea"): that saying of it stands
    restated: list[dict[str, Any]] = []
    denied = False
    for (s, _), echo in following:
        if end <= s < said_to:
            gone.add(id(echo))  # a word of the taking back itself ("codeine, wait, no"): no allergen "wait"
        elif said_to <= s < window_end and (right is None or echo is not right[1]):
            if echo["status"] == context.NEGATED or re.search(r"\bnot\s+(?:\w+\s+)?$", story[max(0, s - 20):s], re.IGNORECASE):
                gone.add(id(echo))
                denied = True
            else:
                restated.append(echo)
    if restated:
        gone.add(id(found))
        if _STOPPED_SINCE.search(window) and section == "medications":
            # "aspirin, no sorry, doctor change aspirin to clopidogrel after stroke": the aspirin said again is over (the
            # twenty-fifth fresh structuring set, session 41: sent as taken beside the clopidogrel)
            for echo in restated:
                if str(echo.get("name") or echo["text"]).lower() in same:
                    echo["status"] = context.PAST
        return
    if _STOPPED_SINCE.search(window) and section == "medications":
        found["status"] = context.PAST  # "naproxen, no wait, they stopped that …, it's co-codamol now": had, not wrong
        return
    if section == "allergies" and not near and found["status"] == context.CURRENT:
        # "allergic to penicillin, no, amoxicillin": the allergen put right is read as a medicine; it is the allergy
        lead = re.match(r"\s*(?:(?:it['’]?s|its|it\s+is|it\s+was)\s+)?(?:(?:the|to)\s+)?", window)
        named = next((i for i in sections["medications"] if (span := _span(i)) and id(i) not in gone
                      and span[0] == said_to + (lead.end() if lead else 0)), None)
        if named is not None:
            term = story[_span(named)[0]:_span(named)[1]]  # type: ignore[index]
            sections["allergies"].append({**{k: v for k, v in named.items() if k not in MEDICINE_DETAILS},
                                          "text": term.lower(), "term": term, "status": context.CURRENT})
            gone.update({id(found), id(named)})
            return
    instead = near and right is not None and _INSTEAD.fullmatch(story, said_to, right[0][0]) is not None \
        and not re.match(r"\s+ones?\b", story[right[0][1]:])  # "no, that's the blood thinner one": what it is
    # a thing only wondered about ("omeprazole, or is it lansoprazole? No, it's …"): "no, it's" takes it back
    wondered = re.search(r"\bor\s+is\s+it\s+(?:the\s+|a\s+|an\s+)?$", story[max(0, start - 20):start], re.IGNORECASE)
    instead = instead or bool(wondered and _PUT_RIGHT.match(story, said_to))
    whose = _WHOSE.search(window)
    relation = whose.group(1).lower() if whose else None
    if relation and relation not in relatives and relation.rstrip("s") in relatives:
        relation = relation.rstrip("s")
    if whose and relation not in relatives and (then := _AND_THEIR_KIN.match(window, whose.end())):
        relation = then.group(1).lower()  # "no, hang on, that was our Edna, my sister, not me" (fresh20, session 26)
    named_instead = _NAMED_INSTEAD.match(story, said_to, stop.start() if stop else len(story))
    if named_instead and named_instead.group(1).lower() not in _NO_THING:
        instead = True  # "no, it was cervical", "no, it's the Fostair": one word in its place that was not read as a thing
    if not (instead or again or denied or relation in relatives or _SOMEONE_NAMED.search(window)):
        return  # "arthritis, no, not in my hands, in my knees": where, not what; "no, that's my main one"; it stands
    for other in ("support_network",):  # "that's my son", "that was my dad": no one who supports them
        for i in sections[other]:
            span = _span(i)
            if span and end <= span[0] < window_end + 1 and re.match(r"(?:that|it)\b", i["text"], re.IGNORECASE):
                gone.add(id(i))
    if relation in relatives and section in ("health", "allergies") and found["about"] == "subject":
        found.update(status=context.FAMILY, about=relation)  # "I've got epilepsy, no, that's my son": his
        return
    if (relation in relatives or _SOMEONE_NAMED.search(window)) and section == "medications":
        gone.add(id(found))  # "the blue inhaler, no, that's Brenda's": hers, not the person's
        return
    gone.add(id(found))
    if right and found["about"] != "subject" and right[1]["about"] == "subject" \
            and right[1]["status"] in (context.CURRENT, context.PAST) and story.count("\n", end, right[0][0]) == 0:
        # "My dad had bowel cancer, no, it was prostate": the right one is still the dad's
        right[1].update(status=found["status"], about=found["about"])
        if found.get("when"):
            right[1]["when"] = found["when"]


# An allergen put right: "allergic to penicillin, no hang on, its not penicillin its aspirin", "allergic to penicillin. No
# wait, not penicillin, aspirin", "Allergic to codeine - actually no, it's morphine" (the nineteenth fresh forms set,
# session 25: penicillin was sent as a medicine taken and the aspirin allergy was lost). What leads from the allergen
# to the one said in its place, and what says the first is fine after all ("penicillin is fine", "codeine is ok")
_ALLERGEN_PUT_RIGHT = re.compile(
    r"^[\s\"'”’]*[,.;:!?–—-]*[\s\"'”’]*(?:(?:no|nah|sorry|wait|actually|hang\s+on|hold\s+on|i\s+mean)\b[\s,.!;:–—-]*){1,4}"
    r"(?:(?:she|he|they|i)\s+(?:says?|said|means?|meant)\s+)?(?:(?:it['’]?s|its|it\s+is|it\s+was)\s+)?"
    r"(?:not\s+(?:the\s+)?(?P<not>[a-z][a-z-]*)\s*[,;:–—-]?\s*(?:(?:it['’]?s|its|it\s+is|it\s+was|but)\s+)?)?"
    r"(?:the\s+)?$", re.IGNORECASE)
_TAKEN_AFTER = re.compile(r"\s+(?:(?:i|he|she|they)\s+(?:take|takes|use|uses|have|has|am\s+on|is\s+on)|daily|every|twice|"
                          r"once|\d)\b", re.IGNORECASE)
_AS_WELL = re.compile(r"\s*(?:as\s+well|too|also)\b", re.IGNORECASE)
_FINE_AFTER_ALL = (r"\b{}\s+(?:(?:is|was|are|were|'s)\s+(?:fine|ok|okay|alright|all\s+right|no\s+problem)|"
                   # "… aspirin I can take" (a stranger at the allergies read-back, session 25)
                   r"(?:i|he|she|they|we)\s+can\s+(?:take|have))\b")


def allergen_put_right(sections: dict[str, list[dict[str, Any]]], story: str, earlier: frozenset[int]) -> None:
    # "... not penicillin, aspirin. Penicillin is fine": said of an allergy just put right, no medicine taken
    sections["medications"] = [i for i in sections["medications"] if id(i) in earlier or not (
        (at := _span(i)) and re.compile(_FINE_AFTER_ALL.format(re.escape(story[at[0]:at[1]])), re.IGNORECASE).match(
            story, at[0]) and re.search(r"\ball?erg", story[max(0, at[0] - 150):at[0]], re.IGNORECASE))]
    for allergy in [i for i in sections["allergies"] if id(i) not in earlier and i["about"] == "subject"]:
        span = _span(allergy)
        if span is None:
            continue
        first = story[span[0]:span[1]].lower()
        for medicine in [i for i in sections["medications"] if id(i) not in earlier and (at := _span(i))
                         and span[1] < at[0] <= span[1] + 90 and str(i.get("name") or i["text"]).lower() != first]:
            at = _span(medicine) or (0, 0)
            lead = _ALLERGEN_PUT_RIGHT.match(story[span[1]:at[0]])
            if lead is None or (lead.group("not") and lead.group("not").lower() != first) \
                    or _TAKEN_AFTER.match(story, at[1]):
                continue  # "Allergic to penicillin, sorry, aspirin I take daily": a medicine said next (a second reader)
            also = _AS_WELL.match(story, at[1]) is not None  # "… actually no, it's morphine as well": both
            term = story[at[0]:at[1]]
            put = {k: v for k, v in medicine.items() if k not in MEDICINE_DETAILS}
            put.update(text=term.lower(), term=term, status=context.CURRENT, about="subject")
            sections["allergies"] = [i for i in sections["allergies"] if also or i is not allergy] + [put]
            fine = re.compile(_FINE_AFTER_ALL.format(re.escape(first)), re.IGNORECASE)
            # the allergen named again in the putting right, or said to be fine after: no medicine taken either
            sections["medications"] = [i for i in sections["medications"] if i is not medicine and not (
                (where := _span(i)) and span[1] <= where[0] <= at[1] + 120
                and story[where[0]:where[1]].lower() == first
                and (where[0] < at[0] or fine.match(story, where[0])))]
            break


# A habit's amount put right just after it: "roll ups, ten a day. Well more like fifteen if I'm honest" (the nineteenth
# fresh forms set: ten was sent)
_MORE_LIKE = re.compile(rf"[\s.,;!-]*(?:(?:well|no|actually|ok|okay|honestly|or|sorry)[\s.,;!-]+)*(?:more\s+like|nearer|"
                        rf"closer\s+to|really|probably|it['’]?s\s+more\s+like)\s+(?P<n>\d{{1,3}}|{cues.AGE_IN_WORDS})\b",
                        re.IGNORECASE)


# ... or said again after a "no" or a "sorry": "I smoke 20 a day, no, sorry, now 10" (the twenty-third fresh forms set,
# session 29: 20 was sent)
_SAID_AGAIN = re.compile(rf"[\s.,;!-]*(?:(?:well|ok|okay|oh)[\s.,;!-]+)*(?:(?:no|sorry|actually|i\s+mean|i\s+tell\s+a\s+lie)"
                         rf"[\s.,;!-]+)+(?:(?:now|it['’]?s|its|only|just|about|more\s+like)\s+)?(?P<n>\d{{1,3}}|{cues.AGE_IN_WORDS})\b"
                         rf"(?!\s*(?:years?|yrs?|months?|weeks?|days?\s+ago|o['’]?clock|pm|am)\b)", re.IGNORECASE)


def _amount_put_right(health: list[dict[str, Any]], story: str, earlier: frozenset[int]) -> None:
    for found in health:
        amount, span = found.get("amount"), _span(found)
        if id(found) in earlier or not isinstance(amount, str) or span is None or found["text"] not in cues.HABITS:
            continue
        at = story.find(amount, span[0])
        said = (_MORE_LIKE.match(story, at + len(amount)) or _SAID_AGAIN.match(story, at + len(amount))) if at >= 0 else None
        if said is not None and re.match(r"\S+", amount):
            put = said.group("n") if said.group("n").isdigit() else str(cues.number(said.group("n")))
            found["amount"] = re.sub(r"^\S+", put, amount, count=1)


# ("he's 84, sorry, no, he's 85": who is that age said again, session 24; "she's 77, no, I tell a lie, she's 76", session 27)
_AGE_AGAIN = re.compile(rf"\s*(?:years?(?:\s+old)?)?\s*[,;–—-]\s*(?:no\s*,?\s*|well\s*,?\s*)?(?:sorry|no|so|i\s+mean|"
                        rf"actually)\b\s*,?\s*(?:(?:no|sorry|wait|hang\s+on|i\s+tell\s+a\s+lie)\b\s*,?\s*)?(?:(?P<who>i['’]?m|im|i\s+am|it['’]?s|"
                        rf"he['’]?s|hes|he\s+is|she['’]?s|shes|she\s+is|they['’]re|they\s+are|mum['’]?s|dad['’]?s)\s+)?"
                        rf"(?P<age>\d{{1,3}}|{cues.AGE_IN_WORDS})\b",
                        re.IGNORECASE)
_LATER = re.compile(r"\s*(?:in|on|at|next|this|come|by|soon|later|when)\b", re.IGNORECASE)
_NEXT_BIRTHDAY = re.compile(r"\s*(?:years?(?:\s+old)?\s+)?next\s+birthday\b", re.IGNORECASE)


def _age(about: list[dict[str, Any]], story: str, earlier: frozenset[int]) -> None:
    """"I'm 71, sorry, 72", "seventy-three, no, seventy-four": the age put right; "eighty next birthday": 79."""
    for found in about:
        span = _span(found)
        if found.get("kind") != "age" or id(found) in earlier or not span or not isinstance(found.get("value"), int):
            continue
        after = story[span[1]:span[1] + 60]
        old = int(found["value"])
        new = old
        next_birthday = _NEXT_BIRTHDAY.match(after)
        if next_birthday:
            new = old - 1
            after = after[next_birthday.end():]
        at = 0
        mine = bool(re.search(r"\b(?:i['’]?m|im|i\s+am|i)\s+(?:\w+\s+){0,2}$", story[max(0, span[0] - 25):span[0]], re.I))
        while (again := _AGE_AGAIN.match(after, at)) and abs(cues.number(again.group("age")) - new) <= 3 \
                and not (mine and (again.group("who") or "i").lower()[:1] in ("h", "s", "t", "m", "d")) \
                and not _LATER.match(after, again.end()) \
                and (next_birthday or not re.search(r"\bso\b", again.group(0), re.IGNORECASE)):
            # ("I'm 80, so 81 in June" is the age now and the next one; "so" puts it right after "next birthday" only;
            # "71, sorry, 72, no 73" is 73: each put right again)
            new, at = cues.number(again.group("age")), again.end()
        if new != old and 0 < new < 120:
            found.update(value=new, text=f"{new} years old")


# "I'm allergic to codeine, wait, no, it's tramadol …, codeine's fine": fine to take, said where allergies are spoken of
_FINE = re.compile(r"(?:['’]s|\s+is|\s+are)\s+(?:fine|ok|okay|alright|all\s+right)\b", re.IGNORECASE)
_ALLERGY_SAID = re.compile(r"\b(?:allerg|react|intoleran)", re.IGNORECASE)


def _fine_after_all(sections: dict[str, list[dict[str, Any]]], story: str, earlier: frozenset[int]) -> None:
    """A medicine said to be fine, in a sentence about allergies, is no allergy (negated) and no medicine taken."""
    kept = []
    for found in sections["medications"]:
        span = _span(found)
        begun = max(story.rfind(".", 0, span[0]), story.rfind("\n", 0, span[0])) + 1 if span else 0
        if span and id(found) not in earlier and _FINE.match(story, span[1]) \
                and _ALLERGY_SAID.search(story, begun, span[0]):
            term = story[span[0]:span[1]]
            sections["allergies"].append({**found, "text": term.lower(), "term": term, "status": context.NEGATED})
            for detail in MEDICINE_DETAILS:
                sections["allergies"][-1].pop(detail, None)
            continue
        kept.append(found)
    sections["medications"] = kept


# A dose or how often put right straight after it: "5mg, no sorry it's 10mg now", "20mg, sorry, 40mg", "four times a day,
# no, twice" (session 23: the dose said first was kept, a wrong dose for a service to read)
_DOSE_PUT_RIGHT = re.compile(r"\s*[,;.-]*\s*(?:no\b\s*[,.!-]*\s*(?:(?:sorry|wait|hang\s+on)\b)?|sorry|wait\s*[,.!-]*\s*no\b|"
                             r"i\s+mean\b|i\s+meant\b|actually\b|correction\b)\s*[,.!:-]*\s*"
                             r"(?:(?:it['’]?s|its|it\s+is|that['’]?s|make\s+(?:it|that))\s+)?(?:now\s+|only\s+)?", re.IGNORECASE)
_TIMES = re.compile(r"(?:once|twice|three\s+times|four\s+times)\b(?!\s+(?:a|per|each)\b)", re.IGNORECASE)


def _dose_put_right(medications: list[dict[str, Any]], story: str, earlier: frozenset[int]) -> None:
    for found in medications:
        span = _span(found)
        if not span or id(found) in earlier or not (found.get("dose") or found.get("frequency")):
            continue
        stop = SENTENCE_END.search(story, span[1])
        end = stop.start() if stop else len(story)
        for detail, said in (("dose", cues.DOSE), ("frequency", cues.FREQUENCY)):
            old = str(found.get(detail) or "")
            first = next((m for m in said.finditer(story, span[1], end)
                          if re.sub(r"\s", "", m.group(0).lower()) == re.sub(r"\s", "", old.lower())), None) if old else None
            cue = _DOSE_PUT_RIGHT.match(story, first.end()) if first else None
            if not first or not cue or cue.end() == first.end() or not re.search(r"[a-z]", cue.group(0), re.IGNORECASE):
                continue
            new = said.match(story, cue.end())
            if new:
                found[detail] = " ".join(new.group(0).split())
            elif detail == "frequency" and (times := _TIMES.match(story, cue.end())) \
                    and (unit := re.search(r"\s(?:a|per|each)\s+(?:day|week)$", old, re.IGNORECASE)):
                found[detail] = " ".join(times.group(0).split()) + unit.group(0)  # "four times a day, no, twice"
            else:
                continue
            found["text"] = medicine_text(found)


# A thing put right in a later sentence or message, sorry first: "ropinirole at night. Sorry, not ropinirole, they changed
# that to the rotigotine patch", "Lantus at night. Naw wait, it's no Lantus, it's the Levemir" (the twenty-fifth fresh
# structuring set, session 41: each sent as taken). Changed, it was had and is over; otherwise it was never so.
_LATER_NOT = r"(?:^|[.!?\n]|,)\s*(?:(?:sorry|naw|no|nah|wait|oops|actually|oh|hang\s+on)\b[\s,!.]*)+" \
             r"(?:(?:it['’]?s|its|it\s+is|it\s+was|that['’]?s|thats)\s+)?(?:not|no)\s+(?:the\s+)?{}\b"
# ... or said to be someone else's: "Sorry, the donepezil's hers not mine", "the donepezil is my wife's"
_LATER_THEIRS = r"\b(?:the\s+)?{}(?:['’]s|s|\s+is|\s+was)\s+(?:hers|his|theirs|(?:my|our|me)\s+[a-z]+['’]?s)\b(?!\s+(?:too|as\s+well))"


def _put_right_later(sections: dict[str, list[dict[str, Any]]], story: str, earlier: frozenset[int]) -> None:
    gone: set[int] = set()
    for item in sections["medications"]:
        span = _span(item)
        if id(item) in earlier or span is None or item["status"] != context.CURRENT or item.get("about") != "subject":
            continue
        surface = re.sub(r"^(?:the|my|a|an)\s+", "", story[span[0]:span[1]], flags=re.IGNORECASE).split()[0]
        if len(surface) < 4:
            continue
        later = re.compile(_LATER_NOT.format(re.escape(surface)), re.IGNORECASE).search(story, span[1])
        if later:  # (its naming in the putting right is no denial: "Sorry not sertraline, citalopram 20")
            gone.update(id(i) for i in sections["medications"] if i is not item and (at := _span(i))
                        and later.start() <= at[0] < later.end())
            stop = SENTENCE_END.search(story, later.end())
            rest = story[later.end():stop.start() if stop else len(story)]
            if _STOPPED_SINCE.search(rest):
                item["status"] = context.PAST
            else:
                gone.add(id(item))
            continue
        # (in the person's own story only: a carer's "the metformin is his" is the person's)
        theirs = re.compile(_LATER_THEIRS.format(re.escape(surface)), re.IGNORECASE).search(story, span[1]) \
            if item.get("told_by", "self") == "self" else None
        if theirs:  # it, and the saying of it that says whose it is
            gone.update(id(i) for i in sections["medications"] if (at := _span(i)) and (
                i is item or theirs.start() <= at[0] < theirs.end()))
    sections["medications"] = [i for i in sections["medications"] if id(i) not in gone]


# A home given up or lost, and where they live now said after it: "her flat on Hartshill Road is up two flights and the
# landlords selling anyway, so shes given it up and shes living with us", "the landlord sell the house, so now I am
# living with my son" (the thirty-fifth fresh forms set, session 41: the old flat, privately rented, was sent as the
# home). The home left is over; the one they live in now is not.
_A_HOME = r"(?:room|flat|house|home|place|tenancy|bungalow|bedsit)"
_HOME_LEFT = re.compile(r"\b(?:given|gave)\s+up\s+(?:the|my|our|her|his|their)\s+" + _A_HOME + r"\b|\b(?:given|gave)\s+(?:the|my|our|her|"
                        r"his|their)\s+" + _A_HOME + r"\s+up\b|\blost\s+(?:my|our|her|his|their)\s+" + _A_HOME + r"\b|\blandlords?\s+(?:is\s+|are\s+|was\s+)?(?:sell|sells|selling|sold)\b",
                        re.IGNORECASE)
_LIVES_NOW = re.compile(r"\b(?:live|lives|living|livin|stay|stays|staying|stopping)\s+(?:with|at|in)\b|\bcome\s+(?:out\s+)?to\s+ours\b|"
                        r"\bmoved\s+in\s+with\b", re.IGNORECASE)
_ELSEWHERE_AFTER = re.compile(r"[^.!?\n]{0,80}?(?:\bgiven\s+it\s+up\b|\b(?:so|and)\s+(?:now\s+)?(?:i|she|he|we|they)\s*(?:am|is|are|['’]m|['’]s|"
                              r"['’]re|m|s)?\s+(?:now\s+)?(?:living|staying|stopping|moved)\b)", re.IGNORECASE)


def _home_left(home: list[dict[str, Any]], story: str, earlier: frozenset[int]) -> None:
    for item in home:
        span = _span(item)
        if id(item) in earlier or span is None or item["status"] != context.CURRENT or item.get("about") != "subject":
            continue
        said = story[span[0]:span[1]]
        left = _HOME_LEFT.search(said)
        if left is None or _LIVES_NOW.search(said[left.end():]):
            continue  # no home left, or where they live now said after it in the same words
        # a home given up or lost in its own words; a landlord selling, only with where they live now beside it
        if not re.search(r"\blandlords?\b", left.group(), re.IGNORECASE) \
                or _ELSEWHERE_AFTER.match(story, span[1]) or _LIVES_NOW.search(said[:left.start()]):
            item["status"] = context.PAST
