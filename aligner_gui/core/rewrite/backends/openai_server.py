"""Rewriting with any OpenAI-compatible chat-completions server (vLLM, TGI, llama.cpp server, SGLang).

Standard library only. One HTTP request per passage, up to ``concurrency`` of them in flight: the
server's own continuous batching does the batching.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import random
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import SplitResult, urlsplit

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.backends.network_reasons import network_reason
from aligner_gui.core.rewrite.messages import chat_messages
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.core.rewrite.types import (
    FINISH_LENGTH,
    FINISH_STOP,
    Cancelled,
    GenerationSettings,
    JobControl,
    RewriteRequest,
    RewriteResult,
)

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_DELAY_S = 30.0
# Connecting is quick when a server is there; writing a long rewrite is not. So the wait for a
# connection is short and the wait for the reply (``timeout``) long.
CONNECT_TIMEOUT_S = 5.0
POLL_S = 0.05  # how often a waiting thread looks at pause and cancel
API_KEY_HINT = "--api-key or the environment variable ALIGNER_API_KEY"

T = TypeVar("T")


@dataclass
class _Failure:
    message: str
    retryable: bool
    retry_after: float | None = None
    setting_error: RewriteSettingError | None = None  # a setting to change: raised as is, never tried again


class _Guard:
    """Pause/cancel for the requests of one call. Giving a batch up (cancel, or one request
    failed) also cuts its open connections, so the server stops generating text nobody reads
    and no thread stays blocked on a socket."""

    def __init__(self, control: JobControl) -> None:
        self.control = control
        self._lock = threading.Lock()
        self._open: set[http.client.HTTPConnection] = set()
        self._given_up = False

    def checkpoint(self) -> None:
        self.control.checkpoint()
        if self._given_up:
            raise Cancelled()

    def opened(self, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            if self._given_up:
                raise Cancelled()
            self._open.add(connection)

    def closed(self, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            self._open.discard(connection)

    def give_up(self) -> None:
        with self._lock:
            self._given_up = True
            for connection in self._open:
                with contextlib.suppress(OSError, AttributeError):
                    connection.sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked reading it


def _snippet(raw: bytes | str, limit: int = 200) -> str:
    text = " ".join((raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _server_message(raw: bytes) -> str:
    """The error text of a reply body: OpenAI style, FastAPI style (vLLM, TGI) or plain text."""
    try:
        body = json.loads(raw)
    except ValueError:
        return _snippet(raw)
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and error.get("message"):
            return _snippet(str(error["message"]))
        if value := body.get("detail") or body.get("message") or error:
            return _snippet(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return _snippet(raw)


def _usage_tokens(reply: dict) -> tuple[int, int] | None:
    usage = reply.get("usage")
    if not isinstance(usage, dict):
        return None
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


def _finish(reason: Any) -> str:
    return FINISH_LENGTH if reason == "length" else FINISH_STOP


def split_base_url(base_url: str) -> SplitResult:
    """The parts of a server URL such as ``http://host:8000/v1``, checked: http or https, a
    host, a port that is a number."""
    parts = urlsplit(base_url)
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError when not a number or out of range
    except ValueError:
        host = None
    if parts.scheme not in ("http", "https") or not host or any(c.isspace() for c in base_url):
        raise RewriteSettingError(
            "base_url",
            "bad_base_url",
            f"--base-url should look like http://host:8000/v1, not {base_url!r}",
            url=base_url,
        )
    return parts


class OpenAIRewriter:
    """A :class:`~aligner_gui.core.rewrite.types.Rewriter` for an OpenAI-compatible server.

    ``base_url`` is the API root that contains ``/chat/completions``, normally ending in ``/v1``
    (``http://host:8000/v1``); ``/chat/completions`` is appended to whatever is given.
    ``connect_timeout`` is how long connecting may take, ``timeout`` how long the reply may
    keep silent. Failures that may pass (timeouts, dropped connections, HTTP 429 and 5xx) are
    tried ``retries`` more times with exponential backoff. Until the server has answered once,
    a failure to connect is not tried again: nothing listening (refused), an unknown host or a
    connection timeout then means a wrong URL or a server not started, said at once.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        concurrency: int = 8,
        timeout: float = 300.0,
        retries: int = 4,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        backoff: float = 1.0,
        batch_size: int | None = None,
    ) -> None:
        self.model_name = model
        parts = split_base_url(base_url)
        self.base_url = base_url.rstrip("/")
        self.url = self.base_url + "/chat/completions"
        self._host, self._port = parts.hostname, parts.port
        self._path = parts.path.rstrip("/") + "/chat/completions" + (f"?{parts.query}" if parts.query else "")
        self._connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        self.api_key = api_key
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        self._answered = False  # the server has answered a request at least once
        self.retries = max(0, retries)
        self.backoff = backoff
        self.batch_size = batch_size or self.concurrency * 4
        self._pool: ThreadPoolExecutor | None = None

    def plan(
        self, requests: list[RewriteRequest], instructions: str, settings: GenerationSettings
    ) -> list[list[RewriteRequest]]:
        return [requests[i : i + self.batch_size] for i in range(0, len(requests), self.batch_size)]

    def rewrite(
        self, batch: list[RewriteRequest], instructions: str, settings: GenerationSettings, control: JobControl
    ) -> list[RewriteResult]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="openai-rewriter")
        guard = _Guard(control)
        futures = [self._pool.submit(self._complete, request, instructions, settings, guard) for request in batch]
        try:
            pending = set(futures)
            while pending:
                control.checkpoint()
                done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()  # the first failure fails the whole batch at once
        except BaseException:
            guard.give_up()
            for future in futures:
                future.cancel()
            raise
        return [future.result() for future in futures]

    def stream(
        self,
        request: RewriteRequest,
        instructions: str,
        settings: GenerationSettings,
        control: JobControl,
        on_text: Callable[[str], None],
    ) -> RewriteResult:
        """The returned text is stripped of surrounding whitespace, like :meth:`rewrite`'s."""
        body = self._body(request.text, instructions, settings)
        body.update(stream=True, stream_options={"include_usage": True})
        started = time.perf_counter()

        def read(response: http.client.HTTPResponse) -> RewriteResult:
            if response.headers.get_content_type() == "application/json":  # a server that ignores "stream"
                result = self._parse(response.read(), request.passage_id, started)
                on_text(result.text)
                return result
            pieces: list[str] = []
            finish, usage = FINISH_STOP, None
            try:
                for raw_line in response:
                    control.checkpoint()
                    line = raw_line.decode("utf-8", "replace").strip()
                    if not line.startswith("data:"):
                        continue  # blank separators, ": keep-alive" comments, "event:" lines
                    data = line.removeprefix("data:").strip()
                    if data == "[DONE]":
                        break
                    chunk = self._json(data.encode())
                    if "error" in chunk:
                        raise AlignerError(f"{self.url} failed mid-reply: {_server_message(data.encode())}")
                    usage = _usage_tokens(chunk) or usage
                    for choice in chunk.get("choices") or []:
                        finish = _finish(choice["finish_reason"]) if choice.get("finish_reason") else finish
                        if text := (choice.get("delta") or {}).get("content"):
                            pieces.append(text)
                            on_text(text)
            except (OSError, http.client.HTTPException) as error:
                if not pieces:
                    raise  # nothing shown yet: the request may be tried again
                raise AlignerError(f"{self.url} broke off mid-reply: {error}") from error
            tokens_in, tokens_out = usage or (0, len(pieces))
            ms = (time.perf_counter() - started) * 1000
            return RewriteResult(request.passage_id, "".join(pieces).strip(), finish, tokens_in, tokens_out, ms)

        try:
            return self._call(body, _Guard(control), read)
        except AlignerError as error:
            if "HTTP 400" not in str(error) or "stream_options" not in str(error):
                raise
            # Older servers refuse the usage option: ask again without it (token counts are
            # then estimated from the pieces).
            del body["stream_options"]
            return self._call(body, _Guard(control), read)

    def set_batch_size(self, size: int | None) -> None:
        self.batch_size = size or self.concurrency * 4

    def describe(self) -> dict:
        return {"backend": "openai", "base_url": self.base_url, "concurrency": self.concurrency}

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    # -- one request ---------------------------------------------------------------------------

    def _body(self, passage: str, instructions: str, settings: GenerationSettings) -> dict:
        body: dict[str, Any] = {
            "model": self.model_name,
            "messages": chat_messages(instructions, passage),
            "max_tokens": settings.new_tokens_for_text(passage),
        }
        if settings.do_sample:
            body.update(temperature=settings.temperature, top_p=settings.top_p)
        else:
            body["temperature"] = 0
        return body

    def _complete(
        self, request: RewriteRequest, instructions: str, settings: GenerationSettings, guard: _Guard
    ) -> RewriteResult:
        guard.checkpoint()
        started = time.perf_counter()  # ms counts retries too: it is what the passage cost
        body = self._body(request.text, instructions, settings)
        return self._call(body, guard, lambda response: self._parse(response.read(), request.passage_id, started))

    def _json(self, raw: bytes) -> dict:
        with contextlib.suppress(ValueError):
            if isinstance(reply := json.loads(raw), dict):
                return reply
        raise AlignerError(f"{self.url} did not answer with a chat completion (JSON): {_snippet(raw)}")

    def _parse(self, raw: bytes, passage_id: int, started: float) -> RewriteResult:
        reply = self._json(raw)
        try:
            choice = reply["choices"][0]
            text = choice["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise AlignerError(f"{self.url} answered without a rewrite (no choices): {_snippet(raw)}") from None
        tokens_in, tokens_out = _usage_tokens(reply) or (0, 0)
        ms = (time.perf_counter() - started) * 1000
        return RewriteResult(passage_id, text.strip(), _finish(choice.get("finish_reason")), tokens_in, tokens_out, ms)

    def _call(self, body: dict, guard: _Guard, read: Callable[[http.client.HTTPResponse], T]) -> T:
        """POST ``body`` and ``read`` the reply, trying again on failures that may pass."""
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        attempt = 0
        while True:
            guard.checkpoint()
            connection = self._connection_class(self._host, self._port, timeout=self.connect_timeout)
            connected = False
            try:
                connection.connect()
                connected = True
                connection.sock.settimeout(self.timeout)
                guard.opened(connection)
                connection.request("POST", self._path, body=data, headers=headers)
                response = connection.getresponse()
                self._answered = True
                if 200 <= response.status < 300:
                    return read(response)
                failure = self._http_failure(response.status, response.getheader("Retry-After"), response.read())
            except (OSError, http.client.HTTPException) as error:
                failure = self._network_failure(error, connected)
            finally:
                guard.closed(connection)
                connection.close()
            guard.checkpoint()  # a connection cut because the batch was given up ends here
            if failure.setting_error is not None:
                raise failure.setting_error
            if not failure.retryable or attempt == self.retries:
                raise AlignerError(failure.message + (f" (gave up after {attempt + 1} attempts)" if attempt else ""))
            delay = failure.retry_after
            if delay is None:
                delay = self.backoff * 2**attempt * random.uniform(1.0, 1.2)
            self._sleep(min(delay, MAX_RETRY_DELAY_S), guard)
            attempt += 1

    def _http_failure(self, status: int, retry_after: str | None, raw: bytes) -> _Failure:
        detail = _server_message(raw)
        message = f"{self.url} answered HTTP {status}" + (f": {detail}" if detail else "")
        settings_to_check = {  # status: (setting, problem, hint)
            401: ("api_key", "api_key_refused", f"check the API key ({API_KEY_HINT})"),
            404: (
                "base_url",
                "not_found",
                f"check --base-url (it should end in /v1) and the model name (--model {self.model_name!r})",
            ),
        }
        if status in settings_to_check:
            setting, problem, hint = settings_to_check[status]
            full = f"{message} — {hint}"
            error = RewriteSettingError(setting, problem, full, url=self.url, detail=detail, model=self.model_name)
            return _Failure(full, False, setting_error=error)
        try:
            seconds = max(0.0, float(retry_after)) if retry_after else None
        except ValueError:
            seconds = None  # an HTTP date: use the backoff
        return _Failure(message, status in RETRYABLE_STATUSES, seconds)

    def _network_failure(self, error: Exception, connected: bool) -> _Failure:
        if connected and isinstance(error, TimeoutError):
            return _Failure(f"{self.url} did not answer within {self.timeout:g} s", True)
        if isinstance(error, TimeoutError):
            detail = f"no connection within {self.connect_timeout:g} s"
        else:
            detail = network_reason(error)
        message = f"cannot reach {self.url}: {detail}"
        if connected or self._answered:
            return _Failure(message, True)  # it answered before: it may be restarting
        setting_error = RewriteSettingError(
            "base_url",
            "unreachable",
            f"{message} — is the server running, and is --base-url right?",
            url=self.base_url,
            reason=detail,
        )
        return _Failure(message, False, setting_error=setting_error)

    @staticmethod
    def _sleep(seconds: float, guard: _Guard) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            guard.checkpoint()
            time.sleep(min(POLL_S, left))
