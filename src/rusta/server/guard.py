"""The gate every request passes before any route sees it (SPEC §13).

1. Host: only loopback names. A web page elsewhere could otherwise reach this daemon through
   DNS rebinding (its own host name resolving to 127.0.0.1).
2. Token: every mutating request (POST, PUT, PATCH, DELETE) carries `Authorization: Bearer`
   with the token in RUSTA_HOME/token. Checked before the body is read, so an unauthenticated
   client learns nothing from body validation errors. WS /stream needs it too (as a header or
   `?token=`): the events carry code and diffs, and browsers let any page open a WebSocket to
   localhost (cross-site WebSocket hijacking).
3. Size: bodies over the limit get 413 whether they declare a Content-Length or stream.

A plain ASGI middleware (not BaseHTTPMiddleware): it must see the body as it arrives.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from rusta.server.deps import MISSING_TOKEN, WRONG_TOKEN, bearer_value, token_matches

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})


class TooLarge(Exception):
    pass


class Guard:
    def __init__(self, app: App, token: str, max_body_bytes: int) -> None:
        self.app = app
        self.token = token
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        problem = self._refusal(scope, headers)
        if problem is not None:
            await self._refuse(scope, receive, send, *problem)
            return
        if scope["type"] == "http" and scope["method"] in MUTATING:
            try:
                body = await self._read_body(receive, headers)
            except TooLarge:
                await _respond(send, 413, f"request body over {self.max_body_bytes} bytes")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = _host_name(headers.get("host", ""))
        if host not in LOOPBACK_HOSTS:
            return 421, f"this server answers only to loopback host names, not {host!r}"
        if scope["type"] == "websocket" or scope["method"] in MUTATING:
            presented = bearer_value(headers.get("authorization")) or _query_token(scope)
            if presented is None:
                return 401, MISSING_TOKEN
            if not token_matches(self.token, presented):
                return 403, WRONG_TOKEN
        return None

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, status: int, detail: str
    ) -> None:
        if scope["type"] == "websocket":
            await receive()  # websocket.connect; closing before accept answers HTTP 403
            await send({"type": "websocket.close", "code": 1008, "reason": detail[:120]})
            return
        await _respond(send, status, detail)

    async def _read_body(self, receive: Receive, headers: dict[str, str]) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise TooLarge
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away: let the app see an empty body
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _query_token(scope: Scope) -> str | None:
    """Browsers cannot set headers on a WebSocket: WS /stream takes `?token=` as well."""
    if scope["type"] != "websocket":
        return None
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token")
    return values[0] if values else None


def _host_name(host: str) -> str:
    """`127.0.0.1:8765` → `127.0.0.1`; `[::1]:8765` → `[::1]`."""
    if host.startswith("["):
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if ":" in host else host


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that yields the already-read body once, then defers to the real one."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _respond(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
