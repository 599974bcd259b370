"""Trace v1's JSON Schema is generated from kinds.py, committed, and the two never drift."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from rusta.trace import schema
from rusta.trace.events import KINDS, Event, Tracer, redacted
from rusta.trace.kinds import PAYLOADS


def test_the_committed_schema_is_what_kinds_py_generates() -> None:
    committed = schema.SCHEMA_PATH.read_text(encoding="utf-8")

    # On failure: run `rusta trace schema --write` and commit the file with the kinds change.
    assert committed == schema.render()


def test_the_schema_is_a_valid_draft_2020_12_schema_naming_every_kind() -> None:
    document = schema.load()

    Draft202012Validator.check_schema(document)
    assert document["properties"]["kind"]["enum"] == list(KINDS) == list(PAYLOADS)
    assert set(document["$defs"]) >= set(PAYLOADS)
    assert all(document["$defs"][kind]["additionalProperties"] is False for kind in PAYLOADS)


def test_an_emitted_event_validates_and_an_unknown_field_does_not() -> None:
    events: list[Event] = []
    tracer = Tracer([events.append], trace_id="t-1")
    tracer.emit("abstain", reason="no candidate", next_probes=["rustc --explain E0382"])
    validator = Draft202012Validator(schema.load())
    line = events[0].to_json()

    assert list(validator.iter_errors(line)) == []
    assert list(validator.iter_errors({**line, "surprise": 1}))
    assert list(validator.iter_errors({**line, "kind": "nonsense"}))


def test_secrets_are_redacted_before_any_sink_but_rust_paths_in_diffs_survive() -> None:
    diff = '+    let key = "sk-abcdefghijklmnopqrstuvwx";\n     Token::Plus => token: &str,\n'

    cleaned = redacted({"diff": diff, "reason": "password: hunter22"})

    assert "sk-abcdef" not in cleaned["diff"] and "Token::Plus => token: &str" in cleaned["diff"]
    assert cleaned["reason"] == "password: [REDACTED]"
