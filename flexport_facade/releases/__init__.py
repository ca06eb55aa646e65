"""Release intelligence: what changed between two API versions, and where a user's code meets it.

This subpackage owns comparing two Logistics API versions (registered ids or spec files) and checking
user code against that change:

- ``_loading``       read a version id or a JSON/YAML spec file; normalise the version segment of paths
- ``_model``         ``Change`` and ``Report`` (the stable ``--json`` shape)
- ``_rules``         every classification rule (breaking / non-breaking / note) in one table
- ``_spec_diff``     the OpenAPI comparison: operations, parameters, bodies, named schemas, webhooks
- ``_schema_diff``   one schema node against another (types, enums, fields, constraints, variants)
- ``_pairing``       which vanished schema is the same model as one that appeared (renames)
- ``_refs``          JSON pointers, cycle-safe ``$ref`` resolution, which schemas requests/responses reach
- ``_python_names``  the generated package's Python names for schemas, fields and operations (static)
- ``_python_api``    the generated packages' public Python API compared with griffe
- ``_render``        text, markdown and JSON output
- ``_compare``       one comparison end to end; ``_commands`` the ``diff`` / ``upgrade-check`` subcommands
- ``_changelog``     ``openapi/changes/<version>.md`` for each consecutive pair of snapshots
- ``_upgrade_check`` the call sites in user code (read with ``ast``, never imported) that a change breaks
"""

from __future__ import annotations

from flexport_facade._exceptions import SpecArgumentError
from flexport_facade.releases._compare import compare
from flexport_facade.releases._loading import SpecSource, load_source
from flexport_facade.releases._model import Change, Report, Severity
from flexport_facade.releases._spec_diff import diff_documents

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
