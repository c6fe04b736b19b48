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


def test_a_number_once_the_services_list_is_gone_chooses_nothing(embedded_stack):
    """Found by a stranger texting: after "Nothing else" ("Your story is saved. Come back any time."), a
    "1" started the form of the first service of a list no longer on screen."""
    say = rest_speaker(embedded_stack, f"sharing-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I have COPD and I live alone. I want help with the shopping.")
    _, offers = confirm_read_back(say, finish_story(say))
    assert "These services could use it" in offers
    say("no")
    reply = say("1")
    assert "To fill in the form" not in reply and "Do you agree to share this?" not in reply
    by_name = say("the community nurses")  # by its words it is still chosen
    assert "Community nursing" in by_name and ("To fill in the form" in by_name or "Do you agree" in by_name)


def test_stop_sharing_with_a_named_service_just_after_sharing_stops_it(embedded_stack):
    """Found by a stranger texting: "stop sharing with the home adaptations", just after sharing with
    them, was taken as choosing that service, asked for consent again, and "no" then said "Nothing has
    been shared with Home adaptations" while they still had the story."""
    say = rest_speaker(embedded_stack, f"sharing-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I have COPD and I live alone. I cant get in the bath. I want help with the shopping.")
    confirm_read_back(say, finish_story(say))
    asked = say("home adaptations")
    for _ in range(10):
        if "Do you agree to share this?" in asked:
            break
        asked = say("leave the rest for the service" if "does not need" in asked else "skip")
    assert "has your details" in say("yes")
    stopped = say("stop sharing with the home adaptations")
    assert "Do you agree" not in stopped and "Nothing more will be sent to Home adaptations" in stopped
    assert "no longer sharing" in say("who has my story")


def test_about_me_said_once_the_story_is_shared_gives_the_page_not_a_new_story(embedded_stack):
    """The chat says 'To print your story on one page … say "About me"'; said after sharing, the words
    the NLU model hears as "about me" started a new story over the saved one (found by a stranger texting)."""
    say = rest_speaker(embedded_stack, f"sharing-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I have COPD and I live alone. I want help with the shopping.")
    confirm_read_back(say, finish_story(say))
    say("no")
    printable = say("About me")
    assert "tell me about yourself" not in printable
    assert "/pathway/about-me/" in printable


def test_a_number_at_the_services_list_chooses_that_service_not_stop_sharing(embedded_stack):
    """A second read: "3" is the returning menu's "stop sharing" too; at the services on offer it is the
    third service."""
    say = rest_speaker(embedded_stack, f"sharing-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I have COPD and I live alone. I cant get in the bath. I want help with the shopping.")
    _, offers = confirm_read_back(say, finish_story(say))
    third = next(line for line in offers.splitlines() if line.startswith("3. "))[3:].split(" (")[0].split(",")[0]
    reply = say("3")
    assert third in reply and "stop sharing" not in reply.lower() and "What would you like to do?" not in reply


def test_a_returning_person_shares_with_a_new_service_from_the_menu(embedded_stack):
    """A stranger, 2026-12-04: a returning person could not share with a service they had not chosen before
    ("the GP", "share my story", "send it to a service" all got "Sorry, I did not catch that"). The menu now
    offers "Share with a service": the services not yet sharing, then that service's questions and consent."""
    say = rest_speaker(embedded_stack, f"sharing-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I have COPD and I live alone. I cant get in the bath. I want help with the shopping.")
    confirm_read_back(say, finish_story(say))
    assert "Nothing has been shared" in say("no")
    assert "What would you like to do?" in say("I have been here before")  # its buttons end with "Share with a service"
    offers = say("i want to share my story with another service")
    assert "These services could use it" in offers and "Community nursing" in offers, offers
    asked = say("the community nurses")
    for _ in range(10):
        if "Do you agree to share this?" in asked:
            break
        asked = say("leave the rest for the service" if "does not need" in asked else "skip")
    assert "Do you agree to share this?" in asked
    assert "has your details" in say("yes")
    assert "Community nursing" in say("who has my story")
