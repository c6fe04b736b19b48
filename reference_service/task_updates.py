"""The service's side of a referral: a Task's new status, signed and sent to the referrer."""
from __future__ import annotations

import json
import uuid
from typing import Callable

import requests

from bot.delivery.referrals import task_update
from bot.delivery.sending import signed_headers, verify


def send_task_update(referrer_url: str, task_id: str, status: str, reason: str | None, secret: bytes, now: int,
                     post: Callable[..., requests.Response] = requests.post) -> bool:
    """Tell the referrer a Task's new status, signed; True only if it answered 200 with its signature
    over the answer, for this update."""
    body = json.dumps(task_update(task_id, status, reason)).encode()
    message_id = str(uuid.uuid4())
    headers = {"Content-Type": "application/json", **signed_headers(message_id, now, body, secret)}
    try:
        response = post(f"{referrer_url}/fhir/Task/{task_id}", data=body, headers=headers, timeout=(3.05, 10.0),
                        allow_redirects=False)
    except requests.RequestException:
        return False
    return response.status_code == 200 and verify(response.headers, response.content, secret, now) == message_id
