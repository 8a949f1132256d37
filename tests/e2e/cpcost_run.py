"""Runs the installed cpcost binary (CPCOST_BIN) the way a user does: from
another directory, with a clean environment, capturing exit code and streams."""

import os
import subprocess
import tempfile

BIN = os.environ["CPCOST_BIN"]
FIXTURES = os.environ["CPCOST_FIXTURES"]


def base_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CPCOST_DATA", "CPCOST_CONFIG")}
    env.update(extra)
    return env


def run(*args, env=None, stdout=subprocess.PIPE):
    """Returns (exit code, stdout text, stderr text)."""
    with tempfile.TemporaryDirectory() as elsewhere:
        done = subprocess.run([BIN, *args], cwd=elsewhere, env=env or base_env(), stdout=stdout,
                              stderr=subprocess.PIPE, timeout=60)
    out = done.stdout.decode("utf-8") if done.stdout is not None else ""
    return done.returncode, out, done.stderr.decode("utf-8")
