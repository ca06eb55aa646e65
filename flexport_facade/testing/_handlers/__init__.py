"""Stateful handlers, registered by (method, version-relative path template) on import."""

from flexport_facade.testing._handlers import (  # noqa: F401  (imported for their registrations)
    bundles,
    events,
    freight_orders,
    freight_quotes,
    inbounds,
    oauth,
    orders,
    outbounds,
    parcel_jobs,
    parcels,
    products,
    reports,
    returns,
    warehouses,
    webhooks,
)
from flexport_facade.testing._handlers.base import HANDLERS, Ctx, Handler

__all__ = ["HANDLERS", "Ctx", "Handler"]
