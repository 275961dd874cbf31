"""How soon the OpenAI-compatible backend says a server cannot be reached, and that a slow one is
waited for: real sockets on this machine, nothing simulated."""

from __future__ import annotations

import socket
import time
from contextlib import contextmanager

import pytest

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.backends.openai_server import OpenAIRewriter
from aligner_gui.core.rewrite.factory import BackendChoice, check_choice
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.core.rewrite.types import GenerationSettings, JobControl, RewriteRequest
from tests.chat_server import ChatServer, reply_for

REQUEST = RewriteRequest(1, "ذهب الولد الى المدرسه صباحا")
SETTINGS = GenerationSettings(max_new_tokens=64)


def closed_port() -> int:
    """A port on this machine with nothing listening: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def port_that_never_accepts():
    """A listening socket whose one-place backlog is already taken: a further connection
    waits unanswered, as with a host that drops packets."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(2):
            filler = socket.socket()
            filler.settimeout(0.3)
            try:
                filler.connect(("127.0.0.1", port))
            except TimeoutError:
                filler.close()
                yield port
                return
            fillers.append(filler)
        pytest.skip("this system accepts connections beyond a full backlog: a connection cannot be left waiting")
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def job(rewriter: OpenAIRewriter) -> None:
    rewriter.rewrite([REQUEST], "أعد كتابة النص", SETTINGS, JobControl())


def regenerate(rewriter: OpenAIRewriter) -> None:
    rewriter.stream(REQUEST, "أعد كتابة النص", SETTINGS, JobControl(), lambda _piece: None)


@pytest.mark.parametrize("call", [job, regenerate], ids=["job", "regenerate"])
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_refused_connection_is_reported_at_once_with_the_default_retries(call, host):
    url = f"http://{host}:{closed_port()}/v1"
    rewriter = OpenAIRewriter(url, "rewriter")  # the defaults: 4 retries, backoff from 1 s
    started = time.monotonic()
    try:
        with pytest.raises(RewriteSettingError) as caught:
            call(rewriter)
    finally:
        rewriter.close()
    assert time.monotonic() - started < 2.0
    error = caught.value
    assert (error.setting, error.problem, error.details["url"]) == ("base_url", "unreachable", url)
    assert "Connection refused" in error.details["reason"]
    assert f"cannot reach {url}/chat/completions" in str(error) and "--base-url" in str(error)
    assert "attempts" not in str(error)


def test_a_connection_left_unanswered_fails_after_the_connect_timeout_without_retrying():
    with port_that_never_accepts() as port:
        rewriter = OpenAIRewriter(f"http://127.0.0.1:{port}/v1", "rewriter", connect_timeout=0.5)
        started = time.monotonic()
        with pytest.raises(RewriteSettingError) as caught:
            job(rewriter)
        elapsed = time.monotonic() - started
        rewriter.close()
    assert 0.4 < elapsed < 1.5
    assert caught.value.details["reason"] == "no connection within 0.5 s"


def test_a_slow_server_writing_a_long_rewrite_is_waited_for_past_the_connect_timeout():
    with ChatServer(delay=1.5) as server:  # accepts at once, answers after 1.5 s
        rewriter = OpenAIRewriter(server.base_url, "rewriter", connect_timeout=0.2, timeout=30, retries=0)
        started = time.monotonic()
        [result] = rewriter.rewrite([REQUEST], "أعد كتابة النص", SETTINGS, JobControl())
        streamed = rewriter.stream(REQUEST, "أعد كتابة النص", SETTINGS, JobControl(), lambda _piece: None)
        rewriter.close()
    assert time.monotonic() - started >= 3.0
    assert result.text == streamed.text == reply_for(REQUEST.text)[0]
    assert server.request_count == 2  # neither was given up and sent again


def test_a_server_that_answered_before_is_tried_again_when_it_stops_listening():
    # Mid-job, a refused connection is a server restarting, not a wrong address.
    with ChatServer() as server:
        rewriter = OpenAIRewriter(server.base_url, "rewriter", retries=2, backoff=0.01)
        job(rewriter)
    with pytest.raises(AlignerError) as caught:
        job(rewriter)
    rewriter.close()
    assert not isinstance(caught.value, RewriteSettingError)
    assert "cannot reach" in str(caught.value) and "gave up after 3 attempts" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    ["localhost:8000/v1", "http://", "http://:8000/v1", "http://gpu host:8000/v1", "http://h:port/v1", "ftp://h/v1"],
)
def test_a_server_url_that_cannot_work_is_told_before_anything_starts(url):
    with pytest.raises(RewriteSettingError) as caught:
        check_choice(BackendChoice("openai", "rewriter", base_url=url))
    error = caught.value
    assert (error.setting, error.problem, error.details["url"]) == ("base_url", "bad_base_url", url)
    assert "--base-url should look like http://host:8000/v1" in str(error)


@pytest.mark.parametrize(
    ("choice", "setting", "flag"),
    [
        (BackendChoice("transformers", " "), "model", "--model"),
        (BackendChoice("openai", "rewriter"), "base_url", "--base-url"),
        (BackendChoice("openai", "rewriter", base_url="  "), "base_url", "--base-url"),
    ],
)
def test_a_missing_setting_names_the_setting_and_the_command_line_flag(choice, setting, flag):
    with pytest.raises(RewriteSettingError) as caught:
        check_choice(choice)
    assert caught.value.setting == setting and flag in str(caught.value)


def test_a_good_choice_passes_the_check():
    check_choice(BackendChoice("openai", "rewriter", base_url="https://gpu-host:8000/v1"))
    check_choice(BackendChoice("transformers", "/models/rewriter-4b"))
