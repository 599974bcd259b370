"""The server's user-facing errors and the HTTP status each one maps to.

    RustaError (rusta.errors)
    ├── UsageError
    │   ├── NotRegistered       the path is not a repository registered with `rusta repo add`
    │   └── NotFound            no job, trace or report with that id
    ├── PatchError / PathEscape a path or id tries to leave where it may look
    └── ReviewConflict          apply/revert does not fit the job's state or the tree's

Every error the routes raise is one of these (or another RustaError from the library, e.g.
CrateError, UndoRefused, EditFailed): the app turns it into `{"detail": message}` with the
status below, so a client always gets a 4xx and one clear line, never a traceback.
"""

from __future__ import annotations

from rusta.errors import (
    ConfigError,
    CrateError,
    EditFailed,
    PatchError,
    PathEscape,
    RustaError,
    UndoRefused,
    UsageError,
)


class NotRegistered(UsageError):
    """Only repositories the user registered at the terminal may be targeted (SPEC §13)."""


class NotFound(UsageError):
    """The job or trace id names nothing the server knows."""


class ReviewConflict(RustaError):
    """Apply or revert does not fit the job's state, or the files changed since the dry run."""


# Most specific first: the first class an error is an instance of decides its status.
HTTP_STATUS: tuple[tuple[type[RustaError], int], ...] = (
    (NotRegistered, 403),
    (NotFound, 404),
    (ReviewConflict, 409),
    (UndoRefused, 409),
    (EditFailed, 409),
    (PathEscape, 400),
    (PatchError, 400),
    (CrateError, 400),
    (ConfigError, 400),
    (UsageError, 400),
    (RustaError, 400),
)


def http_status(error: RustaError) -> int:
    return next(status for kind, status in HTTP_STATUS if isinstance(error, kind))
