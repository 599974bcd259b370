"""Bounds on a trace field (`Annotated[float, Field(ge=0)]`) without importing pydantic.

The payload classes in kinds.py are plain dataclasses, built by every episode; pydantic reads
them only to write or check the JSON Schema (schema.py). pydantic's own `Field` would make
every `rusta` start-up import pydantic (a tenth of a second, issue 19), so this stand-in
carries the same constraints and hands them to pydantic when, and only when, pydantic asks
(`__get_pydantic_core_schema__`: pydantic builds the plain type's schema, the bounds are added
to it: `ge`/`le`/`gt` on numbers, `pattern` on text).
"""

from __future__ import annotations

from typing import Any


class Field:
    def __init__(self, **constraints: Any) -> None:
        self.constraints = constraints

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update(self.constraints)
        return schema

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.constraints.items())
        return f"Field({shown})"
