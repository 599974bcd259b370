"""Commit: the only place the user's tree is written (SPEC §1.7), and its undo.

The final green state is written with the crash-safe journaled apply; in a git repository
Rusta makes one commit whose message states the intent and ends with a provenance footer.
Every apply also saves an undo record (the old text and the sha256 of the new text of each
file) under RUSTA_HOME/undo, so `rusta undo` works with or without git and refuses when the
files changed since.

The commit is the user's: it carries their git identity (Rusta is named in a
`Co-authored-by` trailer); only a repository with no identity configured gets Rusta's own.
When no commit is made in a repository (the touched files had uncommitted work, git failed),
`Applied.no_commit_reason` says why, for the user to read.

Applying and undoing are also what memory learns from (issue 11 #4): an apply of a dry run's
proven fix turns its episodic entry into an applied one (and only then counts the win and
keeps the fix in the episodic cache); an undo marks the entry undone, counts against the
moves (procedural statistics and p(green)) and forgets the cached fix.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import PatchError, UndoRefused
from rusta.fs import atomic_write
from rusta.home import Home
from rusta.learn.priors import Priors
from rusta.loop import decide, log
from rusta.loop.context import Episode
from rusta.loop.decide import Decision
from rusta.loop.search import Solution
from rusta.memory import episodes
from rusta.memory.cache import EpisodicCache
from rusta.patch.apply import apply_atomically
from rusta.tools.run import run
from rusta.types import TODO_CODE, Diagnostic, Outcome, Status

FOOTER_KEY = "Rusta-Trace"
CO_AUTHOR = "Co-authored-by: Rusta <rusta@localhost>"
# Only when the repository has no git identity (git would refuse, or guess one from the host
# name) do Rusta's commits carry Rusta's own: they still work there, and say who made them.
RUSTA_IDENTITY = {
    "GIT_AUTHOR_NAME": "Rusta",
    "GIT_AUTHOR_EMAIL": "rusta@localhost",
    "GIT_COMMITTER_NAME": "Rusta",
    "GIT_COMMITTER_EMAIL": "rusta@localhost",
}


@dataclass(frozen=True)
class Applied:
    record: Path
    commit: str  # the git commit Rusta made, or "" outside git (or when it could not)
    no_commit_reason: str = ""  # in a git repository without a commit: why, for the user


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def apply_to_tree(
    home: Path, root: Path, files: Mapping[str, str], message: str, footer: Mapping[str, str]
) -> Applied:
    _refuse_read_only(root, list(files), doing="apply the proven fix")
    before = {
        name: (root / name).read_bytes().decode("utf-8") if (root / name).exists() else None
        for name in files
    }
    dirty = _dirty_files(root, list(files))
    apply_atomically(root, dict(files), Home.of(home).journal)
    commit, why = "", ""
    if dirty:
        why = (
            f"no git commit: {', '.join(sorted(dirty))} had uncommitted changes, so the fix "
            "was applied on top of them and left for you to commit (`rusta undo` reverts "
            "only the fix)"
        )
    elif dirty is not None:
        commit, why = _git_commit(root, list(files), message, footer)
    trace = footer.get(FOOTER_KEY, "")
    record = _save_record(home, root, before, files, commit, trace, why)
    _remember_applied(home, trace, commit, files)
    return Applied(record, commit, why)


def _remember_applied(home: Path, trace: str, commit: str, files: Mapping[str, str]) -> None:
    """A dry run's proven fix applied afterwards: now it is a fix (entry, win, cache)."""
    if episodes.mark_applied(home, trace, commit, files) and _has_cache(home):
        EpisodicCache(home).accept(trace)


def _remember_undone(home: Path, trace: str) -> None:
    """The user undid the fix: the entry says so, it counts against its moves, and the
    episodic cache forgets it (it would be recalled first, with a high prior)."""
    moves = episodes.mark_undone(home, trace)
    if moves:
        priors = Priors(Home.of(home).priors)
        for move, proposer in moves:
            priors.record_move(move, proposer, green=False)
        priors.save()
    if trace and _has_cache(home):
        EpisodicCache(home).forget_trace(trace)


def _has_cache(home: Path) -> bool:
    return Home.of(home).cache_db.is_file()  # --memory short never made one: keep it so


def _refuse_read_only(root: Path, names: Sequence[str], doing: str = "apply the fix") -> None:
    """A read-only crate cannot take the fix: say so, naming the user's file, before a byte is
    written (root's write bits mean nothing to root, so this only refuses where the apply
    itself would fail, or where the user made a file read-only on purpose)."""
    for name in names:
        target = root / name
        folder = target.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # a new file: its nearest existing directory
        for path, access in ((target, os.W_OK), (folder, os.W_OK | os.X_OK)):
            if path.exists() and not os.access(path, access):
                raise PatchError(
                    f"{path} is read-only, so Rusta cannot {doing} in {root}; nothing was "
                    f"changed. Make the crate writable (chmod -R u+w {root}) and try again"
                )


