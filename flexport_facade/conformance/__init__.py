"""Conformance: does a generated client read real answers? (``flexport-facade conformance``)

This subpackage owns replaying recorded answers (vcrpy cassettes: any a user recorded, and ours in
tests/cassettes) through the generated parser of the matching operation of one version, and judging
each one: OK (every value typed), DEGRADED (parsed, but a raw dict or list sits where a model belongs,
a raw string where a date-time belongs, a value outside its enum, or structured data in an undeclared
member), ERROR (the parser raised, or the status is not in the spec) or UNMATCHED (no operation of that
version has this method, path template and query). "No exception" is not success: generated code for
nullable unions swallows parse errors and keeps the raw dict, which is what the audit looks for.

_cassettes.py reads the recordings, _matching.py finds the operation, _audit.py walks a parsed model,
_check.py classifies and summarises.
"""

from flexport_facade.conformance._check import Outcome, Report, check_exchanges, run

__all__ = ["Outcome", "Report", "check_exchanges", "run"]
