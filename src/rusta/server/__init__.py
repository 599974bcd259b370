"""The Trace Server (SPEC §7, §13): a local daemon with a job queue, live events and a dashboard.

Nothing here is imported at `rusta` start-up: fastapi and uvicorn load only when `rusta serve`
runs. `registry`, `db`, `jobs` and `worker` use the standard library alone, so `rusta repo` and
the worker processes never pay for the web stack.
"""
