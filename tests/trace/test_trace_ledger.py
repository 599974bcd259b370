"""The ledger: sealed at the episode's end, content-addressed, verifiable, exported and imported
byte for byte, and a bad bundle changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

from rusta.errors import TraceError
from rusta.trace.events import Tracer
from rusta.trace.jsonl import JsonlSink
from rusta.trace.ledger import MANIFEST, Ledger


def record_episode(directory: Path, trace_id: str, crate: str = "demo") -> Path:
    """A short, valid nothing-to-do episode written through the real sink."""
    sink = JsonlSink(directory, trace_id)
    tracer = Tracer([sink], trace_id=trace_id)
    tracer.emit("intake", crate=crate, root="/tmp/x", dry_run=False, tree={})
    tracer.emit("decide", decision="nothing-to-do", lint_mode=True, baseline=[])
    tracer.emit(
        "log",
        status="nothing-to-do",
        applied=False,
        changed_lines=0,
        candidates_validated=0,
        seconds=0.1,
    )
    return sink.path


def test_the_log_event_seals_the_trace_into_the_manifest(tmp_path: Path) -> None:
    path = record_episode(tmp_path, "t-1")
    ledger = Ledger(tmp_path)

    [entry] = ledger.entries()

    assert entry.id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (entry.trace, entry.events, entry.crate, entry.status) == (
        "t-1",
        3,
        "demo",
        "nothing-to-do",
    )
    assert ledger.resolve("t-1") == ledger.resolve(entry.id[:8]) == entry
    assert ledger.seal("t-1") == entry  # sealing again is a no-op
    assert ledger.verify() == [] and ledger.unsealed() == []
    with pytest.raises(TraceError, match="no sealed trace"):
        ledger.resolve("t-2")


def test_a_sealed_trace_that_changes_is_found_and_cannot_be_resealed(tmp_path: Path) -> None:
    path = record_episode(tmp_path, "t-1")
    path.chmod(0o644)
    path.write_text(path.read_text().replace("demo", "evil"))
    ledger = Ledger(tmp_path)

    assert ledger.verify() == ["t-1: modified after it was sealed"]
    with pytest.raises(TraceError, match="changed after it was sealed"):
        ledger.seal("t-1")
    assert len((tmp_path / MANIFEST).read_text().splitlines()) == 1


def test_export_is_deterministic_and_import_adds_once(tmp_path: Path) -> None:
    source = Ledger(tmp_path / "a")
    record_episode(source.directory, "t-1")
    record_episode(source.directory, "t-2", crate="other")
    first, second = tmp_path / "one.tar", tmp_path / "two.tar"

    source.export(first)
    source.export(second)
    target = Ledger(tmp_path / "b")
    added = target.import_bundle(first, k_lines=20)
    again = target.import_bundle(first, k_lines=20)

    assert first.read_bytes() == second.read_bytes()
    assert (added.added, again.added, again.already_present) == (("t-1", "t-2"), (), ("t-1", "t-2"))
    assert target.entries() == source.entries()
    assert target.path_for("t-1").read_bytes() == source.path_for("t-1").read_bytes()


def _bundle(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize(
    "tamper, message",
    [
        (lambda m, t: {**m, "../escape.jsonl": b"x"}, "unexpected member"),
        (lambda m, t: {**m, "traces/t-1.jsonl": t.replace(b"demo", b"evil")}, "do not match"),
        (lambda m, t: {MANIFEST: m[MANIFEST]}, "does not contain it"),
        (lambda m, t: {**m, MANIFEST: b"{oops"}, "malformed manifest"),
    ],
)
def test_a_bad_bundle_is_refused_and_changes_nothing(tmp_path: Path, tamper, message) -> None:
    source = Ledger(tmp_path / "a")
    record_episode(source.directory, "t-1")
    good = tmp_path / "good.tar"
    source.export(good)
    with tarfile.open(good) as archive:
        members = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}
    bad = _bundle(tmp_path / "bad.tar", tamper(members, members["traces/t-1.jsonl"]))
    target = Ledger(tmp_path / "b")

    with pytest.raises(TraceError, match=message):
        target.import_bundle(bad, k_lines=20)
    assert not (tmp_path / "b").exists() or list((tmp_path / "b").glob("*.jsonl")) == []


def test_an_invalid_trace_in_a_bundle_is_refused(tmp_path: Path) -> None:
    data = b'{"trace": "t-9", "seq": 1, "kind": "intake", "ts": 1}\n'
    entry = {
        "id": hashlib.sha256(data).hexdigest(),
        "trace": "t-9",
        "bytes": len(data),
        "events": 1,
        "crate": "",
        "status": "",
        "started": 1.0,
    }
    bundle = _bundle(
        tmp_path / "b.tar", {MANIFEST: json.dumps(entry).encode() + b"\n", "traces/t-9.jsonl": data}
    )

    with pytest.raises(TraceError, match="not a valid trace"):
        Ledger(tmp_path / "home").import_bundle(bundle, k_lines=20)
