"""Write ``graders/<id>.zip``: an otter autograder bundle with public and hidden tests."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from ..lesson import Master
from .otter_tests import render

#: Fixed timestamp so that rebuilding an unchanged lesson gives a byte-identical zip.
EPOCH = (1980, 1, 1, 0, 0, 0)

OTTER_CONFIG = {"lang": "python", "pdf": False, "zips": False, "log_level": 30, "debug": False}


def requirements(root: Path) -> str:
    """The pinned scientific stack the tests import, taken from ``pyproject.toml``."""
    import tomllib

    deps = tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = ("numpy", "scipy", "sympy", "otter-grader")
    return "".join(d + "\n" for d in deps if d.split("==")[0] in wanted)


def bundle_entries(master: Master, root: Path) -> dict[str, str]:
    entries = {f"tests/{ex.id}.py": render(ex, hidden=True) for ex in master.exercises}
    entries["otter_config.json"] = json.dumps(OTTER_CONFIG, indent=2, sort_keys=True) + "\n"
    entries["requirements.txt"] = requirements(root)
    return entries


def write_bundle(master: Master, root: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in sorted(bundle_entries(master, root).items()):
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text)
    tmp.replace(dest)
    return dest
