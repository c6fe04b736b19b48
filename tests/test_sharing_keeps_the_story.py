"""Words the NLU model hears as "about me" while a story is being shared are a reply to the question
on the table, never a new story (bot/conversation/steps/anything_else.py, `story_asked`). Found by a
stranger: a daughter who had told her father's story answered the services on offer with "the carers
one for me", was asked to tell her own story, and what she typed next was saved as her father's next
version (told by "self"). Through the running stack."""
import uuid

from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

CARER = ["hello", "its for my dad", "Ken", "im his daughter", "Lisa", "he asked me to do it for him", "yeah he knows",
         "Dad has COPD and heart failure. He is on bisoprolol. He lives with me. I do all his personal care and "
         "im struggling."]


def test_the_carers_one_for_me_at_the_services_on_offer_chooses_a_service_not_a_new_story(embedded_stack):
    say = rest_speaker(embedded_stack, f"sharing-{uuid.uuid4().hex[:8]}")
    for message in CARER:
        say(message)
    _, offers = confirm_read_back(say, finish_story(say))
    assert "Carer's assessment" in offers
    reply = say("the carers one for me")
    assert "tell me about yourself" not in reply
    assert "Carer's assessment" in reply
