"""Benchmarks for `make bench`: every module here defining ``run(quick: bool) -> list[dict]``.

Rows come from ``_measure.ratio_row``: ours / baseline, both measured in the same run and interleaved,
medians with min-max. ``_server`` is the loopback server, ``_fixtures`` the 2026-02 record and the clean
virtualenv the import rows run in.
"""
