"""End to end: inputs that once crashed cpcost, hung it or ran the machine out of
memory (README, "Limits"). Each run must end within 2 seconds with its exit code
and one line on stderr, `cpcost: error: PATH[:LINE:COL]: what is wrong`, peak
at under 100 MB, and leave nothing behind in its working or temporary directory.

On main, before the limits: a TOML file of 40,000 dotted parts overflowed the
stack (exit 139, nothing said); /dev/zero as a quote or batch file grew until
the machine ran out; a sparse 1 GB batch file peaked at 16.8 GB and printed a
4.29 GB error line; a FIFO among the data files blocked for ever."""

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest

from cpcost_run import BIN, FIXTURES, TempDirTest, base_env


def sanitized():
    """A sanitizer build is slower and larger: its limits are looser (still finite)."""
    cache = os.path.join(os.environ.get("CPCOST_BUILD_DIR", ""), "CMakeCache.txt")
    try:
        with open(cache, encoding="utf-8") as f:
            return "-fsanitize" in f.read()
    except OSError:
        return False


SANITIZED = sanitized()
SECONDS = 20 if SANITIZED else 2
MEGABYTES = 1000 if SANITIZED else 100
GNU_TIME = "/usr/bin/time"
TESTLAND = os.path.join(FIXTURES, "data", "destinations", "testland.toml")
KNOWN = ("Known countries: 'georgia', 'india', 'mexico', 'panama', 'thailand', 'ukraine', 'united-states', "
         "'western-europe'")


class Run:
    """One run of cpcost: exit code, streams, wall-clock seconds and peak memory (MB).

    Memory is what GNU time reports of cpcost itself; without it, the peak that
    wait4 reports, which also counts this Python process (copied until the exec):
    an upper bound."""

    def __init__(self, args, cwd, env, stdin):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
                tempfile.NamedTemporaryFile("r") as peak:
            command = [BIN, *args]
            if os.access(GNU_TIME, os.X_OK):
                command = [GNU_TIME, "-f", "%M", "-o", peak.name, *command]
            start = time.monotonic()
            child = subprocess.Popen(command, cwd=cwd, env=env, stdin=stdin, stdout=out, stderr=err,
                                     start_new_session=True)
            # A run that hangs is killed, and fails on its time below.
            killer = threading.Timer(SECONDS + 5, os.killpg, (child.pid, signal.SIGKILL))
            killer.start()
            try:
                _, status, usage = os.wait4(child.pid, 0)
            finally:
                killer.cancel()
            self.seconds = time.monotonic() - start
            self.code = child.returncode = os.waitstatus_to_exitcode(status)
            reported = peak.read().split()
            # "Command exited with non-zero status 3" comes first; the last word is the peak in kilobytes.
            kilobytes = int(reported[-1]) if reported and reported[-1].isdigit() else usage.ru_maxrss
            self.megabytes = kilobytes / 1024
            out.seek(0)
            err.seek(0)
            self.out = out.read(1 << 20).decode("utf-8", "replace")
            self.err = err.read(1 << 20).decode("utf-8", "replace")


class Limits(TempDirTest):
    def setUp(self):
        super().setUp()  # self.tmp: the working directory, where inputs go
        self.tmpdir = tempfile.mkdtemp()  # cpcost's TMPDIR
        data = os.path.join(self.tmp, "d", "destinations")
        os.makedirs(data)
        shutil.copy(TESTLAND, data)

    def tearDown(self):
        super().tearDown()
        shutil.rmtree(self.tmpdir)

    def files(self):
        found = []
        for top in (self.tmp, self.tmpdir):
            for root, dirs, names in os.walk(top):
                found += [os.path.join(root, n) for n in dirs + names]
        return sorted(found)

    def run_bounded(self, *args, stdin=subprocess.DEVNULL, **env):
        before = self.files()
        run = Run(args, self.tmp, base_env(TMPDIR=self.tmpdir, **env), stdin)
        self.assertLess(run.seconds, SECONDS, f"{args[:3]}: took {run.seconds:.2f} s (killed after {SECONDS + 5})")
        self.assertLess(run.megabytes, MEGABYTES, f"{args[:3]}: peaked at {run.megabytes:.0f} MB")
        self.assertEqual(self.files(), before, f"{args[:3]}: left files behind")
        return run

    def assert_refused(self, args, message, code=3, **kw):
        run = self.run_bounded(*args, **kw)
        self.assertEqual((run.code, run.out), (code, ""), run.err[:500])
        self.assertEqual(run.err, f"cpcost: error: {message}\n")
        return run


