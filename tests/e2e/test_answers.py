"""End to end: issue 15's reproducers, "Right answers". Each runs what the issue
ran and asserts what the user sees: the exit code, the one line on stderr, or
the warning in the report. Expected numbers are counted by hand here, not
recomputed."""

import csv
import io
import json
import os
import pty
import re
import select
import shutil
import subprocess
import time
import unittest

from cpcost_run import BIN, FIXTURES, TempDirTest, base_env, run

DATA = os.path.join(FIXTURES, "data")

# The issue's sweep: all,1..50,1..20,0..10,all,0..1000, as options and as a batch row.
SWEEP = ["--country", "all", "--infusions", "1..50", "--cycles", "1..20", "--companions", "0..10", "--from", "all",
         "--nights", "0..1000"]
SWEEP_ROW = "country,infusions,cycles,companions,from,nights\nall,1..50,1..20,0..10,all,0..1000\n"
# 8 destinations x 50 x 20 x 11 x 5 origins x 1,001 nights.
SWEEP_ROWS = 8 * 50 * 20 * 11 * 5 * 1001


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


class Directory(TempDirTest):
    def data_dir(self, testland=lambda text: text, currencies=""):
        """A copy of the fixture data, its Testland and currencies changed as asked."""
        target = self.path("data")
        shutil.copytree(DATA, target)
        for name, change in (("destinations/testland.toml", testland),
                             ("currencies.toml", lambda text: text + currencies)):
            with open(os.path.join(target, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(target, name), "w", encoding="utf-8") as f:
                f.write(change(text))
        return target


class DiffInOneCurrency(Directory):
    """8: diff subtracted euros from dollars and called the result USD."""

    def test_results_in_two_currencies_are_refused_with_how_to_save_them(self):
        us, eu = self.path("us.json"), self.path("eu.json")
        self.assertEqual(run("--country", "mexico", "-o", us)[0], 0)
        self.assertEqual(run("--country", "mexico", "--currency", "EUR", "-o", eu)[0], 0)
        code, out, err = run("diff", us, eu)
        self.assertEqual((code, out), (3, ""))  # 3: as every other saved result diff cannot use
        self.assertEqual(err, f"cpcost: error: diff: {us} is in USD, {eu} in EUR: save both with the same --currency\n")

    def test_two_results_in_euros_are_compared_in_euros(self):
        old, new = self.path("old.json"), self.path("new.json")
        run("--data", DATA, "--country", "testland", "--currency", "EUR", "-o", old)
        run("--data", DATA, "--country", "testland", "--currency", "EUR", "--infusions", "3", "-o", new)
        code, table, err = run("diff", old, new)
        self.assertEqual(code, 0, err)
        self.assertIn("in EUR", table.splitlines()[0])
        # One extra infusion, 1,000-1,500 dollars at 0.5 EUR each: EUR 500-750; no dollar sign anywhere.
        self.assertRegex(table, r"(?m)^Extra infusions +EUR 0 +EUR 500-750 +\+EUR 500 +\+EUR 625 +\+EUR 750$")
        self.assertNotIn("$", table)
        code, out, err = run("diff", old, new, "--format", "csv")
        self.assertEqual({r["currency"] for r in rows_of(out)}, {"EUR"})
        self.assertEqual(json.loads(run("diff", old, new, "--format", "json")[1])["currency"], "EUR")


class AmbiguousAmounts(Directory):
    """9: --budget 25.000 read as 25 dollars, --flight 1.200 as 1.20, and 1.005 refused."""

    def test_an_amount_whose_dot_may_group_thousands_is_refused_on_the_command_line(self):
        for args, message in [
            (["--budget", "25.000"], "--budget: '25.000' is ambiguous: write 25000 or 25,000 (or 25.00 for cents)"),
            (["--flight", "1.200"], "--flight: '1.200' is ambiguous: write 1200 or 1,200 (or 1.20 for cents)"),
            (["--flight", "1.005"], "--flight: '1.005' is ambiguous: write 1005 or 1,005 (cents take two decimals)"),
            (["--nightly", "80-1.500"], "--nightly: '1.500' is ambiguous: write 1500 or 1,500 (or 1.50 for cents)"),
        ]:
            with self.subTest(args=args):
                code, out, err = run("--country", "mexico", *args)
                self.assertEqual((code, out, err), (2, "", f"cpcost: error: {message}\n"))
        # compare and plan read --budget with the same parser.
        self.assertEqual(run("compare", "--budget", "25.000")[0], 2)
        self.assertEqual(run("plan", "--budget", "30.000")[2],
                         "cpcost: error: --budget: '30.000' is ambiguous: write 30000 or 30,000 (or 30.00 for cents)\n")

    def test_the_unambiguous_spellings_still_read(self):
        code, out, err = run("--country", "mexico", "--budget", "25,000", "--quiet")
        self.assertEqual(code, 0, err)
        self.assertIn("Budget $25,000: may fit", out)
        code, out, err = run("--data", DATA, "--country", "testland", "--flight", "1.20", "--format", "json")
        flights = [line for line in json.loads(out)["lines"] if line["id"] == "flights"][0]
        self.assertEqual(flights["unit_cost"]["low_cents"], 120)

    def test_a_quote_with_an_ambiguous_amount_is_refused_in_its_file(self):
        quote = self.write("quote.toml", 'clinic = "C"\ndestination = "mexico"\ncurrency = "USD"\nas_of = 2026-10-01\n'
                                         'infusions_included = 1\n[price]\namount = "14.500"\n')
        code, out, err = run("--quote", quote)
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f'cpcost: error: {quote}:7:10: price.amount: "14.500" is ambiguous: write 14500 '
                              '(or "14.50" for cents)\n')


