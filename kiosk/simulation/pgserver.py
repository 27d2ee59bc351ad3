"""A throwaway PostgreSQL server for the queue's tests and `kiosk simulate --temp-postgres`.

Debian's `postgresql` binaries (`/usr/lib/postgresql/*/bin`), a fresh cluster
in a temporary directory, a Unix socket in that directory and no TCP at all.
PostgreSQL refuses to run as root, so as root the server runs as the
`postgres` system user (`runuser`), in a directory it owns.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from kiosk.coded_error import CodedError


class PostgresUnavailable(CodedError, RuntimeError):
    """Why no server can be started here: a code of kiosk.errors; `str()` is the
    English sentence, the reason a test skips with."""

    def __str__(self) -> str:
        from kiosk.errors import error_message

        return error_message(self, "en", isolate=False)


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise PostgresUnavailable("simulate.no_postgres")
    return Path(found[-1]).parent


class TempPostgres:
    """`with TempPostgres() as url:` a SQLAlchemy URL to a new, empty server; stopped and removed after."""

    def __init__(self):
        self.bin = binaries()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable("simulate.no_postgres_user") from None
            if shutil.which("runuser") is None:
                raise PostgresUnavailable("simulate.no_runuser")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.dir: Path | None = None
        self.started = False

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            output = result.stderr.strip() or result.stdout.strip()
            raise PostgresUnavailable("simulate.postgres_failed", tool=Path(args[0]).name, output=output)

    def start(self) -> str:
        self.dir = Path(tempfile.mkdtemp(prefix="qatra-pg-"))
        if self.as_user:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        data = self.dir / "data"
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.dir}' -c max_connections=60"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(self.dir / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        self.started = True
        return self.url

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@/postgres?host={self.dir}"

    def stop(self) -> None:
        try:
            if self.started and self.dir is not None:
                subprocess.run(
                    [*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop"],
                    capture_output=True,
                    timeout=60,
                )
                self.started = False
        finally:
            if self.dir is not None:
                shutil.rmtree(self.dir, ignore_errors=True)
                self.dir = None

    def __enter__(self) -> str:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()
