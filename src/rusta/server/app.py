"""The Trace Server (SPEC §7): the FastAPI app, its lifespan (workers, event tailer), and `serve`.

    request → Guard (loopback host, token on mutating calls, body size)
            → router (jobs · traces · repos · devlogs · evals · stream · pages)
            → library (registry, queue, review) → JSON, or {"detail": one line} with a 4xx

Jobs run in worker processes (`jobs.WorkerPool`); their events reach WS /stream through the
database (`stream.EventHub`). OpenAPI docs are at /docs.
"""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from rusta import __version__
from rusta.errors import RustaError, UsageError
from rusta.server.db import open_database
from rusta.server.deps import ensure_token
from rusta.server.errors import http_status
from rusta.server.guard import Guard
from rusta.server.jobs import WorkerPool
from rusta.server.routes import devlogs, eval_view, evals, jobs, pages, repos, stream, traces
from rusta.server.stream import EventHub

MAX_BODY_BYTES = 64 * 1024  # a job request is a few hundred bytes


def create_app(home: Path, *, workers: int = 2, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The app for RUSTA_HOME `home`; `workers=0` queues jobs without running them."""
    token = ensure_token(home)
    open_database(home).close()  # migrate before the first request and the first worker

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = WorkerPool(home, workers) if workers else None
        app.state.pool = pool
        await app.state.hub.start()
        if pool:
            pool.start()
        try:
            yield
        finally:
            await app.state.hub.stop()
            if pool:
                pool.stop()

    app = FastAPI(
        title="Rusta Trace Server",
        version=__version__,
        description="Jobs, traces and live events of a local Rusta. Mutating calls need "
        "`Authorization: Bearer <token>` (RUSTA_HOME/token).",
        lifespan=lifespan,
    )
    app.state.home = home
    app.state.token = token
    app.state.hub = EventHub(home)
    app.state.pool = None
    app.add_middleware(Guard, token=token, max_body_bytes=max_body_bytes)
    app.add_exception_handler(RustaError, _rusta_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    for module in (jobs, traces, repos, devlogs, evals, eval_view, stream, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")
    return app


async def _rusta_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RustaError)
    return JSONResponse({"detail": error.message}, status_code=http_status(error))


async def _invalid_request(request: Request, error: Exception) -> JSONResponse:
    """One clear line instead of pydantic's error list: 415 for a body that is not declared
    JSON, 400 for broken JSON, 422 for JSON that is not a valid request."""
    assert isinstance(error, RequestValidationError)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type and media_type != "application/json" and not media_type.endswith("+json"):
        return JSONResponse(
            {"detail": f"the body must be JSON (Content-Type: application/json), not {media_type}"},
            status_code=415,
        )
    problems = list(error.errors())
    broken = next((p for p in problems if p.get("type") == "json_invalid"), None)
    if broken is not None:
        reason = (broken.get("ctx") or {}).get("error", "not valid JSON")
        return JSONResponse({"detail": f"malformed JSON body: {reason}"}, status_code=400)
    lines = [
        f"{'.'.join(str(p) for p in problem['loc'])}: {problem['msg']}" for problem in problems
    ]
    return JSONResponse({"detail": "invalid request: " + "; ".join(lines)}, status_code=422)


def serve(home: Path, host: str, port: int, workers: int) -> None:
    """Run the server in the foreground until Ctrl-C."""
    if not _is_loopback(host):
        raise UsageError(f"{host}: the server binds to loopback only (127.0.0.1, ::1, localhost)")
    app = create_app(home, workers=workers)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=5,
        ws_max_size=MAX_BODY_BYTES,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
