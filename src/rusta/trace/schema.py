"""The Trace v1 JSON Schema, generated from the payload dataclasses in `kinds.py`.

The generated text is committed as `data/trace-v1.schema.json`, so tools that are not Rusta
(an editor plugin, a CI check, the dashboard) can validate traces; a test fails when the file
and `kinds.py` drift. Regenerate it with `rusta trace schema --write`.

Each line of a trace is one object: the envelope (`trace`, `seq`, `kind`, `ts`) plus the
fields of the payload its `kind` names; `if kind == X then $defs/X` picks the payload schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rusta.trace.kinds import PAYLOADS

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "data" / "trace-v1.schema.json"
SCHEMA_ID = "urn:rusta:trace:v1"

ENVELOPE: dict[str, dict[str, Any]] = {
    "trace": {"type": "string", "minLength": 1, "description": "The episode's trace id."},
    "seq": {"type": "integer", "minimum": 1, "description": "1, 2, 3... in emission order."},
    "kind": {"enum": list(PAYLOADS), "description": "Which payload follows."},
    "ts": {"type": "number", "minimum": 0, "description": "Unix time of the event."},
}


def generate() -> dict[str, Any]:
    """The whole schema as a dict (deterministic: same kinds.py, same schema)."""
    definitions: dict[str, Any] = {}
    for kind, payload in PAYLOADS.items():
        definitions[kind] = _kind_schema(payload, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Rusta Trace v1 event",
        "description": "One line of a Rusta trace (JSONL): the envelope plus the payload of "
        "its kind. Generated from src/rusta/trace/kinds.py; do not edit by hand.",
        "type": "object",
        "required": list(ENVELOPE),
        "properties": ENVELOPE,
        "allOf": [
            {
                "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
                "then": {"$ref": f"#/$defs/{kind}"},
            }
            for kind in PAYLOADS
        ],
        "$defs": definitions,
    }


def render() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


def write(path: Path = SCHEMA_PATH) -> Path:
    path.write_text(render(), encoding="utf-8")
    return path


def load(path: Path = SCHEMA_PATH) -> dict[str, Any]:
    """The committed schema (what validation uses, so the shipped file is the contract)."""
    return json.loads(path.read_text(encoding="utf-8"))


def _kind_schema(payload: type, definitions: dict[str, Any]) -> dict[str, Any]:
    """The payload's schema with the envelope fields merged in; nested $defs hoisted."""
    from pydantic import TypeAdapter  # only here: kinds.py is imported by every episode

    schema = TypeAdapter(payload).json_schema()
    for name, nested in schema.pop("$defs", {}).items():
        definitions.setdefault(name, nested)
    schema["properties"] = {**ENVELOPE, **schema["properties"]}
    schema["required"] = [*ENVELOPE, *schema.get("required", [])]
    schema["additionalProperties"] = False
    return schema
