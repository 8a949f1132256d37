"""Runs the installed cpcost binary (CPCOST_BIN) the way a user does: from
another directory, with a clean environment, capturing exit code and streams."""

import os
import shutil
import subprocess
import tempfile
import unittest

BIN = os.environ["CPCOST_BIN"]
FIXTURES = os.environ["CPCOST_FIXTURES"]


def base_env(**extra):
    """The caller's environment, made predictable: a UTF-8 locale, no NO_COLOR,
    today fixed so that the age of figures does not drift, and a terminal 10,000
    columns wide, so that what a test reads is one line, not wrapped: the tests
    of layout (test_terminal, test_golden, the chart's) give their own width."""
    drop = ("NO_COLOR", "CPCOST_DATA", "CPCOST_CONFIG", "LANG", "LC_ALL", "LC_CTYPE", "COLUMNS", "XDG_CONFIG_HOME")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    # No config file of the person running the tests: XDG_CONFIG_HOME points nowhere.
    env.update({"LC_ALL": "C.UTF-8", "COLUMNS": "10000", "CPCOST_TODAY": "2026-11-25",
                "XDG_CONFIG_HOME": "/nonexistent-cpcost-test-config"})
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


def run(*args, env=None, stdout=subprocess.PIPE, cwd=None, timeout=60):
    """Returns (exit code, stdout text, stderr text). Runs in an empty directory
    unless cwd is given. The timeout catches a hang; a long run under the
    sanitizers may ask for more."""
    with tempfile.TemporaryDirectory() as elsewhere:
        done = subprocess.run([BIN, *args], cwd=cwd or elsewhere, env=env or base_env(), stdout=stdout,
                              stderr=subprocess.PIPE, timeout=timeout)
    out = done.stdout.decode("utf-8") if done.stdout is not None else ""
    return done.returncode, out, done.stderr.decode("utf-8")


class TempDirTest(unittest.TestCase):
    """A test case with a directory of its own (self.tmp), removed after each test."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, text):
        """name (it may name subdirectories) holding text; returns its path."""
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path
