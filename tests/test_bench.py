"""``llmath bench``: the synthetic cohort, the agreement check, the ratios, and one real run.

The unit tests need no Docker. The last test runs the whole benchmark (all four
graders) on five submissions, one of each kind, against the real Docker engine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from llmath.bench import report
from llmath.bench.cohort import KINDS, make_cohort, write_cohort
from llmath.bench.systems import SYSTEMS, MemorySampler, SystemRun, run_floor, used_memory
from llmath.grading.settings import Grader
from llmath.lesson import read_master

from test_grading_docker import LESSON, docker_or_skip

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lesson():
    master = read_master(REPO / "source" / LESSON / f"{LESSON}.ipynb", LESSON)
    release = nbformat.read(REPO / "release" / LESSON / f"{LESSON}.ipynb", as_version=4)
    return master, release


@pytest.fixture(scope="module")
def cohort(lesson):
    master, release = lesson
    return make_cohort(master, release, 10)


# --- the cohort -------------------------------------------------------------------

def test_cohort_is_deterministic_and_holds_every_kind(lesson, cohort):
    master, release = lesson
    again = make_cohort(master, release, 10)
    assert [s.name for s in again] == [s.name for s in cohort]
    assert [nbformat.writes(s.notebook) for s in again] == [nbformat.writes(s.notebook) for s in cohort]
    assert {s.kind for s in cohort[:5]} == set(KINDS)
    first = make_cohort(master, release, 5)
    assert [nbformat.writes(s.notebook) for s in first] == [nbformat.writes(s.notebook) for s in cohort[:5]]


def test_cohort_scores_are_designed_per_kind(lesson, cohort):
    master, _ = lesson
    by_kind = {}
    for s in cohort:
        by_kind.setdefault(s.kind, []).append(s)
    full = master.max_score
    assert all(s.expected_score(master) == full for s in by_kind["correct"] + by_kind["slow"])
    for kind in ("partial", "wrong", "crashing"):
        for s in by_kind[kind]:
            assert 0 <= s.expected_score(master) < full, (s.name, kind)
            assert not all(s.full.values())
    assert all(list(s.full.values()).count(False) == 2 for s in by_kind["crashing"])
    slow = by_kind["slow"][0].notebook
    assert any("time.sleep(" in c.source for c in slow.cells)


def test_the_grading_box_scores_the_cohort_as_designed(lesson, cohort, tmp_path):
    """The floor (the box, no isolation) gives every submission exactly its designed points."""
    master, _ = lesson
    students = cohort[:5]
    write_cohort(students, tmp_path, LESSON)
    scores = run_floor(tmp_path, master, Grader(), jobs=2)
    points = {ex.id: ex.points for ex in master.exercises}
    assert report.as_designed({s.name: s.full for s in students}, scores, points) == {"matching": 5, "total": 5}


# --- the agreement check and the figures --------------------------------------------

POINTS = {"q1": 1.0, "q2": 2.0}


def table(**overrides) -> dict:
    """Four graders that agree: s1 full marks, s2 q1 only, s3 q2 partly right (0.5 of 2)."""
    base = {"s1": {"q1": 1.0, "q2": 2.0}, "s2": {"q1": 1.0, "q2": 0.0}, "s3": {"q1": 0.0, "q2": 0.5}}
    scores = {name: json.loads(json.dumps(base)) for name in SYSTEMS}
    scores["nbgrader"]["s3"]["q2"] = 0.0  # all or nothing per test cell
    for key, value in overrides.items():
        system, student, qid = key.split("__")
        if value is None:
            del scores[system][student][qid]
        else:
            scores[system][student][qid] = value
    return scores


def test_compare_accepts_agreeing_graders():
    agreement = report.compare(table(), POINTS, ["s1", "s2", "s3"])
    assert agreement.all_agree and agreement.agreeing == 3 and agreement.disagreements == []


@pytest.mark.parametrize("override", [
    {"nbgrader__s2__q2": 2.0},      # nbgrader gives full marks where the others do not
    {"otter__s1__q2": 1.5},         # otter misses one test of a right answer
    {"floor__s3__q2": 1.0},         # partial-credit graders disagree on the points
    {"llmath__s2__q1": None},       # a grader did not score an exercise
])
def test_compare_detects_a_disagreement(override):
    agreement = report.compare(table(**override), POINTS, ["s1", "s2", "s3"])
    assert not agreement.all_agree
    assert agreement.agreeing == 2 and len(agreement.disagreements) == 1
    student, qid = next(iter(override)).split("__")[1:]
    assert (agreement.disagreements[0]["student"], agreement.disagreements[0]["exercise"]) == (student, qid)


def test_compare_counts_a_student_missing_from_a_grader():
    scores = table()
    del scores["otter"]["s1"]
    agreement = report.compare(scores, POINTS, ["s1", "s2", "s3"])
    assert not agreement.all_agree and agreement.agreeing == 2


def test_ratios_and_figures():
    runs = {"llmath": SystemRun("llmath", 10.0, 2**20), "nbgrader": SystemRun("nbgrader", 55.0),
            "otter": SystemRun("otter", 230.0), "floor": SystemRun("floor", 12.5)}
    assert report.ratios(runs) == {"nbgrader/llmath": 5.5, "otter/llmath": 23.0, "llmath/floor": 0.8}
    assert report.figures(runs["llmath"], 20) == {"wall_seconds": 10.0, "submissions_per_minute": 120.0,
                                                  "seconds_per_submission": 0.5, "peak_memory_mb": 1.0}
    del runs["floor"]
    assert report.ratios(runs)["llmath/floor"] is None


def test_memory_sampler_reports_the_peak_above_the_baseline():
    import time

    readings = iter([100, 150, 400, 120])

    def read() -> int:
        return next(readings, 90)

    with MemorySampler(interval=0.001, read=read) as mem:
        time.sleep(0.05)
    assert mem.baseline == 100 and mem.peak == 300
    assert 0 < used_memory() < 2**50


# --- the real thing -----------------------------------------------------------------

@pytest.mark.docker
@pytest.mark.slow
def test_bench_runs_all_four_graders_and_they_agree(tmp_path):
    docker_or_skip()
    root = tmp_path / "course"
    root.mkdir()
    for name in ("catalog.toml", "pyproject.toml", "nbgrader_config.py"):
        shutil.copy(REPO / name, root / name)
    shutil.copytree(REPO / "docker", root / "docker")
    for folder in ("source", "release"):
        shutil.copytree(REPO / folder / LESSON, root / folder / LESSON)
    (root / "graders").mkdir()
    shutil.copy(REPO / "graders" / f"{LESSON}.zip", root / "graders")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    proc = subprocess.run([sys.executable, "-m", "llmath.cli", "bench", "--submissions", "5", "--lesson", LESSON,
                           "--json"], cwd=root, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout)
    assert data["submissions"] == 5 and data["lesson"] == LESSON
    assert set(data["systems"]) == set(SYSTEMS)
    for name, f in data["systems"].items():
        assert f["wall_seconds"] > 0 and f["submissions_per_minute"] > 0, name
        assert f["seconds_per_submission"] == pytest.approx(f["wall_seconds"] / 5, rel=1e-3)
        assert f["peak_memory_mb"] >= 0
    assert set(data["ratios"]) == {"nbgrader/llmath", "otter/llmath", "llmath/floor"}
    assert all(isinstance(v, float) and v > 0 for v in data["ratios"].values())
    assert data["agreement"]["all_agree"], data["agreement"]["disagreements"]
    assert data["cohort"]["kinds"] == {kind: 1 for kind in KINDS}
    assert data["cohort"]["llmath_scores_as_designed"] == {"matching": 5, "total": 5}
    for row in data["per_submission"]:
        for system, score in row["scores"].items():
            assert score == pytest.approx(row["expected_score"]), (row["student"], row["kind"], system)
    assert not list(scratch.iterdir())  # the graders' courses are removed
