"""End to end: cpcost batch, sweeps, --output, diff."""

import csv
import io
import json
import os
import pty
import re
import select
import subprocess
import tempfile
import unittest

from cpcost_run import BIN, FIXTURES, base_env, run
from fixture_data import ThreeDestinations

DATA = os.path.join(FIXTURES, "data")


def rows_of(out):
    return list(csv.DictReader(io.StringIO(out, newline=""), strict=True))


class Batch(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        for name in os.listdir(self.tmp):
            os.remove(os.path.join(self.tmp, name))
        os.rmdir(self.tmp)

    def file(self, text, name="scenarios.csv"):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path

    def test_every_column(self):
        path = self.file("id,country,infusions,cycles,companions,from,nights\n"
                         "a,testland,3,2,2,europe,\nb,TL,2,1,1,north-america,10\n")
        code, out, err = run("batch", path, "--data", DATA)
        self.assertEqual(code, 0, err)
        rows = rows_of(out)
        self.assertEqual([(r["scenario"], r["input_row"], r["id"]) for r in rows], [("1", "1", "a"), ("2", "2", "b")])
        # By hand (tests/core/estimate_test.cpp): 30,880-57,940, mid 44,410.
        self.assertEqual((rows[0]["total_low"], rows[0]["total_mid"], rows[0]["total_high"]),
                         ("26143.00", "37374.50", "48606.00"))
        self.assertEqual((rows[1]["nights"], rows[1]["travelers"]), ("10", "2"))

    def test_missing_columns_take_the_defaults_and_order_is_free(self):
        path = self.file("infusions,name,country\n,first,testland\n3,second,testland\n")
        code, out, err = run("batch", path, "--data", DATA)
        self.assertEqual(code, 0, err)
        rows = rows_of(out)
        self.assertEqual(list(rows[0].keys())[:3], ["scenario", "input_row", "name"])
        self.assertEqual([(r["name"], r["infusions"], r["cycles"], r["companions"], r["from"]) for r in rows],
                         [("first", "2", "1", "1", "north-america"), ("second", "3", "1", "1", "north-america")])

    def test_rows_equal_single_estimates(self):
        path = self.file("country,infusions,cycles,companions,from,nights\n"
                         "mexico,2,1,1,north-america,\nindia,4,2,0,asia,20\nukraine,1,1,2,europe,\n"
                         "usa,3,3,1,latin-america,5\n")
        # With --draws, as many as a single estimate draws by default: the same percentiles too.
        code, out, err = run("batch", path, "--format", "jsonl", "--draws", "10000")
        self.assertEqual(code, 0, err)
        lines = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(lines), 4)
        for row, args in zip(lines, [["mexico", "2", "1", "1", "north-america"], ["india", "4", "2", "0", "asia", "20"],
                                     ["ukraine", "1", "1", "2", "europe"], ["usa", "3", "3", "1", "latin-america", "5"]]):
            options = ["--country", args[0], "--infusions", args[1], "--cycles", args[2], "--companions", args[3],
                       "--from", args[4]] + (["--nights", args[5]] if len(args) > 5 else [])
            code, single, _ = run(*options, "--format", "json")
            single = json.loads(single)
            self.assertEqual(row["total"], single["total"])
            self.assertEqual(row["subtotals"], single["subtotals"])
            self.assertEqual(row["query"], single["query"])

    def test_unknown_column(self):
        path = self.file("country,colour\nmexico,blue\n")
        code, out, err = run("batch", path)
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {path}: header: column colour: unknown column; the columns are id or "
                              "name, country, infusions, cycles, companions, from, nights\n")

    def test_a_bad_value_in_row_k_names_row_k(self):
        path = self.file("country,infusions\nmexico,2\nindia,3\npanama,0\nthailand,1\n")
        code, out, err = run("batch", path)
        self.assertEqual(code, 3)
        self.assertEqual(err, f"cpcost: error: {path}:3: column infusions: must be 1 to 50, not 0\n")
        # Rows go out in large pieces (or when input waits): a short run stops before any is out.
        self.assertEqual(out, "")

    def test_keep_going(self):
        path = self.file("country,infusions\nmexico,2\natlantis,1\npanama,0\nthailand,1\n")
        code, out, err = run("batch", path, "--keep-going")
        self.assertEqual(code, 3)
        self.assertEqual(err.splitlines(), [
            f"cpcost: error: {path}:2: column country: unknown country 'atlantis'. Known countries: 'georgia', "
            "'india', 'mexico', 'panama', 'thailand', 'ukraine', 'united-states', 'western-europe'",
            f"cpcost: error: {path}:3: column infusions: must be 1 to 50, not 0"])
        self.assertEqual([r["country"] for r in rows_of(out)], ["mexico", "thailand"])
        code, out, err = run("batch", self.file("country\nmexico\n", "good.csv"), "--keep-going")
        self.assertEqual((code, err), (0, ""))

    def test_output_is_untouched_by_a_failing_run(self):
        report = os.path.join(self.tmp, "report.csv")
        with open(report, "w") as f:
            f.write("the previous report\n")
        path = self.file("country,infusions\nmexico,2\npanama,0\n")
        code, out, err = run("batch", path, "-o", report)
        self.assertEqual((code, out), (3, ""))
        with open(report) as f:
            self.assertEqual(f.read(), "the previous report\n")
        self.assertEqual(sorted(os.listdir(self.tmp)), ["report.csv", "scenarios.csv"])  # no temporary left
        code, out, err = run("batch", self.file("country\nmexico\n", "good.csv"), "-o", report)
        self.assertEqual((code, out, err), (0, "", ""))
        with open(report) as f:
            self.assertEqual(rows_of(f.read())[0]["country"], "mexico")

    def test_an_interrupted_run_leaves_no_partial_report(self):
        report = os.path.join(self.tmp, "report.csv")
        with open(report, "w") as f:
            f.write("previous\n")
        process = subprocess.Popen([BIN, "batch", "-", "-o", report], stdin=subprocess.PIPE, env=base_env(),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        process.stdin.write(b"country\nmexico\n")
        process.stdin.flush()
        process.terminate()
        process.wait(timeout=10)
        with open(report) as f:
            self.assertEqual(f.read(), "previous\n")
        self.assertEqual(sorted(os.listdir(self.tmp)), ["report.csv"])

    def test_spreadsheet_csv(self):
        path = self.file("\ufeffid,country,infusions\r\n\"Smith, J\",mexico,2\r\n\"two\r\nlines\",india,1\r\n\r\n")
        code, out, err = run("batch", path, "--format", "jsonl")
        self.assertEqual(code, 0, err)
        lines = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([(l["id"], l["input_row"]) for l in lines], [("Smith, J", 1), ("two\r\nlines", 2)])

    def test_malformed_csv_stops_even_with_keep_going(self):
        path = self.file("country,infusions\nmexico,2\nindia,3\"x\n")
        code, out, err = run("batch", path, "--keep-going")
        self.assertEqual(code, 3)
        self.assertEqual(err, f"cpcost: error: {path}:2: malformed CSV: error parsing data while strict checking "
                              "enabled (line 3)\n")

    def test_a_failure_before_the_first_row_writes_nothing(self):
        # Not even the header: standard output stays empty, as for any other error.
        for text, keep_going in [("country,infusions\nindia,3\"x\n", ["--keep-going"]),
                                 ("country,infusions\natlantis,2\nmexico,1\n", [])]:
            with self.subTest(text=text):
                path = self.file(text)
                code, out, err = run("batch", path, *keep_going)
                self.assertEqual((code, out), (3, ""), err)
        # From standard input too, where output is flushed before each read.
        done = subprocess.run([BIN, "batch", "-"], input=b"country\natlantis\n", capture_output=True,
                              env=base_env(), timeout=60)
        self.assertEqual((done.returncode, done.stdout), (3, b""))

    def test_a_missing_file(self):
        code, out, err = run("batch", os.path.join(self.tmp, "nope.csv"))
        self.assertEqual((code, out), (3, ""))
        self.assertIn("nope.csv: cannot open: No such file or directory", err)

    def test_items_and_formats(self):
        path = self.file("id,country\nx,ukraine\n")
        code, out, err = run("batch", path, "--items")
        rows = rows_of(out)
        self.assertEqual([r["item"] for r in rows], ["treatment", "follow_ups", "extra_infusions", "tests", "flights",
                                                     "overland",
                                                     "transfers", "accommodation", "local_costs", "visa", "insurance",
                                                     "treatment_subtotal", "travel_subtotal", "adjustments_subtotal",
                                                     "total"])
        self.assertEqual(sum(round(float(r["low"]) * 100) for r in rows[:11]), round(float(rows[-1]["low"]) * 100))
        code, out, _ = run("batch", path, "--format", "json")
        self.assertEqual(json.loads(out)["rows"][0]["id"], "x")
        code, out, _ = run("batch", path, "--format", "markdown")
        self.assertTrue(out.startswith("| Scenario | Row | Id | Destination |"))
        code, out, _ = run("batch", path, "--format", "table")
        self.assertRegex(out, r"(?m)^ +1 +1 +x +Ukraine ")
        code, out, err = run("batch", path, "--items", "--format", "table")
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"(?m)^ +1 +1 +x +Ukraine(?: \*)? +1 +1 +1 +north-america ")
        items = [l for l in out.splitlines() if l.startswith("    ") and not l.lstrip()[0].isdigit()]
        self.assertEqual(len(items), 11)  # one line per line item, under the scenario
        self.assertTrue(items[0].startswith("    Treatment, first cycle "), items[0])
        self.assertTrue(items[5].startswith("    Rzeszów to Przemyśl, then the night sleeper train to Kyiv, and back "), items[5])
        # Each amount ends in the same column, however long its label.
        self.assertEqual(len({len(l) for l in items}), 1, items)

    def test_standard_input_streams(self):
        """Output begins before input ends: a row comes out while stdin is still open."""
        process = subprocess.Popen([BIN, "batch", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=base_env())
        try:
            process.stdin.write(b"country,infusions\nmexico,2\n")
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], 10)
            self.assertTrue(ready, "no output while input was still open")
            first = os.read(process.stdout.fileno(), 65536).decode()
            self.assertIn("scenario,", first)
            while first.count("\n") < 2:
                ready, _, _ = select.select([process.stdout], [], [], 10)
                self.assertTrue(ready)
                first += os.read(process.stdout.fileno(), 65536).decode()
            self.assertIn("\n1,1,mexico,2,", first)
            process.stdin.write(b"india,1\n")
            process.stdin.close()
            rest = process.stdout.read().decode()
            self.assertIn("2,2,india,1,", rest)
        finally:
            process.kill()
            process.wait()


