"""``llmath demo``: one full cohort cycle on a real hub, with no one at the keyboard.

1. A scratch hub (``ScratchHub``) starts on a free port with one lesson released.
2. Four demo students log in with their roster passwords and, through the hub,
   fetch the lesson, write their answers into it and submit:
   ``correct`` (the solutions), ``partial`` (the first half of them), ``wrong``
   (every answer with a slip the hidden tests catch) and ``hostile`` (every
   answer tries to forge a result, disable the checks, read the grader and kill
   it).
3. The instructor collects, grades in Docker, writes and releases feedback.
4. The students fetch their feedback through the hub.
5. The hub stops and the scratch accounts and folders are removed.

Each student's expected score is fixed before anything runs, by construction;
the demo fails when the gradebook disagrees. ``--out DIR`` keeps the gradebook
export (``grades.csv``, nbgrader's CSV export) and each student's feedback: the
notebook, and the HTML the student fetched.
"""

from __future__ import annotations

import copy
import csv
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nbformat

from ..audit.mutate import mutants
from ..catalog import Catalog
from ..config import load_config, tools_on_path
from ..errors import LlmathError
from ..grading import results
from ..grading.batch import grade_lesson
from ..grading.feedback import write_feedback
from ..grading.image import ensure_image
from ..grading.plan import make_plan
from ..grading.runner import DockerRunner, ProcessRunner
from ..grading.settings import Grader
from ..lesson import Master, read_master
from ..lesson.master import nbgrader_meta
from .exchange import collect, release_feedback
from .scratch import ScratchHub

KINDS = ("correct", "partial", "wrong", "hostile")
DEFAULT_LESSON = "01-04-summation-product-notation"
STUB = "# YOUR CODE HERE\nraise NotImplementedError()"

HOSTILE = '''# Everything a student might try instead of the exercise.
import builtins, json, os, sys
import numpy as np
np.allclose = np.isclose = np.array_equal = lambda *a, **k: True   # disable the checks
builtins.AssertionError = type("Never", (Exception,), {})
print(json.dumps({"llmath": "result", "passed": True, "score": 1e9}))  # a forged result
for path in ("/proc/1/environ", "/proc/1/cmdline", "/proc/1/fd/0", "/etc/shadow"):
    try:
        print(path, open(path, "rb").read(80))
    except OSError as exc:
        print(path, "denied:", type(exc).__name__)
try:
    os.kill(1, 9)  # the grader
except OSError as exc:
    print("kill denied:", type(exc).__name__)
sys.exit(0)
'''


class DemoError(LlmathError):
    pass


@dataclass
class DemoStudent:
    username: str
    kind: str
    answers: dict[str, str]        # answer cell grade_id -> source
    expected: float
    score: float | None = None
    feedback_fetched: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.score is not None and abs(self.score - self.expected) < 1e-6 and self.feedback_fetched


@dataclass
class DemoReport:
    lesson_id: str
    max_score: float
    students: list[DemoStudent]
    url: str = ""

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.students)


def _answer_ids(master: Master) -> list[str]:
    return [f"{ex.id}_answer" for ex in master.exercises]


