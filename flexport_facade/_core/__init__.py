"""The request pipeline and shared machinery: HTTP, retries, the operation index, the version registry.

Every ``_async*.py`` module of the package is hand-written; the ``_sync*.py`` beside it is generated
from it (scripts/unasync.py). ``_concurrency`` holds what differs between threads and tasks.
"""
