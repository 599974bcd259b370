"""DevLog index, migrations, episodic cache, mistake ledger: real SQLite files in RUSTA_HOME."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rusta.config import rusta_home
from rusta.errors import EnvironmentProblem
from rusta.memory import devlog, index
from rusta.memory.cache import EpisodicCache, fingerprint, hunks_between
from rusta.memory.migrations import CACHE_MIGRATIONS, INDEX_MIGRATIONS, Migration, migrate
from rusta.memory.mistakes import MistakeLedger, mistake
from rusta.types import Diagnostic, ErrorClass, Level, Span


def episode(title: str, codes: list[str], outcome: str, date: str, body: str) -> devlog.Entry:
    return devlog.Entry(
        "episodic",
        title,
        body,
        tags=(outcome,),
        date=date,
        extra={"error_codes": codes, "outcome": outcome, "move": "E0382/clone-at-use"},
    )


def test_migrations_apply_once_in_order_on_a_blank_database(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "blank.sqlite", isolation_level=None)
    assert migrate(connection, CACHE_MIGRATIONS) == [m.name for m in CACHE_MIGRATIONS]
    assert migrate(connection, CACHE_MIGRATIONS) == []
    extra = (*CACHE_MIGRATIONS, Migration("004_extra", "CREATE TABLE extra (x INTEGER);"))
    assert migrate(connection, extra) == ["004_extra"]
    with pytest.raises(EnvironmentProblem):  # a database from a newer Rusta is not guessed at
        migrate(connection, CACHE_MIGRATIONS[:1])
    assert migrate(sqlite3.connect(":memory:", isolation_level=None), INDEX_MIGRATIONS)


def test_rebuild_from_files_equals_incremental_index() -> None:
    home = rusta_home()
    for number in range(5):
        index.record(home, episode(f"Fixed E03{number}", ["E0382"], "green", "", f"body {number}"))
    path = index.record(home, episode("Abstained", ["E0499"], "abstain", "", "no idea"))
    path.write_text(path.read_text().replace("no idea", "an edited idea"))  # edited by hand
    index.sync(home)
    incremental = index.dump(home)
    index.rebuild(home)
    assert index.dump(home) == incremental
    assert len([row for row in incremental if len(row) == 10]) == 6


def test_search_ranks_the_green_fix_of_a_code_first_and_filters() -> None:
    home = rusta_home()
    now = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    index.record(
        home,
        episode(
            "Abstained on E0382",
            ["E0382"],
            "abstain",
            "2025-05-31T00:00:00+00:00",
            "moved value, E0382",
        ),
    )
    index.record(
        home,
        episode(
            "Fixed E0382 in parser",
            ["E0382"],
            "green",
            "2025-05-30T00:00:00+00:00",
            "cloned at use",
        ),
    )
    index.record(
        home, episode("Fixed E0308", ["E0308"], "green", "2025-05-31T00:00:00+00:00", "types")
    )
    hits = index.search(home, "E0382", now=now)
    assert [h.title for h in hits] == ["Fixed E0382 in parser", "Abstained on E0382"]
    assert [h.title for h in index.search(home, "E0382", tags=["abstain"], now=now)] == [
        "Abstained on E0382"
    ]
    assert index.search(home, "E0382", types=["semantic"], now=now) == []
    assert {h.title for h in index.search(home, "", since="2025-05-31", now=now)} == {
        "Abstained on E0382",
        "Fixed E0308",
    }
    assert index.timeline(home)[0].title in {"Abstained on E0382", "Fixed E0308"}


def test_index_follows_the_files_it_never_saw_written_or_removed() -> None:
    home = rusta_home()
    silent = devlog.write(home, episode("Written without the index", ["E0502"], "green", "", "x"))
    assert [h.id for h in index.search(home, "E0502")] == [devlog.entry_id(home, silent)]
    silent.unlink()
    assert index.search(home, "E0502") == []


def diagnostic(name: str, line: int, file: str = "src/lib.rs") -> Diagnostic:
    span = Span(
        file,
        line,
        line,
        13,
        13 + len(name),
        0,
        0,
        True,
        "value borrowed here after move",
        f"    total + {name}.len()",
    )
    return Diagnostic(
        Level.ERROR, f"borrow of moved value: `{name}`", "E0382", ErrorClass.MOVE, (span,)
    )


def test_fingerprints_ignore_lines_paths_and_names() -> None:
    assert fingerprint(diagnostic("words", 6)) == fingerprint(diagnostic("items", 40, "src/a.rs"))
    other = Diagnostic(Level.ERROR, "borrow of moved value: `words`", "E0505", ErrorClass.MOVE, ())
    assert fingerprint(diagnostic("words", 6)) != fingerprint(other)


def test_cached_fix_is_adapted_to_a_new_location_and_name() -> None:
    from rusta.memory.cache import adapt

    before = (
        "fn a(words: Vec<String>) -> usize {\n    for w in words {\n    }\n"
        "    total + words.len()\n}\n"
    )
    after = before.replace("for w in words {", "for w in words.clone() {")
    cache = EpisodicCache(rusta_home())
    target = diagnostic("words", 4)
    cache.record(
        target,
        "/repo",
        "m1",
        "E0382/clone-at-use",
        hunks_between({"src/lib.rs": before}, {"src/lib.rs": after}, target),
    )
    elsewhere = "// moved down\n\n" + before.replace("words", "items")
    fix = cache.lookup(diagnostic("items", 6), "/repo")[0]
    [(file, start, end, text)] = adapt(
        fix, diagnostic("items", 6), {"src/lib.rs": elsewhere}.__getitem__
    )
    adapted = elsewhere[:start] + text + elsewhere[end:]
    assert adapted == "// moved down\n\n" + after.replace("words", "items")
    assert cache.lookup(target, "/other", scope="project") == []
    assert cache.lookup(target, "/other", scope="full") != []
    assert cache.lookup(target, "/repo", now=10**12) == []  # past its TTL
    assert cache.invalidate("/repo", "m2") == 1  # the manifest changed
    assert cache.lookup(target, "/repo") == []


def test_ledger_knows_red_candidates_and_counts_repeats() -> None:
    ledger = MistakeLedger(rusta_home())
    first = mistake("fp", "state-1", "sig", "E0382/borrow-in-for")
    assert ledger.known([first.key]) == set()
    assert ledger.record(first) is False
    assert ledger.known([first.key, "other"]) == {first.key}
    # the same edit on changed code may be right this time: not a repeat
    assert ledger.record(mistake("fp", "state-2", "sig", "E0382/borrow-in-for")) is False
    # the same edit on the same code again is the mistake the ledger exists to prevent
    assert ledger.record(first) is True
    assert ledger.count() == 2
