"""``llmath grade`` against the real Docker engine: one batch of honest and hostile submissions.

The lesson is a module-01 lesson. The batch holds the master's solution as a
student notebook, the untouched release, every file of ``tests/hostile/``, notebooks
with deleted, duplicated, retyped and relabelled cells, and corrupt files. Each
must score no more than the honest value of its answers; all are graded; the
gradebook (read back with ``nbgrader export``) agrees with ``llmath grade``; and
no hidden test code reaches ``autograded/`` or ``feedback/``.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from llmath.lesson import read_master
from llmath.lesson.master import BEGIN_HIDDEN, END_HIDDEN, nbgrader_meta

REPO = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).parent / "hostile"
LESSON = "01-04-summation-product-notation"

pytestmark = [pytest.mark.docker, pytest.mark.slow]

LIMITS = """
c.Grader.cell_timeout = 4.0
c.Grader.test_timeout = 4.0
c.Grader.timeout = 90.0
c.Grader.memory = "512m"
c.Grader.pids_limit = 64
"""


def docker_or_skip() -> None:
    ok = shutil.which("docker") and subprocess.run(["docker", "info"], capture_output=True).returncode == 0
    if not ok:
        if os.environ.get("CI"):
            pytest.fail("Docker is not available; scripts/setup.sh should have started it")
        pytest.skip("no Docker engine")


def llmath(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "llmath.cli", *args], cwd=root, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"llmath {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def make_course(root: Path, lessons: list[str]) -> Path:
    root.mkdir(parents=True)
    for name in ("catalog.toml", "pyproject.toml"):
        shutil.copy(REPO / name, root / name)
    (root / "nbgrader_config.py").write_text((REPO / "nbgrader_config.py").read_text() + LIMITS)
    shutil.copytree(REPO / "docker", root / "docker")
    for lesson in lessons:
        shutil.copytree(REPO / "source" / lesson, root / "source" / lesson)
        shutil.copytree(REPO / "release" / lesson, root / "release" / lesson)
    return root


def parse_hostile(text: str) -> tuple[float, list[tuple[str, str | None]]]:
    """(honest points, [(target, source or None for the master's solution)])."""
    honest = float(re.search(r"^# honest: ([\d.]+)", text, re.M).group(1))
    sections, target, lines = [], None, []
    for line in text.splitlines():
        m = re.match(r"^# %% (\S+)( = solution)?\s*$", line)
        if m:
            if target:
                sections.append((target, "\n".join(lines)))
            target, lines = m.group(1), []
            if m.group(2):
                sections.append((target, None))
                target = None
        elif target:
            lines.append(line)
    if target:
        sections.append((target, "\n".join(lines)))
    return honest, sections


def set_answer(nb, master_nb, target: str, source: str | None) -> None:
    if target == "extra":
        nb.cells.append(nbformat.v4.new_code_cell(source))
        return
    for cell, mcell in zip(nb.cells, master_nb.cells):
        if nbgrader_meta(cell).get("grade_id") == target:
            cell.source = mcell.source if source is None else source
            return
    raise KeyError(target)


def answer_cells(nb) -> list:
    return [c for c in nb.cells if nbgrader_meta(c).get("grade_id", "").endswith("_answer")]


def structural_cases(release, solution, points: dict[str, float]) -> dict[str, tuple[object, float]]:
    """Notebooks with their cells edited: name -> (notebook or raw bytes, honest score)."""
    full = sum(points.values())
    cases: dict[str, tuple[object, float]] = {}

    nb = copy.deepcopy(solution)  # every locked and test cell deleted; answers intact
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id", "").endswith("_answer")]
    cases["deleted_locked_cells"] = (nb, full)

    nb = copy.deepcopy(solution)  # answers of q1 and q9 deleted
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") not in ("q1_answer", "q9_answer")]
    cases["deleted_answers"] = (nb, full - points["q1"] - points["q9"])

    nb = copy.deepcopy(release)  # a stub answer duplicated after a correct one
    sol = {nbgrader_meta(c)["grade_id"]: c for c in answer_cells(solution)}
    for cell in answer_cells(nb):
        cell.source = sol[nbgrader_meta(cell)["grade_id"]].source
    idx = next(i for i, c in enumerate(nb.cells) if nbgrader_meta(c).get("grade_id") == "q5_answer")
    dup = copy.deepcopy(nb.cells[idx])
    dup.source = "def causal_means(x):\n    return None\n"
    nb.cells.insert(idx + 1, dup)
    cases["duplicated_answer"] = (nb, full - points["q5"])

    nb = copy.deepcopy(solution)  # the q7 answer retyped as Markdown
    for i, cell in enumerate(nb.cells):
        if nbgrader_meta(cell).get("grade_id") == "q7_answer":
            md = nbformat.v4.new_markdown_cell(cell.source)
            md.metadata = cell.metadata
            nb.cells[i] = md
    cases["retyped_answer"] = (nb, full - points["q7"])

    nb = copy.deepcopy(release)  # stub answers, metadata edited to claim points and replace tests
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("grade"):
            cell.source = "pass\n"
            meta["points"] = 100
        if meta.get("grade_id", "").endswith("_answer"):
            meta.update({"grade": True, "points": 100, "locked": True})
    nb.metadata["nbgrader"] = {"score": 999}
    cases["edited_metadata"] = (nb, 0.0)

    nb = copy.deepcopy(release)  # test cells rewritten to pass, solution region still a stub
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade"):
            cell.source = "def test_anything():\n    pass\n"
    cases["rewritten_tests"] = (nb, 0.0)

    cases["corrupt_json"] = (b'{"cells": [', 0.0)
    cases["corrupt_binary"] = (bytes(range(256)) * 8, 0.0)
    cases["not_a_notebook"] = (b'{"hello": "world"}', 0.0)
    cases["cells_not_a_list"] = (b'{"cells": "oops", "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', 0.0)
    return cases


def write_notebook(folder: Path, content) -> None:
    folder.mkdir(parents=True)
    path = folder / f"{LESSON}.ipynb"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        nbformat.write(content, str(path))
    (folder / "timestamp.txt").write_text("2026-11-20 09:30:00.000000 UTC")


def hidden_code_lines(master) -> list[str]:
    """Lines of hidden test code (not the messages, which students may see)."""
    messages = " ".join(t.message for ex in master.exercises for t in ex.tests)
    public = "\n".join(ex.test_program(hidden=False) for ex in master.exercises)
    lines = set()
    for ex in master.exercises:
        text = master.cells[ex.test_index].source
        inside = text.split(BEGIN_HIDDEN, 1)[1].split(END_HIDDEN, 1)[0]
        for line in inside.splitlines():
            s = line.strip()
            if len(s) >= 12 and not s.startswith(('"""', "'''", "#")) and s not in messages and s not in public:
                lines.add(s)
    return sorted(lines)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    docker_or_skip()
    root = make_course(tmp_path_factory.mktemp("grading") / "course", [LESSON])
    master = read_master(root / "source" / LESSON / f"{LESSON}.ipynb", LESSON)
    points = {ex.id: ex.points for ex in master.exercises}
    release = nbformat.read(root / "release" / LESSON / f"{LESSON}.ipynb", as_version=4)
    solution = nbformat.read(root / "source" / LESSON / f"{LESSON}.ipynb", as_version=4)
    expected: dict[str, float] = {}
    sub = root / "submitted"
    write_notebook(sub / "honest" / LESSON, solution)
    expected["honest"] = master.max_score
    write_notebook(sub / "untouched" / LESSON, release)
    expected["untouched"] = 0.0
    for path in sorted(HOSTILE.glob("*.py")):
        honest, sections = parse_hostile(path.read_text())
        nb = copy.deepcopy(release)
        for target, source in sections:
            set_answer(nb, solution, target, source)
        write_notebook(sub / path.stem / LESSON, nb)
        expected[path.stem] = honest
    for name, (content, honest) in structural_cases(release, solution, points).items():
        write_notebook(sub / name / LESSON, content)
        expected[name] = honest
    proc = llmath(root, "grade", LESSON, "--json")
    graded = {o["student"]: o for o in json.loads(proc.stdout)}
    return root, master, expected, graded


def test_every_submission_is_graded(batch):
    root, master, expected, graded = batch
    assert sorted(graded) == sorted(expected)
    for student in expected:
        assert (root / "autograded" / student / LESSON / f"{LESSON}.ipynb").is_file(), student


def test_honest_full_marks_and_untouched_zero(batch):
    _, master, _, graded = batch
    assert graded["honest"]["score"] == pytest.approx(master.max_score)
    assert graded["honest"]["error"] == ""
    assert graded["untouched"]["score"] == 0


@pytest.mark.parametrize("name", sorted(p.stem for p in HOSTILE.glob("*.py")))
def test_hostile_gets_no_more_than_honest(batch, name):
    _, _, expected, graded = batch
    assert graded[name]["score"] <= expected[name] + 1e-9, (name, graded[name]["score"], graded[name]["error"])


def test_partial_work_survives_hostile_cells(batch):
    """A timeout or huge output in one cell does not cost the points of later correct answers."""
    _, _, expected, graded = batch
    for name in ("infinite_loop", "huge_output"):
        assert graded[name]["score"] == pytest.approx(expected[name]), name


def test_structural_edits_score_their_honest_value(batch):
    _, _, expected, graded = batch
    for name in ("deleted_locked_cells", "deleted_answers", "duplicated_answer", "retyped_answer"):
        assert graded[name]["score"] == pytest.approx(expected[name]), (name, graded[name])
    for name in ("edited_metadata", "rewritten_tests"):
        assert graded[name]["score"] == 0, name


def test_corrupt_notebooks_get_zero_with_a_reason(batch):
    _, _, _, graded = batch
    for name in ("corrupt_json", "corrupt_binary", "not_a_notebook", "cells_not_a_list"):
        assert graded[name]["score"] == 0
        assert graded[name]["error"], name
        assert "\n" not in graded[name]["error"]


def cell_output(root: Path, student: str, cell: str) -> str:
    record = json.loads((root / "autograded" / student / LESSON / ".llmath-grade.json").read_text())
    run = next(c for c in record["outcome"]["cells"] if c["id"] == cell)
    return run["output"] + run["error"]


def test_limits_are_reported(batch):
    root, _, _, graded = batch
    assert "did not finish within" in cell_output(root, "infinite_loop", "q1_answer")
    huge = (root / "autograded" / "huge_output" / LESSON / f"{LESSON}.ipynb").stat().st_size
    assert huge < 2_000_000
    net = cell_output(root, "network", "q1_answer")
    assert "CONNECTED" not in net and net.count("blocked") == 4
    peek = cell_output(root, "read_tests", "q1_answer")
    for path in ("/proc/1/environ", "/proc/1/mem", "/proc/1/fd/0", "/proc/1/fd/3"):
        assert f"DENIED {path} " in peek, path
    assert "STDIN b''" in peek  # the job (with the tests) came on the box's stdin, not the student's
    assert "WROTE" not in cell_output(root, "tamper_files", "q1_answer")
    assert "out of memory" in cell_output(root, "memory_bomb", "q1_answer")


def test_nbgrader_export_matches(batch):
    root, _, _, graded = batch
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    subprocess.run(["nbgrader", "export", "--to", "grades.csv"], cwd=root, env=env, check=True, capture_output=True)
    with open(root / "grades.csv") as f:
        rows = {r["student_id"]: r for r in csv.DictReader(f) if r["assignment"] == LESSON}
    assert sorted(rows) == sorted(graded)
    for student, outcome in graded.items():
        assert float(rows[student]["score"]) == pytest.approx(outcome["score"]), student


def scan_for_hidden_code(root: Path, secrets: list[str]) -> None:
    files = [p for d in ("autograded", "feedback") for p in (root / d).rglob("*") if p.is_file()]
    assert any(p.suffix == ".html" for p in files)
    for path in files:
        text = path.read_text(errors="replace")
        for line in secrets:
            assert line not in text, f"{path.relative_to(root)} contains hidden test code: {line}"


def test_no_hidden_test_code_in_autograded_or_feedback(batch):
    root, master, _, graded = batch
    secrets = hidden_code_lines(master)
    assert secrets, "the lesson has hidden test code to look for"
    # nbgrader's own feedback, from the autograded notebooks llmath wrote
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    subprocess.run(["nbgrader", "generate_feedback", LESSON, "--force"], cwd=root, env=env, check=True,
                   capture_output=True)
    assert (root / "feedback" / "honest" / LESSON / f"{LESSON}.html").is_file()
    scan_for_hidden_code(root, secrets)
    # llmath's feedback notebooks, with HTML beside them
    llmath(root, "feedback", LESSON)
    for student in graded:
        assert (root / "feedback" / student / LESSON / f"{LESSON}.ipynb").is_file(), student
    honest = (root / "feedback" / "honest" / LESSON / f"{LESSON}.ipynb").read_text()
    assert f"Score: {master.max_score:g} / {master.max_score:g}" in honest
    scan_for_hidden_code(root, secrets)


def test_regrade_skips_unchanged_and_force_regrades(batch):
    root, _, _, graded = batch
    before = (root / "autograded" / "honest" / LESSON / ".llmath-grade.json").stat().st_mtime_ns
    llmath(root, "grade", LESSON, "--student", "honest")
    assert (root / "autograded" / "honest" / LESSON / ".llmath-grade.json").stat().st_mtime_ns == before
    proc = llmath(root, "grade", LESSON, "--student", "honest", "--force", "--json")
    assert json.loads(proc.stdout)[0]["score"] == graded["honest"]["score"]
    assert (root / "autograded" / "honest" / LESSON / ".llmath-grade.json").stat().st_mtime_ns != before


def pool_containers(label: str, all_states: bool = True) -> list[str]:
    args = ["docker", "ps", "-q", "--filter", f"label=llmath.pool={label}"]
    return subprocess.run(args + (["-a"] if all_states else []), capture_output=True, text=True).stdout.split()


def test_warm_pool_gives_every_job_its_own_container_and_leaves_none_behind(tmp_path):
    """Pre-started containers each serve one job (fresh hostname, fresh /tmp); close() removes the rest."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from llmath.grading.image import ensure_image
    from llmath.grading.runner import DockerRunner
    from llmath.grading.settings import Grader

    docker_or_skip()
    root = make_course(tmp_path / "course", [])
    settings = Grader()
    settings.jobs, settings.warm_pool, settings.timeout = 2, 3, 60.0
    runner = DockerRunner(settings, ensure_image(settings, root), preload=("numpy",))
    limits = {"cell_timeout": 60.0, "test_timeout": 5.0, "output_limit": 10_000}
    probe = ("import os\nprint('HOST', open('/etc/hostname').read().strip())\n"
             "print('MARK', os.path.exists('/tmp/mark'))\nopen('/tmp/mark', 'w').write('x')\n")
    job = {"steps": [{"cell": "probe", "source": probe}], "limits": limits}
    try:
        runner.warm(6)
        deadline = time.monotonic() + 30
        while not pool_containers(runner.pool_id, all_states=False) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert 1 <= len(pool_containers(runner.pool_id)) <= 3  # started ahead, no more than the pool
        with ThreadPoolExecutor(2) as pool:
            runs = list(pool.map(lambda _: runner.run(job), range(6)))
        outputs = [json.loads(r.stdout)["cells"][0]["output"] for r in runs]
        hosts = [re.search(r"HOST (\S+)", out).group(1) for out in outputs]
        assert len(set(hosts)) == 6, outputs
        assert all("MARK False" in out for out in outputs), outputs

        settings.timeout = 3.0  # the wall-clock limit counts from when the job is sent
        sleeper = {"steps": [{"cell": "slow", "source": "import time\ntime.sleep(60)\n"}], "limits": limits}
        started = time.monotonic()
        run = runner.run(sleeper)
        assert "stopped after the 3 s limit" in run.error
        assert time.monotonic() - started < 30
    finally:
        runner.close()
    assert pool_containers(runner.pool_id) == []