class Contradictions(Directory):
    """10: queries that contradict the data passed without a word."""

    def test_india_with_more_companions_than_its_entry_rule_admits(self):
        code, out, err = run("--country", "india", "--companions", "3", "--quiet")
        self.assertEqual((code, err), (0, ""))
        self.assertIn("Warning: 3 companions, but India's entry rule admits at most 2: the estimate prices the trip "
                      "and visas of all 4 travelers as asked.\n", out)
        # Still priced as asked: four travelers' visas.
        self.assertRegex(out, r"(?m)^Visa & entry fees +4 travelers ")
        warnings = json.loads(run("--country", "india", "--companions", "3", "--format", "json")[1])["warnings"]
        self.assertEqual([(w["kind"], w["asked"], w["limit"]) for w in warnings],
                         [("companions_over_entry_rule", 3, 2)])
        # Two attendants are what the rule admits: nothing to say.
        code, out, _ = run("--country", "india", "--companions", "2", "--format", "json")
        self.assertEqual(json.loads(out)["warnings"], [])

    def test_thailand_with_fewer_nights_than_its_21_night_protocol(self):
        code, out, err = run("--country", "thailand", "--nights", "3", "--format", "markdown", "--quiet")
        self.assertEqual((code, err), (0, ""))
        self.assertIn("- **Warning:** 3 nights, fewer than the protocol's stay of 21 (1 cycle of 8 infusions): the "
                      "treatment may not fit in the stay; the estimate prices 3 nights as asked.\n", out)
        self.assertEqual(json.loads(run("--country", "thailand", "--format", "json")[1])["warnings"], [])

    def test_more_cycles_than_nights(self):
        code, out, err = run("--country", "mexico", "--cycles", "3", "--nights", "1", "--format", "json")
        self.assertEqual(code, 0, err)
        # Mexico's protocol: 4 nights a cycle, 12 for 3; and 3 trips in 1 night leave 2 without one.
        self.assertEqual([(w["kind"], w["asked"], w["limit"]) for w in json.loads(out)["warnings"]],
                         [("nights_under_protocol", 1, 12), ("cycles_over_nights", 3, 1)])
        code, out, _ = run("--country", "mexico", "--cycles", "3", "--nights", "1", "--format", "csv")
        warnings = [r for r in rows_of(out) if r["item"] == "warning"]
        self.assertEqual(len(warnings), 2)
        self.assertTrue(warnings[1]["label"].startswith("3 cycles in 1 night: each cycle is its own trip, so at "
                                                        "least 2 trips have no night"))

    def test_plan_says_it_for_each_destination(self):
        code, out, err = run("plan", "--budget", "30k", "--companions", "3", "--countries", "india,mexico", "--quiet")
        self.assertEqual((code, err), (0, ""))
        self.assertIn("Warning: India: 3 companions, but India's entry rule admits at most 2", out)
        self.assertNotIn("Warning: Mexico", out)
        code, out, err = run("plan", "--budget", "30k", "--companions", "3", "--countries", "india,mexico",
                             "--format", "csv")
        self.assertEqual([(r["destination"], r["warnings"]) for r in rows_of(out)],
                         [("india", "companions_over_entry_rule"), ("mexico", "")])

    def test_batch_rows_carry_them_by_id(self):
        families = self.write("families.csv", "id,country,companions,nights\na,india,3,\nb,thailand,1,3\nc,mexico,1,\n")
        code, out, err = run("batch", families)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual([r["warnings"] for r in rows_of(out)],
                         ["companions_over_entry_rule", "nights_under_protocol", ""])
        code, out, err = run("batch", families, "--format", "table")
        self.assertIn("! Asks what the data contradicts (more companions than an entry rule admits; fewer nights "
                      "than the protocol's stay): priced as asked", out)
        self.assertRegex(out, r"(?m)^ +1 +1 +a +India \* !")


