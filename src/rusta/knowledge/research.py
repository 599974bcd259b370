"""Research Mode's records (SPEC §6): hypotheses tried as bounded experiments, as LabLogs.

The experiments themselves run in `rusta.loop.research` (the loop sequences stages; this
room keeps what was learned). Each experiment becomes one LabLog under
RUSTA_HOME/devlogs/lab/: the hypothesis (a named move and its intent), the experiment (the
diff and the command that judged it), the outcome and the confidence before and after.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rusta.memory import devlog

OUTCOMES = ("fixed", "progress", "no progress", "new problems", "no hypothesis")


@dataclass(frozen=True)
class LabRecord:
    diagnostic: str  # "E0382 borrow of moved value: `v` at src/lib.rs:7"
    code: str
    hypothesis: str  # the move, e.g. "E0382/clone-at-use"
    intent: str  # what the patch does and why, in one line
    experiment: str  # the diff tried (in a sandbox slot) and the judging command
    outcome: str  # one of OUTCOMES
    confidence_before: float  # p(green) of the move before the experiment
    confidence_after: float  # after the outcome was recorded in the priors
    seconds: float = 0.0

    @property
    def worked(self) -> bool:
        return self.outcome == "fixed"


def write_lablog(home: Path, record: LabRecord, crate: str) -> Path:
    body = "\n".join(
        [
            f"## Hypothesis\n{record.hypothesis}: {record.intent}",
            f"## Target\n{record.diagnostic}",
            f"## Experiment\n```diff\n{record.experiment.rstrip()}\n```",
            f"## Outcome\n{record.outcome} (confidence {record.confidence_before:.2f} → "
            f"{record.confidence_after:.2f}, {record.seconds:.1f} s)",
        ]
    )
    entry = devlog.Entry(
        type="lab",
        title=f"{record.code or 'syntax'} {record.hypothesis} {record.outcome}",
        body=body,
        tags=("research", record.code or "syntax", record.outcome.replace(" ", "-")),
        confidence=round(record.confidence_after, 3),
        context=f"rusta research {crate}",
        extra={
            "repo": crate,
            "error_codes": [record.code] if record.code else [],
            "move": record.hypothesis,
            "hypothesis": record.intent,
            "outcome": record.outcome,
        },
    )
    return devlog.write(home, entry)


def summarize(records: list[LabRecord]) -> list[tuple[str, int, int]]:
    """(move, experiments, fixes) per move, the moves that worked first."""
    tried: dict[str, list[bool]] = defaultdict(list)
    for record in records:
        if record.outcome != "no hypothesis":
            tried[record.hypothesis].append(record.worked)
    rows = [(move, len(results), sum(results)) for move, results in tried.items()]
    return sorted(rows, key=lambda row: (-row[2], -row[1], row[0]))