class DeepToml(Limits):
    """toml++ recurses once per level: 40,000 levels overflowed the stack (exit 139)."""

    HEADER = "[" + ".".join(["a"] * 40000) + "]\n"  # the reproducer
    CASES = [
        ("header.toml", HEADER, "1:128"),
        ("key.toml", ".".join(["a"] * 40000) + " = 1\n", "1:129"),
        ("arrays.toml", "a = " + "[" * 40000 + "]" * 40000 + "\n", "1:68"),
        ("tables.toml", "a = " + "{b = " * 40000 + "1" + "}" * 40000 + "\n", "1:161"),
        ("arrays-of-tables.toml", "[[" + ".".join(["a"] * 40000) + "]]\n", "1:127"),
    ]
    TOO_DEEP = "nested too deep (more than 64 levels)"

    def test_as_a_quote(self):
        for name, text, where in self.CASES:
            with self.subTest(name=name):
                self.write(name, text)
                self.assert_refused(["--quote", name], f"{name}:{where}: {self.TOO_DEEP}")
                self.assert_refused(["compare", "--quote", name], f"{name}:{where}: {self.TOO_DEEP}")

    def test_as_a_config_file_named_or_found(self):
        self.write("deep.toml", self.HEADER)
        self.assert_refused(["--country", "mexico", "--config", "deep.toml"], f"deep.toml:1:128: {self.TOO_DEEP}")
        self.assert_refused(["--country", "mexico"], f"deep.toml:1:128: {self.TOO_DEEP}", CPCOST_CONFIG="deep.toml")
        os.makedirs(self.path("home/cpcost"))
        config = self.path("home/cpcost/config.toml")
        self.write(config, self.HEADER)
        self.assert_refused(["--country", "mexico"], f"{config}:1:128: {self.TOO_DEEP}",
                            XDG_CONFIG_HOME=self.path("home"))

    def test_among_the_data(self):
        for name in ["destinations/deep.toml", "checklist.toml", "currencies.toml"]:
            with self.subTest(name=name):
                self.write(os.path.join("d", name), self.HEADER)
                self.assert_refused(["--data", "d", "--country", "testland"], f"d/{name}:1:128: {self.TOO_DEEP}")
                os.remove(self.path(os.path.join("d", name)))

    def test_validate_reports_it_as_a_problem(self):
        self.write("deep.toml", self.HEADER)
        run = self.run_bounded("validate", "deep.toml")
        self.assertEqual((run.code, run.err), (3, ""))
        self.assertEqual(run.out, f"deep.toml:1:128: {self.TOO_DEEP}\n1 problem in 1 file checked.\n")
        self.write("d/destinations/deep.toml", self.HEADER)
        run = self.run_bounded("validate", "--data", "d")
        self.assertEqual(run.code, 3)
        self.assertIn(f"d/destinations/deep.toml:1:128: {self.TOO_DEEP}\n", run.out)

    def test_64_levels_are_read(self):
        # The deepest a file may be: a quote's own problems are reported, not its depth.
        self.write("deepest.toml", "[" + ".".join(["a"] * 63) + "]\nb = 1\n")
        self.assert_refused(["--quote", "deepest.toml"], "deepest.toml:1:1: missing key 'clinic'")


class EndlessInput(Limits):
    """/dev/zero and sparse files: refused before reading, or after a bounded read."""

    def sparse(self, name, size=1 << 30):
        with open(self.path(name), "wb") as f:
            f.truncate(size)  # a gigabyte of zeros that takes no disk

    def test_dev_zero(self):
        message = "/dev/zero: not a regular file (a character device)"
        self.assert_refused(["--quote", "/dev/zero"], message)
        self.assert_refused(["batch", "/dev/zero"], message)
        self.assert_refused(["--country", "mexico", "--config", "/dev/zero"], message)
        self.assert_refused(["diff", "/dev/zero", "/dev/zero"], message)
        self.assert_refused(["validate", "/dev/zero"], message)

    def test_dev_zero_as_standard_input(self):
        with open("/dev/zero", "rb") as zero:
            self.assert_refused(["batch", "-"], "(standard input):header: field 1 is longer than 64 KiB, the limit (line 1)",
                                stdin=zero)

    def test_a_sparse_gigabyte(self):
        self.sparse("z.csv")
        self.assert_refused(["batch", "z.csv"], "z.csv:header: field 1 is longer than 64 KiB, the limit (line 1)")
        self.sparse("z.toml")
        too_large = "too large (1,073,741,824 bytes; the limit is"
        self.assert_refused(["--quote", "z.toml"], f"z.toml: {too_large} 1 MiB)")
        self.assert_refused(["diff", "z.toml", "z.toml"], f"z.toml: {too_large} 16 MiB)")
        self.sparse("d/destinations/z.toml")
        self.assert_refused(["--data", "d", "--country", "testland"], f"d/destinations/z.toml: {too_large} 1 MiB)")

    def test_long_batch_fields_and_rows(self):
        self.write("cell.csv", "country\n" + "x" * 10_000_000 + "\n")  # a 10 MB cell
        self.assert_refused(["batch", "cell.csv"], "cell.csv:1: field 1 is longer than 64 KiB, the limit (line 2)")
        # Fields within their limit, over many lines inside quotes, make a row over its limit.
        field = '"' + ("z" * 1000 + "\n") * 60 + '"'
        self.write("row.csv", "country,id\n" + ",".join([field] * 20) + "\n")
        self.assert_refused(["batch", "row.csv"], "row.csv:1: the row is longer than 1 MiB, the limit (line 2)")


