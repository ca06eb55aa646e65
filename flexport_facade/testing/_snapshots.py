"""The simulator reads snapshots through the facade's one loader (flexport_facade._core.snapshots)."""

from flexport_facade._core.snapshots import load_snapshot, snapshot_path

__all__ = ["load_snapshot", "snapshot_path"]
