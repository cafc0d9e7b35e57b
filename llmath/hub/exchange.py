"""nbgrader's filesystem exchange, used by the hub: release, collect, return feedback.

**Release** uses nbgrader's own ``ExchangeReleaseAssignment`` (in-process), and
skips a lesson whose released copy already equals ``release/<lesson>/``.

**Collect** takes submissions without trusting what students wrote.

nbgrader's filesystem exchange names each submission folder
``<student>+<lesson>+<timestamp>+<random>`` and keeps the time the student's
own client wrote in ``timestamp.txt``; ``nbgrader collect`` believes both, so
one student can submit as another and anyone can choose their submission time.
``collect`` here checks instead:

* **identity**: the folder must be owned by the Unix account of the student it
  names (the hub starts each server as its member's user, and the kernel, not
  the student, sets a new folder's owner); anything else is rejected and logged;
* **time**: the submission time recorded is the folder's change time on the
  server (the kernel sets it; a student cannot set it back), and the student's
  claimed time is kept beside it only to find the submission again when
  feedback is released.

The latest genuine submission of each student is copied to
``submitted/<student>/<lesson>/``, where ``llmath grade`` reads it.

**Feedback** goes where nbgrader's ``fetch_feedback`` (the student's
Assignments tab) looks for it: ``<course>/feedback/<hash>.html``, the hash made
from the secret nbgrader's submit left in the student's submission. Unlike
``nbgrader release_feedback``, the folder is 0711, so no student can list it and
read the others' feedback: each file can only be opened by whoever knows its
secret, which sits in its student's 0700 home.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import LlmathError
from . import accounts

CLAIMED = "claimed_timestamp.txt"
SECRET = "submission_secret.txt"


class ReleaseError(LlmathError):
    pass


@dataclass
class Collected:
    student: str
    timestamp: str          # server time, UTC, in nbgrader's format
    source: Path


@dataclass
class Rejected:
    folder: str
    reason: str


def _fmt(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f %Z")


def inbound_dir(exchange_root: Path, course_id: str) -> Path:
    return Path(exchange_root) / course_id / "inbound"


def collect(course_root: Path, exchange_root: Path, course_id: str, lesson_id: str,
            students: set[str]) -> tuple[list[Collected], list[Rejected]]:
    inbound = inbound_dir(exchange_root, course_id)
    latest: dict[str, tuple[float, Path]] = {}
    rejected: list[Rejected] = []
    if inbound.is_dir():
        for folder in sorted(inbound.iterdir()):
            parts = folder.name.split("+")
            if len(parts) < 3 or parts[1] != lesson_id or not folder.is_dir():
                continue
            student = parts[0]
            st = os.stat(folder, follow_symlinks=False)
            if student not in students:
                rejected.append(Rejected(folder.name, f"{student} is not on the roster"))
                continue
            if st.st_uid != accounts.uid_of(student):
                rejected.append(Rejected(folder.name, f"not submitted by {student}'s account"))
                continue
            if st.st_ctime > latest.get(student, (0.0, folder))[0]:
                latest[student] = (st.st_ctime, folder)
    collected = []
    for student, (ctime, folder) in sorted(latest.items()):
        dest = Path(course_root) / "submitted" / student / lesson_id
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        for item in folder.iterdir():
            if item.is_file() and not item.is_symlink() and item.name != "timestamp.txt":
                shutil.copyfile(item, dest / item.name)
        claimed = folder / "timestamp.txt"
        if claimed.is_file() and not claimed.is_symlink():
            (dest / CLAIMED).write_text(claimed.read_text()[:100])
        (dest / "timestamp.txt").write_text(_fmt(ctime))
        collected.append(Collected(student, _fmt(ctime), folder))
    return collected, rejected


def ensure_exchange(exchange_root: Path, course_id: str) -> None:
    """The exchange as nbgrader expects it, with the feedback folder unlistable (0711)."""
    root = Path(exchange_root)
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o1777)
    os.chmod(root.parent, 0o755)
    course = root / course_id
    course.mkdir(exist_ok=True)
    os.chmod(course, 0o755)
    (course / "feedback").mkdir(exist_ok=True)
    os.chmod(course / "feedback", 0o711)


def _same_tree(a: Path, b: Path) -> bool:
    if not b.is_dir():
        return False
    cmp = filecmp.dircmp(a, b, ignore=[".ipynb_checkpoints", "__pycache__"])
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(_same_tree(a / d, b / d) for d in cmp.common_dirs)


def release_lessons(course_root: Path, exchange_root: Path, course_id: str,
                    lesson_ids: list[str]) -> list[tuple[str, str]]:
    """Release each lesson with nbgrader's exchange; return (lesson, "released" | "unchanged")."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeError
    from nbgrader.exchange.default.release_assignment import ExchangeReleaseAssignment
    from traitlets.config import Config

    ensure_exchange(exchange_root, course_id)
    cfg = Config()
    cfg.CourseDirectory.root = str(course_root)
    cfg.CourseDirectory.course_id = course_id
    cfg.Exchange.root = str(exchange_root)
    log = logging.getLogger("llmath.release")
    done = []
    for lesson_id in lesson_ids:
        src = Path(course_root) / "release" / lesson_id
        if not (src / f"{lesson_id}.ipynb").is_file():
            raise ReleaseError(f"{lesson_id}: no release notebook; run `llmath build {lesson_id}` first")
        if _same_tree(src, Path(exchange_root) / course_id / "outbound" / lesson_id):
            done.append((lesson_id, "unchanged"))
            continue
        coursedir = CourseDirectory(config=cfg)
        coursedir.assignment_id = lesson_id
        app = ExchangeReleaseAssignment(coursedir=coursedir, authenticator=Authenticator(config=cfg),
                                        config=cfg, log=log)
        app.force = True
        try:
            app.start()
        except ExchangeError as exc:
            raise ReleaseError(f"{lesson_id}: release failed: {exc}") from None
        done.append((lesson_id, "released"))
    return done


def release_feedback(course_root: Path, exchange_root: Path, course_id: str, lesson_id: str,
                     students: list[str] | None = None) -> tuple[list[str], list[Rejected]]:
    """Hand each student's ``feedback/<student>/<lesson>/*.html`` to the exchange."""
    from nbgrader.utils import notebook_hash

    ensure_exchange(exchange_root, course_id)
    out = Path(exchange_root) / course_id / "feedback"
    base = Path(course_root) / "feedback"
    folders = ([base / s / lesson_id for s in students] if students
               else sorted(base.glob(f"*/{lesson_id}")) if base.is_dir() else [])
    released, skipped = [], []
    for folder in folders:
        student = folder.parent.name
        secret = folder / SECRET
        htmls = sorted(folder.glob("*.html"))
        if not htmls:
            skipped.append(Rejected(student, f"no feedback; run `llmath feedback {lesson_id}` first"))
            continue
        if not secret.is_file():
            skipped.append(Rejected(student, "the submission did not come through the hub (no submission secret)"))
            continue
        key = secret.read_text()  # exactly as fetch_feedback reads it
        for html in htmls:
            dest = out / f"{notebook_hash(secret=key, notebook_id=html.stem)}.html"
            tmp = dest.with_name(dest.name + ".tmp")
            shutil.copyfile(html, tmp)
            os.chmod(tmp, 0o644)
            os.replace(tmp, dest)
        released.append(student)
    return released, skipped
