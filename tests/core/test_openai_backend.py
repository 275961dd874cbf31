"""The OpenAI-compatible backend against a real local chat-completions server."""

from __future__ import annotations

import threading
import time

import pytest

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.backends.openai_server import OpenAIRewriter
from aligner_gui.core.rewrite.messages import chat_messages
from aligner_gui.core.rewrite.types import (
    FINISH_LENGTH,
    FINISH_STOP,
    Cancelled,
    GenerationSettings,
    JobControl,
    RewriteRequest,
)
from tests.chat_server import ChatServer, Failure, reply_for

INSTRUCTIONS = "أعد كتابة النص بلغة عربية فصيحة سليمة"
PASSAGES = [
    "ذهب الولد الى المدرسه صباحا",
    "الطقس اليوم جميل جدا في المدينة",
    "قرأت كتابا عن تاريخ الأندلس",
    "هذا نص قصير",
    "يحب الناس القهوة العربية كثيرا",
]
SETTINGS = GenerationSettings()


def requests_for(passages: list[str]) -> list[RewriteRequest]:
    return [RewriteRequest(passage_id=i + 1, text=text) for i, text in enumerate(passages)]


def words(text: str) -> int:
    return len(text.split())


@pytest.fixture
def server():
    with ChatServer() as running:
        yield running


@pytest.fixture
def make_rewriter():
    made: list[OpenAIRewriter] = []

    def make(base_url: str, **options) -> OpenAIRewriter:
        options = {"backoff": 0.01, **options}
        made.append(OpenAIRewriter(base_url, "test-model", **options))
        return made[-1]

    yield make
    for rewriter in made:
        rewriter.close()


def cancel_after(control: JobControl, seconds: float) -> None:
    threading.Timer(seconds, control.cancel).start()


# -- results and requests ---------------------------------------------------------------------------


def test_a_batch_of_arabic_passages_comes_back_in_order_with_text_tokens_and_finish(server, make_rewriter):
    rewriter = make_rewriter(server.base_url, concurrency=3)
    results = rewriter.rewrite(requests_for(PASSAGES), INSTRUCTIONS, SETTINGS, JobControl())

    assert [r.passage_id for r in results] == [1, 2, 3, 4, 5]
    assert [r.text for r in results] == [reply_for(p)[0] for p in PASSAGES]
    assert results[0].text == "صباحا المدرسه الى الولد ذهب"
    assert [r.finish_reason for r in results] == [FINISH_STOP] * 5
    assert not any(r.truncated for r in results)
    assert [r.tokens_in for r in results] == [words(INSTRUCTIONS) + words(p) for p in PASSAGES]
    assert [r.tokens_out for r in results] == [words(p) for p in PASSAGES]
    assert all(r.ms > 0 for r in results)

    assert sorted(server.passages()) == sorted(PASSAGES)
    for body in server.bodies:
        assert body["model"] == "test-model"
        assert body["messages"] == chat_messages(INSTRUCTIONS, body["messages"][-1]["content"])
        assert body["temperature"] == 0 and "top_p" not in body and not body.get("stream")
    assert all("Authorization" not in headers for headers in server.headers)


def test_the_api_key_is_sent_as_a_bearer_token_and_never_described(make_rewriter):
    with ChatServer(api_key="sk-secret") as server:
        rewriter = make_rewriter(server.base_url + "/", api_key="sk-secret", concurrency=2)
        [result] = rewriter.rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
        assert result.text == reply_for(PASSAGES[0])[0]
        assert server.headers[0]["Authorization"] == "Bearer sk-secret"
        assert rewriter.describe() == {"backend": "openai", "base_url": server.base_url, "concurrency": 2}
        assert "sk-secret" not in repr(rewriter.describe())


def test_sampling_settings_are_sent_only_when_sampling(server, make_rewriter):
    settings = GenerationSettings(do_sample=True, temperature=0.6, top_p=0.9)
    make_rewriter(server.base_url).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, settings, JobControl())
    assert server.bodies[0]["temperature"] == 0.6 and server.bodies[0]["top_p"] == 0.9


def test_max_tokens_follows_the_passage_length_and_a_cut_reply_is_truncated(server, make_rewriter):
    long_passage = " ".join(["كلمة"] * 40)
    settings = GenerationSettings(max_new_tokens=10, length_slack=2)
    short_settings_limit = settings.new_tokens_for_text(PASSAGES[3])
    assert short_settings_limit < 10  # the short passage gets a smaller limit than the cap

    short, long = make_rewriter(server.base_url).rewrite(
        requests_for([PASSAGES[3], long_passage]), INSTRUCTIONS, settings, JobControl()
    )
    limits = {body["messages"][-1]["content"]: body["max_tokens"] for body in server.bodies}
    assert limits == {PASSAGES[3]: short_settings_limit, long_passage: 10}
    assert short.finish_reason == FINISH_STOP and short.text == reply_for(PASSAGES[3])[0]
    assert long.finish_reason == FINISH_LENGTH and long.truncated
    assert long.tokens_out == 10 and words(long.text) == 10


