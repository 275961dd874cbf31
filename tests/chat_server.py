"""A small, real OpenAI-compatible chat-completions server for tests.

    with ChatServer() as server:
        rewriter = OpenAIRewriter(server.base_url, "test-model")   # base_url ends in /v1
        ...
        server.fail(503, times=2)          # the next two requests answer 503
        server.delay = 0.5                 # every request waits half a second before answering

It answers ``POST /v1/chat/completions`` (JSON, or server-sent events with ``"stream": true``)
and ``GET /v1/models``. The reply is predictable: the last message's words in reverse order
(:func:`reply_for`), cut to ``max_tokens`` words with finish_reason "length". A "token" is a
whitespace-separated word, for usage too: prompt_tokens counts the words of all messages.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CHAT_PATH = "/v1/chat/completions"


def reply_for(passage: str, max_tokens: int | None = None) -> tuple[str, str]:
    """The (text, finish_reason) the server answers for a passage: its words reversed."""
    words = passage.split()[::-1]
    if max_tokens is not None and len(words) > max_tokens:
        return " ".join(words[:max_tokens]), "length"
    return " ".join(words), "stop"


@dataclass
class Failure:
    """One scripted answer in place of a normal reply. ``status=None`` drops the connection
    without answering (the client sees a disconnect)."""

    status: int | None
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class ChatServer:
    """Run with ``with ChatServer() as server:`` or ``start()`` / ``stop()``.

    Scripting: :meth:`fail` queues failures answered before any normal reply; ``delay`` (seconds)
    holds every request before answering; ``chunk_delay`` holds each streamed chunk; ``api_key``
    makes it answer 401 unless that bearer key is sent; ``model`` makes it answer 404 for other
    model names; ``respond`` replaces :func:`reply_for` (it gets the request body, returns text).
    ``include_usage=False`` leaves usage out of streamed replies.

    Observing: ``bodies`` and ``headers`` of every request received (in arrival order),
    ``request_count``, and ``max_in_flight``, the most requests it was handling at once.
    """

    def __init__(
        self,
        *,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        api_key: str | None = None,
        model: str | None = None,
        include_usage: bool = True,
        respond: Callable[[dict], str] | None = None,
    ) -> None:
        self.delay = delay
        self.chunk_delay = chunk_delay
        self.api_key = api_key
        self.model = model
        self.include_usage = include_usage
        self.respond = respond
        self.bodies: list[dict] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._failures: deque[Failure] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life ------------------------------------------------------------------------------------

    def start(self) -> ChatServer:
        handler = type("Handler", (_Handler,), {"chat": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases requests held by a delay
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "the server is not running"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    # -- scripting and observing -----------------------------------------------------------------

    def fail(
        self, status: int | None, times: int = 1, *, message: str | None = None, retry_after: float | None = None
    ) -> None:
        """Answer the next ``times`` requests with HTTP ``status`` and an OpenAI-style error body
        (``status=None``: drop the connection instead)."""
        body = json.dumps({"error": {"message": message or f"scripted failure {status}", "code": status}})
        headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
        for _ in range(times):
            self.fail_with(Failure(status, body, headers))

    def fail_with(self, failure: Failure) -> None:
        """Queue any answer, e.g. ``Failure(400, '{"detail": "bad"}')`` or ``Failure(200, "not json")``."""
        with self._lock:
            self._failures.append(failure)

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.bodies)

    def passages(self) -> list[str]:
        """The last message of every request received, in arrival order."""
        with self._lock:
            return [body["messages"][-1]["content"] for body in self.bodies]

    def _receive(self, body: dict, headers: dict[str, str]) -> Failure | None:
        with self._lock:
            self.bodies.append(body)
            self.headers.append(headers)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            return self._failures.popleft() if self._failures else None

    def _done(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _wait(self, seconds: float) -> bool:
        """Sleep; False when the server is stopping."""
        return seconds <= 0 or not self._stopping.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    chat: ChatServer
    protocol_version = "HTTP/1.1"
    _counted = False  # a POST being answered counts in ChatServer.in_flight until _leave_flight

    def log_message(self, format: str, *args: object) -> None:
        pass  # keeps test output clean

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v1/models":
            model = {"id": self.chat.model or "test-model", "object": "model"}
            self._send_json(200, {"object": "list", "data": [model]})
        else:
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:
        self.close_connection = True  # one request per connection, like the clients under test
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path != CHAT_PATH:
            self._send_json(404, {"detail": "Not Found"})
            return
        try:
            body = json.loads(raw)
        except ValueError:
            self._send_json(400, {"error": {"message": "request body is not JSON"}})
            return
        chat = self.chat
        failure = chat._receive(body, dict(self.headers.items()))
        self._counted = True
        try:
            if not chat._wait(chat.delay):
                return
            if failure is not None:
                self._send_failure(failure)
            elif chat.api_key and self.headers.get("Authorization") != f"Bearer {chat.api_key}":
                self._send_json(401, {"error": {"message": "Invalid API key", "code": 401}})
            elif chat.model and body.get("model") != chat.model:
                self._send_json(404, {"error": {"message": f"The model `{body.get('model')}` does not exist."}})
            else:
                self._answer(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on the request
        finally:
            self._leave_flight()

    def _answer(self, body: dict) -> None:
        passage = body["messages"][-1]["content"]
        if self.chat.respond is not None:
            text, finish = self.chat.respond(body), "stop"
        else:
            text, finish = reply_for(passage, body.get("max_tokens"))
        words = text.split()
        usage = {
            "prompt_tokens": sum(len(m["content"].split()) for m in body["messages"]),
            "completion_tokens": len(words),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        base = {"id": "chatcmpl-test", "created": int(time.time()), "model": body.get("model")}
        if not body.get("stream"):
            message = {"role": "assistant", "content": text}
            choice = {"index": 0, "message": message, "finish_reason": finish}
            self._send_json(200, {**base, "object": "chat.completion", "choices": [choice], "usage": usage})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def event(choices: list[dict], **extra: object) -> None:
            chunk = {**base, "object": "chat.completion.chunk", "choices": choices, **extra}
            self._send_chunk(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n")

        event([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
        for i, word in enumerate(words):
            if not self.chat._wait(self.chat.chunk_delay):
                return
            event([{"index": 0, "delta": {"content": word if i == 0 else " " + word}, "finish_reason": None}])
        event([{"index": 0, "delta": {}, "finish_reason": finish}])
        if self.chat.include_usage and (body.get("stream_options") or {}).get("include_usage"):
            event([], usage=usage)
        self._send_chunk("data: [DONE]\n\n")
        self._send_chunk("", last=True)  # the last, empty chunk ends the reply

    def _leave_flight(self) -> None:
        """The request stops counting as in flight, once. It is called before the reply's last
        bytes are written: a client that has read a whole reply and sends its next request must
        not find the last one still counted, whatever the handler thread does afterwards."""
        if self._counted:
            self._counted = False
            self.chat._done()

    def _send_last(self, data: bytes) -> None:
        self._leave_flight()
        self.wfile.write(data)
        self.wfile.flush()

    def _send_chunk(self, text: str, *, last: bool = False) -> None:
        data = text.encode("utf-8")
        framed = f"{len(data):x}\r\n".encode() + data + b"\r\n"
        if last:
            self._send_last(framed)
        else:
            self.wfile.write(framed)
            self.wfile.flush()

    def _send_failure(self, failure: Failure) -> None:
        if failure.status is None:
            self.close_connection = True
            return
        data = failure.body.encode("utf-8")
        self.send_response(failure.status)
        self.send_header("Content-Type", "application/json" if failure.body.startswith("{") else "text/plain")
        self.send_header("Content-Length", str(len(data)))
        for name, value in failure.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self._send_last(data)

    def _send_json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self._send_last(data)
