"""Invented API families, generated at test time by the project's own pipeline (scripts/generate.py)
from tests/families/acme.yaml into a temp dir, with a temp registry ($FLEXPORT_VERSIONS_FILE).

Each family sends the version and the token another way (the fields documented in versions.toml):

- acme  2025-01, 2025-06: version in the ``Acme-Version`` header, token in ``X-Acme-Key``
- bolt  2024-11: version in the path (``/bolt/{id}/``), bearer token
- crate 2025-02: version in the ``api-version`` query parameter, ``Authorization: Token token="..."``
- dray  2025-04: version in the Accept media type, bearer, and no base_url (the caller passes one)
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import generate

HERE = Path(__file__).parent

ROWS = {
    # id: (api, package, snapshot, extra fields)
    "2025-01": ("acme", "acme_v2025_01", "acme.yaml", {
        "base_url": "https://api.acme.example", "path_prefix": "/acme/v2/",
        "version_in": "header:Acme-Version", "auth": "header:X-Acme-Key"}),
    "2025-06": ("acme", "acme_v2025_06", "acme.yaml", {
        "base_url": "https://api.acme.example", "path_prefix": "/acme/v2/",
        "version_in": "header:Acme-Version", "auth": "header:X-Acme-Key"}),
    "2024-11": ("bolt", "bolt_v2024_11", "bolt-2024-11.yaml", {
        "base_url": "https://bolt.example", "path_prefix": "/bolt/{id}/", "version_in": "path",
        "auth": "bearer"}),
    "2025-02": ("crate", "crate_v2025_02", "acme.yaml", {
        "base_url": "https://crate.example", "path_prefix": "/acme/v2/", "version_in": "query:api-version",
        "auth": "token"}),
    "2025-04": ("dray", "dray_v2025_04", "acme.yaml", {
        "path_prefix": "/acme/v2/", "version_in": "accept:application/vnd.dray.{id}+json"}),
}  # fmt: skip


def registry_text() -> str:
    rows = []
    for vid, (api, package, snapshot, extra) in ROWS.items():
        fields = {
            "id": vid, "api": api, "status": "stable", "released": vid, "snapshot": snapshot,
            "package": package, "source_url": "", **extra,
        }  # fmt: skip
        rows.append("[[version]]\n" + "".join(f'{k} = "{v}"\n' for k, v in fields.items()))
    # A Logistics row too, so errors can name it, and a row whose package is never generated.
    rows.append(
        '[[version]]\nid = "2026-02"\napi = "logistics"\nstatus = "stable"\nreleased = "2026-02"\n'
        'snapshot = "none.json"\npackage = "families_not_generated"\nsource_url = ""\n'
    )
    return "\n".join(rows)


@pytest.fixture(scope="session")
def families_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("families")
    openapi, gen = root / "openapi", root / "generated"
    (openapi / "overlays").mkdir(parents=True)
    spec = (HERE / "acme.yaml").read_text(encoding="utf-8")
    (openapi / "acme.yaml").write_text(spec, encoding="utf-8")
    # bolt puts the version in its paths: the same operations under /bolt/2024-11/.
    (openapi / "bolt-2024-11.yaml").write_text(spec.replace("/acme/v2/", "/bolt/2024-11/"), encoding="utf-8")
    (openapi / "versions.toml").write_text(registry_text(), encoding="utf-8")
    wanted = [vid for vid in ROWS]
    assert (
        generate.main(["--openapi-dir", str(openapi), "--generated-dir", str(gen), "-j", "4", *wanted]) == 0
    )
    sys.path.insert(0, str(gen))
    importlib.invalidate_caches()
    yield root
    sys.path.remove(str(gen))


@pytest.fixture(autouse=True)
def families_registry(families_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FLEXPORT_VERSIONS_FILE", str(families_root / "openapi" / "versions.toml"))
    monkeypatch.delenv("FLEXPORT_API_VERSION", raising=False)
    monkeypatch.delenv("FLEXPORT_TOKEN", raising=False)
    return families_root
