# Generated from flexport_facade/v1/_async_transport.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""Send one v1 call through the pipeline and decode its answer (the pieces are in ``_transport``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flexport_facade import errors
from flexport_facade._core._sync_pipeline import Pipeline, notify_unauthorized
from flexport_facade.v1._transport import decode, error_of, prepare


def send(
    pipeline: Pipeline,
    accept: str,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    body: Any = None,
) -> Any:
    """Send one logical call and return its decoded JSON body; raise a typed error otherwise."""
    response = pipeline.send(prepare(pipeline, accept, method, path, params, body))
    if (err := error_of(response)) is not None:
        if isinstance(err, errors.Unauthorized):
            notify_unauthorized(pipeline.auth, err)  # the token-store seam of flexport_facade.auth
        raise err
    return decode(response)
