"""What a stranger trying the running stack found on 2026-12-03 about coming back, each through the
running stack (the shared one):

- a person with a saved story who started again ("start again", then a new story) and told a story
  without typing their PIN had it saved over their latest version: now the read-back of a story told
  afresh asks the PIN first, as it does in a new session, and nothing is saved without it;
- over SMS, STOP during a session where the PIN was typed opted out but left the session verified:
  the next text reached the story without the PIN;
- "let my social worker see my referrals", just after an update was saved, started the adult social
  care form instead of naming someone to see the referrals;
- the GP form's consent question said the form "keeps the GP up to date after a stay in hospital"
  just after the person said they had not been in hospital.
"""
from tests.bot.rasa.channels.test_sms import Phone, number
from tests.journey_steps import PIN, STORY, confirm_read_back, finish_story, saved_story, told_story

OTHER = "I have epilepsy and I live in a flat with my son. I want to cook again. Music matters to me."


def test_a_story_told_afresh_is_not_saved_over_the_saved_one_without_the_pin(embedded_stack):
    say, sender = told_story(embedded_stack, "afresh")
    version, profile = saved_story(embedded_stack, sender)
    say("no")  # no service for now
    say("start again")
    say("/tell_about_me")
    say(OTHER)
    asked = finish_story(say)
    assert "type your PIN" in asked and "Is this right about" not in asked, asked
    stopped = say("I'm new")  # someone else at the same phone or browser: no PIN to type
    assert "Is this right about" not in stopped, stopped
    assert saved_story(embedded_stack, sender) == (version, profile)  # the saved story is untouched
    assert "epilepsy" not in profile.lower()


def test_a_story_told_afresh_is_saved_after_the_pin(embedded_stack):
    say, sender = told_story(embedded_stack, "afresh-pin")
    version, _ = saved_story(embedded_stack, sender)
    say("no")
    say("start again")
    say("/tell_about_me")
    say(OTHER)
    assert "type your PIN" in finish_story(say)
    read, _ = confirm_read_back(say, say(PIN))
    assert "epilepsy" in read.lower(), read
    assert saved_story(embedded_stack, sender)[0] == version + 1


def test_stop_by_sms_ends_the_session_the_pin_was_typed_in(embedded_stack):
    phone = Phone(embedded_stack, number(71))
    phone.text("hello")
    assert "in your own words" in " ".join(phone.text("1"))
    phone.text(STORY)
    confirm_read_back(lambda words: " ".join(phone.text(words)), " ".join(phone.text("that's all")))
    phone.text("no")
    assert "type your PIN" not in " ".join(phone.text("who has my story?"))  # the PIN was chosen this session
    stopped = " ".join(phone.text("STOP"))
    assert "text START" in stopped, stopped
    phone.text("START")
    after = " ".join(phone.text("who has my story?"))
    assert "PIN" in after and "No service has" not in after and "These services have" not in after, after


def test_let_my_social_worker_see_my_referrals_just_after_an_update_is_a_viewer_wish(embedded_stack):
    say, _ = told_story(embedded_stack, "update-viewer")
    say("no")
    assert "what has changed" in say("update my story")
    say("I also have arthritis now")
    saved = confirm_read_back(say, finish_story(say))[1]
    assert "updated and saved" in saved, saved
    reply = say("let my social worker see my referrals")
    assert "To fill in the form" not in reply and "full name" not in reply, reply
    assert "social worker" in reply and "name" in reply, reply  # asked for their name, for the page


def test_the_gp_form_says_no_hospital_stay_after_no(embedded_stack):
    say, _ = told_story(embedded_stack, "gp-stay")
    asked, seen = say("my gp"), []
    for _ in range(20):
        if "Do you agree to share this?" in asked:
            break
        seen.append(asked)
        asked = say("No" if "in hospital" in asked else "skip")
    assert any("in hospital" in q for q in seen), seen
    assert "stay in hospital" not in asked and "hospital stay" not in asked, asked
