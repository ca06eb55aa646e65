"""Permission scopes each Logistics API version knows (seed 000 Permission Scopes, inventory/oauth.md).

The 2026-02 table is the base; b2b order scopes arrive in 2024-07 and the warehouses scope in 2025-03;
freight (and the other experimental families) exist only in ``unstable``.
"""

from __future__ import annotations

from flexport_facade._core.versions import get_version, known_versions

_READ_WRITE = ("products", "inbounds", "orders", "bundles", "parcels", "returns", "webhooks", "reports")
BASE_SCOPES = frozenset(
    [f"{mode}_logistics_{family}" for family in _READ_WRITE for mode in ("read", "write")]
    + ["read_logistics_events"]
)
B2B_SCOPES = frozenset({"read_logistics_orders_b2b", "write_logistics_orders_b2b"})
WAREHOUSE_SCOPES = frozenset({"read_logistics_warehouses"})
FREIGHT_SCOPES = frozenset({"read_logistics_freight", "write_logistics_freight"})

_STABLE_SINCE = {"2024-07": B2B_SCOPES, "2025-03": WAREHOUSE_SCOPES}


def scopes_for(version_id: str) -> frozenset[str]:
    """Every scope a token for ``version_id`` may carry."""
    version = get_version(version_id, api="logistics")
    if version.status == "unstable":
        # unstable carries the newest stable set plus the experimental families.
        return BASE_SCOPES | B2B_SCOPES | WAREHOUSE_SCOPES | FREIGHT_SCOPES
    stable = [v.id for v in known_versions("logistics") if v.status == "stable"]
    rank = stable.index(version.id)
    scopes = set(BASE_SCOPES)
    for first, extra in _STABLE_SINCE.items():
        if first in stable and rank >= stable.index(first):
            scopes |= extra
    return frozenset(scopes)


def first_version_with(scope: str) -> str | None:
    """The first release that knows ``scope`` (for error messages), or None."""
    for version in known_versions("logistics"):
        if scope in scopes_for(version.id):
            return version.id
    return None
