"""Every error Rusta shows a user, and the exit code it maps to (SPEC §12).

    RustaError                      exit 2 unless noted
    ├── UsageError                  bad flags or arguments
    ├── ConfigError                 malformed config.toml / .rusta.toml / RUSTA_* value
    ├── EnvironmentProblem          cargo/rustc missing, RUSTA_HOME unwritable
    ├── CrateError                  not a crate, malformed Cargo.toml, unreadable sources
    ├── ToolError                   a toolchain command failed in a way we cannot read
    │   └── ToolTimeout             ... or did not finish in time
    ├── PatchError                  an edit was refused before anything was written
    │   ├── PathEscape              `..`, absolute path or symlink leaving the root
    │   ├── UnsafeFile              binary file, or a file over the size limit
    │   └── EditFailed              a hunk / search block does not match the file
    ├── TraceError                  a trace is unknown, malformed, or cannot be replayed
    └── UndoRefused                 the files changed since Rusta's commit (exit 1)

A bug in Rusta itself is *not* a RustaError: it propagates as a traceback (STYLE.md §5).
"""

from __future__ import annotations


class RustaError(Exception):
    """Base of every user-facing error: carries a one-line message and an exit code."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(RustaError):
    """The command line asks for something that does not make sense."""


class ConfigError(RustaError):
    """A configuration layer could not be read or has an unknown or invalid field."""


class EnvironmentProblem(RustaError):
    """The machine lacks something Rusta needs (cargo, a writable home)."""


class CrateError(RustaError):
    """The path is not a Rust crate or workspace Rusta can work on."""


class ToolError(RustaError):
    """A toolchain command failed in a way that is not a diagnostic."""


class ToolTimeout(ToolError):
    """A toolchain command did not finish within its time limit."""


class PatchError(RustaError):
    """An edit was refused before anything was written."""


class PathEscape(PatchError):
    """An edit names a path outside the root it may touch."""


class UnsafeFile(PatchError):
    """An edit targets a binary file or a file over the size limit."""


class EditFailed(PatchError):
    """A hunk or search block does not match the file; the message is feedback."""


class TraceError(RustaError):
    """A trace or ledger bundle is unknown, malformed, conflicting, or cannot be replayed."""


class UndoRefused(RustaError):
    """`rusta undo` will not revert: the files changed since Rusta wrote them."""

    exit_code = 1