class Advisories(unittest.TestCase):
    def test_each_row_carries_the_advisory_where_the_treatment_is(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "families.csv")
            with open(path, "w") as f:
                f.write("id,country\nkyiv,ukraine\ntijuana,mexico\nduke,united-states\n")
            code, out, err = run("batch", path)
            self.assertEqual(code, 0, err)
            rows = {r["id"]: r for r in rows_of(out)}
            # The data's own words, read here: Ukraine is Level 4 as a whole; Mexico's treatment cities Level 3.
            self.assertEqual(rows["kyiv"]["advisory_level"], "4")
            self.assertEqual(rows["kyiv"]["advisory"], "US Department of State: Level 4: Do not travel")
            self.assertEqual(rows["tijuana"]["advisory_level"], "3")
            self.assertIn("Level 3 in Baja California (Tijuana) and Jalisco (Guadalajara)", rows["tijuana"]["advisory"])
            # No numbered level (the FDA's warning): empty, and the words say what there is.
            self.assertEqual(rows["duke"]["advisory_level"], "")
            self.assertTrue(rows["duke"]["advisory"].startswith("US Food and Drug Administration: Warning"))
            code, out, err = run("batch", path, "--format", "jsonl")
            levels = [json.loads(line)["advisory_level"] for line in out.splitlines()]
            self.assertEqual(levels, [4, 3, None])
        # A sweep's rows too.
        code, out, err = run("--country", "ukraine,mexico", "--infusions", "1,2")
        self.assertEqual([r["advisory_level"] for r in rows_of(out)], ["4", "4", "3", "3"])


