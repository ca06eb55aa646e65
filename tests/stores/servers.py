"""Real Redis and PostgreSQL servers for the tests: loopback, an ephemeral port, a temp directory.

Started by the tests, stopped by them (and on interpreter exit). No fakes: a missing binary or a
server that will not start fails the test run loudly, naming the command that installs it.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

START_TIMEOUT = 30.0
INSTALL_HINT = "run `make services` (as root: apt-get update && apt-get install -y redis-server postgresql)"


class ServerError(RuntimeError):
    pass


def _die_with_parent() -> None:
    """In the server's process before exec: SIGTERM it when the test process dies, however it dies,
    so a killed test run leaves no server behind (Linux prctl PR_SET_PDEATHSIG; it follows the thread
    that started the server, so start servers from the main thread, as the fixtures do)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-2000:]
    except OSError:
        return "(no log)"


class RedisServer:
    """``redis-server`` with an append-only file fsynced on every write, so a restart keeps the data."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server") or (
            "/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None
        )
        if binary is None:
            raise ServerError(f"redis-server is not installed; {INSTALL_HINT}")
        self.binary = binary
        self.dir = Path(tempfile.mkdtemp(prefix="flexport-redis-"))
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        atexit.register(self.stop)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        log = self.dir / "redis.log"
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.dir),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
                "--logfile",
                str(log),
                "--protected-mode",
                "yes",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not self._pongs():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise ServerError(
                    f"redis-server did not start on 127.0.0.1:{self.port}: {_tail(log)}\n"
                    f"try it by hand: {self.binary} --port {self.port}; {INSTALL_HINT}"
                )
            time.sleep(0.02)
        return self

    def _pongs(self) -> bool:
        """Ready is PONG, not an open port: a restarted server accepts while still loading its file."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def postgres_bin() -> Path:
    override = os.environ.get("FLEXPORT_PG_BIN")
    candidates = [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)
    for candidate in reversed(candidates):
        if candidate and (Path(candidate) / "postgres").exists():
            return Path(candidate)
    raise ServerError(f"PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; {INSTALL_HINT}")


def _version_key(path: str) -> int:
    part = Path(path).parent.name
    return int(part) if part.isdigit() else 0


def _unprivileged() -> pwd.struct_passwd | None:
    """PostgreSQL refuses to run as root: as root, run it as the ``postgres`` system user."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        raise ServerError(
            "running as root and no 'postgres' user exists to run PostgreSQL as; "
            "run `make services` (apt-get install -y postgresql creates it, or: useradd --system postgres)"
        ) from None


class PostgresServer:
    """``initdb`` into a temp directory, ``postgres`` on loopback; trust auth, fsync off (tests only)."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.user = _unprivileged()
        self.dir = Path(tempfile.mkdtemp(prefix="flexport-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self._run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        )
        atexit.register(self.stop)

    def _as_user(self) -> dict[str, object]:
        if self.user is None:
            return {}
        return {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}

    def _run(self, argv: list[str]) -> None:
        done = subprocess.run(
            argv, capture_output=True, cwd=self.dir, timeout=120, check=False, **self._as_user()
        )  # type: ignore[call-overload]
        if done.returncode != 0:
            raise ServerError(
                f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}"
            )

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> PostgresServer:
        log = self.dir / "postgres.log"
        argv = [
            str(self.bin / "postgres"),
            "-D",
            str(self.data),
            "-p",
            str(self.port),
            "-h",
            "127.0.0.1",
            "-k",
            str(self.dir),
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=200",
            "-c",
            "shared_buffers=32MB",
        ]
        with open(log, "ab") as out:
            self.proc = subprocess.Popen(  # type: ignore[call-overload]
                argv,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self.dir,
                preexec_fn=_die_with_parent,  # runs after the switch to the postgres user
                **self._as_user(),
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not self._ready():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise ServerError(
                    f"postgres did not start on 127.0.0.1:{self.port}: {_tail(log)}\n"
                    f"try it by hand: {' '.join(argv)}; {INSTALL_HINT}"
                )
            time.sleep(0.05)
        return self

    def _ready(self) -> bool:
        if not _accepts(self.port):
            return False
        done = subprocess.run(
            [str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"],
            capture_output=True,
            check=False,
        )
        return done.returncode == 0

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # "fast" shutdown: roll back, disconnect, checkpoint
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
