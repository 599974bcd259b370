"""Settings: defaults < ~/.rusta/config.toml < <crate>/.rusta.toml < RUSTA_* env < flags.

Merged once, validated once (pydantic, `extra="forbid"`: a typo in a config file is a clear
error, not a silently ignored knob). `Settings.sources` remembers which layer each value came
from so `rusta doctor` can show it (STYLE.md §8).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rusta.errors import ConfigError
from rusta.home import Home, rusta_home  # rusta_home: also imported from here by the faces


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    k_lines: int = Field(
        20,
        ge=1,
        description="Most lines one fix may change; a bigger patch is not tried (SPEC §1.3).",
    )
    tau_answer: float = Field(
        0.70,
        ge=0,
        le=1,
        description="Confidence an explanation would need to be stated (reserved: not read yet).",
    )
    tau_patch_quick: float = Field(
        0.72,
        ge=0,
        le=1,
        description="Confidence a one-file fix would need (reserved: not read yet).",
    )
    tau_patch_multi: float = Field(
        0.85,
        ge=0,
        le=1,
        description="Confidence a multi-file fix would need (reserved: not read yet).",
    )
    probe_budget: int = Field(
        3, ge=0, description="Probes per episode before deciding (reserved: not read yet)."
    )
    probe_seconds: float = Field(
        8.0, gt=0, description="Seconds of probing per episode (reserved: not read yet)."
    )
    explore_budget: int = Field(
        3, ge=1, description="Experiments `rusta research` runs per hypothesis."
    )
    max_candidates: int = Field(
        24, ge=1, description="Candidate patches validated per search step at most."
    )
    max_steps: int = Field(
        12, ge=1, description="Fixes chained in one episode at most (one per error removed)."
    )
    max_validations: int = Field(
        80, ge=1, description="Candidate patches built in sandboxes per episode at most."
    )
    episode_seconds: float = Field(
        240.0,
        gt=0,
        description="Wall-clock seconds one fix episode may take before it stops and abstains.",
    )
    check_timeout: float = Field(
        300.0, gt=0, description="Seconds one cargo check may take before it is stopped."
    )
    test_timeout: float = Field(
        300.0, gt=0, description="Seconds one cargo test run may take before it is stopped."
    )
    slots: int = Field(
        2,
        ge=1,
        le=16,
        description="Sandbox copies of the crate in which candidates are validated in parallel.",
    )
    alternatives: int = Field(
        2,
        ge=0,
        le=5,
        description="Other proven fixes offered beside the chosen one (`rusta fix --pick N`).",
    )
    clippy: bool = Field(True, description="When the crate compiles, fix clippy lints too.")
    memory: Literal["short", "project", "full"] = Field(
        "full",
        description="Fixes recalled: short (none, diary only), project (this crate), full (all).",
    )
    model: str | None = Field(
        None, description="A local model that proposes patches too (URL, name or path); none: off."
    )
    model_name: str | None = Field(
        None, description="The model's name sent to an HTTP model server."
    )
    model_format: Literal["text", "json"] = Field(
        "text",
        description="Model answers as SEARCH/REPLACE text, or grammar-constrained JSON edits.",
    )
    model_samples: int = Field(
        2, ge=1, le=16, description="Completions asked of the model per prompt."
    )
    model_max_tokens: int = Field(512, ge=16, description="Tokens per model completion at most.")
    model_temperature: float = Field(
        0.6,
        ge=0,
        le=2,
        description="Sampling temperature of the model (0: always its likeliest answer).",
    )
    model_context: int = Field(
        4096, ge=512, description="The model's context window in tokens; prompts are cut to fit."
    )
    model_timeout: float = Field(120.0, gt=0, description="Seconds one model call may take.")
    model_adapter: str | None = Field(
        None, description="A PEFT adapter directory loaded onto an in-process model."
    )
    max_file_bytes: int = Field(
        1_000_000,
        gt=0,
        description="Largest file Rusta will edit (reserved: not read yet; the limit is 1 MB).",
    )
    gc_max_size_gib: float = Field(
        5.0, ge=0, description="`rusta gc` keeps cached build directories within this many GiB."
    )
    gc_max_age_days: float = Field(
        14.0, ge=0, description="`rusta gc` drops cached build directories unused this many days."
    )

    sources: dict[str, str] = Field(default_factory=dict, exclude=True)


def load_settings(crate: Path | None = None, flags: Mapping[str, Any] | None = None) -> Settings:
    layers: list[tuple[str, dict[str, Any]]] = [
        ("~/.rusta/config.toml", _read_toml(Home(rusta_home()).config_file)),
    ]
    if crate is not None:
        layers.append((".rusta.toml", _read_toml(crate / ".rusta.toml")))
    layers.append(("env", _env_layer()))
    layers.append(("flag", {k: v for k, v in (flags or {}).items() if v is not None}))
    merged: dict[str, Any] = {}
    sources = dict.fromkeys(Settings.model_fields, "default")
    for name, values in layers:
        for key, value in values.items():
            merged[key] = value
            sources[key] = name
    try:
        return Settings(**merged, sources=sources)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = sources.get(str(problem["loc"][0]), "config") if problem["loc"] else "config"
        field = ".".join(str(p) for p in problem["loc"])
        raise ConfigError(f"invalid setting `{field}` ({where}): {problem['msg']}") from exc


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def _env_layer() -> dict[str, Any]:
    """RUSTA_K_LINES=10 → k_lines=10; RUSTA_HOME is the home, not a setting."""
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        raw = os.environ.get(f"RUSTA_{name.upper()}")
        if raw is not None and name != "sources":
            values[name] = raw
    return values
