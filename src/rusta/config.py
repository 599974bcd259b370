"""Settings: defaults < ~/.rusta/config.toml < <crate>/.rusta.toml < RUSTA_* env < flags.

Merged once, validated once (an unknown name is refused: a typo in a config file is a clear
error, not a silently ignored knob). `Settings.sources` remembers which layer each value came
from so `rusta doctor` can show it (STYLE.md §8).

Settings are a frozen dataclass checked by the few rules below (types, bounds, choices) rather
than a pydantic model: every `rusta` command reads them at start-up, and building a pydantic
model of forty fields, with pydantic's own import, cost a sixth of a second each time (issue 19).
Values from the environment are text and are read as pydantic's lax mode read them:
"10" is 10, "true"/"yes"/"on"/"1" is True.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

from rusta.errors import ConfigError
from rusta.home import Home, rusta_home  # rusta_home: also imported from here by the faces


@dataclass(frozen=True)
class Setting:
    """What one knob is: its default, its bounds, and what it does in words."""

    default: Any
    description: str
    ge: float | None = None
    le: float | None = None
    gt: float | None = None


def _knob(
    default: Any,
    *,
    description: str,
    ge: float | None = None,
    le: float | None = None,
    gt: float | None = None,
) -> Any:
    return field(default=default, metadata={"setting": Setting(default, description, ge, le, gt)})


class SettingError(ValueError):
    """A value a setting cannot take; `name` is the setting."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Every knob of Rusta, flat (`settings.test_timeout`), documented in sections (SECTIONS):
    `rusta doctor` and the README's configuration table show them grouped the same way.
    Values are converted to the knob's type and checked against its bounds on creation."""

    # --- fix: what a fix may be ------------------------------------------------------------
    k_lines: int = _knob(
        20,
        ge=1,
        description="Most lines one fix may change; a bigger patch is not tried (SPEC §1.3).",
    )
    alternatives: int = _knob(
        2,
        ge=0,
        le=5,
        description="Other proven fixes offered beside the chosen one (`rusta fix --pick N`).",
    )
    clippy: bool = _knob(True, description="When the crate compiles, fix clippy lints too.")
    tau_answer: float = _knob(
        0.70,
        ge=0,
        le=1,
        description="Confidence an explanation would need to be stated (reserved: not read yet).",
    )
    tau_patch_quick: float = _knob(
        0.72,
        ge=0,
        le=1,
        description="Below this confidence a one-file fix with a differently-behaving proven "
        "rival is asked about, not applied.",
    )
    tau_patch_multi: float = _knob(
        0.85,
        ge=0,
        le=1,
        description="The same threshold for a fix that changes several files.",
    )

    # --- search: budgets of one episode ----------------------------------------------------
    max_candidates: int = _knob(
        24, ge=1, description="Candidate patches validated per search step at most."
    )
    max_steps: int = _knob(
        12, ge=1, description="Fixes chained in one episode at most (one per error removed)."
    )
    max_validations: int = _knob(
        80, ge=1, description="Candidate patches built in sandboxes per episode at most."
    )
    episode_seconds: float = _knob(
        240.0,
        gt=0,
        description="Wall-clock seconds one fix episode may take before it stops and abstains.",
    )
    slots: int = _knob(
        2,
        ge=1,
        le=16,
        description="Sandbox copies of the crate in which candidates are validated in parallel.",
    )
    test_ahead: bool = _knob(
        True,
        description="Start a candidate's tests in an idle slot while its check runs, so a "
        "proof costs the longer of the two, not their sum (off: one cargo at a time per slot).",
    )
    probe_budget: int = _knob(
        3,
        ge=0,
        description="Error-index entries (`rustc --explain`) looked up per episode at most.",
    )
    probe_seconds: float = _knob(
        8.0, gt=0, description="Seconds after which an episode starts no further lookup."
    )
    explore_budget: int = _knob(
        3, ge=1, description="Experiments `rusta research` runs per hypothesis."
    )

    # --- timeouts: one cargo run -----------------------------------------------------------
    check_timeout: float = _knob(
        300.0, gt=0, description="Seconds one cargo check may take before it is stopped."
    )
    test_timeout: float = _knob(
        300.0, gt=0, description="Seconds one cargo test run may take before it is stopped."
    )

    # --- memory ----------------------------------------------------------------------------
    memory: Literal["short", "project", "full"] = _knob(
        "full",
        description="Fixes recalled: short (none, diary only), project (this crate), full (all).",
    )

    # --- model: an optional local model that proposes patches too --------------------------
    model: str | None = _knob(
        None, description="A local model that proposes patches too (URL, name or path); none: off."
    )
    model_name: str | None = _knob(
        None, description="The model's name sent to an HTTP model server."
    )
    model_format: Literal["item", "text", "json"] = _knob(
        "item",
        description="Model answers as a whole rewritten item (fn/impl/struct, checked and fed "
        "back), SEARCH/REPLACE text, or grammar-constrained JSON edits.",
    )
    model_only: bool = _knob(
        False,
        description="Ask the model alone, with the model-free proposers off (to measure it).",
    )
    model_rounds: int = _knob(
        3,
        ge=1,
        le=8,
        description="Item mode: rounds of compiler feedback (new errors sent back) per sample.",
    )
    model_budget_seconds: float = _knob(
        600.0,
        gt=0,
        description="Seconds of model calls one episode may spend at most (the model pass "
        "runs after episode_seconds' model-free search, with this budget of its own).",
    )
    model_threads: int = _knob(
        0, ge=0, description="Threads of the managed local model server (`local`); 0: all cores."
    )
    model_idle_seconds: float = _knob(
        900.0, gt=0, description="The managed local model server stops after this long unused."
    )
    model_samples: int = _knob(
        2, ge=1, le=16, description="Completions asked of the model per prompt."
    )
    model_max_tokens: int = _knob(512, ge=16, description="Tokens per model completion at most.")
    model_temperature: float = _knob(
        0.6,
        ge=0,
        le=2,
        description="Sampling temperature of the model (0: always its likeliest answer).",
    )
    model_context: int = _knob(
        4096, ge=512, description="The model's context window in tokens; prompts are cut to fit."
    )
    model_timeout: float = _knob(
        300.0, gt=0, description="Seconds one model call may take (a CPU model can take minutes)."
    )
    model_adapter: str | None = _knob(
        None, description="A PEFT adapter directory loaded onto an in-process model."
    )

    # --- gc: the build caches of RUSTA_HOME ------------------------------------------------
    gc_max_size_gib: float = _knob(
        5.0, ge=0, description="`rusta gc` keeps cached build directories within this many GiB."
    )
    gc_max_age_days: float = _knob(
        14.0, ge=0, description="`rusta gc` drops cached build directories unused this many days."
    )

    sources: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        hints = _hints()
        for name, setting in SETTINGS.items():
            value = _converted(name, getattr(self, name), hints[name], setting)
            object.__setattr__(self, name, value)

    def dump(self) -> dict[str, Any]:
        """Every setting's value, by name (not where it came from)."""
        return {name: getattr(self, name) for name in SETTINGS}


