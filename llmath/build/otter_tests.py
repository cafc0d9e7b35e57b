"""Render an exercise's tests as an otter-grader exception-format test file."""

from __future__ import annotations

from ..lesson import Exercise


def _points(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def render(exercise: Exercise, hidden: bool) -> str:
    """The test file ``tests/<qN>.py``; with ``hidden=False`` only public tests are written.

    Each case carries its docstring as the failure message, so a student reads
    the author's hint rather than the assertion's code.
    """
    chosen = [t for t in exercise.tests if hidden or not t.hidden]
    parts = [
        "OK_FORMAT = False",
        "",
        "from otter.test_files import test_case",
        "",
        f'name = "{exercise.id}"',
        f"points = {_points(exercise.points)}",
        "",
    ]
    if exercise.header.strip():
        parts += [exercise.header.strip(), ""]
    if hidden and exercise.hidden_header.strip():
        parts += ["", exercise.hidden_header.strip(), ""]
    for test in chosen:
        parts += [
            "",
            f"@test_case(name={test.name!r}, hidden={test.hidden}, failure_message={test.message!r})",
            test.source.strip(),
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"
