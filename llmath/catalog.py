"""The course catalog: modules and lessons in course order, read from ``catalog.toml``.

The catalog is the one source for titles, order and ids. Whether a lesson is
authored is derived from the course directory (its master notebook exists), so
the two can never disagree.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogError, NotAuthoredError, UnknownLessonError

#: Lesson ids double as nbgrader assignment ids and as folder and file names.
LESSON_ID = re.compile(r"^\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    topics: str
    module_id: str


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    lessons: tuple[Lesson, ...]


def find_root(start: Path | None = None) -> Path:
    """Find the course directory: the nearest folder above ``start`` holding ``catalog.toml``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "catalog.toml").is_file() and (folder / "nbgrader_config.py").is_file():
            return folder
    raise CatalogError(
        f"no course directory (catalog.toml and nbgrader_config.py) above {here}; "
        "run llmath from inside the course directory"
    )


class Catalog:
    """All modules and lessons of the course, with lookups by lesson id."""

    def __init__(self, root: Path, modules: list[Module]):
        self.root = root
        self.modules = modules
        self._lessons = {lesson.id: lesson for m in modules for lesson in m.lessons}

    @classmethod
    def load(cls, root: Path | None = None) -> "Catalog":
        root = find_root() if root is None else Path(root).resolve()
        path = root / "catalog.toml"
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CatalogError(f"{path} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError(f"catalog.toml is not valid TOML: {exc}") from None
        modules = [_module(raw, i) for i, raw in enumerate(data.get("module", []), 1)]
        if not modules:
            raise CatalogError("catalog.toml lists no [[module]] tables")
        ids = [lesson.id for m in modules for lesson in m.lessons]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise CatalogError(f"catalog.toml repeats lesson ids: {', '.join(dupes)}")
        return cls(root, modules)

    @property
    def lessons(self) -> list[Lesson]:
        return [lesson for m in self.modules for lesson in m.lessons]

    def lesson(self, lesson_id: str) -> Lesson:
        try:
            return self._lessons[lesson_id]
        except KeyError:
            close = [i for i in self._lessons if lesson_id and lesson_id in i]
            hint = f"; did you mean {close[0]}?" if close else "; see `llmath catalog`"
            raise UnknownLessonError(f"unknown lesson id {lesson_id!r}{hint}") from None

    def master_path(self, lesson_id: str) -> Path:
        return self.root / "source" / lesson_id / f"{lesson_id}.ipynb"

    def is_authored(self, lesson_id: str) -> bool:
        return self.master_path(lesson_id).is_file()

    def authored(self) -> list[Lesson]:
        return [lesson for lesson in self.lessons if self.is_authored(lesson.id)]

    def resolve(self, ids: list[str], all_authored: bool) -> list[Lesson]:
        """Turn command-line ids (or ``--all``) into authored lessons, in course order."""
        if all_authored:
            return self.authored()
        if not ids:
            raise UnknownLessonError("no lesson ids given; pass lesson ids or --all")
        lessons = [self.lesson(i) for i in dict.fromkeys(ids)]
        for lesson in lessons:
            if not self.is_authored(lesson.id):
                raise NotAuthoredError(
                    f"{lesson.id}: not authored yet (no {self.master_path(lesson.id).relative_to(self.root)})"
                )
        return lessons

    def to_json(self) -> list[dict]:
        return [
            {
                "id": m.id,
                "title": m.title,
                "lessons": [
                    {"id": lesson.id, "title": lesson.title, "authored": self.is_authored(lesson.id)}
                    for lesson in m.lessons
                ],
            }
            for m in self.modules
        ]


def _module(raw: dict, index: int) -> Module:
    try:
        mid, title = str(raw["id"]), str(raw["title"])
        lessons = tuple(
            Lesson(id=str(l["id"]), title=str(l["title"]), topics=str(l.get("topics", "")), module_id=mid)
            for l in raw["lessons"]
        )
    except (KeyError, TypeError) as exc:
        raise CatalogError(f"module #{index} in catalog.toml lacks a field: {exc}") from None
    for lesson in lessons:
        if not LESSON_ID.match(lesson.id) or not lesson.id.startswith(mid + "-"):
            raise CatalogError(
                f"lesson id {lesson.id!r} in module {mid} must look like {mid}-NN-some-slug"
            )
    return Module(id=mid, title=title, summary=str(raw.get("summary", "")), lessons=lessons)
