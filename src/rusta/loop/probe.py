"""Probe (SPEC §2): cheapest evidence first, recorded before any edit.

The compiler's JSON is the first probe (taken at intake); then the error index entry of each
code (`rustc --explain`, offline, cited by sha256) and where the named items are defined.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rusta.proposers.context import backticked
from rusta.tools import cargo
from rusta.trace.events import Tracer
from rusta.types import Diagnostic

if TYPE_CHECKING:
    from rusta.loop.search import Searcher


def evidence(
    tracer: Tracer,
    baseline: Sequence[Diagnostic],
    targets: Sequence[Diagnostic],
    searcher: Searcher,
) -> None:
    classes = Counter(d.error_class.value for d in targets)
    tracer.emit(
        "probe",
        probe="cargo check --message-format=json",
        problems=len(targets),
        classes=dict(classes),
        clippy=searcher.lint_mode,
    )
    for code in list(dict.fromkeys(d.code for d in targets if d.code.startswith("E")))[:3]:
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


def next_probes(targets: Sequence[Diagnostic]) -> tuple[str, ...]:
    """What Rusta would look at next when it abstains: concrete and cheap first."""
    probes: list[str] = []
    for diagnostic in targets[:3]:
        span = diagnostic.primary
        where = f"{span.file}:{span.line_start}" if span else "the crate"
        if diagnostic.code.startswith("E"):
            probes.append(f"rustc --explain {diagnostic.code}")
        names = backticked(diagnostic.message)
        if names:
            probes.append(f"find the definition and uses of `{names[0]}` near {where}")
        probes.append(f"read the code around {where} for the intended behaviour")
    return tuple(dict.fromkeys(probes))[:5]
