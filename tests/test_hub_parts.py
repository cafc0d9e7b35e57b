"""The hub's parts that need no hub: the release schedule, class lists, feedback naming, release checks."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest

from llmath.catalog import Catalog
from llmath.hub.exchange import _same_tree, release_feedback
from llmath.hub.roster import read_usernames
from llmath.hub.server import CourseHub, Hub, HubError

REPO = Path(__file__).resolve().parents[1]


def hub_with(schedule: dict) -> CourseHub:
    return CourseHub(REPO, Hub(schedule=schedule, state_dir="/nonexistent/state"))


def test_without_a_schedule_every_authored_lesson_is_due():
    cat = Catalog.load(REPO)
    assert hub_with({}).due_lessons(cat) == [lesson.id for lesson in cat.authored()]


def test_the_schedule_releases_modules_on_their_dates():
    cat = Catalog.load(REPO)
    h = hub_with({"01": "2026-09-01", "02": "2026-09-08"})
    on = lambda day: {i[:2] for i in h.due_lessons(cat, date.fromisoformat(day))}  # noqa: E731
    assert on("2026-08-31") == set()
    assert on("2026-09-01") == {"01"}
    assert on("2026-09-08") == {"01", "02"}
    assert on("2030-01-01") == {"01", "02"}  # modules left out of a schedule are never released


@pytest.mark.parametrize("schedule, message", [
    ({"01": "next monday"}, "c.Hub.schedule['01'] = 'next monday' is not a date"),
    ({"99": "2026-09-01"}, "c.Hub.schedule names unknown modules: 99"),
])
def test_a_bad_schedule_is_one_clear_error(schedule, message):
    with pytest.raises(HubError, match=message.replace("[", r"\[").replace("]", r"\]")):
        hub_with(schedule).due_lessons(Catalog.load(REPO))


def test_class_lists(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("# cohort 3\nalice\n\nbob\n")
    assert read_usernames(plain) == ["alice", "bob"]
    table = tmp_path / "class.csv"
    table.write_text("\ufeffname,username,email\nAlice A,alice,a@x\nBob B,bob,b@x\n,,\n")
    assert read_usernames(table) == ["alice", "bob"]


def test_feedback_is_released_where_nbgrader_fetch_feedback_looks(tmp_path):
    from nbgrader.utils import notebook_hash

    lesson = "01-04-summation-product-notation"
    course, exchange = tmp_path / "course", tmp_path / "exchange"
    secret = "ab" * 64
    for student, with_secret in (("ann", True), ("ben", False)):
        folder = course / "feedback" / student / lesson
        folder.mkdir(parents=True)
        (folder / f"{lesson}.html").write_text(f"feedback for {student}")
        os.chmod(folder / f"{lesson}.html", 0o600)
        if with_secret:
            (folder / "submission_secret.txt").write_text(secret)
    released, skipped = release_feedback(course, exchange, "math-for-llms", lesson)
    assert released == ["ann"]
    assert [(s.folder, "hub" in s.reason) for s in skipped] == [("ben", True)]
    out = exchange / "math-for-llms" / "feedback"
    target = out / f"{notebook_hash(secret=secret, notebook_id=lesson)}.html"
    assert target.read_text() == "feedback for ann"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # readable by its student, who knows the name
    assert stat.S_IMODE(out.stat().st_mode) == 0o711     # but nobody can list the folder
    assert [p.name for p in out.iterdir()] == [target.name]


def test_an_unchanged_release_is_recognised(tmp_path):
    lesson = "01-04-summation-product-notation"
    a = tmp_path / "a"
    shutil.copytree(REPO / "release" / lesson, a)
    b = tmp_path / "b"
    shutil.copytree(a, b)
    assert _same_tree(a, b)
    (b / "tests" / "q1.py").write_text((b / "tests" / "q1.py").read_text() + "\n")
    assert not _same_tree(a, b)
    assert not _same_tree(a, tmp_path / "missing")
