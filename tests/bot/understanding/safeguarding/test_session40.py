"""Session 40: a grandson's whole message about his nan's tablets ("its me nan shes 91 n she keeps forgettin her tablets,
she has buccal midazolam for emergancies only n donepezil 1 at nite", a try on the stack in session 39) was read by the
story's structurer as financial abuse (the classifier alone, 0.29), and the read-back came with the help for it. One's own
medicines forgotten is an ordinary reason for what the classifier alone hears; not where a carer or staff forget them, nor
beside a harm. In our own words (the first three alarmed before), and each near twin that tells a harm is still heard."""
from __future__ import annotations

from tests.bot.understanding.safeguarding.quiet_and_heard import quiet_and_heard

QUIET = [
    # each alarmed before
    "its my nan shes 91 n she keeps forgettin her tablets, she has buccal midazolam for emergancies only n donepezil 1 at nite",
    "its my nan shes 91 n she keeps forgetting her tablets",
    "its my gran, shes 88 and she keeps forgetting her tablets",
    # and kept quiet
    "my dad forgets to take his tablets most days",
    "i keep forgetting my meds since the stroke",
    # a wish, that a rule read as the nurse taking her money (session 40)
    "she wants to stay in her own home and have a nurse for her legs, and help with the money",
    # near a stranger's answers that got urgent help (session 40: "yes most nights", "he agree, he say me to do this for
    # him"; left, as trained on they cost held-out disclosures), in our own words (quiet before too: guards)
    "pretty much every night yes",
    "she said yes, she wants me to do it for her",
    "no the diabetes is my husbands, not mums",
]
HEARD = [
    ("financial_abuse", "she keeps forgetting her tablets and my brother takes her pension"),
    ("domestic_abuse", "he keeps forgetting his tablets and then he hits me"),
    ("neglect", "the carers keep forgetting her tablets and leave her in bed all day"),
    ("suicidal", "most nights i think everyone would be better off if i was gone"),
    ("financial_abuse", "my nephew comes on a thursday and goes off with her pension card"),
    ("financial_abuse", "her son helps himself to her savings"),
]


test_quiet, test_heard = quiet_and_heard(QUIET, HEARD)




def test_the_grandsons_story_raises_no_concern(structurer):
    said = ("its me nan shes 91 n she keeps forgettin her tablets, she has buccal midazolam for emergancies only n donepezil "
            "1 at nite")
    assert not structurer.structure([said], teller="carer")["safeguarding"]["concern"]


def test_who_goes_off_with_her_card_is_a_risk_and_no_support(structurer):
    """"her grandson Dean comes round on pension day and goes off with her bank card" (a stranger, session 40) was heard by
    the classifier alone: who did it was never kept, he was sent to three services as a help, and a goal ("have a nurse
    … and help with the money") went to the risks as harm by the nurse."""
    sections = structurer.structure(["money wise she should be ok but shes always short. her nephew Lee comes round on a "
                                     "thursday and goes off with her pension card. she wants to stay in her own home and have "
                                     "a nurse for her legs, and help with the money"], teller="carer")["sections"]
    assert [i.get("by") for i in sections["risks"]] == ["nephew"]
    assert not [i for i in sections["support_network"] if i.get("relationship") == "nephew"]
