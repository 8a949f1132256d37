"""End to end, in a real pseudo-terminal: the output fits the window's width
(read from the terminal, not COLUMNS); colour only on a terminal, never with
NO_COLOR or --no-color, never in a file, and never alone (the words stay)."""

import fcntl
import os
import pty
import re
import struct
import subprocess
import tempfile
import termios
import unittest

from cpcost_run import BIN, base_env, run

ESCAPES = re.compile(r"\x1b\[[0-9;]*m")


def run_on_terminal(*args, env, columns=80, cwd=None):
    """Runs cpcost with stdout on a pseudo-terminal whose window is `columns`
    wide; returns (exit code, output with the terminal's CRLF as LF)."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    done = subprocess.Popen([BIN, *args], stdout=secondary, stderr=subprocess.PIPE, env=env, cwd=cwd)
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
    return done.wait(timeout=60), b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


class Width(unittest.TestCase):
    """The acceptance commands, in 80 and 120 columns, COLUMNS unset: no line wider."""
    COMMANDS = [["--country", "mexico", "--infusions", "2"], ["--country", "ukraine"], ["compare", "--budget", "25k"],
                ["countries"], ["show", "ukraine"], ["checklist"], ["--help"], ["compare", "--help"],
                ["plan", "--budget", "30k"], ["--country", "mexico,india"]]

    def test_no_line_wider_than_the_window(self):
        for columns in (80, 120):
            for args in self.COMMANDS:
                with self.subTest(columns=columns, args=args):
                    code, out = run_on_terminal(*args, env=base_env(COLUMNS=None), columns=columns)
                    self.assertEqual(code, 0, out)
                    self.assertGreater(len(out.splitlines()), 3)
                    for line in out.splitlines():
                        self.assertLessEqual(len(ESCAPES.sub("", line)), columns, line)

    def test_the_window_not_COLUMNS_on_a_terminal(self):
        code, out = run_on_terminal("--country", "ukraine", env=base_env(COLUMNS="200"), columns=80)
        self.assertLessEqual(max(len(ESCAPES.sub("", line)) for line in out.splitlines()), 80)
        # In a pipe there is no window: COLUMNS, else 80.
        code, out, _ = run("--country", "ukraine", env=base_env(COLUMNS="200"))
        self.assertGreater(max(len(line) for line in out.splitlines()), 80)
        code, out, _ = run("--country", "ukraine", env=base_env(COLUMNS=None))
        self.assertLessEqual(max(len(line) for line in out.splitlines()), 80)

    def test_the_summary_comes_before_the_lines(self):
        code, out = run_on_terminal("--country", "mexico", "--infusions", "2", "--no-color", env=base_env(),
                                    columns=80)
        lines = out.splitlines()
        first_item = next(i for i, line in enumerate(lines) if line.startswith("Item "))
        summary = "\n".join(lines[:first_item])
        self.assertRegex(summary, r"Total: likely \$[\d,]+-\$[\d,]+ \(80 % of outcomes\), median \$[\d,]+")
        self.assertIn("Advisory: Level 3 where the treatment is", summary)
        self.assertIn("Plan: 1 cycle of 2 infusions", summary)
        self.assertLess(first_item, 15)  # the total and the advisory within the first screen, whatever follows


class Countries(unittest.TestCase):
    def test_several_countries_on_a_terminal_are_compared(self):
        code, out = run_on_terminal("--country", "mexico,india", "--no-color", env=base_env(), columns=80)
        self.assertEqual(code, 0, out)
        self.assertIn("destinations compared", out)
        self.assertRegex(out, r"(?m)^Mexico .* Level 3$")
        self.assertNotIn("scenario,", out)
        # Asked for, or not on a terminal: the rows for scripts.
        code, out = run_on_terminal("--country", "mexico,india", "--format", "csv", env=base_env(), columns=80)
        self.assertTrue(out.startswith("scenario,"), out[:80])
        code, out, _ = run("--country", "mexico,india")
        self.assertTrue(out.startswith("scenario,"), out[:80])


class Colour(unittest.TestCase):
    def test_colour_on_a_terminal(self):
        code, out = run_on_terminal("--country", "mexico", env=base_env())
        self.assertEqual(code, 0)
        self.assertIn("\x1b[1mItem", out)
        # Mexico's treatment cities are Level 3: red, and the words say it too.
        self.assertIn("\x1b[31mAdvisory:\x1b[0m Level 3 where the treatment is", out)
        code, out = run_on_terminal("compare", env=base_env())
        self.assertRegex(out, r"(?m)^Ukraine.*\x1b\[31mLevel 4\x1b\[0m")
        self.assertRegex(out, r"(?m)^India.*\x1b\[33mLevel 2\x1b\[0m")

    def test_over_the_budget_in_red_beside_its_word(self):
        code, out = run_on_terminal("compare", "--budget", "20k", env=base_env())
        self.assertRegex(out, r"(?m)^United States.*\x1b\[31mover, 0 %\x1b\[0m")
        self.assertRegex(out, r"(?m)^Georgia.*  may fit")  # what may fit is not red
        code, out = run_on_terminal("--country", "mexico", "--budget", "5k", env=base_env())
        self.assertEqual(code, 1)  # over: a result, not an error
        self.assertIn("\x1b[31mBudget $5,000: over (even the low total is over it)", out)

    def test_no_colour_in_a_file_written_from_a_terminal(self):
        with tempfile.TemporaryDirectory() as where:
            code, out = run_on_terminal("--country", "mexico", "-o", "report.txt", env=base_env(), cwd=where)
            self.assertEqual(code, 0, out)
            with open(os.path.join(where, "report.txt"), "rb") as f:
                written = f.read()
        self.assertIn(b"Advisory: Level 3", written)
        self.assertNotIn(b"\x1b", written)

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
