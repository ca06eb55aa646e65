"""Walking ``/products/inventory/all`` as a chain of RQ jobs, so that a dying worker loses nothing.

Each job walks a few pages from a checkpoint (``pager.checkpoint``, a small JSON dict), then, in one
Redis transaction, appends the records to the sink, moves the walk's checkpoint forward and enqueues
the next job. The transaction ``WATCH``es the checkpoint: a job whose starting point is no longer the
walk's checkpoint (a retry of a job that had in fact committed, or a duplicate) changes nothing. A
worker killed mid-job committed nothing; RQ finds the job abandoned once its heartbeat lapses,
retries it (``Retry``), and the retry walks the same pages again. So every record lands exactly once.

The sink here is a Redis list (``walk:<id>:records``); a real integration writes its own table in the
same transaction as the checkpoint instead (e.g. one PostgreSQL transaction holding both).

Credentials never travel in job arguments (RQ keeps those in Redis in the clear): workers read
``FLEXPORT_TOKEN`` from their environment. Run it:

    export FLEXPORT_TOKEN=...  FLEXPORT_API_VERSION=2026-02
    rq worker --url redis://localhost:6379/0 --path examples walks        # as many as you like
    python examples/inventory_walk_rq.py redis://localhost:6379/0 https://logistics-api.flexport.com
"""

from __future__ import annotations

import json
import sys
import uuid
from typing import Any

import redis
from rq import Queue, Retry, get_current_job

from flexport_facade import Flexport

WALK_PATH = "/products/inventory/all"
QUEUE = "walks"


def keys(walk_id: str) -> dict[str, str]:
    base = f"walk:{walk_id}"
    return {"checkpoint": f"{base}:checkpoint", "records": f"{base}:records", "done": f"{base}:done"}


def start_walk(
    connection: redis.Redis, base_url: str, *, pages_per_job: int = 5, page_size: int = 100
) -> str:
    """Create a walk and enqueue its first job; returns the walk id."""
    walk_id = uuid.uuid4().hex
    settings = {"base_url": base_url, "pages_per_job": pages_per_job, "page_size": page_size}
    with connection.pipeline() as pipe:
        pipe.multi()
        pipe.set(keys(walk_id)["checkpoint"], json.dumps(None))  # null: from the first record
        _enqueue(Queue(QUEUE, connection=connection), walk_id, None, settings, pipe)
        pipe.execute()
    return walk_id


def _enqueue(
    queue: Queue, walk_id: str, start: dict[str, Any] | None, settings: dict[str, Any], pipe: Any
) -> None:
    # Retry covers a worker that died mid-job (RQ retries abandoned jobs that have retries left).
    queue.enqueue(walk_step, walk_id, start, settings, retry=Retry(max=5), pipeline=pipe, job_timeout=600)


def walk_step(walk_id: str, start: dict[str, Any] | None, settings: dict[str, Any]) -> str:
    """One job: ``pages_per_job`` pages from ``start``; commits records + checkpoint + next job at once."""
    job = get_current_job()
    assert job is not None, "walk_step runs inside an RQ worker"
    connection = job.connection
    k = keys(walk_id)
    with connection.pipeline() as pipe:
        pipe.watch(k["checkpoint"])
        if pipe.get(k["checkpoint"]) != json.dumps(start).encode():
            return "stale: another job already walked from here"
        with Flexport(base_url=settings["base_url"]) as fx:  # token and version from the environment
            pager = fx.paginate(
                WALK_PATH, resume=start, limit=settings["page_size"], max_pages=settings["pages_per_job"]
            )
            pages = list(pager.pages())
            checkpoint = pager.checkpoint
        records = [json.dumps(item, sort_keys=True) for page in pages for item in page]
        finished = len(pages) < settings["pages_per_job"]  # only an empty page ends an offset walk
        pipe.multi()
        if records:
            pipe.rpush(k["records"], *records)
        pipe.set(k["checkpoint"], json.dumps(checkpoint))
        if finished:
            pipe.set(k["done"], "1")
        else:
            _enqueue(Queue(QUEUE, connection=connection), walk_id, checkpoint, settings, pipe)
        try:
            pipe.execute()
        except redis.WatchError:
            return "stale: the checkpoint moved while this job ran"
    return f"{len(records)} records" + (", walk finished" if finished else "")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: inventory_walk_rq.py REDIS_URL FLEXPORT_BASE_URL", file=sys.stderr)
        return 2
    connection = redis.Redis.from_url(argv[0])
    print("walk", start_walk(connection, argv[1]), "enqueued on queue", QUEUE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
