"""A UK address as the person told it, read into its street, town and postcode.

Precision first: the street is only what looks like one (a house number and a street: "22 Green
Lane", "Flat 2, 41 Victoria Road"; or a numbered building with a name in capitals: "18 Kestrel House"), the town only a short name after it ("Leeds", "in Hull"), and
the postcode only a well-formed one. What was told with no street ("my postcode is m14 5rt", or a
clause structuring took for an address: "2 kids in a flat, rented off a private landlord") is no
address for a form's "Address" or "Street" item; its postcode is still its postcode.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Outward code (area, district) and inward code; the inward letters never include C, I, K, M, O or V.
POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b", re.I)
_SUFFIXES = (r"road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|grove|gr|place|pl|terrace|"
             r"gardens|gdns|court|ct|row|walk|hill|park|green|square|sq|mews|view|rise|parade|mount|vale|fold|"
             r"croft|bank|gate|wharf|yard|approach|boulevard|circus|end|estate|heights|wynd|chase|meadow|"
             r"meadows|brow|side|lea|garth")
# A house number (with a flat before it, or a letter after it) and up to five words ending in a street word, and
# a point of the compass that ends the part ("22 Moss Lane East": the town was "East", session 19).
_STREET = re.compile(rf"^(?:(?:flat|apartment|apt|unit|room)\s*\d+[a-z]?,?\s+)?(?:no\.?\s*)?\d+[a-z]?,?\s+"
                     rf"(?:[a-z'.-]+\s+){{0,4}}(?:{_SUFFIXES})s?\b\.?(?:\s+(?:east|west|north|south)\b\.?(?=\s*$))?", re.I)
# A numbered building with a name, written with capitals as names are: "18 Kestrel House", "4 Jubilee
# Mansions" (never "2 kids in a house": its words are no name).
_BUILDING = re.compile(r"^(?:(?:Flat|Apartment|Apt|Unit|Room|flat)\s*\d+[a-zA-Z]?,?\s+)?\d+[a-zA-Z]?,?\s+"
                       r"(?:[A-Z][a-z'.-]+\s+){1,3}(?:House|Mansions|Buildings|Tower|Towers|Lodge|Hall|Point|Cottages?|"
                       r"Flats|Apartments|Heights)\b")
# A Welsh street, its street word first ("42 Heol y Nant", "7 Ffordd Las"): only as a whole part of the
# address, as where it ends is told by a comma, not by a last street word
_WELSH_STREET = re.compile(r"^(?:(?:flat|apartment|apt|unit)\s*\d+[a-z]?,?\s+)?\d+[a-z]?,?\s+(?:heol|ffordd|stryd|lon|lôn|"
                           r"rhodfa|cilgant|maes|clos|llys|teras)\s+[a-zâêîôûŵŷ'.-]+(?:\s+[a-zâêîôûŵŷ'.-]+){0,3}$", re.I)
# A street told without a number, after a numbered building: "41 Brook House, Tyne Street" (the street was "41 Brook
# House", session 19)
_NAMED_STREET = re.compile(rf"^(?:[A-Za-z'.-]+\s+){{1,4}}(?:{_SUFFIXES})s?\b\.?$", re.I)
_FLAT = re.compile(r"^(?:flat|apartment|apt|unit|room)\s*\d+[a-z]?$", re.I)
_NOT_A_TOWN = re.compile(r"\b(?:my|his|her|our|their|is|are|was|postcode|post|code|the|flat|house|live|lives|with|"
                         r"and|rent\w*|landlord|council|kids?|children|wife|husband|near|next|behind)\b", re.I)


@dataclass(frozen=True)
class Address:
    told: str
    street: str | None  # "Flat 2, 41 Victoria Road"
    town: str | None
    postcode: str | None  # "LS11 5AB"

    @property
    def is_address(self) -> bool:
        """Whether it says where someone lives, not only a postcode or a clause taken for an address."""
        return self.street is not None


def _town(words: str) -> str | None:
    words = re.sub(r"^(?:in|at|,)\s+", "", words.strip(" ,.")).strip(" ,.")
    if re.fullmatch(r"[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2}", words) and not _NOT_A_TOWN.search(words):
        return words
    return None


# Words a street or town name keeps in lower case: "Heol y Nant", "Stratford upon Avon"
_SMALL_WORDS = frozenset({"y", "yr", "r", "of", "the", "upon", "on", "in", "by", "and", "de", "la", "le"})


def _cased(words: str | None) -> str | None:
    """A street or town typed all in lower case, written as a form writes names: "61 ashby street" ->
    "61 Ashby Street" (a house number or flat letter as told: "4b")."""
    if not words:
        return words
    return " ".join(w if i and w in _SMALL_WORDS or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words.split(" ")))


def read_address(told: str) -> Address:
    """The address's street, town and postcode, each only when it is plain."""
    postcode = POSTCODE.search(told)
    code = f"{postcode[1]} {postcode[2]}".upper() if postcode else None
    parts = [p.strip() for p in (told[:postcode.start()] if postcode else told).split(",") if p.strip()]
    # the town is told before the postcode, and only when it is not, after it ("12 Rose Lane, LS6 2AB Leeds")
    beyond = [p.strip() for p in told[postcode.end():].split(",") if p.strip()][:1] if postcode else []
    for index, part in enumerate(parts):
        # the longer reading: "2 Moss Bank Cottages" is a building, not "2 Moss Bank" in a town "Cottages"
        match = max((m for m in (_STREET.match(part), _BUILDING.match(part), _WELSH_STREET.match(part)) if m),
                    key=lambda m: m.end(), default=None)
        if not match:
            continue
        flat = f"{parts[index - 1]}, " if index and _FLAT.match(parts[index - 1]) else ""  # "Flat 2, 41 Victoria Road"
        after = part[match.end():]
        rest = parts[index + 1:]
        building_then_street = not after.strip(" ,.") and rest and _BUILDING.match(part) and not _STREET.match(part) \
            and _NAMED_STREET.match(rest[0])
        if building_then_street:  # "41 Brook House, Tyne Street": the building and its street
            after, rest = f", {rest[0]}", rest[1:]
        following = ([after] if after.strip(" ,.") and not building_then_street else []) + rest
        # "22 Ladypool Road, Sparkbrook, Birmingham B12 8LF": the town is the last place told, nearest the
        # postcode; a district before it is no town
        town = next((t for t in map(_town, reversed(following)) if t), None) or next(map(_town, beyond), None)
        street = flat + match.group().strip(" ,") + (after if building_then_street else "")
        if not re.search(r"[A-Z]", told[:postcode.start()] if postcode else told):
            street, town = _cased(street) or street, _cased(town)  # typed in lower case: "61 ashby street"
        return Address(told, street, town, code)
    return Address(told, None, None, code)
