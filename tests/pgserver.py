"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary directory, a loopback port.

Run as root (CI containers), the server runs as the `postgres` user the Debian package creates, since
PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run tools/ensure-postgresql.sh (make test does)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def postgres_server(settings: dict[str, str] | None = None) -> Iterator[str]:
    """Start a server, yield its URL (database `callboard_test`), stop it and delete its files.

    `settings`: more server settings ({"shared_buffers": "2GB"}), as the benchmarks size the server."""
    bindir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="callboard-pg-"))
    data = root / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    run: dict[str, Any] = {"check": True, "capture_output": True, "text": True}
    subprocess.run(
        _as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "callboard", "-A", "trust", "-E", "UTF8",
                         "--no-locale"]),
        **run,
    )
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    opts += "".join(f" -c {name}={value}" for name, value in (settings or {}).items())
    subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w",
                         "start"]),
        **run,
    )
    try:
        for _ in range(100):
            ready = subprocess.run([str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                                   capture_output=True)
            if ready.returncode == 0:
                break
            time.sleep(0.1)
        subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "callboard",
                        "callboard_test"], **run)
        yield f"postgresql://callboard@127.0.0.1:{port}/callboard_test"
    finally:
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
