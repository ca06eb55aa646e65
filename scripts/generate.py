"""`make generate`: regenerate each version's client package whose inputs changed.

Per version (rows of openapi/versions.toml): stamp inputs are hashed first, and a version whose
package stamp matches is skipped without reading its spec. The others: snapshot + overlay ->
openapi-python-client into a temp dir (versions in parallel; one version in this process) -> one pass
of the config's post hooks (ruff) over every new package, with the lint and the index built beside it
-> py.typed, operations.json, the typed layer, _stamp.json -> an atomic exchange with
generated/<package>. One that fails keeps its previous package, and the exit code says so. A run lock
(``.generated.lock`` beside generated/) keeps two runs from interleaving.
`--check` regenerates everything into a temp dir and names each version whose package drifted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what a no-op run needs is imported here (no facade, no httpx, no YAML parser, no lint, no
# subprocess): the rest loads where a version really regenerates.
from scripts import run_lock, speclib

if TYPE_CHECKING:
    from flexport_facade._core.registry_file import RegistryRow
    from flexport_facade.conformance._cassettes import Exchange
    from scripts.spec_lint import Finding

GENERATOR_DIR = speclib.ROOT / "scripts" / "generator"
CONFIG = GENERATOR_DIR / "config.yaml"
TEMPLATES = GENERATOR_DIR / "templates"
GENERATOR_CLI = speclib.ROOT / "scripts" / "generator_cli.py"
# Our own code that shapes the output: a change to it must regenerate like a config change would.
PIPELINE_FILES = [
    speclib.ROOT / "scripts" / n
    for n in ("overlay.py", "operations_index.py", "typed_layer.py", "generator_cli.py")
]
STAMP = "_stamp.json"
# typed_layer.OVERLOADS (a test holds them equal), named here so that deciding whether to write it
# does not import typed_layer, which imports the generator. Its stamp lies beside generated/.
OVERLOADS = "_typed_versions.pyi"
OVERLOADS_STAMP = ".generated.overloads.json"
INDEX = "operations.json"
# Bump when this script changes what it writes into a package.
LAYOUT = 1
LOCK_WAIT = 600.0


@dataclass
class Job:
    row: RegistryRow
    snapshot: Path
    overlay: Path
    raw: dict[str, Any] | None = None  # the snapshot as read
    doc: dict[str, Any] | None = None  # after the overlay: what is generated
    spec_json: bytes = b""  # ``doc`` as the generator reads it
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
    # built on the way
    parsed: Any = None  # the generator's GeneratorData for ``doc`` (the typed layer's input)
    index: dict[str, Any] | None = None  # operations.json

    @property
    def warnings(self) -> int:
        return len(self.gen_warnings) + len(self.dropped) + len(self.findings) + len(self.overlay_notes)


# -- inputs and stamps ----------------------------------------------------------------------------


def _rmtree(path: Path) -> None:
    # imported here: a no-op run removes nothing (and shutil loads three codecs)
    from scripts.dir_swap import remove_tree

    remove_tree(path)


def _tree_hash(root: Path) -> str:
    if not root.is_dir():
        return ""
    parts = [
        f"{p.relative_to(root).as_posix()}\0{speclib.sha256_file(p)}"
        for p in sorted(root.rglob("*"))
        if p.is_file()
    ]
    return speclib.sha256_bytes("\n".join(parts).encode())


def dist_version(name: str) -> str:
    """An installed distribution's version from its .dist-info directory name.

    importlib.metadata gives the same answer but costs a no-op run ~30 ms of imports; it stays the
    fallback for installs without a plain dist-info directory.
    """
    wanted = re.sub(r"[-_.]+", "_", name).lower()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for item in names:
            if item.endswith(".dist-info"):
                dist, _, found_version = item[: -len(".dist-info")].partition("-")
                if re.sub(r"[-_.]+", "_", dist).lower() == wanted and found_version:
                    return found_version
    from importlib.metadata import version as installed_version

    return installed_version(name)


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


def read_config() -> dict[str, Any]:
    from flexport_facade._core import spec_loader

    return dict(spec_loader.load_file(CONFIG) or {})


def config_overrides(data: dict[str, Any] | None = None) -> dict[str, dict[str, str]]:
    """What the shared config (``data``, else read now) already answers, so the lint does not report it."""
    if data is None:
        data = read_config()
    modules = {
        k: v["module_name"] for k, v in (data.get("class_overrides") or {}).items() if v.get("module_name")
    }
    return {
        "content_type_overrides": dict(data.get("content_type_overrides") or {}),
        "module_overrides": modules,
    }


def stamp_inputs(job: Job, shared: dict[str, str]) -> None:
    """Fill in the job's stamp inputs: hashes only, nothing parsed (a matching stamp ends the job here)."""
    job.inputs = {
        **shared,
        "snapshot": speclib.sha256_file(job.snapshot),
        "overlay": speclib.sha256_file(job.overlay) if job.overlay.exists() else "",
        "package": job.row.package,
    }


