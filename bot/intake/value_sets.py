"""The answers a choice item offers: its answerOption, or its answerValueSet when we can read it.

A value set is read when it is contained in the form (`#id`: compose.include concepts or an
expansion) or is one of the few well-known sets below; any other is left to the service (the
item keeps no options, so it is never asked as a choice with nothing to choose from).
"""
from __future__ import annotations

from typing import Any

_V2_YES_NO = "http://terminology.hl7.org/CodeSystem/v2-0136"
_GENDER = "http://hl7.org/fhir/administrative-gender"
_LOINC = "http://loinc.org"
_WELL_KNOWN: dict[str, list[tuple[str, str, str]]] = {
    "http://hl7.org/fhir/ValueSet/administrative-gender": [
        (_GENDER, "male", "Male"), (_GENDER, "female", "Female"), (_GENDER, "other", "Other"),
        (_GENDER, "unknown", "Unknown")],
    "http://hl7.org/fhir/ValueSet/yesnodontknow": [
        (_V2_YES_NO, "Y", "Yes"), (_V2_YES_NO, "N", "No"),
        ("http://terminology.hl7.org/CodeSystem/data-absent-reason", "asked-unknown", "Don't know")],
    "http://terminology.hl7.org/ValueSet/v2-0136": [(_V2_YES_NO, "Y", "Yes"), (_V2_YES_NO, "N", "No")],
    "http://loinc.org/vs/LL361-7": [(_LOINC, "LA33-6", "Yes"), (_LOINC, "LA32-8", "No")],
}


def _coding(system: str | None, code: str, display: str | None) -> dict[str, Any]:
    coding = {"code": code}
    if system:
        coding["system"] = system
    if display:
        coding["display"] = display
    return {"valueCoding": coding}


def _from_value_set(value_set: dict[str, Any]) -> list[dict[str, Any]]:
    contains = value_set.get("expansion", {}).get("contains", [])
    if contains:
        return [_coding(c.get("system"), c["code"], c.get("display")) for c in contains if c.get("code")]
    options = []
    for include in value_set.get("compose", {}).get("include", []):
        for concept in include.get("concept", []):
            if concept.get("code"):
                options.append(_coding(include.get("system"), concept["code"], concept.get("display")))
    return options


def options_for(item: dict[str, Any], questionnaire: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """answerOption entries for a choice item: its own, or those of a value set we can read."""
    if item.get("answerOption"):
        return tuple(item["answerOption"])
    reference = item.get("answerValueSet")
    if not isinstance(reference, str):
        return ()
    if reference.startswith("#"):
        contained = next((r for r in questionnaire.get("contained", [])
                          if r.get("resourceType") == "ValueSet" and r.get("id") == reference[1:]), None)
        return tuple(_from_value_set(contained)) if contained else ()
    known = _WELL_KNOWN.get(reference.split("|")[0])
    return tuple(_coding(*entry) for entry in known) if known else ()


def _option(options: tuple[dict[str, Any], ...], codes: tuple[str, ...], word: str) -> dict[str, Any] | None:
    for option in options:
        value = option.get("valueCoding") or {}
        words = str(value.get("display") or value.get("code") or option.get("valueString") or "").lower()
        if value.get("code") in codes or words.strip(" .") == word:
            return option
    return None


def yes_option(options: tuple[dict[str, Any], ...]) -> dict[str, Any] | None:
    """The option that means yes, on a yes/no choice ("Y", LOINC LA33-6, or the word Yes)."""
    return _option(options, ("Y", "LA33-6", "yes", "true"), "yes")


def no_option(options: tuple[dict[str, Any], ...]) -> dict[str, Any] | None:
    """The option that means no, on a yes/no choice ("N", LOINC LA32-8, or the word No)."""
    return _option(options, ("N", "LA32-8", "no", "false"), "no") if yes_option(options) else None
