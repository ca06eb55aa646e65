"""`make dists`: one wheel for the facade and one per generated version, into dist/.

A service that pins 2026-02 installs two small distributions, ``flexport-facade`` and
``flexport-logistics-v2026-02``, instead of all ten versions (each release adds about 2.7 MB and 550
files). The facade depends on none of them; pinning a version whose distribution is missing raises a
``VersionError`` naming it (``ApiVersion.distribution``). The checkout's editable install keeps every
version importable (pyproject's ``dev-mode-dirs``).

Each version wheel is built from a staging folder holding only ``<package>/`` and a pyproject written
here: name from the registry, version and runtime dependencies from the facade's own pyproject, so
nothing is listed twice.

    python scripts/build_dists.py [--only 2026-02 ...] [--out dist] [--no-facade]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flexport_facade._core.versions import ApiVersion, load_registry  # noqa: E402
from flexport_facade._version import __version__  # noqa: E402

_PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "{dist}"
version = "{version}"
description = "Generated client of the Flexport {api} API, version {id} (used through flexport-facade)."
requires-python = "{python}"
dependencies = {deps}

[tool.hatch.build.targets.wheel]
packages = ["{package}"]
"""


class _FacadeMetadata(NamedTuple):
    """What a version wheel copies from the facade's own ``[project]`` table."""

    requires_python: str
    dependencies: list[str]


def _facade_metadata() -> _FacadeMetadata:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    python, deps = project["requires-python"], project["dependencies"]
    if not isinstance(python, str) or not isinstance(deps, list) or not all(isinstance(d, str) for d in deps):
        raise SystemExit(
            "pyproject.toml: [project] needs requires-python (a string) and dependencies (strings)"
        )
    return _FacadeMetadata(python, deps)


def _wheel(source: Path, out: Path) -> Path:
    """Build one wheel of ``source`` into ``out`` with the already-installed hatchling (no download)."""
    before = set(out.glob("*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(source)],
        check=True,
    )  # fmt: skip
    built = sorted(set(out.glob("*.whl")) - before)
    if len(built) != 1:
        raise RuntimeError(f"expected one new wheel from {source}, found {[p.name for p in built]}")
    return built[0]


def version_wheel(version: ApiVersion, out: Path) -> Path:
    package = ROOT / "generated" / version.package
    if not (package / "__init__.py").is_file():
        raise SystemExit(f"generated/{version.package} is missing: run `make generate` first")
    meta = _facade_metadata()
    with tempfile.TemporaryDirectory(prefix=f"dist-{version.id}-") as tmp:
        stage = Path(tmp)
        shutil.copytree(package, stage / version.package, ignore=shutil.ignore_patterns("__pycache__"))
        (stage / "pyproject.toml").write_text(
            _PYPROJECT.format(
                dist=version.distribution,
                version=__version__,
                api="Logistics" if version.api == "logistics" else version.api,
                id=version.id,
                python=meta.requires_python,
                deps="[" + ", ".join(f'"{d}"' for d in meta.dependencies) + "]",
                package=version.package,
            ),
            encoding="utf-8",
        )
        return _wheel(stage, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_dists", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None, metavar="VERSION", help="versions to build")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-facade", action="store_true", help="version wheels only")
    args = parser.parse_args(argv)
    versions = load_registry()
    if args.only is not None:
        known = {v.id for v in versions}
        unknown = sorted(set(args.only) - known)
        if unknown:
            parser.error(f"unknown version(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        versions = tuple(v for v in versions if v.id in args.only)
    args.out.mkdir(parents=True, exist_ok=True)
    built = [] if args.no_facade else [_wheel(ROOT, args.out)]
    built += [version_wheel(v, args.out) for v in versions]
    for wheel in built:
        print(f"{wheel.name}  {wheel.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
