from aligner_gui.core.rewrite.batching import plan_batches


def no_new_tokens(_length: int) -> int:
    return 0


def test_longest_first_within_the_budget_and_row_limit():
    lengths = [(f"p{i}", n) for i, n in enumerate([100, 900, 300, 120, 880, 310, 90, 95])]
    batches = plan_batches(lengths, no_new_tokens, token_budget=2000, max_rows=3)
    assert batches[0] == ["p1", "p4"]  # two rows of ~900 fill the budget
    widths = {key: n for key, n in lengths}
    for batch in batches:
        assert len(batch) <= 3 and len(batch) * widths[batch[0]] <= 2000
    assert sorted(k for b in batches for k in b) == sorted(k for k, _ in lengths)


def test_short_rows_do_not_ride_in_a_wide_batch():
    lengths = [("long", 1000), ("mid", 650), ("a", 200), ("b", 190)]
    assert plan_batches(lengths, no_new_tokens, 100_000, 64, min_fill=0.7) == [["long"], ["mid"], ["a", "b"]]
    assert plan_batches(lengths, no_new_tokens, 100_000, 64) == [["long", "mid", "a", "b"]]


def test_a_small_last_batch_is_evened_out():
    lengths = [(i, 100) for i in range(70)]
    assert [len(b) for b in plan_batches(lengths, no_new_tokens, 100_000, 64)] == [35, 35]
    assert [len(b) for b in plan_batches(lengths[:40], no_new_tokens, 100_000, 32)] == [20, 20]


def test_a_passage_over_the_budget_still_gets_its_own_batch():
    assert plan_batches([("huge", 50_000), ("x", 10)], lambda n: n, 1000, 8) == [["huge"], ["x"]]
