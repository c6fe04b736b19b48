"""A carer could not finish an update (a stranger on the stack, session 16): every "thats all" got "Sorry, something
went wrong", as structuring compared where in the story a harm was told with a form's answer kept in the saved
version (an answer has no place in the story's words: `{"answered": …}`), and stopped on it."""
from __future__ import annotations


def test_an_update_telling_of_harm_over_a_saved_story_with_form_answers(structurer):
    base = structurer.structure(["Mum is 88 and has heart failure. She wants to stay at home."], teller="carer")
    base["sections"]["goals"].append({"text": "Outcomes: to stay at home", "status": "current", "about": "subject",
                                      "kind": "answer", "question_key": "outcomes", "told_by": "carer",
                                      "source": {"answered": "2026-12-04T15:00:00+00:00"}})
    profile = structurer.structure(["mum went into a care home for respite. her carer hit her last week"],
                                   teller="carer", base=base)
    goals = [i["text"] for i in profile["sections"]["goals"]]
    assert "Outcomes: to stay at home" in goals and any("stay at home" in g for g in goals if g.startswith("She") or
                                                        g.startswith("to") or "wants" in g)
    assert any(i.get("kind") == "harm" for i in profile["sections"]["risks"])
