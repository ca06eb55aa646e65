"""What the simulator charges for a parcel and when it refuses one: shared by POST /parcels, the quote
and bulk jobs, so a quote's price is the price the label is then bought at.

The refusals carry codes the reference lists under the Parcels tag's "Error Handling and
Troubleshooting" (docs.logistics-api.flexport.com/2024-04/tag/Parcels): CUSTOMS_INFORMATION_REQUIRED,
EXCEEDS_MAX_DIMENSIONS and SERVICE_LEVEL_UNSUPPORTED_FOR_DESTINATION, each leading the 422's
``detail`` (the Problem schema's ``code`` member is a six-digit integer, so it cannot hold them).
The limits, rates and the dimensional divisor are the simulator's choice; the reference gives none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from flexport_facade.testing._replies import SimError

# Service levels the reference names as examples (Standard, Expedited, International), compared
# case-insensitively: a base price and a price per billed pound (ours).
RATES = {"STANDARD": (5.00, 0.75), "EXPEDITED": (8.00, 1.10), "INTERNATIONAL": (18.00, 2.50)}
DEFAULT_SERVICE_LEVEL = "STANDARD"  # CreateParcel does not require serviceLevel
DOMESTIC = {"US", "USA"}
MAX_WEIGHT_LB = 150.0
MAX_SIDE_IN = 108.0
DIM_DIVISOR = 139.0  # cubic inches per billed pound
POUNDS = {"lb": 1.0, "oz": 1 / 16, "kg": 2.20462, "g": 1 / 453.592}
INCHES = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "m": 39.3701}


@dataclass(frozen=True)
class Rating:
    service_level: str  # as the caller spelled it
    billed_lb: float
    price: float
    warnings: list[str]


def refuse(code: str, detail: str) -> SimError:
    return SimError(422, f"{code}: {detail}")


def is_domestic(address: Any) -> bool:
    country = address.get("country") if isinstance(address, dict) else None
    return str(country or "").strip().upper() in DOMESTIC


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else math.nan


def rate(body: dict[str, Any], *, customs: bool) -> Rating:
    """The price of shipping ``body``, or a 422 naming the reference's code for why it cannot ship.

    ``customs``: whether the request can carry customsInformation (CreateParcelRequest from 2023-10,
    BulkParcelRequest; not CreateQuoteRequest), so a parcel leaving the US must have it.

    Any service level is accepted (accounts configure their own); Standard, Expedited and
    International have their own rates and destinations, any other is priced as Standard.
    """
    wanted = str(body.get("serviceLevel") or DEFAULT_SERVICE_LEVEL)
    level = wanted.strip().upper()
    destination = body.get("shipToAddress") or {}
    domestic = is_domestic(destination)
    if level in RATES and domestic == (level == "INTERNATIONAL"):
        where = "a US address" if domestic else f"country {destination.get('country')!r}"
        fits = "Standard or Expedited" if domestic else "International"
        raise refuse(
            "SERVICE_LEVEL_UNSUPPORTED_FOR_DESTINATION", f"{wanted} does not ship to {where}; use {fits}"
        )
    if customs and not domestic and not (body.get("customsInformation") or {}).get("customsItems"):
        raise refuse(
            "CUSTOMS_INFORMATION_REQUIRED",
            "a parcel leaving the US needs customsInformation.customsItems (one per kind of goods)",
        )
    dims = body.get("dimensions") or {}
    weight = _number(dims.get("weight")) * POUNDS.get(str(dims.get("weightUnit")), math.nan)
    unit = INCHES.get(str(dims.get("lengthUnit")), math.nan)
    sides = [_number(dims.get(k)) * unit for k in ("length", "width", "height")]
    if not all(math.isfinite(v) and v > 0 for v in (weight, *sides)):
        raise SimError(422, "dimensions: weight, length, width and height must be positive numbers")
    if weight > MAX_WEIGHT_LB or max(sides) > MAX_SIDE_IN:
        raise refuse(
            "EXCEEDS_MAX_DIMENSIONS",
            f"parcels go up to {MAX_WEIGHT_LB:g} lb and {MAX_SIDE_IN:g} in on the longest side; "
            f"this one is {weight:.1f} lb, {max(sides):.1f} in",
        )
    dimensional = sides[0] * sides[1] * sides[2] / DIM_DIVISOR
    billed = float(math.ceil(max(weight, dimensional)))
    warnings = []
    if dimensional > weight:
        warnings.append(f"billed by dimensional weight: {billed:g} lb for {weight:.2f} lb actual")
    base, per_lb = RATES.get(level, RATES[DEFAULT_SERVICE_LEVEL])
    return Rating(wanted, billed, round(base + per_lb * billed, 2), warnings)
