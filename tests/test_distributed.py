"""``llmath grade --scheduler``: grading on a real Dask cluster, one Docker engine per worker.

A ``LocalCluster`` on loopback (a scheduler and two worker processes, one thread
each) grades a batch of a module-01 lesson: honest, partial, wrong and untouched
submissions. The scores must equal the local grader's, with one gradebook row
per student and grade cell. Then a worker is killed with SIGKILL while it is
grading: Dask reruns its task elsewhere, and still every submission is recorded
exactly once. An unreachable scheduler, and a worker without the grading image,
are one-line errors.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import socket
import threading
import time
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from llmath.catalog import Catalog
from llmath.config import load_config
from llmath.grading.batch import grade_lesson
from llmath.grading.image import ensure_image
from llmath.grading.runner import DockerRunner
from llmath.grading.settings import Grader

from test_grading_docker import LESSON, docker_or_skip, llmath, make_course, set_answer, write_notebook

pytestmark = [pytest.mark.docker, pytest.mark.slow]

# Each kind of work, by which answers hold the master's solution (None: all of them).
SOLVED = {
    "honest": None,
    "honest_twin": None,           # the same notebook as honest: the same job, graded separately
    "first_three": ["q1", "q2", "q3"],
    "even": ["q2", "q4", "q6", "q8", "q10"],
    "last_one": ["q10"],
    "slow_half": ["q1", "q2", "q3", "q4", "q5"],
    "wrong": [],
    "untouched": [],
}
SLOW = "import time\ntime.sleep(2)\n"


def make_batch(root: Path) -> dict[str, float]:
    """Write the submissions; return the honest score of each."""
    master_nb = nbformat.read(root / "source" / LESSON / f"{LESSON}.ipynb", as_version=4)
    release = nbformat.read(root / "release" / LESSON / f"{LESSON}.ipynb", as_version=4)
    from llmath.lesson import read_master

    points = {ex.id: ex.points for ex in read_master(root / "source" / LESSON / f"{LESSON}.ipynb", LESSON).exercises}
    honest = {}
    for student, solved in SOLVED.items():
        nb = copy.deepcopy(release)
        for ex in (points if solved is None else solved):
            set_answer(nb, master_nb, f"{ex}_answer", None)
        if student == "wrong":
            for ex in points:
                set_answer(nb, master_nb, f"{ex}_answer", "raise ValueError('not today')\n")
        if student.startswith("slow"):
            for cell in nb.cells:
                if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "q1_answer":
                    cell.source = SLOW + cell.source
        write_notebook(root / "submitted" / student / LESSON, nb)
        honest[student] = sum(points.values()) if solved is None else sum(points[ex] for ex in solved)
    return honest


def gradebook_rows(root: Path) -> dict[str, Counter]:
    """Per student: how many grade rows each grade cell has (must be exactly 1 each)."""
    from nbgrader.api import Gradebook

    cfg = load_config(root)
    with Gradebook(cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id) as gb:
        assignment = gb.find_assignment(LESSON)
        rows = {}
        for sub in assignment.submissions:
            assert sub.student.id not in rows, f"two submissions of {sub.student.id}"
            rows[sub.student.id] = Counter(g.name for nb in sub.notebooks for g in nb.grades)
        cells = {c.name for nb in assignment.notebooks for c in nb.grade_cells}
    return {"cells": cells, **rows}


def check_recorded_once(root: Path, students: list[str], scores: dict[str, float]) -> None:
    rows = gradebook_rows(root)
    cells = rows.pop("cells")
    assert sorted(rows) == sorted(students)
    for student, counter in rows.items():
        assert set(counter) == cells and set(counter.values()) == {1}, (student, counter)
    for student in students:
        record = json.loads((root / "autograded" / student / LESSON / ".llmath-grade.json").read_text())
        assert record["outcome"]["score"] == pytest.approx(scores[student]), student


@pytest.fixture(scope="module")
def image(tmp_path_factory) -> str:
    docker_or_skip()
    root = make_course(tmp_path_factory.mktemp("image") / "course", [LESSON])
    return ensure_image(Grader(config=load_config(root)), root)


@pytest.fixture(scope="module")
def cluster(image, tmp_path_factory):
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=":0", silence_logs=40,
                           local_directory=str(tmp_path_factory.mktemp("dask")))
    client = Client(cluster, set_as_default=False)
    try:
        client.wait_for_workers(2, timeout=60)
        yield cluster, client
    finally:
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def local_scores(tmp_path_factory, image) -> dict[str, dict]:
    """The reference: the same batch graded by the local Docker grader."""
    root = make_course(tmp_path_factory.mktemp("local") / "course", [LESSON])
    make_batch(root)
    settings = Grader(config=load_config(root))
    outcomes = grade_lesson(Catalog.load(root), LESSON, DockerRunner(settings, image), settings,
                            runner_id=image, jobs=2)
    return {o.student: o.to_json() for o in outcomes}


def test_cluster_grades_like_the_local_grader(tmp_path, cluster, local_scores):
    _, client = cluster
    root = make_course(tmp_path / "course", [LESSON])
    honest = make_batch(root)
    proc = llmath(root, "grade", LESSON, "--scheduler", cluster[0].scheduler_address, "--json")
    graded = {o["student"]: o for o in json.loads(proc.stdout)}
    assert sorted(graded) == sorted(SOLVED)
    for student, outcome in graded.items():
        assert outcome["score"] == pytest.approx(local_scores[student]["score"]), student
        assert outcome["score"] == pytest.approx(honest[student]), (student, outcome["error"])
        assert [e["score"] for e in outcome["exercises"]] == \
            [e["score"] for e in local_scores[student]["exercises"]], student
    check_recorded_once(root, list(SOLVED), honest)
    # The workers ran the jobs: the scheduler saw one task per submission.
    keys = client.run_on_scheduler(_grading_keys)
    assert len(keys) >= len(SOLVED)


def _grading_keys(dask_scheduler) -> dict[str, int]:
    """How often each grading task entered 'processing' (more than once: it was rerun)."""
    counts = Counter(str(t.key) for t in dask_scheduler.transition_log
                     if t.finish == "processing" and str(t.key).startswith("llmath-grade-"))
    return dict(counts)


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(tmp_path, cluster):
    from llmath.grading.distributed import DaskRunner, connect

    local, client = cluster
    root = make_course(tmp_path / "course", [LESSON])
    honest = make_batch(root)
    settings = Grader(config=load_config(root))
    settings.scheduler = local.scheduler_address
    image = ensure_image(settings, root)
    finished: Counter = Counter()
    first = threading.Event()
    out: dict = {}

    def on_result(outcome, skipped):
        finished[outcome.student] += 1
        first.set()

    def batch():
        runner_client = connect(settings.scheduler)
        try:
            runner = DaskRunner(settings, image, runner_client)
            out["outcomes"] = grade_lesson(Catalog.load(root), LESSON, runner, settings, runner_id=image,
                                           on_result=on_result, jobs=runner.width)
            out["batch"] = runner.batch
        except BaseException as exc:  # reported by the test below
            out["error"] = exc
        finally:
            runner_client.close()

    thread = threading.Thread(target=batch)
    thread.start()
    assert first.wait(180), "no submission was graded"
    killed = None
    deadline = time.monotonic() + 60
    while killed is None and time.monotonic() < deadline:  # a worker that is grading right now
        for worker in client.nthreads():
            answer = client.run(_die_if_grading, workers=[worker], on_error="return").get(worker)
            if answer is not False:  # no answer: it died in the middle of a job
                killed = worker
                break
        else:
            time.sleep(0.05)
    assert killed, "no worker was grading when the test tried to kill one"
    thread.join(300)
    assert not thread.is_alive(), "the batch did not finish"
    assert "error" not in out, out.get("error")

    outcomes = {o.student: o for o in out["outcomes"]}
    assert sorted(outcomes) == sorted(SOLVED)
    assert finished == Counter({s: 1 for s in SOLVED}), finished  # each finished (recorded) exactly once
    for student, outcome in outcomes.items():
        assert outcome.score == pytest.approx(honest[student]), (student, outcome.error)
    check_recorded_once(root, list(SOLVED), honest)
    # The kill landed mid-job: the dead worker's job was run again (nothing else reruns a task).
    runs = client.run_on_scheduler(_grading_keys)
    ours = {k: n for k, n in runs.items() if k.endswith(out["batch"])}
    assert len(ours) == len(SOLVED)
    assert max(ours.values()) >= 2, ours
    assert killed not in client.nthreads(), "the worker was not killed"


def _die_if_grading(dask_worker) -> bool:
    """On a worker: SIGKILL this worker process if it is running a grading job right now.

    The check and the kill happen in the worker's event loop, which is also
    where a finished job is reported, so the job cannot have been reported.
    """
    if any(str(ts.key).startswith("llmath-grade-") for ts in dask_worker.state.executing):
        os.kill(os.getpid(), signal.SIGKILL)
    return False


def test_a_worker_without_the_image_is_one_clear_error(cluster):
    from llmath.grading.distributed import ClusterError, DaskRunner, connect

    local, _ = cluster
    settings = Grader(scheduler=local.scheduler_address)
    client = connect(settings.scheduler)
    try:
        with pytest.raises(ClusterError, match=r"worker tcp://127\.0\.0\.1:\d+: the grading image "
                                               r"llmath-grader:000000000000 is not in its Docker engine"):
            DaskRunner(settings, "llmath-grader:000000000000", client)
    finally:
        client.close()


def test_unreachable_scheduler_is_one_error_line(tmp_path):
    root = make_course(tmp_path / "course", [LESSON])
    make_batch(root)
    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    proc = llmath(root, "grade", LESSON, "--scheduler", address, check=False)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("Error: "), proc.stderr
    assert f"cannot reach the Dask scheduler at {address}" in lines[0]
    assert "dask scheduler" in lines[0] and "--scheduler" in lines[0]
    assert not (root / "autograded" / "honest").exists()


def test_a_scheduler_without_workers_is_one_clear_error(tmp_path):
    from distributed import LocalCluster

    from llmath.grading.distributed import ClusterError, connect

    empty = LocalCluster(n_workers=0, processes=False, protocol="tcp://", host="127.0.0.1",
                         dashboard_address=":0", silence_logs=40, local_directory=str(tmp_path))
    try:
        with pytest.raises(ClusterError, match="has no workers; start `dask worker tcp://127.0.0.1:"):
            connect(empty.scheduler_address)
    finally:
        empty.close()