def provenance(
    trace_id: str,
    changed: int,
    codes: Sequence[str],
    passed: int,
    repaired: Sequence[str] = (),
    todos: Sequence[str] = (),
) -> dict[str, str]:
    """The footer of a Rusta commit: what proves it and where to read how it was found. A
    test repair changes what the code does (the tests were its only spec): it says so, and
    which tests it made pass; so does code written from TODOs, and which ones."""
    footer = {
        FOOTER_KEY: trace_id,
        "Rusta-Changed-Lines": str(changed),
        "Rusta-Error-Codes": ", ".join(codes),
        "Rusta-Tests": f"{passed} passed",
    }
    if repaired:
        footer["Rusta-Behaviour-Change"] = "yes"
        footer["Rusta-Repaired-Tests"] = ", ".join(repaired)
    if todos:
        footer["Rusta-Behaviour-Change"] = "yes"
        footer["Rusta-Done-Todos"] = "; ".join(todos)
    return footer


def apply_outcome(home: Path, root: Path, outcome: Outcome) -> Applied:
    """Apply a proven dry-run outcome as it was shown (no second search, no other patch)."""
    footer = provenance(
        outcome.trace_id,
        outcome.changed_lines,
        outcome.error_codes,
        len(outcome.tests_run),
        outcome.repaired_tests,
    )
    return apply_to_tree(home, root, outcome.files, f"rusta: {outcome.intent}", footer)


def _dirty_files(root: Path, names: Sequence[str]) -> list[str] | None:
    """None outside git; else which of `names` have uncommitted changes (never commit those)."""
    done = run(["git", "status", "--porcelain", "--", *names], root, timeout=30)
    if done.returncode != 0:
        return None
    return [line[3:] for line in done.stdout.splitlines() if line.strip()]


def _git_commit(
    root: Path, names: Sequence[str], message: str, footer: Mapping[str, str]
) -> tuple[str, str]:
    """(the commit, "") or ("", why git made none)."""
    identity, co_author = _identity(root)
    trailer = "\n".join([*(f"{key}: {value}" for key, value in footer.items()), *co_author])
    body = f"{message}\n\n{trailer}\n"
    for command in (
        ["git", "add", "--", *names],
        ["git", "commit", "--quiet", "--no-verify", "-m", body, "--", *names],
    ):
        done = run(command, root, timeout=60, env=identity)
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()
            return "", f"no git commit: `{' '.join(command[:2])}` failed: " + (
                said[-1] if said else f"exit {done.returncode}"
            )
    head = run(["git", "rev-parse", "HEAD"], root, timeout=30)
    return head.stdout.strip(), ""


def _identity(root: Path) -> tuple[dict[str, str] | None, list[str]]:
    """(environment, trailers) for a commit: the user's identity with Rusta as co-author, or
    Rusta's own when the repository has none (user.name and user.email, any config level)."""
    configured = all(
        run(["git", "config", "--get", key], root, timeout=30).stdout.strip()
        for key in ("user.name", "user.email")
    )
    return (None, [CO_AUTHOR]) if configured else (RUSTA_IDENTITY, [])


def _save_record(
    home: Path,
    root: Path,
    before: Mapping[str, str | None],
    after: Mapping[str, str],
    commit: str,
    trace: str,
    no_commit_reason: str = "",
) -> Path:
    record = {
        "root": str(root.resolve()),
        "time": time.time(),
        "commit": commit,
        "no_commit_reason": no_commit_reason,
        "trace": trace,
        "files": {
            name: {"before": before[name], "after_sha256": _sha(after[name])} for name in after
        },
    }
    directory = Home.of(home).undo
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{time.strftime('%Y%m%d-%H%M%S')}-{_sha(str(root))[:8]}-{trace[-8:]}.json"
    atomic_write(path, json.dumps(record, indent=1, sort_keys=True).encode("utf-8"))
    return path


def latest_record(home: Path, root: Path) -> tuple[Path, dict[str, object]] | None:
    directory = Home.of(home).undo
    wanted = str(root.resolve())
    candidates = []
    for path in directory.glob("*.json") if directory.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("root") == wanted and not record.get("undone"):
            candidates.append((float(record.get("time", 0.0)), path.name, path, record))
    if not candidates:
        return None
    _, _, path, record = max(candidates, key=lambda c: (c[0], c[1]))
    return path, record


