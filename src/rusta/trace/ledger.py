"""The trace ledger (SPEC §7): traces stored append-only, indexed by content hash, with a manifest.

    RUSTA_HOME/traces/
        <trace-id>.jsonl     one episode, written live by the JSONL sink
        manifest.ndjson      one line per sealed trace: its sha256 (the content id), size...
        manifest.lock        serializes appends (eval runs episodes in parallel processes)

An episode's trace is *sealed* after its last event: its sha256 becomes its content id, a
manifest line is appended, and the file is made read-only. Nothing is ever rewritten; `verify`
finds a sealed file whose bytes no longer hash to its id. Export writes a deterministic tar
(same traces, same bytes); import checks every hash and validates every trace before it
writes anything, and never overwrites.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import re
import tarfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rusta.errors import TraceError
from rusta.fs import fsync_directory, write_new_file
from rusta.trace.validate import validate_text

MANIFEST = "manifest.ndjson"
_TRACE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_MEMBER = re.compile(r"^traces/(?P<trace>[A-Za-z0-9][A-Za-z0-9._-]{0,127})\.jsonl$")
_MAX_MEMBER_BYTES = 64 * 1024 * 1024
_MIN_PREFIX = 6


@dataclass(frozen=True)
class Entry:
    """One sealed trace, as the manifest lists it."""

    id: str  # sha256 of the trace file's bytes: the content id
    trace: str  # the trace id (file name stem), e.g. 20240101-120000-1a2b3c4d
    bytes: int
    events: int
    crate: str
    status: str  # the log event's status, "" when missing
    started: float  # ts of the first event

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> Entry:
        return cls(**json.loads(line))


@dataclass(frozen=True)
class Imported:
    added: tuple[str, ...]
    already_present: tuple[str, ...]


class Ledger:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    # --- writing -----------------------------------------------------------------------------

    def seal(self, trace_id: str) -> Entry:
        """Enter a finished trace in the manifest (idempotent for the same bytes)."""
        path = self.path_for(trace_id)
        data = path.read_bytes()
        entry = describe(trace_id, data)
        with self._locked():
            known = self._by_trace().get(trace_id)
            if known is not None:
                if known.id != entry.id:
                    raise TraceError(f"trace {trace_id} changed after it was sealed")
                return known
            self._append(entry)
        path.chmod(0o444)
        return entry

    def import_bundle(self, bundle: Path, k_lines: int) -> Imported:
        """Add the traces of an exported bundle: all checked first, then written, never replaced."""
        entries, files = read_bundle(bundle)
        _check_bundle(entries, files, k_lines)
        added, present = [], []
        with self._locked():
            known = self._by_trace()
            for entry in entries:
                if entry.trace in known:
                    if known[entry.trace].id != entry.id:
                        raise TraceError(f"{bundle}: {entry.trace} differs from the local copy")
                    present.append(entry.trace)
                    continue
                self.directory.mkdir(parents=True, exist_ok=True)
                write_new_file(self.path_for(entry.trace), files[entry.trace], mode=0o444)
                self._append(entry)
                added.append(entry.trace)
            fsync_directory(self.directory)
        return Imported(tuple(added), tuple(present))

    def export(self, destination: Path, refs: Sequence[str] = ()) -> list[Entry]:
        """Write the chosen sealed traces (all when `refs` is empty) as a deterministic tar."""
        chosen = [self.resolve(ref) for ref in refs] if refs else self.entries()
        chosen = sorted({entry.trace: entry for entry in chosen}.values(), key=lambda e: e.trace)
        manifest = "".join(entry.to_json() + "\n" for entry in chosen).encode()
        members = [(MANIFEST, manifest)]
        for entry in chosen:
            members.append((f"traces/{entry.trace}.jsonl", self.path_for(entry.trace).read_bytes()))
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(_tar(members))
        return chosen

    # --- reading -----------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Sealed traces, oldest first (the first manifest line of a trace is its record)."""
        return sorted(self._by_trace().values(), key=lambda e: (e.started, e.trace))

    def unsealed(self) -> list[str]:
        """Trace files without a manifest entry: episodes running now, or killed mid-way."""
        sealed = self._by_trace()
        return sorted(p.stem for p in self.directory.glob("*.jsonl") if p.stem not in sealed)

    def resolve(self, ref: str) -> Entry:
        """A sealed trace by trace id, or by a prefix (6+ hex digits) of its content id."""
        by_trace = self._by_trace()
        if ref in by_trace:
            return by_trace[ref]
        if len(ref) >= _MIN_PREFIX and re.fullmatch(r"[0-9a-f]+", ref):
            matches = [e for e in by_trace.values() if e.id.startswith(ref)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise TraceError(f"{ref} is ambiguous: {len(matches)} traces start with it")
        raise TraceError(f"no sealed trace {ref!r} in {self.directory}")

    def path_for(self, trace_id: str) -> Path:
        if not _TRACE_ID.match(trace_id):
            raise TraceError(f"{trace_id!r} is not a trace id")
        return self.directory / f"{trace_id}.jsonl"

    def verify(self) -> list[str]:
        """Sealed traces that are missing or whose bytes no longer match their content id."""
        problems = []
        for entry in self.entries():
            path = self.path_for(entry.trace)
            if not path.is_file():
                problems.append(f"{entry.trace}: sealed but missing")
            elif hashlib.sha256(path.read_bytes()).hexdigest() != entry.id:
                problems.append(f"{entry.trace}: modified after it was sealed")
        return problems

    # --- internals ---------------------------------------------------------------------------

    def _by_trace(self) -> dict[str, Entry]:
        path = self.directory / MANIFEST
        found: dict[str, Entry] = {}
        if not path.is_file():
            return found
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = Entry.from_json(line)
                found.setdefault(entry.trace, entry)
        return found

    def _append(self, entry: Entry) -> None:
        with (self.directory / MANIFEST).open("a", encoding="utf-8") as handle:
            handle.write(entry.to_json() + "\n")
            handle.flush()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.directory.mkdir(parents=True, exist_ok=True)
        with (self.directory / "manifest.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


def describe(trace_id: str, data: bytes) -> Entry:
    """The manifest entry of a trace's bytes (lenient: sealing never fails on content)."""
    events = [_loads(line) for line in data.decode("utf-8", "replace").splitlines() if line]
    first = events[0] if events else {}
    last = next((e for e in reversed(events) if e.get("kind") == "log"), {})
    return Entry(
        id=hashlib.sha256(data).hexdigest(),
        trace=trace_id,
        bytes=len(data),
        events=len(events),
        crate=str(first.get("crate", "")),
        status=str(last.get("status", "")),
        started=float(first.get("ts", 0.0) or 0.0),
    )


def read_bundle(bundle: Path) -> tuple[list[Entry], dict[str, bytes]]:
    """The manifest and trace files of an exported tar, refusing anything else in it."""
    try:
        with tarfile.open(bundle, "r:") as archive:
            contents = {m.name: _member_bytes(archive, m, bundle) for m in archive.getmembers()}
    except (OSError, tarfile.TarError) as exc:
        raise TraceError(f"{bundle}: not a trace bundle ({exc})") from exc
    if MANIFEST not in contents:
        raise TraceError(f"{bundle}: no {MANIFEST} in the bundle")
    files = {}
    for name, data in contents.items():
        match = _MEMBER.match(name)
        if name != MANIFEST and match is None:
            raise TraceError(f"{bundle}: unexpected member {name!r}")
        if match is not None:
            files[match["trace"]] = data
    try:
        lines = contents[MANIFEST].decode("utf-8").splitlines()
        entries = [Entry.from_json(line) for line in lines if line.strip()]
    except (UnicodeDecodeError, ValueError, TypeError) as exc:
        raise TraceError(f"{bundle}: malformed manifest ({exc})") from exc
    return entries, files


def _check_bundle(entries: list[Entry], files: dict[str, bytes], k_lines: int) -> None:
    for entry in entries:
        data = files.get(entry.trace)
        if data is None:
            raise TraceError(f"the bundle lists {entry.trace} but does not contain it")
        if not _TRACE_ID.match(entry.trace):
            raise TraceError(f"{entry.trace!r} is not a trace id")
        if hashlib.sha256(data).hexdigest() != entry.id:
            raise TraceError(f"{entry.trace}: its bytes do not match its content id")
        report = validate_text(data.decode("utf-8", "replace"), k_lines, entry.trace)
        if not report.ok:
            raise TraceError(f"{entry.trace} is not a valid trace: {report.problems[0]}")


def _member_bytes(archive: tarfile.TarFile, member: tarfile.TarInfo, bundle: Path) -> bytes:
    if not member.isfile():
        raise TraceError(f"{bundle}: {member.name!r} is not a regular file")
    if member.size > _MAX_MEMBER_BYTES:
        raise TraceError(f"{bundle}: {member.name!r} is too large")
    handle = archive.extractfile(member)
    if handle is None:
        raise TraceError(f"{bundle}: cannot read {member.name!r}")
    return handle.read()


def _tar(members: Sequence[tuple[str, bytes]]) -> bytes:
    """A tar whose bytes depend only on the members: no times, owners or modes of this machine."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _loads(line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
