"""`make generate`: regenerate each version's client package whose inputs changed.

Per version (rows of openapi/versions.toml): snapshot + overlay -> lint -> openapi-python-client into a
temp dir -> operations.json, py.typed, _stamp.json -> atomic swap into generated/<package>. Versions
run in parallel; one that fails keeps its previous package, and the exit code says so.
`--check` regenerates everything into a temp dir and names each version whose package drifted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

from flexport_facade._core import spec_loader
from flexport_facade._core.versions import ApiVersion, load_registry
from flexport_facade._exceptions import SpecLoadError
from flexport_facade.conformance.cassettes import Exchange, read_exchanges
from scripts import speclib
from scripts.operations_index import build_index
from scripts.overlay import OverlayError, apply_overlay, load_overlay
from scripts.spec_lint import Finding, lint
from scripts.typed_layer import AST_LOCK, OVERLOADS, render_overloads, write_typed_layer

GENERATOR_DIR = speclib.ROOT / "scripts" / "generator"
CONFIG = GENERATOR_DIR / "config.yaml"
TEMPLATES = GENERATOR_DIR / "templates"
# Our own code that shapes the output: a change to it must regenerate like a config change would.
PIPELINE_FILES = [
    speclib.ROOT / "scripts" / n for n in ("overlay.py", "operations_index.py", "typed_layer.py")
]
STAMP = "_stamp.json"
INDEX = "operations.json"
# Bump when this script changes what it writes into a package.
LAYOUT = 1


@dataclass
class Job:
    row: ApiVersion
    snapshot: Path
    overlay: Path
    doc: dict[str, Any] | None = None
    inputs: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)  # left after the overlay
    answered: int = 0  # findings the overlay made go away
    overlay_notes: list[str] = field(default_factory=list)
    # outcome
    status: str = "pending"  # regenerated | skipped | failed | no snapshot
    error: str = ""
    gen_warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    operations: int = 0
    models: int = 0
    seconds: float = 0.0

    @property
    def warnings(self) -> int:
        return len(self.gen_warnings) + len(self.dropped) + len(self.findings) + len(self.overlay_notes)


# -- inputs and stamps ----------------------------------------------------------------------------


def _tree_hash(root: Path) -> str:
    if not root.is_dir():
        return ""
    parts = [
        f"{p.relative_to(root).as_posix()}\0{speclib.sha256_file(p)}"
        for p in sorted(root.rglob("*"))
        if p.is_file()
    ]
    return speclib.sha256_bytes("\n".join(parts).encode())


def toolchain_inputs() -> dict[str, str]:
    """The inputs shared by every version."""
    pipeline = "\n".join(speclib.sha256_file(p) for p in PIPELINE_FILES)
    return {
        "generator": f"openapi-python-client {dist_version('openapi-python-client')}",
        "ruff": dist_version("ruff"),
        "config": speclib.sha256_file(CONFIG),
        "templates": _tree_hash(TEMPLATES),
        "pipeline": speclib.sha256_bytes(f"{LAYOUT}\n{pipeline}".encode()),
    }


def config_overrides() -> dict[str, dict[str, str]]:
    """What the shared config already answers, so the lint does not report it."""
    data = spec_loader.load_file(CONFIG) or {}
    modules = {
        k: v["module_name"] for k, v in (data.get("class_overrides") or {}).items() if v.get("module_name")
    }
    return {
        "content_type_overrides": dict(data.get("content_type_overrides") or {}),
        "module_overrides": modules,
    }


def prepare(
    job: Job,
    shared: dict[str, str],
    overrides: dict[str, dict[str, str]],
    answers: list[Exchange] | None = None,
) -> None:
    """Load, overlay and lint one version; fill in its stamp inputs. Raises on a bad snapshot/overlay."""
    load_notes: list[str] = []
    raw = spec_loader.load_document(job.snapshot, warnings=load_notes)
    prefix = job.row.paths_start_with
    before = lint(raw, path_prefix=prefix, answers=answers, **overrides)
    doc = raw
    job.overlay_notes = load_notes
    if job.overlay.exists():
        result = apply_overlay(raw, load_overlay(job.overlay))
        doc, job.overlay_notes = result.document, load_notes + result.warnings
    speclib.check_json_compatible(doc, job.snapshot)
    job.doc = doc
    job.findings = lint(doc, path_prefix=prefix, answers=answers, **overrides) if doc is not raw else before
    job.answered = len(set(before) - set(job.findings))
    job.inputs = {
        **shared,
        "snapshot": speclib.sha256_file(job.snapshot),
        "overlay": speclib.sha256_file(job.overlay) if job.overlay.exists() else "",
        "package": job.row.package,
    }


def read_stamp(package_dir: Path) -> dict[str, Any]:
    try:
        return dict(speclib.load_spec(package_dir / STAMP))
    except (OSError, ValueError):
        return {}


# -- one generator run ----------------------------------------------------------------------------


def _generator_messages(stderr: str) -> list[str]:
    """The messages openapi-python-client prints between its banner and its closing issue link."""
    lines = stderr.splitlines()
    start = next((i for i, ln in enumerate(lines) if "encountered while generating" in ln), None)
    if start is None:
        return []
    end = next((i for i, ln in enumerate(lines) if ln.startswith("If you believe")), len(lines))
    body = "\n".join(lines[start + 1 : end])
    # Each message is a header, a blank line and a detail, followed by two blank lines.
    chunks = [c.strip() for c in body.split("\n\n\n")]
    return [" | ".join(ln for ln in c.splitlines() if ln.strip()) for c in chunks if c]


def run_generator(spec_path: Path, out_dir: Path) -> tuple[int, str]:
    bin_dir = str(Path(sys.executable).parent)  # the generator's post hooks run ruff from here
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec_path)]
    cmd += ["--meta", "none", "--output-path", str(out_dir), "--config", str(CONFIG)]
    if TEMPLATES.is_dir():
        cmd += ["--custom-template-path", str(TEMPLATES)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    return proc.returncode, proc.stderr + proc.stdout


def build_package(job: Job, work: Path) -> Path:
    """Generate ``job`` under ``work``; return the finished package dir (stamp written last)."""
    assert job.doc is not None
    spec_path = work / "spec.json"
    spec_path.write_bytes(speclib.canonical_json(job.doc))
    out = work / job.row.package
    code, output = run_generator(spec_path, out)
    job.gen_warnings = _generator_messages(output)
    if code != 0 or not (out / "__init__.py").exists():
        detail = "; ".join(job.gen_warnings) or output.strip()[-2000:]
        raise RuntimeError(f"openapi-python-client exited {code}: {detail}")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    (out / "py.typed").write_text("", encoding="utf-8")
    with AST_LOCK:  # the index reads the modules with ast as well (see typed_layer.AST_LOCK)
        index, job.dropped = build_index(
            job.doc, version=job.row.id, package=job.row.package, package_dir=out
        )
    (out / INDEX).write_bytes(speclib.canonical_json(index))
    if job.row.api == "logistics":
        write_typed_layer(job.doc, index, out, CONFIG)
    stamp = {"inputs": job.inputs, "generator_warnings": job.gen_warnings, "dropped": job.dropped}
    (out / STAMP).write_bytes(speclib.canonical_json(stamp))
    return out


def swap_in(new: Path, target: Path, work: Path) -> None:
    """Replace ``target`` by ``new`` with renames only: readers see the old or the new package."""
    aside = work / "previous"
    if target.exists():
        os.replace(target, aside)
    os.replace(new, target)
    shutil.rmtree(aside, ignore_errors=True)


def count_models(package_dir: Path) -> int:
    return len([p for p in (package_dir / "models").glob("*.py") if p.name != "__init__.py"])


def count_operations(package_dir: Path) -> int:
    try:
        return len(speclib.load_spec(package_dir / INDEX)["operations"])
    except (OSError, ValueError, KeyError):
        return 0


# -- the run --------------------------------------------------------------------------------------


class Printer:
    def __init__(self) -> None:
        self.lock = threading.Lock()

    def __call__(self, text: str) -> None:
        with self.lock:
            print(text, flush=True)


def process(job: Job, out_root: Path, force: bool, say: Printer) -> None:
    started = time.perf_counter()
    target = out_root / job.row.package
    old = read_stamp(target)
    if not force and old.get("inputs") == job.inputs and (target / "__init__.py").exists():
        job.status = "skipped"
        job.gen_warnings = list(old.get("generator_warnings") or [])
        job.dropped = list(old.get("dropped") or [])
    else:
        out_root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".tmp-{job.row.package}-", dir=out_root))
        try:
            swap_in(build_package(job, work), target, work)
            job.status = "regenerated"
        except Exception as exc:  # the run goes on for the other versions
            job.status, job.error = "failed", str(exc)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    job.seconds = time.perf_counter() - started
    if job.status != "failed":
        job.operations, job.models = count_operations(target), count_models(target)
    line = f"{job.row.id:10} {job.status:12} {job.seconds:6.1f}s"
    say(line + (f"  {job.error}" if job.error else f"  {job.operations} operations, {job.warnings} warnings"))


def report_findings(job: Job, verbose: bool, say: Printer) -> None:
    notes = [
        *(f"generator: {w}" for w in job.gen_warnings),
        *(f"dropped by the generator: {d}" for d in job.dropped),
        *(str(f) for f in job.findings),
        *job.overlay_notes,
    ]
    if not notes and not job.answered:
        return
    limit = len(notes) if verbose else 15
    say(f"\n{job.row.id}: {len(notes)} warnings ({job.answered} lint findings answered by its overlay)")
    for note in notes[:limit]:
        say(f"  {note}")
    if len(notes) > limit:
        say(f"  ... and {len(notes) - limit} more (--verbose)")


def table(jobs: list[Job]) -> str:
    head = f"{'version':10} {'operations':>10} {'models':>7} {'seconds':>8}  {'result':12} {'warnings':>8}"
    rows = [head, "-" * len(head)]
    for j in jobs:
        ops = str(j.operations) if j.status in ("regenerated", "skipped") else "-"
        models = str(j.models) if j.status in ("regenerated", "skipped") else "-"
        warns = str(j.warnings) if j.status not in ("no snapshot",) else "-"
        rows.append(f"{j.row.id:10} {ops:>10} {models:>7} {j.seconds:8.1f}  {j.status:12} {warns:>8}")
    return "\n".join(rows)


def diff_trees(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two package trees (missing on either side or other bytes)."""

    def files(root: Path) -> dict[str, Path]:
        if not root.is_dir():
            return {}
        skip = {"__pycache__", ".mypy_cache", ".ruff_cache"}
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file() and not skip & set(p.relative_to(root).parts)
        }

    fa, fb = files(a), files(b)
    return sorted(
        name
        for name in fa.keys() | fb.keys()
        if name not in fa or name not in fb or fa[name].read_bytes() != fb[name].read_bytes()
    )


