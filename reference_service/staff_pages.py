"""What the staff pages say: the page frame, the intakes as spreadsheet rows, the referral's buttons and statuses."""
from __future__ import annotations

import html
import time

from bot.intake.summary import answer_display
from bot.intake.untrusted import safe_text
from reference_service.intake_store import Json


def page(title: str, body: str) -> str:
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head><body><main><h1>{html.escape(title)}</h1>"
            f"{body}</main></body></html>")


def intake_rows(intakes: list[Json]) -> list[list[str]]:
    """One row per answer: delivery id, received, question, answer (every cell made safe)."""
    rows = [["delivery_id", "received_at", "question", "answer"]]

    def walk(items: list[Json], prefix: str = "") -> None:
        for item in items:
            link_id: str = item.get("linkId", "")
            label = safe_text(prefix + item.get("text", link_id))
            if "item" in item:
                walk(item["item"], label + " / ")
            for answer in item.get("answer", []):
                rows.append([intake["delivery_id"], received, label, answer_display(answer)])

    for intake in intakes:
        received = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(intake["received_at"]))
        walk(intake.get("questionnaireResponse", {}).get("item", []))
    return rows


# The reasons and questions as staff read them (the codes are bot/delivery/referrals.py's; its words
# are the person's: "your date of birth").
STAFF_DECLINE_REASONS = {"not-eligible": "They do not meet our criteria",
                         "other-service": "Another service is better placed to help them",
                         "already-known": "We already know them and are in touch another way",
                         "no-capacity": "We cannot take new referrals at the moment"}
STAFF_QUESTIONS = {"date-of-birth": "Their date of birth", "address": "Their address",
                   "phone": "A phone number to reach them on", "gp": "The name of their GP practice",
                   "more-detail": "A little more about the help they need"}
# The staff's buttons: action -> (the Task status it sets, the codes to choose a reason from, label).
STAFF_ACTIONS = {
    "accept": ("accepted", None, "Accept"),
    "decline": ("rejected", STAFF_DECLINE_REASONS, "Decline"),
    "ask": ("on-hold", STAFF_QUESTIONS, "Ask a question"),
    "start": ("in-progress", None, "Start work"),
    "done": ("completed", None, "Mark done"),
}
# Not a move of the Task: the person is asked to check their story is still true (issue 21).
CHECK_ACTION, CHECK_LABEL = "check", "Ask the person to check their story"
STATUS_WORDS = {"requested": "Sent to you", "received": "Received", "accepted": "Accepted", "rejected": "Declined",
                "on-hold": "On hold, waiting for an answer", "in-progress": "In progress", "completed": "Done",
                "cancelled": "Cancelled: the person stopped sharing with you"}
