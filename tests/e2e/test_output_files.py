"""End to end: what -o leaves on disk when a run is cut short (SIGKILL, a file
size limit), ignored signals (nohup), symbolic links, permissions, -o - and
-o '', and standard descriptors closed at start. Each test lasts well under two
seconds and leaves nothing behind."""

import os
import resource
import signal
import stat
import subprocess
import tempfile
import time
import unittest

from cpcost_run import BIN, base_env, run

HEADER = "scenario,input_row,country,infusions,"


class OutputFiles(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.report = os.path.join(self.tmp, "out.csv")

    def tearDown(self):
        for root, dirs, files in os.walk(self.tmp, topdown=False):
            for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
                os.remove(os.path.join(root, name))
            for name in dirs:
                if not os.path.islink(os.path.join(root, name)):
                    os.rmdir(os.path.join(root, name))
        os.rmdir(self.tmp)

    def batch_file(self, rows):
        """A batch file of `rows` rows, written at once (no generator to wait for)."""
        path = os.path.join(self.tmp, "big.csv")
        with open(path, "w") as f:
            f.write("country,infusions\n")
            f.write("mexico,2\nindia,3\n" * (rows // 2))
        return path

    def previous_report(self, mode=0o644):
        with open(self.report, "w") as f:
            f.write("the previous report\n")
        os.chmod(self.report, mode)

    def assert_previous_report_alone(self, *others):
        self.assertEqual(sorted(os.listdir(self.tmp)), sorted(["out.csv", *others]))  # nothing hidden beside it
        with open(self.report) as f:
            self.assertEqual(f.read(), "the previous report\n")

    def start(self, *args, stdout=subprocess.PIPE, **popen):
        return subprocess.Popen([BIN, *args], cwd=self.tmp, env=base_env(), stdin=subprocess.DEVNULL,
                                stdout=stdout, stderr=subprocess.PIPE, **popen)

    def wait_for_report_underway(self, process):
        """Waits until the process holds its report open with something written in it:
        the report file is made, and the run past it."""
        deadline = time.monotonic() + 10
        fds = f"/proc/{process.pid}/fd"
        while time.monotonic() < deadline and process.poll() is None:
            for fd in os.listdir(fds):
                try:
                    target = os.readlink(os.path.join(fds, fd))
                    size = os.stat(os.path.join(fds, fd)).st_size
                except OSError:
                    continue
                if target.startswith(self.tmp + "/") and not target.endswith("big.csv") and size > 0:
                    return target
            time.sleep(0.01)
        self.fail("the run did not start writing its report")

    def test_sigkill_mid_run_leaves_the_previous_report_and_nothing_else(self):
        self.previous_report()
        big = self.batch_file(300_000)
        process = self.start("batch", big, "-o", self.report)
        target = self.wait_for_report_underway(process)
        self.assertTrue(target.endswith("(deleted)"), target)  # the report is written to a file with no name
        process.kill()
        process.communicate(timeout=10)
        self.assertEqual(process.returncode, -signal.SIGKILL)
        self.assert_previous_report_alone("big.csv")

    def test_a_file_size_limit_is_an_output_error_and_leaves_nothing(self):
        self.previous_report()
        big = self.batch_file(10_000)  # about 3 MB of rows

        def limit():
            resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))

        process = self.start("batch", big, "-o", self.report, preexec_fn=limit)
        out, err = process.communicate(timeout=60)
        self.assertEqual((process.returncode, out), (4, b""))
        self.assertEqual(err.decode(), f"cpcost: error: cannot write '{self.report}': File too large\n")
        self.assert_previous_report_alone("big.csv")
        # Standard output redirected to a file meets the same limit, the same way.
        with open(os.path.join(self.tmp, "stdout.csv"), "wb") as stdout:
            process = self.start("batch", big, stdout=stdout, preexec_fn=limit)
            _, err = process.communicate(timeout=60)
        self.assertEqual(process.returncode, 4)
        self.assertEqual(err.decode(), "cpcost: error: cannot write output: File too large\n")
        os.remove(os.path.join(self.tmp, "stdout.csv"))

    def test_sighup_ignored_at_start_stays_ignored(self):
        big = self.batch_file(20_000)

        def nohup():
            signal.signal(signal.SIGHUP, signal.SIG_IGN)

        process = self.start("batch", big, "-o", self.report, preexec_fn=nohup)
        self.wait_for_report_underway(process)
        process.send_signal(signal.SIGHUP)
        out, err = process.communicate(timeout=60)
        self.assertEqual((process.returncode, out, err), (0, b"", b""))
        with open(self.report) as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 20_001)
        self.assertTrue(lines[0].startswith(HEADER))
        self.assertTrue(lines[-1].startswith("20000,20000,india,3,"))
        self.assertEqual(sorted(os.listdir(self.tmp)), ["big.csv", "out.csv"])

    def test_closed_stderr_keeps_error_lines_out_of_the_report(self):
        path = os.path.join(self.tmp, "b.csv")
        with open(path, "w") as f:
            f.write("id,country\na,mexico\nb,nowhere\nc,india\n")
        # cpcost batch b.csv --keep-going -o out.csv 2>&-: stderr closed, not /dev/null.
        process = subprocess.Popen([BIN, "batch", path, "--keep-going", "-o", self.report], cwd=self.tmp,
                                   env=base_env(), stdout=subprocess.PIPE, preexec_fn=lambda: os.close(2))
        out, _ = process.communicate(timeout=10)
        self.assertEqual((process.returncode, out), (3, b""))
        with open(self.report) as f:
            text = f.read()
        self.assertNotIn("cpcost: error", text)
        self.assertEqual([line.split(",")[2] for line in text.splitlines()], ["id", "a", "c"])

    def test_all_standard_descriptors_closed(self):
        def close_all():
            for fd in (0, 1, 2):
                os.close(fd)

        for args in (["--country", "mexico", "-o", self.report], ["--country", "mexico"], ["--country", "atlantis"]):
            with self.subTest(args=args):
                code = subprocess.run([BIN, *args], cwd=self.tmp, env=base_env(), preexec_fn=close_all,
                                      timeout=10).returncode
                self.assertEqual(code, 2 if "atlantis" in args else 0)
        with open(self.report) as f:
            self.assertTrue(f.read().startswith("destination,item,label,"))

    def test_through_a_symlink_the_target_is_written_and_the_link_stays(self):
        os.mkdir(os.path.join(self.tmp, "reports"))
        target = os.path.join(self.tmp, "reports", "latest.csv")
        with open(target, "w") as f:
            f.write("the previous report\n")
        os.chmod(target, 0o640)
        link = os.path.join(self.tmp, "link.csv")
        os.symlink("reports/latest.csv", link)
        code, out, err = run("--country", "mexico", "-o", link)
        self.assertEqual((code, out, err), (0, "", ""))
        self.assertTrue(os.path.islink(link))
        self.assertEqual(os.readlink(link), "reports/latest.csv")
        with open(target) as f:
            self.assertTrue(f.read().startswith("destination,item,label,"))
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o640)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["link.csv", "reports"])
        self.assertEqual(os.listdir(os.path.join(self.tmp, "reports")), ["latest.csv"])

    def test_an_existing_file_keeps_its_mode_and_a_new_one_follows_the_umask(self):
        self.previous_report(0o640)
        code, _, err = run("--country", "mexico", "-o", self.report)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(stat.S_IMODE(os.stat(self.report).st_mode), 0o640)
        new = os.path.join(self.tmp, "new.csv")
        process = self.start("--country", "mexico", "-o", new, preexec_fn=lambda: os.umask(0o027))
        process.communicate(timeout=10)
        self.assertEqual(process.returncode, 0)
        self.assertEqual(stat.S_IMODE(os.stat(new).st_mode), 0o640)

    def test_dash_is_standard_output(self):
        code, out, err = run("--country", "mexico", "-o", "-", cwd=self.tmp)
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("Stem cell treatment for cerebral palsy in Mexico"), out)  # the table, as without -o
        code, out, err = run("--country", "mexico", "--format", "csv", "--output", "-", cwd=self.tmp)
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("destination,item,label,"), out)
        self.assertEqual(os.listdir(self.tmp), [])  # no file named "-"

    def test_an_empty_path_is_a_usage_error(self):
        for args in (["--country", "mexico", "-o", ""], ["--country", "mexico", "--format", "csv", "--output", ""],
                     ["batch", "-", "-o", ""]):
            with self.subTest(args=args):
                code, out, err = run(*args, cwd=self.tmp)
                self.assertEqual((code, out), (2, ""))
                self.assertEqual(err, "cpcost: error: --output: an empty path (give a file name, or - for "
                                      "standard output)\n")
        self.assertEqual(os.listdir(self.tmp), [])


if __name__ == "__main__":
    unittest.main()