def make_jobs(rows: list[ApiVersion], openapi_dir: Path) -> list[Job]:
    return [Job(row, openapi_dir / row.snapshot, openapi_dir / "overlays" / f"{row.id}.yaml") for row in rows]


def run(args: argparse.Namespace) -> int:
    openapi_dir: Path = args.openapi_dir
    generated_dir: Path = args.generated_dir
    registry = args.registry or openapi_dir / "versions.toml"
    all_rows = load_registry(registry)
    rows = [r for r in all_rows if not args.versions or r.id in args.versions]
    unknown = set(args.versions) - {r.id for r in rows}
    if unknown:
        print(f"unknown version(s): {', '.join(sorted(unknown))} (not in {registry})", file=sys.stderr)
        return 2
    say = Printer()
    jobs = make_jobs(rows, openapi_dir)
    shared, overrides = toolchain_inputs(), config_overrides()
    try:
        answers = read_exchanges(args.answers) if args.answers else None
    except SpecLoadError as exc:
        print(f"cannot read the answers: {exc}", file=sys.stderr)
        return 2
    ready: list[Job] = []
    for job in jobs:
        if not job.snapshot.exists():
            job.status = "no snapshot"
            say(f"{job.row.id:10} no snapshot  skipped: {job.snapshot} does not exist yet")
            continue
        try:
            prepare(job, shared, overrides, answers)
            ready.append(job)
        except (OSError, ValueError, OverlayError) as exc:
            job.status, job.error = "failed", f"cannot read {job.snapshot.name} or its overlay: {exc}"
            say(f"{job.row.id:10} failed       {job.error}")

    check_root = Path(tempfile.mkdtemp(prefix="flexport-check-")) if args.check else None
    out_root = check_root or generated_dir
    if check_root is None and generated_dir.is_dir():
        # Left by a run that was killed mid-way; generated/ ships in the wheel, so they must go.
        for stale in generated_dir.glob(".tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for _ in pool.map(lambda j: process(j, out_root, args.force or args.check, say), ready):
                pass
        for job in ready:  # a failed job too: its findings often say why it failed
            report_findings(job, args.verbose, say)
        say("\n" + table(jobs))
        failed = [j.row.id for j in jobs if j.status == "failed"]
        for job in jobs:
            if job.status == "failed":
                say(f"FAILED {job.row.id}: {job.error}")
        code = 1 if failed else 0
        # The overloads name the checkout's packages: written only for generated/ (or --overloads).
        target = args.overloads or (
            speclib.ROOT / "flexport_facade" / OVERLOADS
            if generated_dir.resolve() == speclib.GENERATED_DIR.resolve()
            else None
        )
        overloads = 0
        if target is not None:
            overloads = overloads_drift(all_rows, out_root, target, write=not args.check, say=say)
        if args.check:
            code = max(code, check_drift(jobs, all_rows, check_root or generated_dir, generated_dir, say))
            code = max(code, overloads)
        if args.strict:
            noisy = [j.row.id for j in ready if j.warnings]
            if noisy:
                say(f"--strict: warnings in {', '.join(noisy)}")
                code = 1
        if failed:
            say(f"generation failed for: {', '.join(failed)}")
        if args.typecheck and not failed:
            # With --check this types the fresh packages, so CI regenerates once for both checks.
            code = max(code, typecheck([j.row.package for j in ready], out_root, say))
        return code
    finally:
        if check_root is not None:
            shutil.rmtree(check_root, ignore_errors=True)


def check_drift(
    jobs: list[Job], rows: tuple[ApiVersion, ...], fresh: Path, generated_dir: Path, say: Printer
) -> int:
    drifted: list[str] = []
    for job in jobs:
        committed = generated_dir / job.row.package
        if job.status == "no snapshot":
            if committed.exists():
                drifted.append(job.row.id)
                say(
                    f"drift {job.row.id}: generated/{job.row.package} exists but {job.snapshot.name} does not"
                )
            continue
        if job.status == "failed":
            continue
        diff = diff_trees(fresh / job.row.package, committed)
        if diff:
            drifted.append(job.row.id)
            shown = ", ".join(diff[:5]) + (f" and {len(diff) - 5} more" if len(diff) > 5 else "")
            say(f"drift {job.row.id}: generated/{job.row.package} differs: {shown}")
    known = {r.package for r in rows}
    if generated_dir.is_dir():
        for extra in sorted(
            p.name for p in generated_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
        ):
            if extra not in known:
                drifted.append(extra)
                say(f"drift: generated/{extra} belongs to no version in versions.toml")
    if drifted:
        say(f"generated/ is out of date for: {', '.join(drifted)}; run `make generate`")
        return 1
    say("generated/ matches what openapi/ generates")
    return 0


def overloads_drift(
    rows: tuple[ApiVersion, ...], out_root: Path, target: Path, *, write: bool, say: Printer
) -> int:
    """flexport_facade/_typed_versions.pyi from the typed packages: written, or (--check) compared."""
    typed = [(r.id, r.package) for r in rows if r.api == "logistics" and (out_root / r.package).is_dir()]
    text = render_overloads(typed)
    current = target.read_text(encoding="utf-8") if target.is_file() else ""
    if current == text:
        return 0
    if write:
        target.write_text(text, encoding="utf-8")
        say(f"wrote {target.name} ({len(typed)} typed versions)")
        return 0
    say(f"drift: {target} is not what `make generate` writes; run `make generate`")
    return 1


def typecheck(packages: list[str], generated_dir: Path, say: Printer) -> int:
    """mypy --strict over the generated packages in ``generated_dir`` (as users import them)."""
    if not packages:
        return 0
    started = time.perf_counter()
    # No project config (its mypy_path points at the checkout's generated/, not necessarily this dir);
    # the cache sits beside generated/, never inside it (generated/ ships in the wheel).
    cache = generated_dir.resolve().parent / ".mypy_cache" / "generated"
    cmd = [sys.executable, "-m", "mypy", "--config-file", "", "--strict", "--no-error-summary"]
    cmd += ["--cache-dir", str(cache), "--python-version", "3.11"]
    for p in packages:
        cmd += ["-p", p]
    env = {**os.environ, "MYPYPATH": str(generated_dir.resolve())}
    proc = subprocess.run(cmd, env=env, cwd=generated_dir, capture_output=True, text=True, check=False)
    out = (proc.stdout + proc.stderr).strip()
    verdict = "ok" if proc.returncode == 0 else "errors"
    say(f"\nmypy --strict over {len(packages)} packages: {verdict} ({time.perf_counter() - started:.1f}s)")
    if out:
        say(out)
    return 0 if proc.returncode == 0 else 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="scripts/generate.py", description=__doc__)
    p.add_argument("versions", nargs="*", help="versions to generate (default: every registered one)")
    p.add_argument("--openapi-dir", type=Path, default=speclib.OPENAPI_DIR)
    p.add_argument("--registry", type=Path, default=None, help="default: <openapi-dir>/versions.toml")
    p.add_argument("--generated-dir", type=Path, default=speclib.GENERATED_DIR)
    p.add_argument("--jobs", "-j", type=int, default=len(os.sched_getaffinity(0)))
    p.add_argument("--force", action="store_true", help="regenerate even where the stamp matches")
    p.add_argument("--strict", action="store_true", help="fail on any generator warning or lint finding")
    p.add_argument("--check", action="store_true", help="regenerate into a temp dir and report drift")
    p.add_argument("--typecheck", action="store_true", help="then run mypy --strict over the packages")
    p.add_argument(
        "--overloads",
        type=Path,
        default=None,
        help=f"where to write {OVERLOADS} (default: flexport_facade/, when generating into generated/)",
    )
    p.add_argument("--verbose", "-v", action="store_true", help="list every warning")
    p.add_argument(
        "--answers", type=Path, nargs="+", help="vcrpy cassettes (or dirs): also lint what real answers show"
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return run(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