class LargeSweeps(Directory):
    """11: a sweep of 440 million rows started with no warning."""

    def test_the_issues_sweep_is_refused_before_it_starts(self):
        started = time.monotonic()
        code, out, err = run(*SWEEP)
        self.assertLess(time.monotonic() - started, 2)
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: the sweep means 440,440,000 rows (8 destinations x 50 infusions x 20 "
                              "cycles x 11 companions x 5 origins x 1,001 nights), more than --max-rows allows "
                              "(10,000,000): narrow it, or give --max-rows 440440000\n")
        self.assertIn(f"{SWEEP_ROWS:,} rows", err)

    def test_the_same_sweep_as_82_bytes_of_csv(self):
        batch = self.write("sweep.csv", SWEEP_ROW)
        self.assertEqual(os.path.getsize(batch), 82)
        code, out, err = run("batch", batch)
        self.assertEqual((code, out), (3, ""))  # the file's row: a data error, as other bad rows
        self.assertEqual(err, f"cpcost: error: {batch}:1: the row means 440,440,000 rows (8 destinations x 50 "
                              "infusions x 20 cycles x 11 companions x 5 origins x 1,001 nights), more than --max-rows "
                              "allows (10,000,000): narrow it, or give --max-rows 440440000\n")
        # --keep-going does not pass over it: the limit is the run's, not the row's.
        self.assertEqual(run("batch", batch, "--keep-going")[0], 3)

    def test_max_rows_allows_what_it_names_and_no_more(self):
        # 8 destinations x 3 infusions = 24 rows.
        code, out, err = run("--country", "all", "--infusions", "1..3", "--max-rows", "23")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("the sweep means 24 rows (8 destinations x 3 infusions), more than --max-rows allows (23)", err)
        code, out, err = run("--country", "all", "--infusions", "1..3", "--max-rows", "24")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(len(rows_of(out)), 24)
        # compare: 3 comparisons of 2 destinations = 6 rows.
        self.assertEqual(run("compare", "--countries", "mexico,india", "--companions", "0..2", "--max-rows", "5")[0], 2)
        code, out, err = run("compare", "--countries", "mexico,india", "--companions", "0..2", "--max-rows", "6")
        self.assertEqual(len(rows_of(out)), 6)
        # The config file may set it; the command line wins.
        config = self.write("config.toml", "max_rows = 23\n")
        self.assertEqual(run("--config", config, "--country", "all", "--infusions", "1..3")[0], 2)
        self.assertEqual(run("--config", config, "--country", "all", "--infusions", "1..3", "--max-rows", "24")[0], 0)
        code, out, err = run("--country", "mexico", "--max-rows", "0")
        self.assertEqual((code, err), (2, "cpcost: error: --max-rows: must be 1 to 1000000000, not 0\n"))

    def test_a_batch_run_stops_before_the_row_that_would_pass_it(self):
        batch = self.write("three.csv", "country,infusions\nmexico,1..2\nindia,1..2\nthailand,1..2\n")
        code, out, err = run("batch", batch, "--max-rows", "5")
        self.assertEqual(code, 3)
        self.assertEqual(err, f"cpcost: error: {batch}:3: the run, to this row, means 6 rows, more than --max-rows "
                              "allows (5): narrow it, or give --max-rows 6\n")
        # Nothing of the refused row; the rows before it may have streamed out, as before a bad row.
        self.assertNotIn("thailand", out)
        code, out, err = run("batch", batch, "--max-rows", "5", "-o", self.path("report.csv"))
        self.assertEqual(code, 3)
        self.assertFalse(os.path.exists(self.path("report.csv")))  # with -o: nothing
        self.assertEqual(len(rows_of(run("batch", batch, "--max-rows", "6")[1])), 6)

    def test_a_long_sweep_shows_its_progress_on_a_terminal(self):
        primary, secondary = pty.openpty()
        process = subprocess.Popen([BIN, *SWEEP, "--max-rows", str(SWEEP_ROWS)], stdout=subprocess.DEVNULL,
                                   stderr=secondary, env=base_env())
        os.close(secondary)
        seen = b""
        deadline = time.monotonic() + 20
        try:
            while b"left" not in seen and time.monotonic() < deadline:
                ready, _, _ = select.select([primary], [], [], 0.5)
                if ready:
                    seen += os.read(primary, 4096)
        finally:
            process.terminate()  # 440 million rows: not to be waited for
            process.wait(timeout=10)
            os.close(primary)
        self.assertRegex(seen.decode(), r"\r[\d,]+ of 440,440,000 rows \(0 %\), [\d,]+ rows/s, about \d+ (s|min|h) left")

    def test_no_progress_line_when_stderr_is_not_a_terminal(self):
        code, out, err = run("--country", "all", "--infusions", "1..50", "--nights", "0..2")  # 1,200 rows
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(len(rows_of(out)), 8 * 50 * 3)


