"""Build the grading image offline, and only when its inputs change.

The inputs are ``docker/Dockerfile``, the grading box (``box.py``), the pinned
wheels of numpy, scipy, sympy and mpmath (the versions installed beside llmath),
and the base image. Their hash is the image's tag, so an unchanged tree never
rebuilds and a changed one never runs a stale image.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Callable

from ..errors import LlmathError
from .settings import Grader

PACKAGES = ("numpy", "scipy", "sympy", "mpmath")
BOX_FILES = (Path(__file__).with_name("box.py"), Path(__file__).with_name("codec.py"))
LOCAL_BASE = "llmath-base"


class DockerError(LlmathError):
    """Docker is missing, stopped, or refused a command."""


def pins() -> list[str]:
    """``name==version`` for every package in the image, as installed beside llmath."""
    return [f"{name}=={metadata.version(name)}" for name in PACKAGES]


def docker_ready(settings: Grader) -> None:
    """Raise one actionable error line when Docker cannot be used."""
    if shutil.which(settings.docker) is None:
        raise DockerError(
            "Docker is not installed; run `bash scripts/docker.sh` as root (installs docker.io)"
        )
    proc = subprocess.run([settings.docker, "info", "--format", "{{.ServerVersion}}"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise DockerError(
            "the Docker daemon is not running; start it with `bash scripts/docker.sh` (as root)"
        )


def _docker(settings: Grader, *args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([settings.docker, *args], input=input, capture_output=True)


def image_exists(settings: Grader, tag: str) -> bool:
    return _docker(settings, "image", "inspect", tag).returncode == 0


def _image_id(settings: Grader, tag: str) -> str:
    proc = _docker(settings, "image", "inspect", "--format", "{{.Id}}", tag)
    return proc.stdout.decode().strip()


def ensure_base(settings: Grader, workdir: Path, log: Callable[[str], None]) -> str:
    """The base image: the configured one, or a Debian made here with debootstrap."""
    if settings.base_image:
        if not image_exists(settings, settings.base_image):
            proc = _docker(settings, "pull", settings.base_image)
            if proc.returncode != 0:
                raise DockerError(f"cannot pull base image {settings.base_image}: "
                                  + proc.stderr.decode().strip().splitlines()[-1])
        return settings.base_image
    tag = f"{LOCAL_BASE}:{settings.debian_suite}"
    if image_exists(settings, tag):
        return tag
    if shutil.which("debootstrap") is None:
        raise DockerError("debootstrap is not installed; run `bash scripts/docker.sh` as root")
    if os.geteuid() != 0:
        raise DockerError("building the Debian base image needs root (debootstrap); run as root "
                          "or set c.Grader.base_image")
    log(f"building base image {tag} with debootstrap (about a minute)")
    workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        rootfs = Path(tmp) / "rootfs"
        proc = subprocess.run(
            ["debootstrap", "--variant=minbase", "--include=python3,python3-venv",
             settings.debian_suite, str(rootfs), settings.debian_mirror],
            capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
            raise DockerError(f"debootstrap failed: {' '.join(tail)}")
        shutil.rmtree(rootfs / "var/cache/apt/archives", ignore_errors=True)
        tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
        imp = subprocess.run([settings.docker, "import", "-", tag], stdin=tar.stdout,
                             capture_output=True)
        tar.wait()
        if imp.returncode != 0 or tar.returncode != 0:
            raise DockerError(f"docker import failed: {imp.stderr.decode().strip()}")
    return tag


def download_wheels(dest: Path, log: Callable[[str], None]) -> list[Path]:
    """The pinned wheels for the image, downloaded once on the host."""
    dest.mkdir(parents=True, exist_ok=True)
    wanted = pins()
    have = {p.name.split("-")[0].lower() + "==" + p.name.split("-")[1] for p in dest.glob("*.whl")}
    if not all(pin.lower() in have for pin in wanted):
        log("downloading wheels: " + " ".join(wanted))
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
             "--no-deps", "--dest", str(dest), *wanted],
            capture_output=True, text=True)
        if proc.returncode != 0:
            raise DockerError("pip download failed: " + proc.stderr.strip().splitlines()[-1])
    names = {pin.split("==")[0].lower() for pin in wanted}
    versions = {pin.split("==")[0].lower(): pin.split("==")[1] for pin in wanted}
    return sorted(p for p in dest.glob("*.whl")
                  if p.name.split("-")[0].lower() in names
                  and p.name.split("-")[1] == versions[p.name.split("-")[0].lower()])


def ensure_image(settings: Grader, root: Path, rebuild: bool = False,
                 log: Callable[[str], None] = lambda m: print(m, file=sys.stderr)) -> str:
    """Build the grading image if its inputs changed; return its tag."""
    docker_ready(settings)
    work = root / "build" / "docker"
    base = ensure_base(settings, work, log)
    dockerfile = root / "docker" / "Dockerfile"
    if not dockerfile.is_file():
        raise DockerError(f"{dockerfile} is missing")
    digest = hashlib.sha256()
    for part in (dockerfile.read_bytes(), *(f.read_bytes() for f in BOX_FILES),
                 _image_id(settings, base).encode(), " ".join(pins()).encode()):
        digest.update(hashlib.sha256(part).digest())
    tag = f"{settings.image_name}:{digest.hexdigest()[:12]}"
    if image_exists(settings, tag) and not rebuild:
        return tag
    wheels = download_wheels(work / "wheels", log)
    log(f"building grading image {tag}")
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        ctx = Path(tmp)
        shutil.copy(dockerfile, ctx / "Dockerfile")
        for f in BOX_FILES:
            shutil.copy(f, ctx / f.name)
        (ctx / "wheels").mkdir()
        for w in wheels:
            shutil.copy(w, ctx / "wheels" / w.name)
        proc = subprocess.run(
            [settings.docker, "build", "--quiet", "--build-arg", f"BASE={base}", "-t", tag,
             "-t", f"{settings.image_name}:latest", str(ctx)],
            capture_output=True, text=True)
        if proc.returncode != 0:
            raise DockerError("docker build failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1])
    return tag


def image_size(settings: Grader, tag: str) -> int:
    proc = _docker(settings, "image", "inspect", "--format", "{{.Size}}", tag)
    return int(proc.stdout.decode().strip() or 0)