# name → Setting, in the order config.py declares them ("sources" is not a setting)
SETTINGS: dict[str, Setting] = {
    f.name: f.metadata["setting"]
    for f in Settings.__dataclass_fields__.values()
    if "setting" in f.metadata
}


@cache
def _hints() -> dict[str, Any]:
    return get_type_hints(Settings)


_TRUE = frozenset({"true", "yes", "on", "1", "t", "y"})
_FALSE = frozenset({"false", "no", "off", "0", "f", "n"})


def _converted(name: str, value: Any, kind: Any, setting: Setting) -> Any:
    """`value` as the knob's type (text from the environment read as its type), or a
    SettingError that says what was wrong."""
    optional = type(None) in get_args(kind)
    if optional and value is None:
        return None
    if optional:
        kind = next(a for a in get_args(kind) if a is not type(None))
    if get_origin(kind) is Literal:
        choices = get_args(kind)
        if value not in choices:
            shown = ", ".join(repr(c) for c in choices)
            raise SettingError(name, f"must be one of {shown}, not {value!r}")
        return value
    if kind is bool:
        return _as_bool(name, value)
    if kind in (int, float):
        number = _as_number(name, value, kind)
        _bounded(name, number, setting)
        return number
    if kind is str:
        if not isinstance(value, str):
            raise SettingError(name, f"must be text, not {value!r}")
        return value
    return value


def _as_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise SettingError(name, f"must be true or false, not {value!r}")


def _as_number(name: str, value: Any, kind: type) -> int | float:
    if isinstance(value, bool):
        raise SettingError(name, f"must be a number, not {value!r}")
    if isinstance(value, str):
        try:
            value = float(value.strip()) if kind is float else int(value.strip())
        except ValueError:
            word = "a whole number" if kind is int else "a number"
            raise SettingError(name, f"must be {word}, not {value!r}") from None
    if kind is int and isinstance(value, float) and value.is_integer():
        value = int(value)
    if kind is int and not isinstance(value, int):
        raise SettingError(name, f"must be a whole number, not {value!r}")
    if kind is float and not isinstance(value, int | float):
        raise SettingError(name, f"must be a number, not {value!r}")
    return kind(value)


def _bounded(name: str, number: float, setting: Setting) -> None:
    if setting.ge is not None and number < setting.ge:
        raise SettingError(name, f"must be at least {setting.ge:g}, not {number:g}")
    if setting.le is not None and number > setting.le:
        raise SettingError(name, f"must be at most {setting.le:g}, not {number:g}")
    if setting.gt is not None and number <= setting.gt:
        raise SettingError(name, f"must be more than {setting.gt:g}, not {number:g}")


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
            knob = SETTINGS[name]
            default = "none" if knob.default is None else f"`{_toml(knob.default)}`"
            lines.append(f"| `{name}` | {default} | {knob.description} |")
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
    sources = dict.fromkeys(SETTINGS, "default")
    for name, values in layers:
        _refuse_removed(name, values)
        for key, value in values.items():
            merged[key] = value
            sources[key] = name
    unknown = sorted(set(merged) - set(SETTINGS))
    if unknown:
        where = sources.get(unknown[0], "config")
        raise ConfigError(
            f"invalid setting `{unknown[0]}` ({where}): no such setting (`rusta doctor` "
            "lists them all)"
        )
    try:
        return Settings(**merged, sources=sources)
    except SettingError as exc:
        where = sources.get(exc.name, "config")
        raise ConfigError(f"invalid setting `{exc.name}` ({where}): {exc.message}") from exc


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
    for name in [*SETTINGS, *REMOVED]:
        raw = os.environ.get(f"RUSTA_{name.upper()}")
        if raw is not None:
            values[name] = raw
    return values
