"""`python -m bot structure --jsonl`: many stories in one process, one JSON object a line.

Each input line is `{"text": ..., "teller": "self" | "carer", "subject_name": ..., "relationship": ...}`
(all but text optional; relationship is a carer's to the person: "daughter", "partner", "neighbour");
each output line is the profile for it, in the same order. A line that is not such an object gets
`{"error": "not a story"}` in its place, so the lines still pair up; nothing of what it held is echoed.
"""
from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding.structuring import Structurer

NOT_A_STORY = {"error": "not a story: a JSON object with text, and teller 'self' or 'carer'"}


def structure_lines(structurer: Structurer, lines: IO[str], out: IO[str]) -> int:
    for line in lines:
        if not line.strip():
            continue
        try:
            story = json.loads(line)
            text, teller = story["text"], story.get("teller", "self")
            name, relationship = story.get("subject_name"), story.get("relationship")
            if not isinstance(text, str) or teller not in ("self", "carer") or \
                    not all(isinstance(v, (str, type(None))) for v in (name, relationship)):
                raise ValueError
        except (ValueError, KeyError, TypeError, AttributeError):
            out.write(json.dumps(NOT_A_STORY) + "\n")
            continue
        profile = structurer.structure([text], teller=teller, subject_name=name, relationship=relationship)
        out.write(json.dumps(profile, ensure_ascii=False) + "\n")
        out.flush()
    return 0
