"""Skip lessons whose build would change nothing: a cache keyed by content hashes.

A lesson's key hashes everything its outputs depend on: the files of
``source/<id>/`` (the master and anything nbgrader copies beside it, but not
the derived ``tests/``), the build code (``llmath/build`` and
``llmath/lesson``), the versions of nbgrader, nbconvert and nbformat, and the
course's ``nbgrader_config.py`` and pinned requirements (written into the
grader bundle). The record also holds a hash of every output file. A lesson is
skipped only when its key is unchanged *and* its outputs are still exactly the
files recorded, so a deleted or edited output is rebuilt.

The record is ``build/lessons.json``: local, ignored by git, and safe to delete
(the next build is then a full one).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

from ..config import load_config
from .bundle import requirements

CACHE_FILE = Path("build") / "lessons.json"
FORMAT = 1
CODE_DIRS = ("build", "lesson")
TOOLS = ("nbgrader", "nbconvert", "nbformat")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_version() -> str:
    """Hash of the code that turns a master into its outputs, and of the tools it drives."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for folder in CODE_DIRS:
        for path in sorted((package / folder).glob("*.py")):
            digest.update(f"{folder}/{path.name}\0".encode() + _sha(path.read_bytes()).encode())
    for tool in TOOLS:
        digest.update(f"{tool}=={metadata.version(tool)}\0".encode())
    return digest.hexdigest()


def _files(folder: Path, ignore: list[str], skip: tuple[str, ...] = ()) -> list[Path]:
    """Every file under ``folder``, sorted, leaving out ignored names and top-level ``skip`` folders."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames
                             if not any(fnmatch.fnmatch(d, pat) for pat in ignore)
                             and not (here == folder and d in skip))
        out += [here / f for f in sorted(filenames) if not any(fnmatch.fnmatch(f, pat) for pat in ignore)]
    return out


class BuildCache:
    """The record of what each lesson's last build read and wrote."""

    def __init__(self, root: Path):
        self.root = root
        self.path = root / CACHE_FILE
        cfg = load_config(root)
        self.ignore = list(cfg.CourseDirectory.get("ignore", [])) or [".ipynb_checkpoints", "__pycache__"]
        config_file = root / "nbgrader_config.py"
        common = hashlib.sha256()
        common.update(code_version().encode())
        common.update(_sha(config_file.read_bytes() if config_file.is_file() else b"").encode())
        common.update(_sha(requirements(root).encode()).encode())
        self.common = common.hexdigest()
        try:
            data = json.loads(self.path.read_text())
            self.lessons: dict[str, dict] = data["lessons"] if data.get("format") == FORMAT else {}
        except (OSError, ValueError, KeyError, TypeError):
            self.lessons = {}

    def key(self, lesson_id: str) -> str:
        """Hash of the lesson's inputs and of everything shared by all lessons."""
        digest = hashlib.sha256(self.common.encode())
        source = self.root / "source" / lesson_id
        for path in _files(source, self.ignore, skip=("tests",)):
            digest.update(path.relative_to(source).as_posix().encode() + b"\0")
            digest.update(_sha(path.read_bytes()).encode())
        return digest.hexdigest()

    def outputs(self, lesson_id: str) -> dict[str, str]:
        """Every file the build of ``lesson_id`` writes, with its hash."""
        root = self.root
        paths = _files(root / "source" / lesson_id / "tests", self.ignore)
        paths += _files(root / "release" / lesson_id, self.ignore)
        bundle = root / "graders" / f"{lesson_id}.zip"
        if bundle.is_file():
            paths.append(bundle)
        return {p.relative_to(root).as_posix(): _sha(p.read_bytes()) for p in paths}

    def fresh(self, lesson_id: str, key: str) -> dict | None:
        """The lesson's record if its inputs and outputs are what the last build left, else None."""
        entry = self.lessons.get(lesson_id)
        if not entry or entry.get("key") != key:
            return None
        return entry if entry.get("outputs") == self.outputs(lesson_id) else None

    def store(self, lesson_id: str, key: str, exercises: int) -> None:
        self.lessons[lesson_id] = {"key": key, "exercises": exercises, "outputs": self.outputs(lesson_id)}

    def forget(self, lesson_id: str) -> None:
        self.lessons.pop(lesson_id, None)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"format": FORMAT, "lessons": self.lessons}, indent=1, sort_keys=True))
        os.replace(tmp, self.path)
