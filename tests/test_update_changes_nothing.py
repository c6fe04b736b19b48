"""An update whose words change nothing in the saved story, through the running stack (a stranger on
2026-12-03: "the doc put my ramipril up to five mg", then "that's all", got "I will now read back what I
understood" with nothing read back, then "Your story is updated" while it still said 2.5 mg). Now it is
said plainly that nothing was changed, with an example of saying it another way; their words are kept,
and an update said another way is read back and saved."""
from tests.journey_steps import confirm_read_back, finish_story, saved_story, told_story


def test_an_update_that_changes_nothing_is_never_said_to_be_updated(embedded_stack):
    say, sender = told_story(embedded_stack, "unchanged")
    say("no")
    version, profile = saved_story(embedded_stack, sender)
    assert "what has changed" in say("update my story")
    say("My garden matters to me.")  # already in the story: it changes nothing
    reply = say("that's all")
    assert "did not change anything" in reply and "another way" in reply, reply
    assert "read back what I understood" not in reply and "Your story is updated" not in reply, reply
    assert saved_story(embedded_stack, sender) == (version, profile)
    say("I have arthritis now")  # said another way: read back and saved
    read, saved = confirm_read_back(say, finish_story(say))
    assert "arthritis" in read.lower() and "updated and saved" in saved, (read, saved)
    assert saved_story(embedded_stack, sender)[0] == version + 1


def test_help_that_has_stopped_is_an_update_and_nothing_twice_ends_the_update(embedded_stack):
    """A stranger (session 14): "Susan does not help me any more", the assistant's own example, changed nothing
    (the saved Susan was not found by the update's words), and every "thats all" after asked again: no way out
    but "stop". Now it is read back as help stopped; and words that change nothing, twice, end the update."""
    say, sender = told_story(embedded_stack, "susan-stops",
                             "I have copd and take ramipril 5mg once a day. My daughter Susan helps me with shopping.")
    say("no")
    version, _ = saved_story(embedded_stack, sender)
    assert "what has changed" in say("update my story")
    say("Susan does not help me any more")
    read, saved = confirm_read_back(say, finish_story(say))
    assert "Susan can no longer help you" in read and "need help with shopping" in read, read
    assert "updated and saved" in saved, saved
    assert saved_story(embedded_stack, sender)[0] == version + 1
    assert "what has changed" in say("update my story")
    say("I have copd.")  # already in the story
    assert "did not change anything" in say("that's all")
    ended = say("that's all")
    assert "stays as it was" in ended and "did not change anything" not in ended, ended
    assert saved_story(embedded_stack, sender)[0] == version + 1
