"""Stateful handlers, registered by (method, version-relative path template) on import."""

from flexport_facade.testing._handlers import (  # noqa: F401  (imported for their registrations)
    bundles,
    events,
    inbounds,
    oauth,
    orders,
    outbounds,
    products,
    reports,
    returns,
    warehouses,
    webhooks,
)
from flexport_facade.testing._handlers.base import HANDLERS, Ctx, Handler

__all__ = ["HANDLERS", "Ctx", "Handler"]