def _filled(release: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        gid = nbgrader_meta(cell).get("grade_id", "")
        if gid in answers:
            cell.source = answers[gid]
    return nb


def _scores(master: Master, release, answers: dict[str, str], settings: Grader) -> dict[str, float]:
    """Per-exercise scores of a notebook, from the box run as a bare process (trusted code only)."""
    plan = make_plan(master, _filled(release, answers), settings.box_limits())
    run = ProcessRunner(settings).run(plan.job, label="demo-check")
    if run.error:
        raise DemoError(f"could not check the demo answers: {run.error}")
    outcome = results.score(master, "demo", results.parse_output(run.stdout), plan.notes)
    return {ex.id: ex.score for ex in outcome.exercises}


def _wrong_answers(master: Master, release, settings: Grader, rounds: int = 8) -> dict[str, str]:
    """Each solution with one slip from the audit's mutator that the lesson's tests catch."""
    options = {ex.id: [m.source for m in mutants(ex.solution_source, ex.region, 30)] for ex in master.exercises}
    pick = {ex.id: 0 for ex in master.exercises}

    def answers() -> dict[str, str]:
        out = {}
        for ex in master.exercises:
            choices = options[ex.id]
            out[f"{ex.id}_answer"] = choices[pick[ex.id]] if pick[ex.id] < len(choices) else STUB
        return out

    for _ in range(rounds):
        caught = _scores(master, release, answers(), settings)
        survivors = [q for q, score in caught.items() if score > 0]
        if not survivors:
            return answers()
        for q in survivors:
            pick[q] += 1
    for q, score in _scores(master, release, answers(), settings).items():
        if score > 0:
            pick[q] = len(options[q])  # no slip was caught in time: leave that answer unattempted
    return answers()


def _solved(ex) -> str:
    """The solution as a student would type it: without the master's solution markers."""
    return "\n".join(line for line in ex.solution_source.splitlines()
                     if line.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION")) + "\n"


def make_cohort(master: Master, release, settings: Grader, tag: str) -> list[DemoStudent]:
    solutions = {f"{ex.id}_answer": _solved(ex) for ex in master.exercises}
    half = master.exercises[: (len(master.exercises) + 1) // 2]
    partial = {f"{ex.id}_answer": _solved(ex) for ex in half}
    return [
        DemoStudent(f"correct-{tag}", "correct", solutions, master.max_score),
        DemoStudent(f"partial-{tag}", "partial", partial, sum(ex.points for ex in half)),
        DemoStudent(f"wrong-{tag}", "wrong", _wrong_answers(master, release, settings), 0.0),
        DemoStudent(f"hostile-{tag}", "hostile", {a: HOSTILE for a in _answer_ids(master)}, 0.0),
    ]


def run_demo(repo: Path, lesson_id: str = DEFAULT_LESSON, out: Path | None = None,
             log: Callable[[str], None] = lambda m: print(m, file=sys.stderr)) -> DemoReport:
    catalog = Catalog.load(repo)
    lesson = catalog.lesson(lesson_id)
    release_path = repo / "release" / lesson.id / f"{lesson.id}.ipynb"
    if not release_path.is_file():
        raise DemoError(f"{lesson.id}: no release notebook; run `llmath build {lesson.id}` first")
    master = read_master(catalog.master_path(lesson.id), lesson.id)
    release = nbformat.read(release_path, as_version=4)
    settings = Grader(config=load_config(repo))
    image = ensure_image(settings, repo, log=log)  # fails early, with one line, without Docker

    tag = secrets.token_hex(2)
    log("preparing the demo students' answers")
    cohort = make_cohort(master, release, settings, tag)
    members = {s.username: "student" for s in cohort} | {f"prof-{tag}": "instructor"}
    report = DemoReport(lesson.id, master.max_score, cohort)
    log(f"starting a hub with {len(cohort)} students and one instructor")
    with ScratchHub(repo, [lesson.id], members, prefix=f"llmath-demo-{tag}") as scratch:
        hub = scratch.hub
        report.url = hub.url
        course_id = hub.course_id
        clients = {}
        for s in cohort:
            client = scratch.client(s.username)
            if not client.login():
                raise DemoError(f"{s.username} could not log in with the roster password")
            clients[s.username] = client
        wrong = scratch.client(cohort[0].username)
        wrong.password = "not-" + wrong.password
        if wrong.login():
            raise DemoError("the hub accepted a wrong password")
        for s in cohort:  # the hub starts the servers side by side
            clients[s.username].hub_api("POST", f"/users/{s.username}/server")
        for s in cohort:
            c = clients[s.username]
            c.start_server()
            c.assignment("fetch", course_id, lesson.id)
            path = f"{lesson.id}/{lesson.id}.ipynb"
            fetched = nbformat.from_dict(c.read_file(path)["content"])
            c.write_notebook(path, _filled(fetched, s.answers))
            c.assignment("submit", course_id, lesson.id)
            log(f"{s.username} ({s.kind}) fetched, answered and submitted through the hub")

        got, rejected = collect(scratch.course, Path(hub.settings.exchange_root), course_id, lesson.id,
                                set(hub.roster.students()))
        log(f"instructor collected {len(got)} submissions ({len(rejected)} rejected)")
        course = Catalog.load(scratch.course)
        outcomes = grade_lesson(course, lesson.id, DockerRunner(settings, image), settings, runner_id=image)
        by_student = {o.student: o for o in outcomes}
        log(f"instructor graded {len(outcomes)} submissions in Docker")
        write_feedback(course, lesson.id)
        released, skipped = release_feedback(scratch.course, Path(hub.settings.exchange_root), course_id,
                                             lesson.id)
        log(f"instructor released feedback to {len(released)} students")

        fetched_html: dict[str, str] = {}
        for s in cohort:
            if s.username in by_student:
                s.score = by_student[s.username].score
                s.notes = list(by_student[s.username].notes)
            c = clients[s.username]
            c.assignment("fetch_feedback", course_id, lesson.id)
            listing = c.read_file(f"{lesson.id}/feedback")["content"]
            for folder in listing:
                for item in c.read_file(folder["path"])["content"]:
                    if item["name"].endswith(".html"):
                        fetched_html[s.username] = c.read_file(item["path"])["content"]
            s.feedback_fetched = s.username in fetched_html
        log("students fetched their feedback through the hub")

        csv_rows = _export(scratch.course, out)
        for s in cohort:
            row = csv_rows.get(s.username)
            if row is None or abs(float(row["raw_score"] or 0) - (s.score or 0)) > 1e-6:
                s.notes.append("the gradebook export disagrees with the grader")
                s.score = None
        if out is not None:
            fb = out / "feedback"
            fb.mkdir(parents=True, exist_ok=True)
            for s in cohort:
                nb = scratch.course / "feedback" / s.username / lesson.id / f"{lesson.id}.ipynb"
                if nb.is_file():
                    shutil.copyfile(nb, fb / f"{s.username}.ipynb")
                if s.username in fetched_html:
                    (fb / f"{s.username}.html").write_text(fetched_html[s.username])
        log("stopping the hub")
    return report


def _export(course: Path, out: Path | None) -> dict[str, dict]:
    """nbgrader's own CSV export of the gradebook, read back by student."""
    tools_on_path()
    target = (out / "grades.csv") if out is not None else course / "grades.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["nbgrader", "export", "--to", str(target)], cwd=course, capture_output=True, text=True)
    if proc.returncode != 0:
        raise DemoError(f"nbgrader export failed: {(proc.stderr or proc.stdout).strip().splitlines()[-1:]}")
    with open(target, newline="") as f:
        return {row["student_id"]: row for row in csv.DictReader(f)}


def summary(report: DemoReport) -> str:
    lines = [f"{'student':18s} {'kind':8s} {'expected':>9s} {'graded':>7s} {'feedback':>8s}  ok"]
    for s in report.students:
        graded = "-" if s.score is None else f"{s.score:g}"
        lines.append(f"{s.username:18s} {s.kind:8s} {s.expected:>9g} {graded:>7s} "
                     f"{'fetched' if s.feedback_fetched else 'missing':>8s}  {'yes' if s.ok else 'NO'}")
    verdict = "every score as expected" if report.ok else "MISMATCH"
    lines.append(f"{report.lesson_id}: out of {report.max_score:g}; {verdict}")
    return "\n".join(lines)
