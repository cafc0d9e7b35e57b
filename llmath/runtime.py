"""The one piece of llmath that runs inside a student's notebook.

Every test cell ends with ``run_tests(globals())``. It calls each ``test_*``
function the cell defined, passing the student's objects by parameter name,
prints one line per test and raises ``AssertionError`` if any failed, which is
what nbgrader and the student's own kernel understand as a failing cell.

This is for the student's benefit only: the public checks. Grades come from the
same test functions run in a separate, trusted process (see ``llmath.audit``
and the grader), never from this function's verdict.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Mapping

__all__ = ["run_tests", "call_test", "TestOutcome"]


class TestOutcome(tuple):
    """``(name, passed, message)`` for one test."""

    __slots__ = ()

    def __new__(cls, name: str, passed: bool, message: str):
        return super().__new__(cls, (name, passed, message))

    name = property(lambda self: self[0])
    passed = property(lambda self: self[1])
    message = property(lambda self: self[2])


class _Missing(Exception):
    pass


def call_test(fn: Callable[..., Any], lookup: Callable[[str], Any]) -> TestOutcome:
    """Call ``fn`` with the student's names bound by parameter name.

    ``lookup(name)`` returns the student's object or raises ``KeyError``. The
    message is the test's docstring (what the author wants a student to read);
    a missing name or an exception is reported as such.
    """
    doc = " ".join((inspect.getdoc(fn) or fn.__name__).split())
    kwargs = {}
    for param in inspect.signature(fn).parameters:
        try:
            kwargs[param] = lookup(param)
        except KeyError:
            return TestOutcome(fn.__name__, False, f"{doc} (`{param}` is not defined: run the cell that defines it)")
    try:
        fn(**kwargs)
    except NotImplementedError:
        return TestOutcome(fn.__name__, False, f"{doc} (not implemented yet)")
    except AssertionError:
        return TestOutcome(fn.__name__, False, doc)
    except Exception as exc:  # the student's code raised: report it, do not crash the check
        return TestOutcome(fn.__name__, False, f"{doc} ({type(exc).__name__}: {exc})")
    return TestOutcome(fn.__name__, True, doc)


def run_tests(namespace: dict) -> None:
    """Run and remove the ``test_*`` functions in ``namespace``; raise if any fails."""
    names = [k for k, v in list(namespace.items()) if k.startswith("test_") and inspect.isfunction(v)]
    tests = [namespace.pop(k) for k in names]

    def lookup(name: str) -> Any:
        if name not in namespace:
            raise KeyError(name)
        return namespace[name]

    outcomes = [call_test(fn, lookup) for fn in tests]
    for outcome in outcomes:
        print(("PASS " if outcome.passed else "FAIL ") + outcome.name + ("" if outcome.passed else f": {outcome.message}"))
    failed = [o for o in outcomes if not o.passed]
    if failed:
        raise AssertionError(f"{len(failed)} of {len(outcomes)} tests failed")