def test_plan_splits_into_consecutive_batches(make_rewriter):
    requests = requests_for(["نص"] * 10)
    assert [len(b) for b in make_rewriter("http://localhost:1/v1", concurrency=2).plan(requests, "", SETTINGS)] == [
        8,
        2,
    ]
    batches = make_rewriter("http://localhost:1/v1", batch_size=3).plan(requests, "", SETTINGS)
    assert [r.passage_id for b in batches for r in b] == list(range(1, 11)) and len(batches) == 4


# -- concurrency ----------------------------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [2, 4])
def test_at_most_concurrency_requests_are_in_flight(make_rewriter, concurrency):
    with ChatServer(delay=0.15) as server:
        rewriter = make_rewriter(server.base_url, concurrency=concurrency)
        results = rewriter.rewrite(requests_for(PASSAGES + PASSAGES[:3]), INSTRUCTIONS, SETTINGS, JobControl())
        assert len(results) == 8 and server.request_count == 8
        if concurrency == 2:
            assert server.max_in_flight == 2
        else:
            assert 2 < server.max_in_flight <= 4


# -- failures and retries ------------------------------------------------------------------------


def test_passing_server_errors_are_retried(server, make_rewriter):
    server.fail(503, times=2)
    [result] = make_rewriter(server.base_url).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
    assert result.text == reply_for(PASSAGES[0])[0]
    assert server.request_count == 3


def test_retry_after_is_honoured(server, make_rewriter):
    server.fail(429, retry_after=0.4, message="Rate limit reached")
    started = time.monotonic()
    [result] = make_rewriter(server.base_url, backoff=0.001).rewrite(
        requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl()
    )
    assert time.monotonic() - started >= 0.4
    assert result.text == reply_for(PASSAGES[0])[0] and server.request_count == 2


def test_when_retries_run_out_the_error_names_the_url_status_and_server_message(server, make_rewriter):
    server.fail(503, times=10, message="engine is overloaded")
    rewriter = make_rewriter(server.base_url, retries=2)
    with pytest.raises(AlignerError) as caught:
        rewriter.rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
    message = str(caught.value)
    assert f"{server.base_url}/chat/completions" in message
    assert "503" in message and "engine is overloaded" in message and "3 attempts" in message
    assert server.request_count == 3


def test_a_wrong_api_key_fails_at_once_and_says_how_to_give_one(make_rewriter):
    with ChatServer(api_key="sk-right") as server:
        rewriter = make_rewriter(server.base_url, api_key="sk-wrong")
        with pytest.raises(AlignerError) as caught:
            rewriter.rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
        message = str(caught.value)
        assert "401" in message and "Invalid API key" in message
        assert "--api-key" in message and "ALIGNER_API_KEY" in message
        assert server.request_count == 1


def test_a_base_url_without_v1_fails_at_once_with_a_hint(server, make_rewriter):
    with pytest.raises(AlignerError) as caught:
        make_rewriter(server.url).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
    message = str(caught.value)
    assert "404" in message and "/v1" in message and "test-model" in message
    assert "\n" not in message


def test_a_bad_request_fails_at_once_with_the_servers_detail(server, make_rewriter):
    server.fail_with(Failure(400, '{"detail": "max_tokens is too large for this model"}'))
    with pytest.raises(AlignerError, match="400: max_tokens is too large"):
        make_rewriter(server.base_url).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
    assert server.request_count == 1


@pytest.mark.parametrize("body", ["<html>Bad gateway page</html>", '{"object": "chat.completion", "choices": []}'])
def test_a_reply_that_is_not_a_chat_completion_fails_naming_the_url(server, make_rewriter, body):
    server.fail_with(Failure(200, body))
    with pytest.raises(AlignerError, match="/v1/chat/completions"):
        make_rewriter(server.base_url).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())


def test_a_dropped_connection_is_retried(server, make_rewriter):
    server.fail(None)
    [result] = make_rewriter(server.base_url).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
    assert result.text == reply_for(PASSAGES[0])[0] and server.request_count == 2


def test_a_server_slower_than_the_timeout_fails_quickly(make_rewriter):
    with ChatServer(delay=2.0) as server:
        rewriter = make_rewriter(server.base_url, timeout=0.2, retries=0)
        started = time.monotonic()
        with pytest.raises(AlignerError, match="did not answer within 0.2 s"):
            rewriter.rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, JobControl())
        assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("url", ["localhost:8000/v1", "http://localhost:port/v1", "ftp://host/v1"])
def test_a_url_that_is_not_http_is_refused_up_front(url):
    with pytest.raises(AlignerError, match="http://host:8000/v1"):
        OpenAIRewriter(url, "test-model")


# -- pause and cancel -----------------------------------------------------------------------------


