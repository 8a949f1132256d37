"""End to end: colour only on a terminal, never with NO_COLOR or --no-color."""

import os
import pty
import subprocess
import unittest

from cpcost_run import BIN, base_env, run


def run_on_terminal(*args, env):
    """Runs cpcost with stdout on a pseudo-terminal; returns (exit code, output)."""
    primary, secondary = pty.openpty()
    done = subprocess.Popen([BIN, *args], stdout=secondary, stderr=subprocess.PIPE, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    return done.wait(timeout=60), b"".join(chunks).decode("utf-8")


class Colour(unittest.TestCase):
    def test_colour_on_a_terminal(self):
        code, out = run_on_terminal("--country", "mexico", env=base_env())
        self.assertEqual(code, 0)
        self.assertIn("\x1b[1mItem", out)
        self.assertIn("\x1b[33mAdvisory: \x1b[0m", out)

    def test_no_colour_when_NO_COLOR_is_set(self):
        code, out = run_on_terminal("--country", "mexico", env=base_env(NO_COLOR="1"))
        self.assertEqual(code, 0)
        self.assertIn("Item", out)
        self.assertNotIn("\x1b[", out)

    def test_an_empty_NO_COLOR_does_not_count(self):  # no-color.org: "present and not an empty string"
        code, out = run_on_terminal("--country", "mexico", env=base_env(NO_COLOR=""))
        self.assertIn("\x1b[1mItem", out)

    def test_no_colour_with_the_flag(self):
        code, out = run_on_terminal("--country", "mexico", "--no-color", env=base_env())
        self.assertEqual(code, 0)
        self.assertNotIn("\x1b[", out)

    def test_no_colour_in_a_pipe(self):
        code, out, _ = run("--country", "mexico")
        self.assertNotIn("\x1b[", out)

    def test_machine_formats_never_coloured(self):
        for fmt in ["json", "csv", "markdown"]:
            code, out = run_on_terminal("--country", "mexico", "--format", fmt, env=base_env())
            self.assertNotIn("\x1b[", out, fmt)


if __name__ == "__main__":
    unittest.main()
