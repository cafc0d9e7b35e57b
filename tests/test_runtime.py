"""run_tests: the in-notebook runner students see."""

import pytest

from llmath.runtime import call_test, run_tests


def test_passing_tests_print_and_are_removed(capsys):
    ns = {"answer": 42}

    def test_value(answer):
        """answer is 42"""
        assert answer == 42

    ns["test_value"] = test_value
    run_tests(ns)
    assert "PASS test_value" in capsys.readouterr().out
    assert "test_value" not in ns


def test_failure_raises_with_the_docstring(capsys):
    def test_value(answer):
        """answer should be 42; check your units"""
        assert answer == 42

    ns = {"answer": 41, "test_value": test_value}
    with pytest.raises(AssertionError, match="1 of 1 tests failed"):
        run_tests(ns)
    assert "FAIL test_value: answer should be 42; check your units" in capsys.readouterr().out


def test_missing_name_and_stub_messages():
    def test_f(f):
        """f doubles"""
        assert f(2) == 4

    missing = call_test(test_f, lambda name: {}[name])
    assert not missing.passed and "`f` is not defined" in missing.message

    def stub(x):
        raise NotImplementedError()

    assert call_test(test_f, {"f": stub}.__getitem__).message == "f doubles (not implemented yet)"
    crash = call_test(test_f, {"f": lambda x: x / 0}.__getitem__)
    assert not crash.passed and "ZeroDivisionError" in crash.message