def test_cancel_stops_a_batch_with_slow_requests_in_flight_promptly(make_rewriter):
    with ChatServer(delay=5.0) as server:
        rewriter = make_rewriter(server.base_url, concurrency=2)
        control = JobControl()
        cancel_after(control, 0.2)
        started = time.monotonic()
        with pytest.raises(Cancelled):
            rewriter.rewrite(requests_for(PASSAGES), INSTRUCTIONS, SETTINGS, control)
        assert time.monotonic() - started < 0.7
        assert server.request_count == 2  # the queued passages were never sent
        # The requests in flight were cut, not left to block the rewriter's threads: the next batch runs at once.
        server.delay = 0
        started = time.monotonic()
        results = rewriter.rewrite(requests_for(PASSAGES[:2]), INSTRUCTIONS, SETTINGS, JobControl())
        assert [r.text for r in results] == [reply_for(p)[0] for p in PASSAGES[:2]]
        assert time.monotonic() - started < 1.0


def test_cancel_interrupts_the_wait_between_retries(server, make_rewriter):
    server.fail(503, times=5)
    control = JobControl()
    cancel_after(control, 0.2)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        make_rewriter(server.base_url, backoff=10).rewrite(requests_for(PASSAGES[:1]), INSTRUCTIONS, SETTINGS, control)
    assert time.monotonic() - started < 0.7 and server.request_count == 1


def test_pause_holds_requests_until_resume(server, make_rewriter):
    rewriter = make_rewriter(server.base_url)
    control = JobControl()
    control.pause()
    results = []
    worker = threading.Thread(
        target=lambda: results.extend(rewriter.rewrite(requests_for(PASSAGES), INSTRUCTIONS, SETTINGS, control))
    )
    worker.start()
    time.sleep(0.3)
    assert worker.is_alive() and server.request_count == 0
    control.resume()
    worker.join(timeout=2)
    assert not worker.is_alive()
    assert [r.text for r in results] == [reply_for(p)[0] for p in PASSAGES]


# -- streaming ------------------------------------------------------------------------------------


def test_streaming_hands_over_the_text_piece_by_piece(server, make_rewriter):
    pieces: list[str] = []
    result = make_rewriter(server.base_url).stream(
        RewriteRequest(7, PASSAGES[1]), INSTRUCTIONS, SETTINGS, JobControl(), pieces.append
    )
    assert len(pieces) == words(PASSAGES[1]) > 3
    assert "".join(pieces) == result.text == reply_for(PASSAGES[1])[0]
    assert result.passage_id == 7 and result.finish_reason == FINISH_STOP and result.ms > 0
    assert (result.tokens_in, result.tokens_out) == (words(INSTRUCTIONS) + words(PASSAGES[1]), words(PASSAGES[1]))
    body = server.bodies[0]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["messages"] == chat_messages(INSTRUCTIONS, PASSAGES[1])


def test_streaming_without_usage_counts_chunks_and_reports_a_cut_reply(make_rewriter):
    with ChatServer(include_usage=False) as server:
        long_passage = " ".join(f"كلمة{i}" for i in range(30))
        settings = GenerationSettings(max_new_tokens=5)
        pieces: list[str] = []
        result = make_rewriter(server.base_url).stream(
            RewriteRequest(1, long_passage), INSTRUCTIONS, settings, JobControl(), pieces.append
        )
        assert result.truncated and result.text == reply_for(long_passage, 5)[0]
        assert (result.tokens_in, result.tokens_out) == (0, 5) and len(pieces) == 5


def test_streaming_retries_before_the_first_piece(server, make_rewriter):
    server.fail(502)
    pieces: list[str] = []
    result = make_rewriter(server.base_url).stream(
        RewriteRequest(1, PASSAGES[0]), INSTRUCTIONS, SETTINGS, JobControl(), pieces.append
    )
    assert result.text == "".join(pieces) == reply_for(PASSAGES[0])[0] and server.request_count == 2


def test_cancel_mid_stream_stops_it(make_rewriter):
    with ChatServer(chunk_delay=0.05) as server:
        control = JobControl()
        pieces: list[str] = []

        def on_text(piece: str) -> None:
            pieces.append(piece)
            if len(pieces) == 2:
                control.cancel()

        passage = " ".join(f"كلمة{i}" for i in range(100))
        started = time.monotonic()
        with pytest.raises(Cancelled):
            make_rewriter(server.base_url).stream(RewriteRequest(1, passage), INSTRUCTIONS, SETTINGS, control, on_text)
        assert len(pieces) <= 3 and time.monotonic() - started < 1.0


def test_a_server_refusing_the_usage_option_is_asked_again_without_it(server, make_rewriter):
    server.fail(400, message="extra fields not permitted: stream_options")
    pieces: list[str] = []
    result = make_rewriter(server.base_url).stream(
        requests_for(PASSAGES[:1])[0], INSTRUCTIONS, SETTINGS, JobControl(), pieces.append
    )
    assert result.text == reply_for(PASSAGES[0])[0] and "".join(pieces).strip() == result.text
    assert "stream_options" in server.bodies[0] and "stream_options" not in server.bodies[1]