def undo(home: Path, root: Path) -> list[str]:
    """Revert the last Rusta change to `root`; refuse if any of its files changed since."""
    found = latest_record(home, root)
    if found is None:
        raise UndoRefused(f"{root}: no Rusta change to undo")
    path, record = found
    files: dict[str, dict[str, str | None]] = record["files"]  # type: ignore[assignment]
    for name, entry in files.items():
        current = root / name
        text = current.read_bytes().decode("utf-8") if current.exists() else None
        if text is None or _sha(text) != entry["after_sha256"]:
            raise UndoRefused(f"{name} changed since Rusta's fix; not undoing (nothing changed)")
    commit = str(record.get("commit") or "")
    trace = str(record.get("trace", ""))
    _refuse_read_only(root, list(files), doing="undo the fix")
    restore = {name: entry["before"] for name, entry in files.items()}
    apply_atomically(root, restore, Home.of(home).journal)
    if commit:
        _git_undo(root, commit, list(files), trace)
    record["undone"] = time.time()
    atomic_write(path, json.dumps(record, indent=1, sort_keys=True).encode("utf-8"))
    _remember_undone(home, trace)
    return sorted(files)


def _git_undo(root: Path, commit: str, names: Sequence[str], trace: str) -> None:
    """Drop Rusta's own commit if it is still HEAD and was never pushed; otherwise record a
    revert commit (published history is never rewritten, STYLE.md §14)."""
    head = run(["git", "rev-parse", "HEAD"], root, timeout=30).stdout.strip()
    pushed = run(["git", "branch", "-r", "--contains", commit], root, timeout=30).stdout.strip()
    identity, co_author = _identity(root)
    if head == commit and not pushed:
        steps = [["git", "reset", "--soft", "HEAD~1"], ["git", "reset", "--quiet", "--", *names]]
    else:
        trailer = "\n".join([f"{FOOTER_KEY}: {trace}", *co_author])
        message = f"Revert Rusta fix {commit[:12]}\n\n{trailer}\n"
        steps = [
            ["git", "add", "--", *names],
            ["git", "commit", "--quiet", "--no-verify", "-m", message, "--", *names],
        ]
    for command in steps:
        done = run(command, root, timeout=60, env=identity)
        if done.returncode != 0:
            raise UndoRefused(
                f"the files were restored, but `{' '.join(command[:3])}` failed: "
                f"{(done.stderr or done.stdout).strip()[:200]}"
            )


def carry_out(
    episode: Episode, decision: Decision, targets: Sequence[Diagnostic], dry_run: bool
) -> Outcome:
    """Reflect and Commit (SPEC §2): name what went green, then apply it, or (a question is
    open, or a dry run) keep it for the user; the episode's Outcome either way."""
    solution = decision.solution
    diff, lines = decision.winner.diff, decision.winner.changed_lines
    codes = tuple(sorted({d.code or "syntax" for d in targets}))
    _reflect(episode, solution, diff, lines)
    apply = not (dry_run or decision.ask)
    memory = episode.memory
    if memory.cache is not None and not decision.ask:
        cache = memory.cache.for_episode(episode.tracer.trace_id, applied=apply)  # dry: pending
        episode.searcher.remember_green(solution, cache, memory.repo, memory.manifest)
    applied = _commit(episode, solution, targets, lines, codes) if apply else None
    return log.outcome_of(
        episode,
        Status.ASK if decision.ask else Status.GREEN,
        solution,
        diff=diff,
        changed_lines=lines,
        error_codes=codes,
        applied=apply,
        confidence=decision.confidence,
        commit=applied.commit if applied else "",
        commit_note=applied.no_commit_reason if applied else "",
        intent=decide.intent(targets),
        title=decision.winner.title,
        alternatives=decision.alternatives,
        questions=decision.questions,
    )


def _reflect(episode: Episode, solution: Solution, diff: str, lines: int) -> None:
    episode.tracer.emit(
        "reflect",
        outcome="green",
        moves=[a.proposal.candidate.move for a in solution.path],
        why="every problem fixed, " + decide.tests_phrase(solution),
        path=[a.proposal.state_hash for a in solution.path],
        diff=diff,
        changed_lines=lines,
        tests_passed=sorted(solution.tests.passed),
    )


def _commit(
    episode: Episode,
    solution: Solution,
    targets: Sequence[Diagnostic],
    lines: int,
    codes: tuple[str, ...],
) -> Applied:
    """The one write of the user's tree: journaled, committed with provenance, undoable."""
    validator = episode.validator
    repaired = sorted(validator.target_tests) if validator.test_mode else ()
    done = [t.message for t in targets if t.code == TODO_CODE] if validator.intent_mode else ()
    footer = provenance(
        episode.tracer.trace_id, lines, codes, len(solution.tests.passed), repaired, done
    )
    message = f"rusta: {decide.intent(targets)}"
    root = episode.task.crate.root
    applied = apply_to_tree(episode.task.home, root, solution.files, message, footer)
    episode.tracer.emit(
        "commit",
        files=sorted(solution.files),
        commit=applied.commit,
        undo=str(applied.record),
        changed_lines=lines,
    )
    return applied
