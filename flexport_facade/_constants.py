"""Every default the package uses, in one place: hosts, timeouts, retries, page sizes, limits.

Change a default here and every client, pager and receiver picks it up; each value says where it
comes from (a spec field, seed document or observed behaviour) when that is not obvious.
"""

from __future__ import annotations

import httpx

from flexport_facade._version import __version__

# -- hosts and environment ---------------------------------------------------------------------
LOGISTICS_BASE_URL = "https://logistics-api.flexport.com"
V1_BASE_URL = "https://api.flexport.com"
VERSION_ENV_VAR = "FLEXPORT_API_VERSION"
TOKEN_ENV_VAR = "FLEXPORT_TOKEN"  # noqa: S105 - a variable name, not a secret
V1_KEY_ENV_VAR = "FLEXPORT_V1_KEY"
REGISTRY_ENV_VAR = "FLEXPORT_VERSIONS_FILE"
V1_ACCEPT_VERSION = "v1"  # Accept: application/vnd.flexport.v1
BASE_URL_ENV_VAR = "FLEXPORT_BASE_URL"  # the Logistics host (a sandbox, a simulator); `make record` sets it
# Sent by every client we build (Logistics and v1); an injected http_client keeps its own.
USER_AGENT = f"flexport-facade/{__version__} httpx/{httpx.__version__}"

# -- timeouts ----------------------------------------------------------------------------------
# The Logistics gateway cuts requests at about 29 s; a 35 s read lets its 504 arrive.
LOGISTICS_TIMEOUT = httpx.Timeout(35.0, connect=5.0)
V1_TIMEOUT = 30.0

# -- retries (RetryPolicy's defaults) ----------------------------------------------------------
RETRY_ATTEMPTS = 4  # counts the first try
RETRY_BACKOFF_BASE = 0.5
RETRY_BACKOFF_CAP = 8.0
RETRY_JITTER = 0.25
RETRY_BUDGET = 120.0
RETRY_AFTER_CAP = 60.0
RATE_LIMIT_FLOOR = 1.0  # a 429 without Retry-After waits at least this long
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# -- pagination --------------------------------------------------------------------------------
MAX_PAGE_SIZE = 100  # the documented cap on `limit`
MIN_PAGE_SIZE = 10  # the floor when a 504 halves the page size
MAX_EMPTY_PAGES = 10  # empty cursor pages in a row that still link onwards
CURSOR_ATTEMPTS = 3
CURSOR_BACKOFF = 1.0
V1_DEFAULT_PER = 15  # the v1 server's default page size for /ports

# -- OAuth and tokens --------------------------------------------------------------------------
OAUTH_MAX_PENDING = 1024  # authorization states kept while waiting for callbacks

# -- webhooks ----------------------------------------------------------------------------------
WEBHOOK_MAX_BODY = 1 << 20  # bytes; larger deliveries get 413
DEDUPE_CAPACITY = 100_000  # ids a MemoryDeduper remembers
# Claims one Redis/PostgreSQL/SQLite deduper instance remembers handing out, so that its release
# forgets only a claim it still holds (webhooks._dedupe.Holds); the oldest is forgotten first.
DEDUPE_HELD_CAPACITY = 10_000
DEDUPE_RETENTION_SECONDS = 14 * 24 * 3600.0
# An in-flight claim older than this is taken over: its holder is presumed dead. Longer than any
# handler should run, since a live handler past its lease may see its event handled twice.
DEDUPE_LEASE_SECONDS = 300.0
DEDUPE_STORE_TIMEOUT = 2.0  # seconds a store call may take before the delivery is answered 503
DEDUPE_BUSY_TIMEOUT = 5.0  # seconds SQLiteDeduper waits for a lock another process holds (off the loop)
# The sender gives up after about 5 s: an answer (2xx when handled, else 5xx so it retries) must come
# sooner. A handler still running at this point keeps its claim and goes on in the background.
WEBHOOK_HANDLER_TIMEOUT = 4.0
WEBHOOK_SHUTDOWN_TIMEOUT = 10.0  # seconds drain() waits for running handlers before cancelling them
WEBHOOK_HANDLER_THREADS = 16  # threads for sync handlers (so none runs on the event loop)
WEBHOOK_RETRY_AFTER = 5  # seconds, sent with a 503 for a delivery that is being handled elsewhere
UNTYPED_LOG_LIMIT = 256  # distinct untyped (event type, reason) pairs logged one by one
LOG_FIELD_LIMIT = 120  # characters of sender-controlled text (event types, ids) put in one log line
