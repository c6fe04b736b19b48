"""Words that tell a danger are kept under risks, never as a support (a stranger on the stack, session 18: an overdose
after a row and a boyfriend who reads her phone were read back, and given to her GP, as a support because they named
"mum"; an agency carer named in a new allegation stayed a support)."""
from __future__ import annotations


def texts(profile, section):
    return [str(i.get("text", "")) for i in profile["sections"][section]]


def test_an_overdose_and_a_controlling_partner_are_risks_not_supports(structurer):
    profile = structurer.structure(["im 20 and i have anxiety. last month i necked a whole strip of my mums cocodamol "
                                    "after me n my bf had a row. he goes thru my phone n says who i can see"])
    assert not any("cocodamol" in t for t in texts(profile, "support_network")), profile["sections"]["support_network"]
    assert any("cocodamol" in t for t in texts(profile, "risks"))


def test_someone_a_new_allegation_names_is_no_support(structurer):
    profile = structurer.structure(["We now have an agency carer, Tracy, in the mornings. Helen says Tracy shouts at "
                                    "her and £50 went missing from her purse."], teller="carer", subject_name="Helen")
    assert not any("Tracy" in t for t in texts(profile, "support_network"))
    assert any("Tracy shouts" in t for t in texts(profile, "risks"))


def test_supports_named_beside_no_danger_stay(structurer):
    profile = structurer.structure(["My daughter Susan helps me with shopping. My neighbour Jean pops in. I have COPD."])
    assert {"daughter", "neighbour"} <= {i.get("relationship") for i in profile["sections"]["support_network"]}


def test_someone_a_fall_names_stays_a_support(structurer):
    """A second reader (session 18): any capitalised word a new risk shared took a support away ("Darren found me on the
    floor", "a fall on Monday" beside "comes on Monday")."""
    for story, name in [("My son Darren helps me with shopping every week. Last month I fell in the kitchen and Darren "
                         "found me on the floor.", "Darren"),
                        ("My carer Tracy comes on Monday and Thursday to help me shower. I had a fall on Monday in the "
                         "bathroom.", "Tracy")]:
        assert any(name in t for t in texts(structurer.structure([story]), "support_network")), story
