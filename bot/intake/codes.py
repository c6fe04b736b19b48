"""Codes for common intake items that we know the meaning of, each to a profile path or a fact.

Used after a service registry's own `_codes.json` (which wins). Sources: the LOINC table
(loinc.org, display names as below), the PRAPARE and AHC HRSN screeners and the Hunger Vital Sign
as LOINC represents them, and SNOMED CT (browser.ihtsdotools.org). A code is listed only when what
it asks is exactly what the path or fact answers; "-" kinds of question (a score, a feeling) are
left out on purpose, to be answered by the person.
"""
from __future__ import annotations

_LOINC = "http://loinc.org|"
_SCT = "http://snomed.info/sct|"

CODES: dict[str, str] = {
    # Demographics
    _LOINC + "54125-0": "about_me.where(kind='name').text",  # Patient name
    _LOINC + "21112-8": "about_me.where(kind='date_of_birth').value",  # Birth date
    _LOINC + "30525-0": "about_me.where(kind='age').value",  # Age
    _LOINC + "46098-0": "about_me.where(kind='gender').value",  # Sex: as the story says it ("my mum")
    _LOINC + "56799-0": "home.where(kind='address').value",  # Address
    _LOINC + "45401-7": "fact:postcode",  # Postal code [Location]
    _LOINC + "54899-0": "fact:language",  # Preferred language
    # Living situation and housing (PRAPARE; AHC HRSN)
    _LOINC + "63512-8": "fact:household_size",  # How many people are living or staying at this address [#]
    _LOINC + "71802-3": "fact:housing",  # Housing status
    _LOINC + "93033-9": "fact:housing_worry",  # Are you worried about losing your housing [PRAPARE]
    # Food (Hunger Vital Sign)
    _LOINC + "88123-5": "fact:food_ran_out",  # Within the past 12 months the food we bought just didn't last
        # Work (PRAPARE)
    _LOINC + "67875-5": "fact:employment",  # Employment status - current
    # Habits
    _LOINC + "72166-2": "fact:smoking",  # Tobacco smoking status
    _SCT + "229819007": "fact:smoking",  # Tobacco use and exposure (observable entity)
    # Health
    _LOINC + "11450-4": "health.where(status='current')",  # Problem list - Reported
    _LOINC + "11348-0": "health.where(status='past')",  # History of Past illness Narrative
    _LOINC + "10157-6": "health.where(status='family')",  # History of family member diseases Narrative
    _LOINC + "10160-0": "medications.where(status='current')",  # History of Medication use Narrative: what
    # they take now (a form's "Medicines"); a medicine stopped is no answer to it
    _LOINC + "48765-2": "allergies",  # Allergies and adverse reactions Document
    _SCT + "416940007": "health.where(status='past').where(kind='procedure')",  # Past history of procedure: operations done
    _SCT + "609328004": "allergies",  # Allergic disposition
}