def up_to_date(job: Job, out_root: Path) -> bool:
    """The package exists and was generated from exactly these inputs: reuse its stamp's findings."""
    target = out_root / job.row.package
    old = read_stamp(target)
    if old.get("inputs") != job.inputs or not (target / "__init__.py").exists():
        return False
    job.gen_warnings = list(old.get("generator_warnings") or [])
    job.dropped = list(old.get("dropped") or [])
    return True


def prepare(job: Job) -> None:
    """Load and overlay one version, and write it as the generator's JSON. Raises on a bad
    snapshot/overlay. The lint (``lint_job``) is separate: only the report needs it, so a build runs
    it beside the post hooks."""
    import json

    from flexport_facade._core import spec_loader
    from scripts.overlay import apply_overlay, load_overlay

    load_notes: list[str] = []
    raw = spec_loader.load_document(job.snapshot, warnings=load_notes)
    doc = raw
    job.overlay_notes = load_notes
    if job.overlay.exists():
        result = apply_overlay(raw, load_overlay(job.overlay))
        doc, job.overlay_notes = result.document, load_notes + result.warnings
    try:
        # Compact (C encoder), keys sorted as in the canonical snapshot: the generator reads the
        # same document in the same order as from speclib.canonical_json, in a tenth of the time.
        job.spec_json = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    except (TypeError, ValueError) as exc:
        speclib.check_json_compatible(doc, job.snapshot)  # names the odd value and where it is
        raise ValueError(f"cannot write {job.snapshot.name} after its overlay as JSON: {exc}") from None
    job.raw, job.doc = raw, doc


def lint_job(job: Job, overrides: dict[str, dict[str, str]], answers: list[Exchange] | None = None) -> None:
    """The lint findings left after the overlay, and how many the overlay answered."""
    from scripts.spec_lint import lint

    assert job.raw is not None and job.doc is not None
    prefix = job.row.paths_start_with
    before = lint(job.raw, path_prefix=prefix, answers=answers, **overrides)
    after = before
    if job.doc is not job.raw:
        after = lint(job.doc, path_prefix=prefix, answers=answers, **overrides)
    job.findings = after
    job.answered = len(set(before) - set(after))