class DataErrors(Directory):
    """12: an overflow from a data file's rate exited 2; 0000-01-01 was "expected a
    date, found a date"; an INR quote's limit was in dollars."""

    def test_an_overflow_caused_by_a_rate_in_the_data_is_a_data_error(self):
        data = self.data_dir(currencies='\n[rates.XXX]\nper_usd = "5000000000000"\nsource = "Test"\nas_of = 2025-11-21\n')
        code, out, err = run("--data", data, "--country", "testland", "--currency", "XXX")
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, "cpcost: error: the estimate for 'testland' is too large to compute in XXX at the "
                              "data's exchange rates (5000000000000 XXX per USD, currencies.toml): an amount exceeds "
                              "the range of the arithmetic; check the rate\n")
        # Your own figure, too large: yours to change, exit 2.
        code, out, err = run("--data", DATA, "--country", "testland", "--flight", "90000000000000000")
        self.assertEqual((code, err), (2, "cpcost: error: the estimate for 'testland' is too large to compute: your "
                                          "own figures make an amount exceed the range of the arithmetic\n"))

    def test_a_date_that_is_not_one_says_why(self):
        for as_of, why in [("0000-01-01", "'0000-01-01': year 0 is not a date"),
                           ('"2025-02-30"', "'2025-02-30': 2025-02 has 28 days, not 30"),
                           ('"2025-13"', "'2025-13': month 13 is not a month")]:
            with self.subTest(as_of=as_of):
                data = self.data_dir(testland=lambda text: text.replace("as_of = 2025-01-01", f"as_of = {as_of}", 1))
                code, out, err = run("--data", data, "--country", "testland")
                self.assertEqual((code, out), (3, ""))
                self.assertTrue(err.startswith("cpcost: error: "), err)
                self.assertTrue(err.endswith(f"testland.toml:13:9: cycle_price.as_of: {why}\n"), err)
                self.assertNotIn("found a date", err)
                shutil.rmtree(data)

    def test_a_quotes_limit_is_in_its_own_currency(self):
        quote = self.write("inr.toml", 'clinic = "C"\ndestination = "india"\ncurrency = "INR"\nas_of = 2026-10-01\n'
                                       'infusions_included = 1\n[price]\namount = 20000000\n')
        code, out, err = run("--quote", quote)
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {quote}:7:10: price.amount: is larger than a figure may be (at most "
                              "10,000,000 INR)\n")


if __name__ == "__main__":
    unittest.main()