class Progress(unittest.TestCase):
    def run_with_terminal_stderr(self, path):
        primary, secondary = pty.openpty()
        process = subprocess.Popen([BIN, "batch", path, "--format", "csv"], stdout=subprocess.DEVNULL,
                                   stderr=secondary, env=base_env())
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(primary)
        self.assertEqual(process.wait(timeout=60), 0)
        return b"".join(chunks).decode()

    def test_a_progress_line_for_a_long_file_on_a_terminal_only(self):
        with tempfile.TemporaryDirectory() as tmp:
            big = os.path.join(tmp, "big.csv")
            with open(big, "w") as f:
                f.write("country,infusions\n")
                f.write("mexico,2\nindia,3\n" * 150_000)
            small = os.path.join(tmp, "small.csv")
            with open(small, "w") as f:
                f.write("country\nmexico\n")
            progress = self.run_with_terminal_stderr(big)
            self.assertRegex(progress, r"\r[\d,]+ rows, [\d,]+ rows/s")
            self.assertTrue(progress.endswith("\r\x1b[K"))  # the line is cleared at the end
            self.assertEqual(self.run_with_terminal_stderr(small), "")
            # stderr not a terminal; a long file, slow under the sanitizers on a busy machine.
            code, out, err = run("batch", big, "-o", os.path.join(tmp, "r.csv"), timeout=600)
            self.assertEqual((code, err), (0, ""))