class Echoes(Limits):
    """A message names the input it is about; it never echoes a whole argument or cell."""

    BOGUS = ",".join(f"bogus{i}" for i in range(10000))  # 88,890 characters

    def test_ten_thousand_unknown_countries(self):
        self.assert_refused(["--country", self.BOGUS], f"unknown country 'bogus0'. {KNOWN}", code=2)
        self.assert_refused(["compare", "--countries", "mexico," + self.BOGUS], f"unknown country 'bogus0'. {KNOWN}",
                            code=2)

    def test_a_long_argument_is_quoted_in_part(self):
        cut = "x" * 100 + "..."
        self.assert_refused(["--country", "x" * 100000], f"unknown country '{cut}'. {KNOWN}", code=2)
        self.assert_refused(["--country", "mexico", "--infusions", "x" * 100000],
                            f"--infusions: '{cut}' is not a whole number (expected 1 to 50)", code=2)
        self.assert_refused(["--country", "mexico", "--from", "x" * 100000],
                            f"--from: '{cut}' is not one of north-america, europe, asia, middle-east, latin-america "
                            "(or all)", code=2)

    def test_a_long_batch_cell_is_quoted_in_part(self):
        names = ",".join(f"bogus{i}" for i in range(6000))  # 58,890 characters: within a field's limit
        self.write("names.csv", f'country\n"{names}"\n')
        self.assert_refused(["batch", "names.csv"], f"names.csv:1: column country: unknown country 'bogus0'. {KNOWN}")
        self.write("long.csv", "country,infusions\nmexico,\"" + "9" * 60000 + "\"\n")
        run = self.run_bounded("batch", "long.csv")
        # The value as typed, cut at 100 characters like every quoted input.
        self.assertEqual((run.code, run.out), (3, ""))
        message = "long.csv:1: column infusions: must be 1 to 50, not "
        self.assertEqual(run.err, f"cpcost: error: {message}{'9' * 100}...\n")
        self.write("header.csv", "country," + "c" * 60000 + "\nmexico,1\n")
        self.assert_refused(["batch", "header.csv"],
                            f"header.csv: header: column {'c' * 100}...: unknown column; the columns are id or name, "
                            "country, infusions, cycles, companions, from, nights")

    def test_a_long_value_in_a_data_file_is_quoted_in_part(self):
        with open(TESTLAND, encoding="utf-8") as f:
            text = f.read()
        self.assertIn('id = "testland"', text)
        self.write("d/destinations/testland.toml", text.replace('id = "testland"', 'id = "' + "Q" * 500000 + '"'))
        run = self.run_bounded("--data", "d", "--country", "testland")
        self.assertEqual((run.code, run.out), (3, ""))
        self.assertRegex(run.err, r"^cpcost: error: d/destinations/testland\.toml:\d+:\d+: id: must be lowercase "
                                  r"letters, digits and '-', not 'Q{100}\.\.\.'\n$")


class Fifos(Limits):
    """A FIFO would block a read for ever: refused at once, whichever file it stands for."""

    def fifo(self, name):
        os.mkfifo(self.path(name))
        return name

    def test_among_the_data_files(self):
        self.fifo("d/destinations/x.toml")
        self.assert_refused(["--data", "d", "--country", "testland"], "d/destinations/x.toml: not a regular file (a FIFO)")
        self.assert_refused(["validate", "--data", "d"], "d/destinations/x.toml: not a regular file (a FIFO)")
        os.remove(self.path("d/destinations/x.toml"))
        self.fifo("d/checklist.toml")
        self.assert_refused(["--data", "d", "checklist"], "d/checklist.toml: not a regular file (a FIFO)")

    def test_each_file_a_user_names(self):
        fifo = self.fifo("f.toml")
        message = "f.toml: not a regular file (a FIFO)"
        self.assert_refused(["--quote", fifo], message)
        self.assert_refused(["--country", "mexico", "--config", fifo], message)
        self.assert_refused(["batch", fifo], message)
        self.assert_refused(["validate", fifo], message)
        self.assert_refused(["diff", fifo, fifo], message)

    def test_standard_input_may_still_be_a_pipe(self):
        reader, writer = os.pipe()
        os.write(writer, b"country\nmexico\n")
        os.close(writer)
        try:
            run = self.run_bounded("batch", "-", stdin=reader)
        finally:
            os.close(reader)
        self.assertEqual((run.code, run.err), (0, ""))
        self.assertEqual(len(run.out.splitlines()), 2)


if __name__ == "__main__":
    unittest.main()
