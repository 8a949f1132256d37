"""End to end: every error a user can cause, its one-line message, its exit
code (README, "Exit codes"), and an empty stdout."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from cpcost_run import BIN, FIXTURES, run

FIXTURE_FILE = os.path.join(FIXTURES, "data", "destinations", "testland.toml")


class UsageErrors(unittest.TestCase):
    def assert_usage_error(self, args, message):
        code, out, err = run(*args)
        self.assertEqual(code, 2, err)
        self.assertEqual(out, "")
        self.assertEqual(err, "cpcost: error: " + message + "\n")

    def test_unknown_country_suggests_and_lists(self):
        self.assert_usage_error(
            ["--country", "mexco"],
            "unknown country 'mexco'; did you mean 'mexico'? Known countries: 'georgia', 'india', 'mexico', "
            "'panama', 'thailand', 'ukraine', 'united-states', 'western-europe'")
        self.assert_usage_error(
            ["--country", "atlantis"],
            "unknown country 'atlantis'. Known countries: 'georgia', 'india', 'mexico', 'panama', 'thailand', "
            "'ukraine', 'united-states', 'western-europe'")

    def test_country_ids_and_aliases_in_any_case(self):
        for name in ["MEXICO", "Mexico", "mx", "USA", "us", "United-States"]:
            with self.subTest(name=name):
                code, _, err = run("--country", name)
                self.assertEqual(code, 0, err)

    def test_bad_option_values_name_the_option(self):
        cases = [
            (["--infusions", "0"], "--infusions: must be 1 to 50, not 0"),
            (["--infusions", "-1"], "--infusions: must be 1 to 50, not -1"),
            (["--infusions", "two"], "--infusions: 'two' is not a whole number (expected 1 to 50)"),
            (["--infusions", "999999999999999999999"], "--infusions: must be 1 to 50, not 999999999999999999999"),
            (["--cycles", "0"], "--cycles: must be 1 to 20, not 0"),
            (["--cycles", "1.5"], "--cycles: '1.5' is not a whole number (expected 1 to 20)"),
            (["--companions", "-1"], "--companions: must be 0 to 10, not -1"),
            (["--companions", "11"], "--companions: must be 0 to 10, not 11"),
            (["--nights", "1001"], "--nights: must be 0 to 1000, not 1001"),
            (["--nights", ""], "--nights: '' is not a whole number (expected 0 to 1000)"),
            (["--from", "oceania"], "--from: 'oceania' is not one of north-america, europe, asia, middle-east, "
                                    "latin-america (or all)"),
            (["--format", "yaml"], "--format: 'yaml' is not one of table, json, jsonl, csv, markdown"),
            (["--bogus"], "The following argument was not expected: --bogus"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                self.assert_usage_error(["--country", "mexico", *args], message)

    def test_missing_country(self):
        self.assert_usage_error([], "--country is required (or a command: compare, countries, show, checklist, batch, diff, config, validate)")
        self.assert_usage_error(["--country"], "--country: 1 required ID missing")


class DataErrors(unittest.TestCase):
    """A data directory that cannot be used: exit 3, path:line:col, nothing on stdout."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        os.makedirs(os.path.join(self.tmp, "destinations"))
        with open(FIXTURE_FILE, encoding="utf-8") as f:
            self.valid = f.read()
        self.path = os.path.join(self.tmp, "destinations", "testland.toml")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_with(self, text):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text)
        return run("--data", self.tmp, "--country", "testland")

    def line_of(self, needle):
        return self.valid.splitlines().index(needle) + 1

    def assert_data_error(self, text, where, message):
        code, out, err = self.run_with(text)
        self.assertEqual(code, 3, err)
        self.assertEqual(out, "")
        self.assertEqual(err, f"cpcost: error: {self.path}:{where}: {message}\n")

    def test_valid_fixture_loads(self):
        code, out, err = self.run_with(self.valid)
        self.assertEqual(code, 0, err)

    def test_malformed_toml(self):
        text = self.valid.replace('name = "Testland"', 'name = "Testland')
        code, out, err = self.run_with(text)
        self.assertEqual((code, out), (3, ""))
        self.assertRegex(err, r"^cpcost: error: %s:%d:\d+: .+\n$" % (re.escape(self.path), self.line_of('name = "Testland"')))

    def test_missing_field(self):
        line = self.line_of("[daily_costs]")
        self.assert_data_error(self.valid.replace("low = 50\n", ""), f"{line}:1", "daily_costs: missing key 'low'")

    def test_low_above_high(self):
        line = self.line_of("high = 200")
        self.assert_data_error(self.valid.replace("low = 100\n", "low = 300\n"), f"{line}:8",
                               "accommodation.high: is lower than low")

    def test_negative_price(self):
        line = self.line_of("low = 50")
        self.assert_data_error(self.valid.replace("low = 50\n", "low = -50\n"), f"{line}:7",
                               "daily_costs.low: must not be negative, not -50")

    def test_unknown_origin(self):
        line = self.line_of("[flights.asia]")
        self.assert_data_error(self.valid.replace("[flights.asia]", "[flights.oceania]"), f"{line}:10",
                               "unknown key 'flights.oceania'; known origins: north-america, europe, asia, "
                               "middle-east, latin-america")

    def test_missing_origin(self):
        line = self.line_of("[visa.north-america]")
        text = self.valid.replace("[visa.asia]\namount = \"25.75\"", "[visa.oceania]\namount = \"25.75\"")
        code, out, err = self.run_with(text)
        self.assertEqual((code, out), (3, ""))
        self.assertIn("unknown key 'visa.oceania'", err)
        text = re.sub(r"\[visa\.asia\][^\[]*", "", self.valid)
        self.assert_data_error(text, f"{line}:1", "visa: missing origin 'asia'")

    def test_not_a_destination_file(self):
        self.assert_data_error('title = "TOML Example"\n', "1:1", "missing key 'id'")

    def test_missing_directory(self):
        missing = os.path.join(self.tmp, "nope")
        code, out, err = run("--data", missing, "--country", "testland")
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {missing}: not a data directory (no such directory)\n")

    def test_directory_without_destinations(self):
        os.rmdir(os.path.join(self.tmp, "destinations"))
        code, out, err = run("--data", self.tmp, "--country", "testland")
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {self.tmp}/destinations: no such directory "
                              "(a data directory holds destinations/*.toml)\n")

    def test_empty_destinations(self):
        code, out, err = run("--data", self.tmp, "--country", "testland")
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {self.tmp}/destinations: no destination files (*.toml)\n")

    def test_unreadable_file(self):
        os.symlink(os.path.join(self.tmp, "nowhere.toml"), self.path)  # unreadable even for root
        code, out, err = run("--data", self.tmp, "--country", "testland")
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {self.path}: cannot open: No such file or directory\n")


class OutputErrors(unittest.TestCase):
    @unittest.skipUnless(os.path.exists("/dev/full"), "no /dev/full")
    def test_a_failed_write_is_exit_4(self):
        with open("/dev/full", "wb") as full:
            code, _, err = run("--country", "mexico", stdout=full)
        self.assertEqual(code, 4)
        self.assertEqual(err, "cpcost: error: cannot write output: No space left on device\n")


if __name__ == "__main__":
    unittest.main()