def read_stamp(package_dir: Path) -> dict[str, Any]:
    import json  # stamps are our own canonical JSON: no need for the spec loader on a no-op run

    try:
        return dict(json.loads((package_dir / STAMP).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
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


def _mkdtemp(prefix: str, dir: Path | None = None) -> str:
    import tempfile

    return tempfile.mkdtemp(prefix=prefix, dir=dir)


def tool_env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)  # ruff (the post hooks) runs from here
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


def generator_args(spec_path: Path, out_dir: Path, config_path: Path) -> list[str]:
    args = ["generate", "--path", str(spec_path), "--meta", "none", "--output-path", str(out_dir)]
    args += ["--config", str(config_path)]
    if TEMPLATES.is_dir():
        args += ["--custom-template-path", str(TEMPLATES)]
    return args


def run_generator(spec_path: Path, out_dir: Path, config_path: Path) -> tuple[int, str]:
    """openapi-python-client in its own process (versions run in parallel this way), through
    scripts/generator_cli.py: the same CLI, output and exit code, with compiled templates cached."""
    import subprocess

    cmd = [sys.executable, str(GENERATOR_CLI), *generator_args(spec_path, out_dir, config_path)]
    proc = subprocess.run(cmd, env=tool_env(), capture_output=True, text=True, timeout=600, check=False)
    return proc.returncode, proc.stderr + proc.stdout


def run_generator_here(spec_path: Path, out_dir: Path, config_path: Path) -> tuple[int, str, Any]:
    """The same CLI in this process, for a run that regenerates one version: no second interpreter
    start-up, and the typed layer reuses the generator's own reading of the spec (its GeneratorData)
    instead of parsing the spec a second time. Output is captured as from a pipe (no TTY: click
    strips colours), so the warnings parsed from it are the same. Returns (exit code, output, the
    GeneratorData or None)."""
    import io
    import traceback

    import click
    from openapi_python_client.cli import app

    from scripts import generator_cli

    out, err = io.StringIO(), io.StringIO()
    with generator_cli.patched() as kept, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = app(
                generator_args(spec_path, out_dir, config_path),
                prog_name="openapi-python-client",
                standalone_mode=False,
            )
            code = result if isinstance(result, int) else 0
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception:  # a generator crash: report it like the CLI's traceback
            code = 1
            err.write(traceback.format_exc())
    return code, err.getvalue() + out.getvalue(), kept[0] if kept else None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while packages are built (restored after).

    The generator and the typed layer allocate millions of short-lived objects that reference
    counting frees; the collector's passes over them cost a regeneration ~15% of its time and find
    little (peak memory of a one-version run is unchanged).
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def hookless_config(config: dict[str, Any], work_root: Path) -> tuple[Path, list[str]]:
    """The generator config without its post hooks (run once over all packages instead) + the hooks.

    ``post_hooks: []`` must be explicit: left out, the generator runs its own default ruff hooks.
    """
    import json

    hooks = [str(h) for h in config.get("post_hooks") or []]
    path = work_root / "config.json"
    path.write_text(json.dumps({**config, "post_hooks": []}), encoding="utf-8")
    return path, hooks


def run_hooks(hooks: list[str], packages: list[Path]) -> dict[Path, str]:
    """Run each post hook once over every package; returns {package: error} for those it failed on.

    The generator runs a hook as a shell command in the package dir with ``.`` as its target; with the
    packages in place of ``.`` one ruff process does them all, with the same result (--isolated keeps
    ruff from reading any config, so the working directory does not matter).
    """
    import shlex
    import subprocess

    failures: dict[Path, str] = {}
    for hook in hooks:
        argv = shlex.split(hook)
        live = [p for p in packages if p not in failures]
        if not live:
            break
        if "." in argv:
            at = argv.index(".")
            proc = subprocess.run(
                [*argv[:at], *map(str, live), *argv[at + 1 :]],
                env=tool_env(),
                cwd=live[0].parent,
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode == 0:
                continue
        for package in live:  # no "." to substitute, or the joint run failed: one run each, to say where
            # As the generator runs it: a shell command from our own config file, in the package dir.
            proc = subprocess.run(  # noqa: S602
                hook, shell=True, env=tool_env(), cwd=package, capture_output=True, text=True, check=False
            )
            if proc.returncode != 0:
                detail = (proc.stderr or proc.stdout).strip()[-1500:]
                failures[package] = f"post hook `{hook}` failed: {detail}"
    return failures


def generate_package(job: Job, work_root: Path, config_path: Path, here: bool = False) -> Path:
    """Run the generator for ``job`` under ``work_root``; returns the (not yet formatted) package dir."""
    assert job.spec_json
    spec_path = work_root / f"{job.row.package}.spec.json"
    spec_path.write_bytes(job.spec_json)
    out = work_root / job.row.package
    if here:
        code, output, job.parsed = run_generator_here(spec_path, out, config_path)
    else:
        code, output = run_generator(spec_path, out, config_path)
    job.gen_warnings = _generator_messages(output)
    if code != 0 or not (out / "__init__.py").exists():
        detail = "; ".join(job.gen_warnings) or output.strip()[-2000:]
        raise RuntimeError(f"openapi-python-client exited {code}: {detail}")
    return out


def index_package(job: Job, out: Path, modules: dict[str, str] | None = None) -> None:
    """operations.json's content (and the operations the generator dropped) for ``job``, from the
    package's modules as read before the post hooks (what the index takes from them, ruff keeps)."""
    from scripts.operations_index import build_index
    from scripts.typed_layer import AST_LOCK

    assert job.doc is not None
    with AST_LOCK:  # the typed layer reads modules with ast as well (see typed_layer.AST_LOCK)
        job.index, job.dropped = build_index(
            job.doc, version=job.row.id, package=job.row.package, package_dir=out, modules=modules
        )


def parse_for_typed_layer(job: Job) -> None:
    """The generator's reading of the spec for the typed layer, unless the in-process run kept it."""
    from scripts.typed_layer import AST_LOCK, parse

    assert job.doc is not None
    if job.row.api == "logistics" and job.parsed is None:
        with AST_LOCK:
            job.parsed = parse(job.doc, CONFIG)


def finish_package(job: Job, out: Path) -> None:
    """After the post hooks: py.typed, operations.json, the typed layer, and the stamp last."""
    from scripts.typed_layer import write_typed_layer

    assert job.doc is not None
    _rmtree(out / ".ruff_cache")
    (out / "py.typed").write_text("", encoding="utf-8")
    if job.index is None:
        index_package(job, out)
    assert job.index is not None
    (out / INDEX).write_bytes(speclib.canonical_json(job.index))
    if job.row.api == "logistics":
        parse_for_typed_layer(job)
        write_typed_layer(job.doc, job.index, out, CONFIG, data=job.parsed)
    job.parsed = None  # the largest thing a job holds: done with it
    stamp = {"inputs": job.inputs, "generator_warnings": job.gen_warnings, "dropped": job.dropped}
    (out / STAMP).write_bytes(speclib.canonical_json(stamp))


def swap_in(new: Path, target: Path, work: Path) -> None:
    """Replace ``target`` by ``new`` in one exchange: readers always find a complete package there."""
    from scripts.dir_swap import replace_dir

    replace_dir(new, target, work / f"{target.name}.previous")


def count_models(package_dir: Path) -> int:
    try:
        entries = os.scandir(package_dir / "models")
    except OSError:
        return 0
    with entries:
        return sum(1 for e in entries if e.name.endswith(".py") and e.name != "__init__.py")


def count_operations(package_dir: Path) -> int:
    try:
        import json

        return len(json.loads((package_dir / INDEX).read_text(encoding="utf-8"))["operations"])
    except (OSError, ValueError, KeyError):
        return 0


# -- the run --------------------------------------------------------------------------------------


class Printer:
    def __init__(self) -> None:
        self.lock = threading.Lock()

    def __call__(self, text: str) -> None:
        with self.lock:
            print(text, flush=True)


Linter = Callable[[Job], None]


def build_all(
    jobs: list[Job], out_root: Path, config: dict[str, Any], workers: int, say: Printer, lint: Linter
) -> None:
    """Generate ``jobs`` (in parallel), format them in one pass, then finish and swap each in.

    What does not need the formatted modules runs in a thread of its own beside what does not hold
    this interpreter: each package's index (from its modules as read right after generating) and
    typed-layer parse beside the other versions' generator processes and the post hooks (ruff), and
    the lint of every job (``lint``) beside the post hooks. A generator slot never waits for them.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    from scripts.operations_index import read_modules

    out_root.mkdir(parents=True, exist_ok=True)
    work_root = Path(_mkdtemp(prefix=".tmp-generate-", dir=out_root))
    started = time.perf_counter()
    try:
        with collector_paused(), ThreadPoolExecutor(max_workers=1) as describer:
            config_path, hooks = hookless_config(config, work_root)
            built: dict[str, Path] = {}
            described: list[Future[None]] = []

            def describe(job: Job, out: Path, modules: dict[str, str]) -> None:
                try:
                    index_package(job, out, modules)
                    parse_for_typed_layer(job)
                except Exception as exc:
                    job.status, job.error = "failed", str(exc)

            def one(job: Job) -> None:
                try:
                    out = generate_package(job, work_root, config_path, here=len(jobs) == 1)
                    # Read now: the post hooks rewrite the files while the index is built from these.
                    described.append(describer.submit(describe, job, out, read_modules(out)))
                    built[job.row.id] = out
                except Exception as exc:  # the run goes on for the other versions
                    job.status, job.error = "failed", str(exc)

            if len(jobs) == 1:
                one(jobs[0])
            else:
                with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
                    list(pool.map(one, jobs))
            with ThreadPoolExecutor(max_workers=1) as hook_runner:
                hooks_done = hook_runner.submit(run_hooks, hooks, list(built.values()))
                for job in jobs:
                    lint(job)
                for future in described:
                    future.result()
                hook_failures = hooks_done.result()
            for job in jobs:
                out = built.get(job.row.id)
                if out is None or job.status == "failed":
                    pass
                elif out in hook_failures:
                    job.status, job.error = "failed", hook_failures[out]
                else:
                    try:
                        finish_package(job, out)
                        swap_in(out, out_root / job.row.package, work_root)
                        job.status = "regenerated"
                    except Exception as exc:
                        job.status, job.error = "failed", str(exc)
                job.seconds = time.perf_counter() - started
                report_line(job, out_root, say)
    finally:
        _rmtree(work_root)


def report_line(job: Job, out_root: Path, say: Printer) -> None:
    target = out_root / job.row.package
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


def make_jobs(rows: list[RegistryRow], openapi_dir: Path) -> list[Job]:
    return [Job(row, openapi_dir / row.snapshot, openapi_dir / "overlays" / f"{row.id}.yaml") for row in rows]


def run(args: argparse.Namespace) -> int:
    openapi_dir: Path = args.openapi_dir
    generated_dir: Path = args.generated_dir
    registry = args.registry or openapi_dir / "versions.toml"
    registry_file = speclib.registry_file()
    try:
        all_rows = registry_file.read_rows(registry)
    except (OSError, registry_file.RegistryFileError) as exc:
        print(f"make generate: {exc}", file=sys.stderr)
        return 2
    rows = [r for r in all_rows if not args.versions or r.id in args.versions]
    unknown = set(args.versions) - {r.id for r in rows}
    if unknown:
        print(f"unknown version(s): {', '.join(sorted(unknown))} (not in {registry})", file=sys.stderr)
        return 2
    if args.check:
        check_root = Path(_mkdtemp(prefix="flexport-check-"))
        try:
            return generate(args, make_jobs(rows, openapi_dir), all_rows, check_root)
        finally:
            _rmtree(check_root)
    try:
        with run_lock.hold(generated_dir, "make generate", args.lock_wait) as taken:
            sweep_leftovers(generated_dir, taken)
            return generate(args, make_jobs(rows, openapi_dir), all_rows, generated_dir)
    except run_lock.LockBusy as exc:
        print(exc, file=sys.stderr)
        return 2


def sweep_leftovers(generated_dir: Path, older_than: float) -> None:
    """Temp dirs of runs that died (generated/ ships in the wheel, so they must go).

    Only under the run lock, and only those older than this run: a live run's dirs are never touched.
    """
    if not generated_dir.is_dir():
        return
    for stale in generated_dir.glob(".tmp-*"):
        try:
            if stale.stat().st_mtime < older_than:
                _rmtree(stale)
        except FileNotFoundError:
            pass


def generate(
    args: argparse.Namespace, jobs: list[Job], all_rows: tuple[RegistryRow, ...], out_root: Path
) -> int:
    say = Printer()
    force = args.force or args.check
    try:
        shared = toolchain_inputs()
    except OSError as exc:
        say(f"cannot read the generator config or templates: {exc}")
        return 1
    stale: list[Job] = []
    relint: list[Job] = []
    for job in jobs:
        if not job.snapshot.exists():
            job.status = "no snapshot"
            say(f"{job.row.id:10} no snapshot  skipped: {job.snapshot} does not exist yet")
            continue
        try:
            stamp_inputs(job, shared)
        except OSError as exc:
            job.status, job.error = "failed", f"cannot read {job.snapshot.name} or its overlay: {exc}"
            say(f"{job.row.id:10} failed       {job.error}")
            continue
        if not force and up_to_date(job, out_root):
            job.status = "skipped"
            report_line(job, out_root, say)
            if args.strict or args.verbose or args.answers:
                relint.append(job)  # lint findings are not in the stamp: --strict must see them
        else:
            stale.append(job)
    answers = None
    if args.answers and (stale or relint):
        from flexport_facade._exceptions import SpecLoadError

        try:
            answers = read_exchanges(args.answers)
        except SpecLoadError as exc:
            print(f"cannot read the answers: {exc}", file=sys.stderr)
            return 2
    if relint or stale:
        config = read_config()
        overrides = config_overrides(config)

        def lint(job: Job) -> None:
            try:
                lint_job(job, overrides, answers)
            except (OSError, ValueError) as exc:  # a failed job keeps its first error
                if job.status != "failed":
                    job.status, job.error = "failed", f"cannot lint {job.snapshot.name}: {exc}"

        for job in prepare_all(relint, say):
            lint(job)
        ready = prepare_all(stale, say)
        if ready:
            build_all(ready, out_root, config, args.jobs, say, lint)
    for job in jobs:
        if job.status != "no snapshot":  # a failed job too: its findings often say why it failed
            report_findings(job, args.verbose, say)
    say("\n" + table(jobs))
    failed = [j.row.id for j in jobs if j.status == "failed"]
    for job in jobs:
        if job.status == "failed":
            say(f"FAILED {job.row.id}: {job.error}")
    code = 1 if failed else 0
    # The overloads name the checkout's packages: written only for generated/ (or --overloads).
    target = args.overloads
    if target is None and args.generated_dir.resolve() == speclib.GENERATED_DIR.resolve():
        target = speclib.ROOT / "flexport_facade" / OVERLOADS
    overloads = 0
    if target is not None and args.check:
        overloads = overloads_drift(all_rows, out_root, target, write=False, say=say)
    elif target is not None:
        write_overloads(all_rows, out_root, target, say)
    if args.check:
        code = max(code, check_drift(jobs, all_rows, out_root, args.generated_dir, say))
        code = max(code, overloads)
    if args.strict:
        noisy = [j.row.id for j in jobs if j.status in ("regenerated", "skipped") and j.warnings]
        if noisy:
            say(f"--strict: warnings in {', '.join(noisy)}")
            code = 1
    if failed:
        say(f"generation failed for: {', '.join(failed)}")
    if args.typecheck and not failed:
        # With --check this types the fresh packages, so CI regenerates once for both checks.
        checked = [j.row.package for j in jobs if j.status in ("regenerated", "skipped")]
        code = max(code, typecheck(checked, out_root, say))
    return code


def read_exchanges(paths: list[Path]) -> list[Exchange]:
    """Recorded answers for the lint (--answers); the conformance reader loads only when asked for."""
    from flexport_facade.conformance._cassettes import read_exchanges as read

    return read(paths)


def prepare_all(jobs: list[Job], say: Printer) -> list[Job]:
    """Load and overlay the versions to (re)generate or lint; those that cannot be read fail here."""
    if not jobs:
        return []
    from scripts.overlay import OverlayError

    ready = []
    for job in jobs:
        try:
            prepare(job)
            ready.append(job)
        except (OSError, ValueError, OverlayError) as exc:
            job.status, job.error = "failed", f"cannot read {job.snapshot.name} or its overlay: {exc}"
            say(f"{job.row.id:10} failed       {job.error}")
    return ready


def check_drift(
    jobs: list[Job], rows: tuple[RegistryRow, ...], fresh: Path, generated_dir: Path, say: Printer
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


def _typed(rows: tuple[RegistryRow, ...], out_root: Path) -> list[tuple[str, str]]:
    return [(r.id, r.package) for r in rows if r.api == "logistics" and (out_root / r.package).is_dir()]


def overloads_inputs(typed: list[tuple[str, str]]) -> str:
    """A hash of everything ``render_overloads`` reads: the typed versions, the facade's source (the
    clients' signatures, the defaults and names they import), typed_layer.py, the project's ruff
    settings (pyproject.toml), ruff and Python."""
    import json

    files = sorted((speclib.ROOT / "flexport_facade").rglob("*.py"))
    files += [speclib.ROOT / "scripts" / "typed_layer.py", speclib.ROOT / "pyproject.toml"]
    parts = [json.dumps(typed), dist_version("ruff"), sys.version]
    parts += [f"{p.relative_to(speclib.ROOT).as_posix()}\0{speclib.sha256_file(p)}" for p in files]
    return speclib.sha256_bytes("\n".join(parts).encode())


def write_overloads(rows: tuple[RegistryRow, ...], out_root: Path, target: Path, say: Printer) -> None:
    """``overloads_drift`` in write mode, skipped when the stamp beside generated/ shows the same
    inputs and ``target`` still holds what was written: rendering imports the generator and the facade
    and runs ruff twice (~1.5 s), which a no-op run otherwise spent every time. ``--check`` renders
    always."""
    import json

    stamp_path = out_root.resolve().parent / OVERLOADS_STAMP
    key = {"target": str(target.resolve()), "inputs": overloads_inputs(_typed(rows, out_root))}
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        if stamp.get("key") == key and stamp.get("text") == speclib.sha256_file(target):
            return
    except (OSError, ValueError, AttributeError):
        pass
    overloads_drift(rows, out_root, target, write=True, say=say)
    stamp = {"key": key, "text": speclib.sha256_file(target)}
    speclib.atomic_write(stamp_path, speclib.canonical_json(stamp))


def overloads_drift(
    rows: tuple[RegistryRow, ...], out_root: Path, target: Path, *, write: bool, say: Printer
) -> int:
    """flexport_facade/_typed_versions.pyi from the typed packages: written, or (--check) compared."""
    from scripts.typed_layer import render_overloads

    typed = _typed(rows, out_root)
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
    import subprocess

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
        help="where to write _typed_versions.pyi (default: flexport_facade/ when generating into generated/)",
    )
    p.add_argument("--verbose", "-v", action="store_true", help="list every warning")
    p.add_argument("--lock-wait", type=float, default=LOCK_WAIT, help="seconds to wait for another run")
    p.add_argument(
        "--answers", type=Path, nargs="+", help="vcrpy cassettes (or dirs): also lint what real answers show"
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return run(parse_args(argv))


if __name__ == "__main__":
    # A process of its own: no cyclic collection at all (collector_paused says why), and what the run
    # left is frozen so that the interpreter's exit does not traverse it either.
    import gc

    gc.disable()
    code = main()
    gc.freeze()
    sys.exit(code)
