"""Wrong fills found by the twenty-seventh fresh forms set (session 33), fixed in general and tested in our own words (the
facts under them are tested in tests/bot/understanding/structuring/test_session33_wrong_facts.py): a fall "in November
last year", told in December, is before the twelve months a form asks about, and "that's the only time" is no second fall;
"no allergies to medicines" is never "No known allergies" on a form that lists a food allergy."""
from __future__ import annotations

from datetime import datetime, timezone

from bot.intake import facts

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def test_the_only_fall_told_before_the_twelve_months_is_no_fall_in_them(structurer):
    sections = structurer.structure(["She slipped on the ice in October last year and hurt her wrist, that was the only "
                                     "time she has ever fallen."], teller="carer", relationship="daughter")["sections"]
    assert facts.read_fact("falls", sections, NOW) is False


def test_a_fall_last_year_in_the_twelve_months_is_a_fall(structurer):
    sections = structurer.structure(["She slipped on the ice in December last year and hurt her wrist."], teller="carer",
                                    relationship="daughter")["sections"]
    assert facts.read_fact("falls", sections, NOW) is True


def test_a_fall_said_again_as_the_only_one_is_counted_once(structurer):
    sections = structurer.structure(["He fell in the garden in August, that's the only time he's fallen."],
                                    teller="carer", relationship="son")["sections"]
    assert facts.read_fact("falls", sections, NOW) is True
    assert facts.read_fact("falls_count", sections, NOW) in (1, None)


def test_no_allergy_to_medicines_beside_a_food_allergy_is_not_no_known_allergies(structurer):
    sections = structurer.structure(["no allergies to medicines as far as i know but eggs make my lips swell"])["sections"]
    texts = [(i["text"], i["status"]) for i in sections["allergies"]]
    assert ("any known allergies", "negated") not in texts, texts
    assert ("medicines", "negated") in texts, texts


def test_an_injury_in_a_month_of_last_year_is_over_and_one_this_year_is_not(structurer):
    def wrist(said):
        health = structurer.structure([said], teller="carer", relationship="son")["sections"]["health"]
        return [i["status"] for i in health if "wrist" in i["text"]]
    assert wrist("She slipped on the ice in October last year and hurt her wrist.") == ["past"]
    assert wrist("She slipped on the ice in October and hurt her wrist, it still aches.") == ["current"]


def test_an_animal_kept_away_from_for_what_it_does_is_an_allergy(structurer):
    sections = structurer.structure(["no allergies to medicines but i cant go near cats, itchy eyes and all sorts"])[
        "sections"]
    assert ("cats", "current") in [(i["text"], i["status"]) for i in sections["allergies"]], sections["allergies"]
    assert structurer.structure(["i cant go near the pub on a friday"])["sections"]["allergies"] == []
