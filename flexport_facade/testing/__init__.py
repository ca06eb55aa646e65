"""A local simulator of the Flexport Logistics API, for tests and demos (issue 7).

Every operation of the pinned version's snapshot answers; products, inbounds, orders, outbounds,
events, webhooks, returns, warehouses and OAuth keep state like the sandbox; the field's
misbehaviours are switchable through ``Faults`` or ``/_sim/faults`` at run time.
"""

from flexport_facade.testing.app import ConnectionDropped, Simulator, create_app
from flexport_facade.testing.clock import Clock
from flexport_facade.testing.faults import Faults
from flexport_facade.testing.server import RunningSimulator, run_simulator
from flexport_facade.testing.snapshots import load_snapshot, snapshot_path

__all__ = [
    "Clock",
    "ConnectionDropped",
    "Faults",
    "RunningSimulator",
    "Simulator",
    "create_app",
    "load_snapshot",
    "run_simulator",
    "snapshot_path",
]
