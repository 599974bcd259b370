"""Any OpenAI-compatible server on this machine: llama.cpp's server, Ollama, vLLM, LM Studio.

Only `/models` and `/chat/completions` are used, so every such server works the same way.
Servers differ in whether they honour `n` (llama.cpp and Ollama return one choice): the
backend asks again until it has the samples it wanted. A server that does not answer is
retried with back-off, then reported as an EnvironmentProblem with one line the user can act
on; the model proposer turns that into "no candidates", never a crash.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx

from rusta.errors import EnvironmentProblem
from rusta.llm.base import CompletesByGenerating, Completion, estimate_tokens

RETRY_STATUS = {408, 429, 500, 502, 503, 504}


def normalize_base_url(url: str) -> str:
    """`http://host:8080` → `http://host:8080/v1`: the OpenAI API lives under /v1."""
    url = url.rstrip("/")
    return url if urlsplit(url).path not in ("", "/") else url + "/v1"


class OpenAICompatBackend(CompletesByGenerating):
    """Chat completions over HTTP against a local server; blocking or streaming."""

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        *,
        timeout: float = 120.0,
        retries: int = 2,
        temperature: float = 0.6,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.name = f"openai-compatible {self.base_url}"
        self.retries = retries
        self.temperature = temperature
        self._model = model
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            transport=transport,
            headers={"Authorization": "Bearer local"},  # some servers insist on a key
        )

    # --- the seam ------------------------------------------------------------------------

    def generate(
        self,
        prompt: str,
        n: int = 1,
        max_tokens: int = 512,
        temperature: float | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Completion:
        """`n` answers; with `schema`, decoding is constrained to JSON matching it.

        The schema travels as llama.cpp's server reads it (`json_object` + `schema`); servers
        without grammars still switch to JSON mode on `json_object`.
        """
        started = time.monotonic()
        texts: list[str] = []
        prompt_tokens = completion_tokens = 0
        while len(texts) < n:
            payload = self._payload(prompt, n - len(texts), max_tokens, temperature)
            if schema is not None:
                payload["response_format"] = {"type": "json_object", "schema": schema}
            body = self._post(payload)
            choices = body.get("choices") or []
            if not choices:
                break
            new = [_choice_text(choice) for choice in choices]
            texts += new
            usage = body.get("usage") or {}
            prompt_tokens += int(usage.get("prompt_tokens") or estimate_tokens(prompt))
            completion_tokens += int(
                usage.get("completion_tokens") or sum(estimate_tokens(t) for t in new)
            )
        return Completion(
            tuple(texts[:n]),
            prompt_tokens,
            completion_tokens,
            time.monotonic() - started,
            self.model,
        )

    def stream(
        self, prompt: str, max_tokens: int = 512, temperature: float | None = None
    ) -> Iterator[str]:
        """The answer's text as the server produces it (server-sent events)."""
        payload = self._payload(prompt, 1, max_tokens, temperature) | {"stream": True}
        try:
            with self._client.stream("POST", "/chat/completions", json=payload) as response:
                _raise_for_status(response, self.base_url)
                for line in response.iter_lines():
                    delta = _stream_delta(line)
                    if delta is None:
                        break
                    if delta:
                        yield delta
        except httpx.HTTPError as error:
            raise _unavailable(self.base_url, error) from error

    @property
    def model(self) -> str:
        """The configured model name, else the first one the server lists (once)."""
        if self._model is None:
            names = self.models()
            self._model = names[0] if names else "local"
        return self._model

    def models(self) -> list[str]:
        response = self._request("GET", "/models")
        return [str(item.get("id")) for item in response.json().get("data", []) if "id" in item]

    def close(self) -> None:
        self._client.close()

    # --- HTTP ----------------------------------------------------------------------------

    def _payload(
        self, prompt: str, n: int, max_tokens: int, temperature: float | None
    ) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": [{"role": "user", "content": prompt}],
            "n": n,
            "max_tokens": max_tokens,
            "temperature": self.temperature if temperature is None else temperature,
        }

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        response = self._request("POST", "/chat/completions", json=payload)
        try:
            return response.json()
        except ValueError as error:
            raise EnvironmentProblem(
                f"model server at {self.base_url} sent a reply that is not JSON"
            ) from error

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request with retries on connection trouble and on busy/failing servers."""
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = self._client.request(method, path, **kwargs)
            except httpx.TransportError as error:
                if last:
                    raise _unavailable(self.base_url, error) from error
            else:
                if response.status_code not in RETRY_STATUS or last:
                    _raise_for_status(response, self.base_url)
                    return response
            time.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _choice_text(choice: dict[str, Any]) -> str:
    message = choice.get("message") or {}
    return str(message.get("content") or choice.get("text") or "")


def _stream_delta(line: str) -> str | None:
    """The text of one SSE line; "" for keep-alives and role-only chunks; None at [DONE]."""
    if not line.startswith("data:"):
        return ""
    data = line.removeprefix("data:").strip()
    if data == "[DONE]":
        return None
    choices = json.loads(data).get("choices") or [{}]
    return str((choices[0].get("delta") or {}).get("content") or "")


def _raise_for_status(response: httpx.Response, base_url: str) -> None:
    if response.status_code < 400:
        return
    response.read()
    detail = response.text.strip().replace("\n", " ")[:200]
    raise EnvironmentProblem(
        f"model server at {base_url} answered HTTP {response.status_code}: {detail}"
    )


def _unavailable(base_url: str, error: httpx.HTTPError) -> EnvironmentProblem:
    kind = "timed out" if isinstance(error, httpx.TimeoutException) else "does not answer"
    return EnvironmentProblem(
        f"model server at {base_url} {kind} ({type(error).__name__}); start it or fix --model"
    )
