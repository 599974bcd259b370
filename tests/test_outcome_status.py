"""`Outcome.status` is a `Status` (a StrEnum): one spelling of how an episode ended.

Callers that still pass the plain string get the enum member; the member equals, formats
and serialises as the string, so JSON output, traces and DevLogs read as before; a status
that names nothing is a bug, caught where the Outcome is made.
"""

from __future__ import annotations

import json

import pytest
import yaml

from rusta.types import Outcome, Status


def _outcome(status: str) -> Outcome:
    return Outcome(status, False, "", 0, ("E0308",), (), 0)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", ["green", "abstain", "nothing-to-do", "ask", "error"])
def test_a_plain_string_becomes_its_member_and_still_reads_as_the_string(status: str) -> None:
    outcome = _outcome(status)

    assert outcome.status is Status(status)
    assert outcome.status == status and f"{outcome.status}" == status
    assert json.loads(json.dumps({"status": outcome.status})) == {"status": status}
    assert yaml.safe_load(yaml.safe_dump({"status": outcome.status.value})) == {"status": status}


def test_a_status_that_names_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="greeen"):
        _outcome("greeen")
