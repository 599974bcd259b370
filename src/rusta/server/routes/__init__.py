"""One router per resource (STYLE.md §11): jobs, traces, repos, devlogs, evals, stream, pages."""
