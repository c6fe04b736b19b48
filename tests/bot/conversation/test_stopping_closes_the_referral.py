"""Stopping sharing closes the referral (journey/sharing.stop_sharing): a stranger (session 23) stopped sharing to stop the
updates and lost the occupational therapist's visit, told only later under "Who has my story?". Now it is said before the
service is chosen, and again when it is done, with the way back."""
from __future__ import annotations

from dataclasses import dataclass

from bot.conversation.wording.returning import STOPPING_CLOSES, ask_stop_which, stopped_sharing


@dataclass(frozen=True)
class Named:
    name: str


def test_the_question_says_the_referral_closes_too():
    asked = ask_stop_which([Named("Home adaptations")]).text  # type: ignore[list-item]
    assert asked.startswith("Which service should I stop sharing with?") and STOPPING_CLOSES in asked


def test_the_answer_says_it_closed_and_the_way_back():
    done = stopped_sharing(Named("Home adaptations"), ["W-1234"]).text  # type: ignore[arg-type]
    assert "Nothing more will be sent to Home adaptations" in done and "referral to them is closed" in done
    assert "share your story with them again" in done and "W-1234" in done
