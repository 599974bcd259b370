"""Settings: defaults < ~/.rusta/config.toml < <crate>/.rusta.toml < RUSTA_* env < flags.

Merged once, validated once (pydantic, `extra="forbid"`: a typo in a config file is a clear
error, not a silently ignored knob). `Settings.sources` remembers which layer each value came
from so `rusta doctor` can show it (STYLE.md §8).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rusta.errors import ConfigError
from rusta.home import Home, rusta_home  # rusta_home: also imported from here by the faces


class Settings(BaseModel):
    """Every knob of Rusta, flat (`settings.test_timeout`), documented in sections (SECTIONS):
    `rusta doctor` and the README's configuration table show them grouped the same way."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # --- fix: what a fix may be ------------------------------------------------------------
    k_lines: int = Field(
        20,
        ge=1,
        description="Most lines one fix may change; a bigger patch is not tried (SPEC §1.3).",
    )
    alternatives: int = Field(
        2,
        ge=0,
        le=5,
        description="Other proven fixes offered beside the chosen one (`rusta fix --pick N`).",
    )
    clippy: bool = Field(True, description="When the crate compiles, fix clippy lints too.")
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
        description="Below this confidence a one-file fix with a differently-behaving proven "
        "rival is asked about, not applied.",
    )
    tau_patch_multi: float = Field(
        0.85,
        ge=0,
        le=1,
        description="The same threshold for a fix that changes several files.",
    )

    # --- search: budgets of one episode ----------------------------------------------------
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
    slots: int = Field(
        2,
        ge=1,
        le=16,
        description="Sandbox copies of the crate in which candidates are validated in parallel.",
    )
    test_ahead: bool = Field(
        True,
        description="Start a candidate's tests in an idle slot while its check runs, so a "
        "proof costs the longer of the two, not their sum (off: one cargo at a time per slot).",
    )
    probe_budget: int = Field(
        3,
        ge=0,
        description="Error-index entries (`rustc --explain`) looked up per episode at most.",
    )
    probe_seconds: float = Field(
        8.0, gt=0, description="Seconds after which an episode starts no further lookup."
    )
    explore_budget: int = Field(
        3, ge=1, description="Experiments `rusta research` runs per hypothesis."
    )

    # --- timeouts: one cargo run -----------------------------------------------------------
    check_timeout: float = Field(
        300.0, gt=0, description="Seconds one cargo check may take before it is stopped."
    )
    test_timeout: float = Field(
        300.0, gt=0, description="Seconds one cargo test run may take before it is stopped."
    )

    # --- memory ----------------------------------------------------------------------------
    memory: Literal["short", "project", "full"] = Field(
        "full",
        description="Fixes recalled: short (none, diary only), project (this crate), full (all).",
    )

    # --- model: an optional local model that proposes patches too --------------------------
    model: str | None = Field(
        None, description="A local model that proposes patches too (URL, name or path); none: off."
    )
    model_name: str | None = Field(
        None, description="The model's name sent to an HTTP model server."
    )
    model_format: Literal["item", "text", "json"] = Field(
        "item",
        description="Model answers as a whole rewritten item (fn/impl/struct, checked and fed "
        "back), SEARCH/REPLACE text, or grammar-constrained JSON edits.",
    )
    model_only: bool = Field(
        False,
        description="Ask the model alone, with the model-free proposers off (to measure it).",
    )
    model_rounds: int = Field(
        3,
        ge=1,
        le=8,
        description="Item mode: rounds of compiler feedback (new errors sent back) per sample.",
    )
    model_budget_seconds: float = Field(
        600.0,
        gt=0,
        description="Seconds of model calls one episode may spend at most (the model pass "
        "runs after episode_seconds' model-free search, with this budget of its own).",
    )
    model_threads: int = Field(
        0, ge=0, description="Threads of the managed local model server (`local`); 0: all cores."
    )
    model_idle_seconds: float = Field(
        900.0, gt=0, description="The managed local model server stops after this long unused."
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
    model_timeout: float = Field(
        300.0, gt=0, description="Seconds one model call may take (a CPU model can take minutes)."
    )
    model_adapter: str | None = Field(
        None, description="A PEFT adapter directory loaded onto an in-process model."
    )

    # --- gc: the build caches of RUSTA_HOME ------------------------------------------------
    gc_max_size_gib: float = Field(
        5.0, ge=0, description="`rusta gc` keeps cached build directories within this many GiB."
    )
    gc_max_age_days: float = Field(
        14.0, ge=0, description="`rusta gc` drops cached build directories unused this many days."
    )

    sources: dict[str, str] = Field(default_factory=dict, exclude=True)


@dataclass(frozen=True)
class Section:
    title: str
    about: str
    fields: tuple[str, ...]


# The documented groups of Settings, in the order `rusta doctor` and the README show them.
SECTIONS: tuple[Section, ...] = (
    Section(
        "Fix",
        "what a fix may be, and what is offered beside it",
        ("k_lines", "alternatives", "clippy", "tau_answer", "tau_patch_quick", "tau_patch_multi"),
    ),
    Section(
        "Search",
        "the budgets of one episode",
        (
            "max_candidates",
            "max_steps",
            "max_validations",
            "episode_seconds",
            "slots",
            "test_ahead",
            "probe_budget",
            "probe_seconds",
            "explore_budget",
        ),
    ),
    Section("Timeouts", "how long one cargo run may take", ("check_timeout", "test_timeout")),
    Section("Memory", "what past episodes an episode recalls", ("memory",)),
    Section(
        "Model",
        "an optional local model that proposes patches too (every one proven like the rest)",
        (
            "model",
            "model_name",
            "model_format",
            "model_only",
            "model_rounds",
            "model_budget_seconds",
            "model_threads",
            "model_idle_seconds",
            "model_samples",
            "model_max_tokens",
            "model_temperature",
            "model_context",
            "model_timeout",
            "model_adapter",
        ),
    ),
    Section(
        "Cleanup",
        "`rusta gc`: the build caches of RUSTA_HOME",
        ("gc_max_size_gib", "gc_max_age_days"),
    ),
)

# Settings that no longer exist, and why: an old config file naming one gets a clear error
# instead of pydantic's "extra inputs are not permitted".
REMOVED: dict[str, str] = {
    "max_file_bytes": (
        "Rusta never edits a file over 1 MB (patch/paths.py) and that limit is not configurable"
    ),
}


def markdown_table() -> str:
    """The README's configuration table: one block per section, each setting's default and
    description (tests/cli/test_config.py keeps the README equal to this)."""
    lines = ["| setting | default | what it does |", "|---|---|---|"]
    for section in SECTIONS:
        lines.append(f"| **{section.title}** | | {section.about} |")
        for name in section.fields:
            field = Settings.model_fields[name]
            default = "none" if field.default is None else f"`{_toml(field.default)}`"
            lines.append(f"| `{name}` | {default} | {field.description} |")
    return "\n".join(lines) + "\n"


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
        _refuse_removed(name, values)
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


def _toml(value: object) -> str:
    """A default as a config file spells it: `true`, `"full"`, `0.7`."""
    if isinstance(value, bool):
        return str(value).lower()
    return f'"{value}"' if isinstance(value, str) else str(value)


def _refuse_removed(layer: str, values: Mapping[str, Any]) -> None:
    for key in values:
        if key in REMOVED:
            raise ConfigError(
                f"`{key}` ({layer}) is no longer a setting: {REMOVED[key]}; remove it"
            )


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
    for name in [*Settings.model_fields, *REMOVED]:
        raw = os.environ.get(f"RUSTA_{name.upper()}")
        if raw is not None and name != "sources":
            values[name] = raw
    return values
