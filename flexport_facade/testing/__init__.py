"""A local simulator of the Flexport Logistics API, for tests and demos (issue 7).

Every operation of the pinned version's snapshot answers; products, inbounds, orders, outbounds,
events, webhooks, returns, warehouses, bundles, reports, parcels (labels, tracking, bulk jobs), freight
(unstable: quotes, orders, bill-of-lading tracking) and OAuth keep state like the sandbox (parcels only
for accounts not flagged sandbox, which get 403 as the live sandbox does); parcel master cartons still
answer schema examples. The field's misbehaviours are switchable through ``Faults`` or ``/_sim/faults``
at run time. Needs the
``[testing]`` extra (``pip install 'flexport-facade[testing]'``); without it importing this
package raises ``MissingTestingExtra`` saying so.
"""

from flexport_facade.testing._requirements import MissingTestingExtra
from flexport_facade.testing._requirements import require_testing_extra as _require

_require()

# The simulator's modules need the extra's packages: imported only after the check above.

from flexport_facade.testing._admin_client import SimulatorAdmin, SimulatorAdminError  # noqa: E402
from flexport_facade.testing._app import ConnectionDropped, Simulator, create_app  # noqa: E402
from flexport_facade.testing._clock import Clock  # noqa: E402
from flexport_facade.testing._faults import Faults  # noqa: E402
from flexport_facade.testing._server import RunningSimulator, run_simulator, serve_in_thread  # noqa: E402
from flexport_facade.testing._snapshots import load_snapshot, snapshot_path  # noqa: E402

__all__ = [
    "Clock",
    "ConnectionDropped",
    "Faults",
    "MissingTestingExtra",
    "RunningSimulator",
    "Simulator",
    "SimulatorAdmin",
    "SimulatorAdminError",
    "create_app",
    "load_snapshot",
    "run_simulator",
    "serve_in_thread",
    "snapshot_path",
]
