"""Forked children: results in order, time limits, crashes reported as data."""

import os

import pytest

from llmath.audit.sandbox import Timeout, run_forked, run_many


def test_results_come_back_in_order_as_json():
    out = run_many([lambda i=i: {"i": i, "pid": os.getpid()} for i in range(6)], timeout=10, jobs=2)
    assert [r["i"] for r in out] == list(range(6))
    assert os.getpid() not in {r["pid"] for r in out}


def test_hanging_and_crashing_children():
    def hang():
        while True:
            pass

    def crash():
        raise ValueError("boom")

    out = run_many([hang, crash, lambda: 7], timeout=0.5, jobs=2)
    assert isinstance(out[0], Timeout)
    assert isinstance(out[1], RuntimeError) and "ValueError: boom" in str(out[1])
    assert out[2] == 7


def test_child_cannot_change_the_parent():
    state = {"x": 1}

    def mutate():
        state["x"] = 2
        return state["x"]

    assert run_forked(mutate, timeout=5) == 2
    assert state["x"] == 1
    with pytest.raises(RuntimeError, match="died without a result"):
        run_forked(lambda: os._exit(3), timeout=5)
