"""Flexport API v1 (api.flexport.com): the legacy REST API with Token auth and record envelopes.

from flexport_facade.v1 import FlexportV1
v1 = FlexportV1(token=os.environ["FLEXPORT_V1_KEY"])
for po in v1.paginate(v1.purchase_orders.list): ...
"""

from __future__ import annotations

from flexport_facade._exceptions import (
    ArchivedPlace,
    BadToken,
    NotAcceptable,
    ReplacementPlace,
    UnexpectedBody,
    V1Error,
)
from flexport_facade.v1._async_client import AsyncFlexportV1
from flexport_facade.v1._auth import TokenAuth
from flexport_facade.v1._envelope import Record
from flexport_facade.v1._signature import sign_hub_signature, verify_hub_signature
from flexport_facade.v1._sync_client import FlexportV1

__all__ = [
    "ArchivedPlace",
    "AsyncFlexportV1",
    "BadToken",
    "FlexportV1",
    "NotAcceptable",
    "Record",
    "ReplacementPlace",
    "TokenAuth",
    "UnexpectedBody",
    "V1Error",
    "sign_hub_signature",
    "verify_hub_signature",
]
