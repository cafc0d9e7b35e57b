"""Load ``nbgrader_config.py``: nbgrader's settings and llmath's own traitlets live there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader


def load_config(root: Path) -> Config:
    """The course configuration, with the course root pinned to ``root``."""
    cfg = Config()
    if (root / "nbgrader_config.py").is_file():
        cfg = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    cfg.CourseDirectory.root = str(root)
    db_url = cfg.CourseDirectory.get("db_url", "sqlite:///gradebook.db")
    if db_url.startswith("sqlite:///") and not db_url.startswith("sqlite:////"):
        # A relative SQLite path means "inside the course directory", not the caller's cwd.
        cfg.CourseDirectory.db_url = "sqlite:///" + str(root / db_url[len("sqlite:///"):])
    return cfg


def tools_on_path() -> None:
    """nbgrader runs ``alembic`` as a subprocess; make sure our environment's bin is found."""
    bindir = str(Path(sys.executable).parent)
    if bindir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
