"""RUSTA_HOME's on-disk layout: one `Home` names every place Rusta keeps state.

A home is a directory (RUSTA_HOME, or ~/.rusta; every test gets a fresh one). What lives in it:

    config.toml           the user's settings (a layer of `config.load_settings`)
    traces/               Trace v1, one <trace-id>.jsonl per episode, and the ledger manifest
    priors.json           this home's p(green) statistics per move (learn/priors.py)
    sandboxes/<crate>/    slot copies of a crate and their locks (sandbox/slots.py)
    targets/<crate>/      each slot's persistent cargo target directory (kept by `rusta gc`)
    journal/              the crash-safe apply journal (patch/apply.py, recovered at intake)
    undo/                 one record per applied fix, for `rusta undo`
    cache.sqlite          episodic cache, mistake ledger, project graph (memory/)
    index.sqlite          the DevLog full-text index, derived from devlogs/ (memory/index.py)
    devlogs/<type>/       DevLogs, the memory's truth (memory/devlog.py); lab/ holds LabLogs
    docindex.sqlite       the offline Rust docs, cut into anchored chunks (knowledge/docindex.py)
    anchors.sqlite        every cited anchor with its text (knowledge/anchors.py)
    server.sqlite, token  `rusta serve`: repos, the job queue, events; the bearer token
    evals/<job>/          the server's eval jobs: copies, eval.json, eval.html
    eval/                 the home `rusta eval` runs its cases in (a Home itself)
    eval-reports.json     the eval reports written on this machine (the dashboard lists them)
    models/               `rusta model install`'s verified GGUF files; server.json and
                          server.log of the managed local model server (llm/local.py)

Only `targets/` and `sandboxes/` are caches (`rusta gc`); the rest is memory. Rooms take a
`Home` (or a plain `Path`, wrapped by `Home.of`) and ask it for a place, never spelling a
name under the home themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def rusta_home() -> Path:
    """RUSTA_HOME, or ~/.rusta. Every test points it at a temporary directory."""
    return Path(os.environ.get("RUSTA_HOME") or Path.home() / ".rusta").expanduser().absolute()


@dataclass(frozen=True)
class Home:
    root: Path

    def __post_init__(self) -> None:
        # Absolute, always: cargo runs in sandbox copies and resolves a relative
        # CARGO_TARGET_DIR against each copy, not against where Rusta was started.
        object.__setattr__(self, "root", Path(self.root).expanduser().absolute())

    @classmethod
    def of(cls, home: Path | Home | str) -> Home:
        """`home` as a Home: a Home is returned as is, a path is wrapped."""
        return home if isinstance(home, Home) else cls(Path(home))

    @classmethod
    def default(cls) -> Home:
        """The user's home: RUSTA_HOME, or ~/.rusta."""
        return cls(rusta_home())

    def __fspath__(self) -> str:
        return str(self.root)

    def __str__(self) -> str:
        return str(self.root)

    # --- settings, traces, learning ----------------------------------------------------------

    @property
    def config_file(self) -> Path:
        return self.root / "config.toml"

    @property
    def traces(self) -> Path:
        return self.root / "traces"

    def trace(self, trace_id: str) -> Path:
        """The JSONL file of one episode's trace."""
        return self.traces / f"{trace_id}.jsonl"

    @property
    def priors(self) -> Path:
        return self.root / "priors.json"

    # --- sandboxes and applying --------------------------------------------------------------

    @property
    def sandboxes(self) -> Path:
        """Slot copies, one folder per crate key, with `slot-N.lock` files beside the copies."""
        return self.root / "sandboxes"

    @property
    def targets(self) -> Path:
        """Each slot's cargo target directory, one folder per crate key."""
        return self.root / "targets"

    @property
    def caches(self) -> tuple[Path, Path]:
        """What `rusta gc` may delete: the target directories and the slot copies."""
        return (self.targets, self.sandboxes)

    def slot_lock(self, slot: Path) -> Path:
        """The lock of a slot, given its copy or its target directory (<folder>/<key>/slot-N)."""
        return self.sandboxes / slot.parent.name / f"{slot.name}.lock"

    @property
    def journal(self) -> Path:
        return self.root / "journal"

    @property
    def undo(self) -> Path:
        return self.root / "undo"

    # --- memory ------------------------------------------------------------------------------

    @property
    def cache_db(self) -> Path:
        """Episodic cache (`fixes`), mistake ledger (`mistakes`), project graph (`graph_*`)."""
        return self.root / "cache.sqlite"

    @property
    def index_db(self) -> Path:
        return self.root / "index.sqlite"

    @property
    def devlogs(self) -> Path:
        return self.root / "devlogs"

    def devlog_folder(self, kind: str) -> Path:
        """The folder of one DevLog type (episodic, procedural, lab, ...)."""
        return self.devlogs / kind

    @property
    def devlog_archive(self) -> Path:
        """Where `rusta memory compact` moves old entries (never indexed)."""
        return self.devlogs / "archive"

    @property
    def procedural_lock(self) -> Path:
        """Serialises the procedural move statistics (eval cases update them in parallel)."""
        return self.devlogs / ".procedural.lock"

    # --- knowledge ---------------------------------------------------------------------------

    @property
    def docindex_db(self) -> Path:
        return self.root / "docindex.sqlite"

    @property
    def anchors_db(self) -> Path:
        return self.root / "anchors.sqlite"

    # --- the local model (`rusta model`) -----------------------------------------------------

    @property
    def models(self) -> Path:
        """Verified model files `rusta model install` assembled, and the managed server's log."""
        return self.root / "models"

    @property
    def model_server(self) -> Path:
        """The managed llama.cpp server's state (pid, port, model); its mtime is its last use."""
        return self.root / "models" / "server.json"

    # --- the server and eval -----------------------------------------------------------------

    @property
    def server_db(self) -> Path:
        return self.root / "server.sqlite"

    @property
    def token(self) -> Path:
        """The server's bearer token (mode 0600)."""
        return self.root / "token"

    def eval_job(self, job_id: str) -> Path:
        """A server eval job's folder: the case copies, eval.json and eval.html."""
        return self.root / "evals" / job_id

    @property
    def eval_home(self) -> Home:
        """The home `rusta eval` runs in by default: reused so target directories stay warm."""
        return Home(self.root / "eval")

    @property
    def eval_work(self) -> Path:
        """An eval home's copies of the cases."""
        return self.root / "work"

    @property
    def verify_targets(self) -> Path:
        """An eval home's scratch target directories for independent verification."""
        return self.root / "verify-targets"

    @property
    def eval_reports(self) -> Path:
        return self.root / "eval-reports.json"
