"""Release intelligence: what changed between two API versions, and where a user's code meets it.

This subpackage owns comparing two Logistics API versions (registered ids or spec files) and checking
user code against that change:

- ``loading``      read a version id or a JSON/YAML spec file; normalise the version segment of paths
- ``model``        ``Change`` and ``Report`` (the stable ``--json`` shape)
- ``rules``        every classification rule (breaking / non-breaking / note) in one table
- ``spec_diff``    the OpenAPI comparison: operations, parameters, bodies, named schemas, webhooks
- ``schema_diff``  one schema node against another (types, enums, fields, constraints, variants)
- ``pairing``      which vanished schema is the same model as one that appeared (renames)
- ``refs``         JSON pointers, cycle-safe ``$ref`` resolution, which schemas requests/responses reach
- ``python_names`` the generated package's Python names for schemas, fields and operations (static)
- ``python_api``   the generated packages' public Python API compared with griffe
- ``render``       text, markdown and JSON output
- ``compare``      one comparison end to end; ``commands`` the ``diff`` / ``upgrade-check`` subcommands
- ``changelog``    ``openapi/changes/<version>.md`` for each consecutive pair of snapshots
- ``upgrade_check`` the call sites in user code (read with ``ast``, never imported) that a change breaks
"""

from __future__ import annotations

from flexport_facade._exceptions import SpecArgumentError
from flexport_facade.releases.compare import compare
from flexport_facade.releases.loading import SpecSource, load_source
from flexport_facade.releases.model import Change, Report, Severity
from flexport_facade.releases.spec_diff import diff_documents

__all__ = [
    "Change",
    "Report",
    "Severity",
    "SpecArgumentError",
    "SpecSource",
    "compare",
    "diff_documents",
    "load_source",
]
