"""Probe (SPEC §2): cheapest evidence first, recorded before any edit.

The compiler's JSON is the first probe (taken at intake); then the error index entry of each
code (`rustc --explain`, offline, cited by sha256) and where the named items are defined.
The error-index lookups are bounded by `ProbeBudget` (settings `probe_budget`, `probe_seconds`).
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rusta.config import Settings
from rusta.memory.scope import MemoryScope
from rusta.proposers.context import backticked
from rusta.tools import cargo
from rusta.trace.events import Tracer
from rusta.types import Diagnostic


@dataclass
class ProbeBudget:
    """How much looking up an episode does before it decides: at most `lookups` error-index
    entries, and none started after `seconds` (`rustc --explain` is a subprocess each time).
    The compiler's own JSON and the project graph are not counted: the first is the baseline,
    the second re-parses only what changed."""

    lookups: int
    seconds: float
    started: float = field(default_factory=time.monotonic)
    used: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> ProbeBudget:
        return cls(settings.probe_budget, settings.probe_seconds)

    def spend(self) -> bool:
        """True (and one lookup spent) when another lookup may start."""
        if self.used >= self.lookups or time.monotonic() - self.started >= self.seconds:
            return False
        self.used += 1
        return True


def evidence(
    tracer: Tracer,
    baseline: Sequence[Diagnostic],
    targets: Sequence[Diagnostic],
    clippy: bool,
    budget: ProbeBudget | None = None,
) -> None:
    budget = budget or ProbeBudget.from_settings(Settings())
    classes = Counter(d.error_class.value for d in targets)
    tracer.emit(
        "probe",
        probe="cargo check --message-format=json",
        problems=len(targets),
        classes=dict(classes),
        clippy=clippy,
    )
    for code in dict.fromkeys(d.code for d in targets if d.code.startswith("E")):
        if not budget.spend():
            break
        text = cargo.explain(code)
        if text:
            anchor = {
                "source": "error-index",
                "path": f"rustc --explain {code}",
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
            tracer.emit(
                "probe",
                probe=f"rustc --explain {code}",
                summary=text.split("\n\n", 1)[0][:200],
                anchors=[anchor],
            )


def structure(
    tracer: Tracer,
    targets: Sequence[Diagnostic],
    memory: MemoryScope,
    files: Sequence[str],
    read: Callable[[str], str],
) -> None:
    """Symbol lookup in the project graph: where the named items live and who depends on them.

    Cheap (tree-sitter, re-parsing only files whose hash changed), so it runs on every episode
    with project memory; its blast radius tells the DevLog how far a fix may reach.
    """
    if memory.graph is None or not targets:
        return
    update = memory.graph.update(memory.repo, files, lambda name: read(name).encode())
    names = [n for d in targets[:3] for n in backticked(d.message) if n.isidentifier()]
    names = list(dict.fromkeys(names))[:4]
    found = {
        name: [
            f"{s.kind} {s.file}:{s.line_start}" for s in memory.graph.definitions(memory.repo, name)
        ]
        for name in names
    }
    radius = memory.graph.blast_radius(memory.repo, names)
    tracer.emit(
        "probe",
        probe="project graph",
        parsed=update.parsed,
        unchanged=update.unchanged,
        definitions=found,
        blast_radius={"dependents": list(radius.dependents[:10]), "files": list(radius.files)},
        summary=_graph_summary(found, radius.files),
    )


def _graph_summary(found: dict[str, list[str]], files: Sequence[str]) -> str:
    defined = "; ".join(f"`{n}` at {', '.join(s[:2])}" for n, s in found.items() if s)
    return f"{defined or 'no crate-local definitions'}; blast radius {len(files)} file(s)"


def next_probes(targets: Sequence[Diagnostic]) -> tuple[str, ...]:
    """What Rusta would look at next when it abstains: concrete and cheap first."""
    probes: list[str] = []
    for diagnostic in targets[:3]:
        span = diagnostic.primary
        where = f"{span.file}:{span.line_start}" if span else "the crate"
        for placeholder in _placeholders(diagnostic):
            # rustc's `todo!()` arm or method is a shape to fill in, not a fix (loop.propose)
            probes.append(f"write the code rustc leaves as `todo!()` at {where}: {placeholder}")
        if diagnostic.code.startswith("E"):
            probes.append(f"rustc --explain {diagnostic.code}")
        names = backticked(diagnostic.message)
        if names:
            probes.append(f"find the definition and uses of `{names[0]}` near {where}")
        probes.append(f"read the code around {where} for the intended behaviour")
    return tuple(dict.fromkeys(probes))[:5]


def _placeholders(diagnostic: Diagnostic) -> list[str]:
    found = []
    for suggestion in diagnostic.suggestions:
        for edit in suggestion.edits:
            text = " ".join(edit.replacement.split()).strip(" ,")
            if ("todo!(" in text or "unimplemented!(" in text) and text not in found:
                found.append(text if len(text) <= 120 else text[:117] + "...")
    return found[:2]
