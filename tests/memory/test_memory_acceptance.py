"""What counts as a fix in memory (issue 11 #4), on real SQLite and real DevLog files (no
cargo: the end-to-end case with cargo is test_memory_honest_outcomes.py):

- a pending (dry-run) record in the episodic cache is never recalled, does not refresh or
  count a fix already accepted, becomes recallable when its episode is accepted, and an undone
  episode's fixes are forgotten;
- the episodic entry goes dry-run → applied → undone, the move's statistics follow it, and
  applying another proven alternative of the episode is no win for the winner's moves.
"""

from __future__ import annotations

from pathlib import Path

from rusta.config import rusta_home
from rusta.memory import devlog
from rusta.memory.cache import EpisodicCache, hunks_between
from rusta.memory.episodes import EpisodeRecord, log_episode, mark_applied, mark_undone
from rusta.types import Candidate, Diagnostic, ErrorClass, Level, Outcome, Span, Step, Verdict

BEFORE = "fn a(words: Vec<String>) -> usize {\n    for w in words {\n    }\n    words.len()\n}\n"
AFTER = BEFORE.replace("for w in words {", "for w in &words {")
MOVE = "E0382/suggestion:consider-iterating-over-a-slice-of-the-vec-instead-of-moving-it"


def moved(line: int = 4) -> Diagnostic:
    span = Span("src/lib.rs", line, line, 5, 10, 0, 0, True, "value used after move", "")
    return Diagnostic(
        Level.ERROR, "borrow of moved value: `words`", "E0382", ErrorClass.MOVE, (span,)
    )


def record(cache: EpisodicCache) -> str:
    hunks = hunks_between({"src/lib.rs": BEFORE}, {"src/lib.rs": AFTER}, moved())
    return cache.record(moved(), "/repo", "m1", MOVE, hunks)


def test_a_dry_runs_fix_is_recalled_only_once_its_episode_is_accepted() -> None:
    cache = EpisodicCache(rusta_home())

    record(cache.for_episode("t-dry", applied=False))

    assert cache.lookup(moved(), "/repo") == [] and cache.count() == 0
    assert cache.accept("t-other") == 0
    assert cache.accept("t-dry") == 1
    [fix] = cache.lookup(moved(), "/repo")
    assert fix.hits == 1 and cache.count() == 1

    record(cache.for_episode("t-dry-again", applied=False))  # found again, not applied

    assert cache.lookup(moved(), "/repo")[0].hits == 1
    record(cache.for_episode("t-yes", applied=True))
    assert cache.lookup(moved(), "/repo")[0].hits == 2

    assert cache.forget_trace("t-yes") == 1  # the user undid it

    assert cache.lookup(moved(), "/repo") == [] and cache.count() == 0


def outcome(trace: str, applied: bool, commit: str = "") -> Outcome:
    candidate = Candidate("compiler", MOVE, "iterate over a slice", (), 0.8, ("E0382",))
    return Outcome(
        status="green",
        applied=applied,
        diff="--- a\n+++ b\n",
        changed_lines=1,
        error_codes=("E0382",),
        steps=(Step(candidate, Verdict(True, 1, 0), 1),),
        candidates_validated=1,
        confidence=0.9,
        trace_id=trace,
        commit=commit,
        tried=((MOVE, "progress: 1 → 0 problems"),),
        files={"src/lib.rs": AFTER},
    )


def log(trace: str, applied: bool, commit: str = "") -> Path:
    episode = EpisodeRecord("/repo", "demo", "abc123", outcome(trace, applied, commit), Path("-"))
    return log_episode(rusta_home(), episode)


def stats() -> dict[str, int]:
    [path] = (rusta_home() / "devlogs" / "procedural").glob("*.md")
    return dict(devlog.read(path)[0]["stats"])


def test_an_entry_goes_dry_run_applied_undone_and_the_move_counts_follow() -> None:
    path = log("20260101-120000-aaaa0001", applied=False)
    front = devlog.read(path)[0]
    assert (front["state"], front["commit"], front["head"]) == ("dry-run", "", "abc123")
    assert front["title"] == "Found a fix for E0382 in demo (dry run, not applied)"
    assert stats() == {"validated": 1, "progress": 1, "won": 0, "found": 1, "undone": 0}

    files = {"src/lib.rs": AFTER}
    assert mark_applied(rusta_home(), "20260101-120000-aaaa0001", "f00d" * 10, files)

    front, body = devlog.read(path)
    assert (front["state"], front["applied"], front["commit"]) == ("applied", True, "f00d" * 10)
    assert front["title"] == "Fixed E0382 in demo" and "as commit f00df00df00d" in body
    assert stats() == {"validated": 1, "progress": 1, "won": 1, "found": 0, "undone": 0}
    assert not mark_applied(rusta_home(), "20260101-120000-aaaa0001", "f00d" * 10, files)

    assert mark_undone(rusta_home(), "20260101-120000-aaaa0001") == ((MOVE, "compiler"),)

    front, body = devlog.read(path)
    assert front["state"] == "undone" and front["title"] == "Undid the fix of E0382 in demo"
    assert "Undone by `rusta undo`" in body and "dry-run" not in front["tags"]
    assert stats() == {"validated": 1, "progress": 1, "won": 0, "found": 0, "undone": 1}
    assert mark_undone(rusta_home(), "20260101-120000-aaaa0001") == ()  # once only
    assert len(devlog.entry_files(rusta_home())) == 2  # rewritten in place, not copied


def test_applying_another_proven_alternative_is_no_win_for_the_winners_moves() -> None:
    path = log("20260101-120000-bbbb0002", applied=False)
    other = {"src/lib.rs": BEFORE.replace("for w in words {", "for w in words.clone() {")}

    assert not mark_applied(rusta_home(), "20260101-120000-bbbb0002", "", other)

    front, body = devlog.read(path)
    assert front["state"] == "applied" and front["picked"] == "alternative"
    assert "Another proven fix of this episode was applied instead" in body
    assert stats()["won"] == 0 and stats()["found"] == 1
    assert mark_undone(rusta_home(), "20260101-120000-bbbb0002") == ()
    assert stats()["undone"] == 0


def test_an_episode_that_applied_its_fix_logs_a_win_and_names_rustas_commit() -> None:
    path = log("20260101-120000-cccc0003", applied=True, commit="beef" * 10)

    front = devlog.read(path)[0]
    assert (front["state"], front["commit"], front["head"]) == ("applied", "beef" * 10, "abc123")
    assert front["title"] == "Fixed E0382 in demo"
    log("20260101-120001-cccc0004", applied=True, commit="cafe" * 10)
    assert stats()["won"] == 2  # a move with a long name accumulates (its file is slugged)