class Sweeps(unittest.TestCase):
    def test_row_counts_and_order(self):
        code, out, err = run("--country", "all", "--infusions", "1..4", "--companions", "0..2")
        self.assertEqual(code, 0, err)
        rows = rows_of(out)
        self.assertEqual(len(rows), 8 * 4 * 3)
        self.assertEqual([r["scenario"] for r in rows], [str(i) for i in range(1, 97)])
        self.assertEqual([(r["country"], r["infusions"], r["companions"]) for r in rows[:4]],
                         [("georgia", "1", "0"), ("georgia", "1", "1"), ("georgia", "1", "2"), ("georgia", "2", "0")])
        self.assertEqual(rows[-1]["country"], "western-europe")
        code, again, _ = run("--country", "all", "--infusions", "1..4", "--companions", "0..2")
        self.assertEqual(out, again)  # a stable order

    def test_sweep_rows_equal_single_estimates(self):
        code, out, _ = run("--country", "thailand,mx", "--cycles", "1,3", "--from", "all", "--format", "jsonl",
                           "--draws", "10000")
        lines = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(lines), 2 * 2 * 5)
        for row in lines[::7]:
            q = row["query"]
            code, single, _ = run("--country", q["country"], "--cycles", str(q["cycles"]), "--from", q["from"],
                                  "--format", "json")
            self.assertEqual(row["total"], json.loads(single)["total"])

    def test_compare_sweep_ranks_each_comparison(self):
        with ThreeDestinations() as data:
            code, out, err = run("compare", "--data", data, "--companions", "0..1", "--sort", "name")
        self.assertEqual(code, 0, err)
        rows = rows_of(out)
        self.assertEqual([(r["companions"], r["rank"], r["country"]) for r in rows],
                         [("0", "1", "testland"), ("0", "2", "tiedland"), ("0", "3", "zedland"),
                          ("1", "1", "testland"), ("1", "2", "tiedland"), ("1", "3", "zedland")])

    def test_a_table_in_another_currency_keeps_its_columns(self):
        code, out, err = run("--country", "mexico,usa", "--infusions", "1..2", "--format", "table", "--currency", "EUR",
                             "--quiet")
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        lines = lines[:lines.index("")] if "" in lines else lines  # the rows, before the note on old figures
        self.assertEqual(len(lines), 5)
        # Every line, the header included, has its amounts end at the same column ("EUR 56,396+" fits), before
        # the advisory where the treatment is.
        self.assertEqual(len({len(line.rsplit("  ", 1)[0]) for line in lines}), 1, lines)
        self.assertTrue(lines[0].endswith("  Advisory"), lines[0])
        self.assertTrue(lines[1].endswith("  Level 3"), lines[1])

    def test_items_on_sweeps(self):
        code, out, err = run("--country", "mexico,india", "--items")
        self.assertEqual(code, 0, err)
        rows = rows_of(out)
        self.assertEqual([r["country"] for r in rows if r["item"] == "total"], ["mexico", "india"])
        for scenario in ("1", "2"):
            lines = [r for r in rows if r["scenario"] == scenario]
            total = next(r for r in lines if r["item"] == "total")
            parts = [r for r in lines if not r["item"].endswith("subtotal") and r["item"] != "total"]
            self.assertEqual(sum(round(float(r["low"]) * 100) for r in parts), round(float(total["low"]) * 100))
        with ThreeDestinations() as data:
            code, out, err = run("compare", "--data", data, "--companions", "0..1", "--items", "--sort", "name")
        self.assertEqual(code, 0, err)
        totals = [(r["companions"], r["rank"], r["country"]) for r in rows_of(out) if r["item"] == "total"]
        self.assertEqual(totals, [("0", "1", "testland"), ("0", "2", "tiedland"), ("0", "3", "zedland"),
                                  ("1", "1", "testland"), ("1", "2", "tiedland"), ("1", "3", "zedland")])

    def test_an_unknown_country_in_a_sweep(self):
        code, out, err = run("--country", "mexico,atlantis")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("unknown country 'atlantis'", err)


