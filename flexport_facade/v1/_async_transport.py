"""Send one v1 call through the pipeline and decode its answer (the pieces are in ``_transport``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flexport_facade import errors
from flexport_facade._core._async_pipeline import AsyncPipeline, anotify_unauthorized
from flexport_facade.v1._transport import decode, error_of, prepare


async def asend(
    pipeline: AsyncPipeline,
    accept: str,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    body: Any = None,
) -> Any:
    """Send one logical call and return its decoded JSON body; raise a typed error otherwise."""
    response = await pipeline.send(prepare(pipeline, accept, method, path, params, body))
    if (err := error_of(response)) is not None:
        if isinstance(err, errors.Unauthorized):
            await anotify_unauthorized(pipeline.auth, err)  # the token-store seam of flexport_facade.auth
        raise err
    return decode(response)
