"""Find solution text or hidden-test code in a lesson's release folder."""

from __future__ import annotations

import json
from pathlib import Path

from ..lesson import Master
from ..lesson.master import BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION

MIN_LENGTH = 6  # shorter lines ("pass", "else:", ")") say nothing about a solution
EMBEDDED_LENGTH = 25  # lines this long are also searched for inside other text (outputs, strings)


def _region_lines(source: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """Split ``source`` into (lines inside begin/end markers, lines outside)."""
    inside, outside, depth = [], [], False
    for line in source.splitlines():
        s = line.strip()
        if s == begin:
            depth = True
        elif s == end:
            depth = False
        elif s:
            (inside if depth else outside).append(s)
    return inside, outside


def secret_lines(master: Master) -> set[str]:
    """Lines of solutions and hidden tests that nothing public in the master shows.

    A line quoted in a prompt (``start from `eps = 1` ``) is public by the author's
    choice, so anything found in the public text of the master is not a secret.
    """
    secret: set[str] = set()
    public: list[str] = []
    for cell in master.cells:
        if cell.cell_type == "markdown":
            public.append(cell.source)
            continue
        sol_in, sol_out = _region_lines(cell.source, BEGIN_SOLUTION, END_SOLUTION)
        hid_in, hid_out = _region_lines("\n".join(sol_out), BEGIN_HIDDEN, END_HIDDEN)
        secret.update(sol_in + hid_in)
        public.append("\n".join(hid_out))
    for ex in master.exercises:
        for test in ex.hidden_tests:
            secret.add(test.message)
    public_text = "\n".join(public)
    return {s for s in secret if len(s) >= MIN_LENGTH and s not in public_text}


def _texts(folder: Path):
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if path.suffix == ".ipynb":
            try:
                nb = json.loads(text)
                parts = []
                for cell in nb.get("cells", []):
                    src = cell.get("source", "")
                    parts.append("".join(src) if isinstance(src, list) else src)
                    for out in cell.get("outputs", []):
                        parts += _strings(out)
                text = "\n".join(parts)
            except json.JSONDecodeError:
                pass
        yield path, text


def _strings(value) -> list[str]:
    """Every string inside a JSON value (notebook outputs hold text in lists and dicts)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return ["".join(value)]
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def find_leaks(master: Master, release: Path) -> list[str]:
    """``path: line`` for every secret line found anywhere under ``release``."""
    secrets = sorted(secret_lines(master))
    found = []
    for path, text in _texts(release):
        lines = {line.strip() for line in text.splitlines()}
        found += [f"{path.relative_to(release.parent)}: {s}" for s in secrets
                  if s in lines or (len(s) >= EMBEDDED_LENGTH and s in text)]
    return found
