"""Collect submissions from nbgrader's exchange without trusting what students wrote.

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
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import accounts

CLAIMED = "claimed_timestamp.txt"


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
