"""A plain-text form of a master notebook, for authoring and review in a diff.

The ``.ipynb`` in ``source/`` stays the one truth; ``llmath author`` writes it
from a script and ``llmath export`` writes the script back, losslessly for the
parts the format uses. Cells are separated by marker lines:

``# %% [markdown]``   Markdown; each line is written with a leading ``# ``
``# %% setup``        the locked setup cell
``# %% answer qN``    the solution cell of exercise qN
``# %% tests qN points=P``  the test cell of exercise qN
``# %%``              a locked code cell (worked examples, demonstrations)
"""

from __future__ import annotations

import re

import nbformat

from ..errors import FormatError

MARKER = re.compile(r"^# %%(?: (?P<spec>.*))?$")
SCHEMA = 3


def _nbgrader(grade_id: str, *, grade: bool = False, solution: bool = False, locked: bool = False,
              points: float | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": SCHEMA,
            "solution": solution, "task": False}
    if points is not None:
        meta["points"] = int(points) if float(points).is_integer() else points
    return meta


def script_to_notebook(text: str, lesson_id: str, title: str = "") -> nbformat.NotebookNode:
    blocks: list[tuple[str, list[str]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        m = MARKER.match(line)
        if m:
            blocks.append(((m.group("spec") or "").strip(), []))
        elif blocks:
            blocks[-1][1].append(line)
        elif line.strip():
            raise FormatError(lesson_id, f"script line {number}: text before the first '# %%' marker")
    cells = []
    md = code = 0
    for spec, lines in blocks:
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        words = spec.split()
        kind = words[0] if words else ""
        if kind == "[markdown]":
            md += 1
            body = "\n".join(l[2:] if l.startswith("# ") else l.lstrip("#") for l in lines)
            cell = nbformat.v4.new_markdown_cell(body)
            cell.id = f"md-{md:02d}"
        elif kind == "setup":
            cell = nbformat.v4.new_code_cell("\n".join(lines))
            cell.id = "setup"
            cell.metadata["nbgrader"] = _nbgrader("setup", locked=True)
        elif kind == "answer" and len(words) == 2:
            cell = nbformat.v4.new_code_cell("\n".join(lines))
            cell.id = f"{words[1]}-answer"
            cell.metadata["nbgrader"] = _nbgrader(f"{words[1]}_answer", solution=True)
        elif kind == "tests" and len(words) == 3 and words[2].startswith("points="):
            try:
                points = float(words[2][len("points="):])
            except ValueError:
                raise FormatError(lesson_id, f"bad points in marker '# %% {spec}'") from None
            cell = nbformat.v4.new_code_cell("\n".join(lines))
            cell.id = f"{words[1]}-tests"
            cell.metadata["nbgrader"] = _nbgrader(words[1], grade=True, locked=True, points=points)
        elif kind == "":
            code += 1
            cell = nbformat.v4.new_code_cell("\n".join(lines))
            cell.id = f"code-{code:02d}"
            cell.metadata["nbgrader"] = _nbgrader(f"code-{code:02d}", locked=True)
        else:
            raise FormatError(lesson_id, f"unknown cell marker '# %% {spec}'")
        cells.append(cell)
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.nbformat, nb.nbformat_minor = 4, 5
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "llmath": {"lesson": lesson_id, "title": title},
    }
    return nb


def notebook_to_script(nb: nbformat.NotebookNode) -> str:
    out: list[str] = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        gid = meta.get("grade_id", "")
        if cell.cell_type == "markdown":
            out.append("# %% [markdown]")
            out += [("# " + l) if l else "#" for l in cell.source.splitlines()]
        elif gid == "setup":
            out += ["# %% setup", cell.source]
        elif meta.get("solution"):
            out += [f"# %% answer {gid[: -len('_answer')]}", cell.source]
        elif meta.get("grade"):
            points = meta.get("points", 0)
            points = int(points) if float(points).is_integer() else points
            out += [f"# %% tests {gid} points={points}", cell.source]
        else:
            out += ["# %%", cell.source]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
