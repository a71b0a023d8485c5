"""A local Prefect server for schedules: Prefect's ephemeral API (what `pantau run` uses) has no scheduler,
so `pantau serve` without `PREFECT_API_URL` starts `prefect server start` on 127.0.0.1 itself, with its
database under the project's PREFECT_HOME, and stops it on exit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalPrefectServer:
    """`prefect server start` in a subprocess on 127.0.0.1; `api_url` once `start()` returns."""

    def __init__(self, port: int | None = None, log_file: Path | None = None, startup_timeout: float = 120.0):
        self.port = port or free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.log_file = log_file
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen | None = None

    def start(self) -> LocalPrefectServer:
        from pantau.config import prefect_environment

        env = {**os.environ, **prefect_environment(), "PREFECT_UI_ENABLED": "false",
               "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        env.pop("PREFECT_API_URL", None)
        output = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(self.port),
             "--no-ui"],
            env=env, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the Prefect server exited with status {self.process.returncode}"
                                   + (f"; see {self.log_file}" if self.log_file else ""))
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the Prefect server did not answer within {self.startup_timeout:.0f} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> LocalPrefectServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