class OutputFiles(unittest.TestCase):
    def test_every_command_writes_the_format_its_file_asks_for(self):
        with tempfile.TemporaryDirectory() as tmp:
            cases = [(["--country", "mexico"], "e.md", lambda t: t.startswith("## Stem cell treatment")),
                     (["--country", "mexico"], "e.jsonl", lambda t: json.loads(t)["kind"] == "estimate"),
                     (["compare"], "c.json", lambda t: json.loads(t)["kind"] == "compare"),
                     (["compare"], "c.jsonl", lambda t: len(t.splitlines()) == 8),
                     (["countries"], "k.csv", lambda t: t.startswith("id,name,aliases")),
                     (["show", "india"], "s.jsonl", lambda t: json.loads(t)["kind"] == "destination"),
                     (["checklist"], "l.md", lambda t: "- [ ] **Accreditation and licensing**" in t),
                     (["checklist"], "l.txt", lambda t: t.startswith("Choosing a clinic")),
                     (["countries"], "k.jsonl", lambda t: len(t.splitlines()) == 8)]
            for args, name, check in cases:
                with self.subTest(file=name, args=args):
                    path = os.path.join(tmp, name)
                    code, out, err = run(*args, "-o", path)
                    self.assertEqual((code, out, err), (0, "", ""))
                    with open(path, encoding="utf-8") as f:
                        self.assertTrue(check(f.read()))

    def test_a_device_is_written_through(self):
        code, out, err = run("--country", "mexico", "--format", "csv", "-o", "/dev/stdout")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("destination,item,label,"), out)
        self.assertIn("mexico,total,Total,", out)

    def test_an_unknown_extension(self):
        code, out, err = run("--country", "mexico", "-o", "report.xlsx")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("--output: cannot tell the format of 'report.xlsx'", err)

    def test_a_directory_that_does_not_exist(self):
        code, out, err = run("--country", "mexico", "-o", "/nonexistent-dir/report.csv")
        self.assertEqual((code, out), (4, ""))
        self.assertEqual(err, "cpcost: error: --output: cannot create a file in '/nonexistent-dir/': "
                              "No such file or directory\n")


