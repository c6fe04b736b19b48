"""Services turned down in a reply about another (session 31): by their names, never by words that also name a part of
the story ("yes but not the benefits" holds back work and money; "not the benefits people" turns the service down)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import services_refused

ALL = ["gp-practice", "community-nursing", "housing-adaptations", "adult-social-care", "carers-assessment",
       "welfare-benefits", "employment-support"]


@pytest.mark.parametrize("said, refused", [
    ("yes to this one. actually not the housing people, i dont want them contacted", ["housing-adaptations"]),
    ("no. I dont want the home adaptations service at all, leave them out", ["housing-adaptations"]),
    ("leave social services out of it", ["adult-social-care"]),
    ("yes but not the benefits people", ["welfare-benefits"]),
    ("yes but not the benefits", []),
    ("not the work stuff", []),
    ("yes but not my medicines", []),
    ("i dont want the gp to know about my drinking", []),
    ("i dont need help with washing", []),
    ("i dont want the council people to see my money", []),
    ("yes please, and the housing people too", []),
])
def test_services_turned_down(said, refused):
    assert services_refused(said, ALL) == refused
