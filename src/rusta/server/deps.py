"""Request dependencies (STYLE.md §11: `Annotated` aliases, routes stay thin) and the token.

The token is a random secret in RUSTA_HOME/token (mode 0600), created on the first start.
`guard.Guard` enforces it on every mutating request before the body is even read; the
`TokenDep` here re-checks it and makes the requirement visible in the OpenAPI docs.
"""

from __future__ import annotations

import hmac
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from rusta.fs import atomic_write
from rusta.home import Home
from rusta.server.db import open_database
from rusta.server.stream import EventHub

MISSING_TOKEN = (
    "missing token: send `Authorization: Bearer <token>`; the token is in RUSTA_HOME/token"
)
WRONG_TOKEN = "wrong token: use the one in RUSTA_HOME/token of the home this server runs on"


def ensure_token(home: Path | Home) -> str:
    """The server's token, created (random, owner-only) if there is none yet."""
    path = Home.of(home).token
    if path.is_file():
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    atomic_write(path, (token + "\n").encode("utf-8"), mode=0o600)
    return token


def token_matches(expected: str, presented: str | None) -> bool:
    """Constant-time comparison, so response timing does not reveal a prefix of the token."""
    return presented is not None and hmac.compare_digest(
        presented.encode("utf-8"), expected.encode("utf-8")
    )


def bearer_value(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header, or None."""
    scheme, _, value = (authorization or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def get_home(request: Request) -> Path:
    return request.app.state.home


def get_db(request: Request) -> Iterator[sqlite3.Connection]:
    connection = open_database(request.app.state.home)
    try:
        yield connection
    finally:
        connection.close()


def get_hub(request: Request) -> EventHub:
    return request.app.state.hub


_bearer = HTTPBearer(auto_error=False, description="The token in RUSTA_HOME/token.")


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    if credentials is None:
        raise HTTPException(401, MISSING_TOKEN, headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(request.app.state.token, credentials.credentials):
        raise HTTPException(403, WRONG_TOKEN)


HomeDep = Annotated[Path, Depends(get_home)]
DbDep = Annotated[sqlite3.Connection, Depends(get_db)]
HubDep = Annotated[EventHub, Depends(get_hub)]
TokenDep = Depends(require_token)