class WritesInBlocks(unittest.TestCase):
    """How a batch's rows reach a file: in writes of whole 256 KiB blocks, each at
    an offset that is a multiple of the block (the page cache takes such writes
    with less work), but the last; every write recorded by tests/e2e/write_sizes.c,
    preloaded."""

    BLOCK = 1 << 18

    def test_a_report_file_gets_whole_blocks_and_the_rest_once(self):
        with tempfile.TemporaryDirectory() as tmp:
            shim = os.path.join(tmp, "write_sizes.so")
            subprocess.run(["cc", "-O2", "-shared", "-fPIC", os.path.join(os.path.dirname(__file__), "write_sizes.c"),
                            "-o", shim], check=True)
            countries = ["mexico", "india", "thailand", "ukraine"]
            path = os.path.join(tmp, "many.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("id,country,infusions,companions\n")
                for i in range(12000):
                    f.write(f"family-{i},{countries[i % 4]},{1 + i % 5},{i % 3}\n")
            report = os.path.join(tmp, "report.csv")
            log = os.path.join(tmp, "writes.txt")
            # The sanitizers' runtime wants to come first; the shim only counts.
            asan = (os.environ.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0").lstrip(":")
            code, out, err = run("batch", path, "-o", report,
                                 env=base_env(LD_PRELOAD=shim, CPCOST_WRITE_LOG=log, ASAN_OPTIONS=asan))
            self.assertEqual((code, out, err), (0, "", ""))
            size = os.path.getsize(report)
            self.assertGreater(size, 10 * self.BLOCK)  # enough rows for many blocks
            with open(log, encoding="utf-8") as f:
                writes = [tuple(int(n) for n in line.split()) for line in f]
            by_fd = {}
            for fd, written in writes:
                by_fd.setdefault(fd, []).append(written)
            # The report's descriptor: the one that received the whole file.
            sizes = next(sizes for sizes in by_fd.values() if sum(sizes) == size)
            self.assertEqual(sizes[:-1], [self.BLOCK] * (size // self.BLOCK), sizes)
            self.assertEqual(sizes[-1], size % self.BLOCK or self.BLOCK)
            with open(report, encoding="utf-8") as f:
                lines = f.read().splitlines()
            self.assertEqual(len(lines), 12001)
            self.assertTrue(lines[-1].startswith("12000,12000,family-11999,ukraine,5,1,2,"), lines[-1])


class ReadmeScript(unittest.TestCase):
    def test_the_example_script_sorts_by_the_total_mid_point(self):
        with open(os.environ["CPCOST_README"], encoding="utf-8") as f:
            readme = f.read()
        column = int(re.search(r"sort -t, -k(\d+),\1n", readme).group(1))
        code, out, err = run("--country", "all", "--infusions", "1..2", "--from", "europe")
        self.assertEqual(code, 0, err)
        self.assertEqual(out.splitlines()[0].split(",")[column - 1], "total_mid")


class Diff(unittest.TestCase):
    def test_an_estimate_line_by_line_and_in_total(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new = os.path.join(tmp, "old.json"), os.path.join(tmp, "new.json")
            run("--data", DATA, "--country", "testland", "-o", old)
            run("--data", DATA, "--country", "testland", "--infusions", "3", "-o", new)
            code, out, err = run("diff", old, new, "--format", "json")
            self.assertEqual(code, 0, err)
            rows = {r["key"]: r for r in json.loads(out)["rows"]}
            # One extra infusion: 1,000-1,500 more, and two more nights: 200-400 for the room,
            # 2 days x 2 travelers x 50-80 = 200-320 for meals.
            self.assertEqual(rows["extra_infusions"]["change"], {"low_cents": 100000, "mid_cents": 125000,
                                                                 "high_cents": 150000})
            self.assertEqual(rows["accommodation"]["change"]["low_cents"], 20000)
            self.assertEqual(rows["local_costs"]["change"]["high_cents"], 32000)
            self.assertEqual(rows["total"]["change"], {"low_cents": 140000, "mid_cents": 181000, "high_cents": 222000})
            self.assertEqual(rows["visa"]["status"], "same")
            code, table, _ = run("diff", old, new)
            self.assertRegex(table, r"(?m)^Total +\$11,900-\$23,400 +\$13,300-\$25,620 +\+\$1,400 +\+\$1,810 +\+\$2,220$")

    def test_a_comparison_destination_by_destination(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new = os.path.join(tmp, "old.json"), os.path.join(tmp, "new.json")
            run("compare", "--countries", "mexico,india", "-o", old)
            run("compare", "--countries", "mexico,ukraine", "--companions", "2", "-o", new)
            code, out, err = run("diff", old, new, "--format", "csv")
            self.assertEqual(code, 0, err)
            status = {r["key"]: r["status"] for r in rows_of(out)}
            self.assertEqual(status, {"mexico": "changed", "ukraine": "added", "india": "removed"})
            code, table, err = run("diff", old, new)
            self.assertEqual(code, 0, err)
            self.assertRegex(table, r"(?m)^Ukraine +- +\$[\d,]+-\$[\d,]+ +added$")
            self.assertRegex(table, r"(?m)^India +\$[\d,]+-\$[\d,]+ +- +removed$")
            code, markdown, err = run("diff", old, new, "--format", "markdown")
            self.assertEqual(code, 0, err)
            self.assertTrue(markdown.startswith("## What changed in the compare: "), markdown)
            self.assertRegex(markdown, r"(?m)^\| Ukraine \| - \| \\\$[\d,]+-\\\$[\d,]+ \| added \|  \|  \|$")
            self.assertRegex(markdown, r"(?m)^\| India \| \\\$[\d,]+-\\\$[\d,]+ \| - \| removed \|  \|  \|$")
            code, lines, err = run("diff", old, new, "--format", "jsonl")
            self.assertEqual(code, 0, err)
            self.assertEqual(len(lines.splitlines()), 1)  # the whole diff, one line
            self.assertEqual({r["key"]: r["status"] for r in json.loads(lines)["rows"]}, status)

    def test_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            estimate, comparison, broken = (os.path.join(tmp, n) for n in ("e.json", "c.json", "b.json"))
            run("--country", "mexico", "-o", estimate)
            run("compare", "-o", comparison)
            with open(broken, "w") as f:
                f.write('{"schema_version": 1,\n "kind": }\n')
            code, out, err = run("diff", estimate, comparison)
            self.assertEqual((code, out, err), (3, "", "cpcost: error: cannot compare a saved estimate with a saved "
                                                       "compare\n"))
            code, out, err = run("diff", broken, estimate)
            self.assertEqual((code, out), (3, ""))
            self.assertTrue(err.startswith(f"cpcost: error: {broken}:2:10: not JSON: "), err)
            missing = os.path.join(tmp, "missing.json")
            code, out, err = run("diff", missing, estimate)
            self.assertEqual((code, out, err), (3, "", f"cpcost: error: {missing}: cannot open: No such file or directory\n"))


if __name__ == "__main__":
    unittest.main()
