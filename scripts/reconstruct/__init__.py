"""Rebuilds openapi/logistics/<version>.json from the published reference (see openapi/README.md)."""
