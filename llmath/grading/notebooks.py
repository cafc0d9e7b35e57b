"""The autograded and feedback notebooks.

Both start from the **release** notebook, so no hidden test and no solution can
reach them: locked cells and test cells are the public versions, answer cells
hold what the student's answer was, and every cell carries the output it
produced in the grading container. A test cell's output lists each of its tests
(public and hidden alike) by name and message, with pass or fail.
"""

from __future__ import annotations

import copy

import nbformat

from ..lesson.master import nbgrader_meta
from .results import CellRun, ExerciseScore, Outcome

PASS, FAIL = "✔", "✘"


def _stream(name: str, text: str) -> dict:
    return nbformat.v4.new_output("stream", name=name, text=text)


def _cell_outputs(run: CellRun | None) -> list:
    if run is None:
        return []
    outputs = []
    if run.output:
        text = run.output
        if run.dropped:
            text += f"\n[{run.dropped} more bytes of output were dropped]\n"
        outputs.append(_stream("stdout", text))
    if run.status != "ok" and run.error:
        outputs.append(_stream("stderr", run.error.rstrip() + "\n"))
    return outputs


def exercise_report(ex: ExerciseScore) -> str:
    passed = sum(t.passed for t in ex.tests)
    lines = [f"{ex.id}: {passed} of {len(ex.tests)} tests passed, {_pts(ex.score)} / {_pts(ex.points)} points"]
    share = ex.points / len(ex.tests) if ex.tests else 0.0
    for t in ex.tests:
        tag = " [hidden]" if t.hidden else ""
        got = share if t.passed else 0.0
        line = f"  {PASS if t.passed else FAIL} {t.name}{tag} ({_pts(got)}/{_pts(share)}): {t.message}"
        if not t.passed and t.detail:
            line += f" ({t.detail})"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _pts(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def autograded_notebook(release: nbformat.NotebookNode, outcome: Outcome,
                        answers: dict[str, str], extras: dict[str, list[str]]) -> nbformat.NotebookNode:
    nb = copy.deepcopy(release)
    runs = {run.id: run for run in outcome.cells}
    scores = {ex.id: ex for ex in outcome.exercises}
    cells = []
    for cell in nb.cells:
        gid = nbgrader_meta(cell).get("grade_id", "")
        if cell.cell_type == "code":
            cell.execution_count = None
            if gid.endswith("_answer"):
                cell.source = answers.get(gid, "# This answer cell was missing from the submission.")
            if nbgrader_meta(cell).get("grade") and gid in scores:
                cell.outputs = [_stream("stdout", exercise_report(scores[gid]))]
            else:
                cell.outputs = _cell_outputs(runs.get(gid))
        cells.append(cell)
        for n, source in enumerate(extras.get(gid, []), start=1):
            extra = nbformat.v4.new_code_cell(source)
            extra.pop("id", None)
            extra.outputs = _cell_outputs(runs.get(f"{gid}+{n}"))
            cells.append(extra)
    nb.cells = cells
    _ensure_ids(nb)
    return nb


def _ensure_ids(nb) -> None:
    used = {c.get("id") for c in nb.cells if c.get("id")}
    n = 0
    for cell in nb.cells:
        if not cell.get("id"):
            n += 1
            while f"extra-{n}" in used:
                n += 1
            cell["id"] = f"extra-{n}"
            used.add(cell["id"])


def summary_markdown(outcome: Outcome, title: str) -> str:
    lines = [f"# Feedback: {title}", "",
             f"**Score: {_pts(outcome.score)} / {_pts(outcome.max_score)}**", ""]
    if outcome.error:
        lines += [f"> **Grading problem:** {outcome.error}", ""]
    for note in outcome.notes:
        lines.append(f"- {note}")
    if outcome.notes:
        lines.append("")
    lines += ["| exercise | points | tests passed |", "|---|---|---|"]
    for ex in outcome.exercises:
        lines.append(f"| {ex.id} | {_pts(ex.score)} / {_pts(ex.points)} | "
                     f"{sum(t.passed for t in ex.tests)} of {len(ex.tests)} |")
    lines += ["", "Each test cell below lists its tests: ✔ passed, ✘ failed. Hidden tests are shown "
              "by name and message only."]
    return "\n".join(lines)


def feedback_notebook(autograded: nbformat.NotebookNode, outcome: Outcome, title: str) -> nbformat.NotebookNode:
    nb = copy.deepcopy(autograded)
    head = nbformat.v4.new_markdown_cell(summary_markdown(outcome, title))
    head["id"] = "feedback-summary"
    nb.cells.insert(0, head)
    return nb


def to_html(nb: nbformat.NotebookNode) -> str:
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nb)
    return body
