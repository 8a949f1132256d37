"""End to end: every error a user can cause, its one-line message, its exit
code (README, "Exit codes"), and an empty stdout."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from cpcost_run import BIN, FIXTURES, base_env, run

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
            (["--format", "yaml"], "--format: 'yaml' is not one of table, json, jsonl, csv, markdown, html"),
            (["--bogus"], "unknown option '--bogus' (the options: cpcost --help)"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                self.assert_usage_error(["--country", "mexico", *args], message)

    def test_mistyped_options_and_commands_get_a_suggestion(self):
        self.assert_usage_error(["--contry", "mexico"], "unknown option '--contry'; did you mean --country?")
        self.assert_usage_error(["compre"], "unknown command 'compre'; did you mean compare?")
        self.assert_usage_error(["help", "compre"], "help: unknown command 'compre'; did you mean compare?")
        self.assert_usage_error(["--country", "mexico", "--country", "india"],
                                "--country: given twice; give it once (several values as one list: --country a,b)")
        self.assert_usage_error(["show"], "cpcost show: ID is missing (usage: cpcost show ID)")

    def test_help_and_version_either_way(self):
        for args in (["help"], ["--help"], ["-h"]):
            code, out, err = run(*args)
            self.assertEqual((code, err), (0, ""), args)
            self.assertIn("Commands:", out)
        code, out, _ = run("help", "compare")
        self.assertTrue(out.startswith("Usage: cpcost compare [options]"), out[:60])
        self.assertEqual(out, run("compare", "--help")[1])
        code, out, _ = run("-V")
        self.assertEqual(code, 0)
        self.assertEqual(out, run("--version")[1])
        self.assertRegex(out, r"^cpcost \d+\.\d+\.\d+\nbundled data: 8 destinations, figures dated \d{4}[-\d]* \(oldest\) "
                              r"to \d{4}-\d\d-\d\d \(newest\)\n$")

    def test_missing_country(self):
        self.assert_usage_error([], "--country is required (or a command: compare, countries, show, checklist, batch, diff, config, validate, plan)")
        self.assert_usage_error(["--country"], "--country: needs a value (ID)")

    def test_an_option_without_its_value(self):
        for option, kind in [("--infusions", "N"), ("--budget", "AMOUNT"), ("--output", "FILE")]:
            with self.subTest(option=option):
                self.assert_usage_error(["--country", "mexico", option], f"{option}: needs a value ({kind})")

    def test_a_country_list_with_an_empty_name(self):
        # The estimate's list, and batch's default for rows without a country.
        self.assert_usage_error(["--country", "mexico,,india"], "--country: 'mexico,,india' has an empty name")
        self.assert_usage_error(["batch", "-", "--country", "mexico,"], "--country: 'mexico,' has an empty name")
        # A list without empty names is batch's default for rows without a country: a row each.
        done = subprocess.run([BIN, "batch", "-", "--country", "mexico,india"], input=b"infusions\n1\n",
                              capture_output=True, env=base_env(), timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual([line.split(b",")[2] for line in done.stdout.splitlines()[1:]], [b"mexico", b"india"])

    def test_a_command_without_its_files(self):
        self.assert_usage_error(["diff"], "cpcost diff: OLD.json is missing (usage: cpcost diff OLD.json NEW.json)")
        self.assert_usage_error(["batch"], "cpcost batch: FILE is missing (usage: cpcost batch FILE)")


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


class DirectoriesForFiles(unittest.TestCase):
    """A directory where a file belongs: each reader refuses it (exit 3) rather
    than reporting the empty text's missing keys."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.directory = os.path.join(self.tmp, "a-directory.toml")
        os.makedirs(self.directory)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def assert_not_a_file(self, args, path):
        code, out, err = run(*args)
        self.assertEqual((code, out), (3, ""), err)
        self.assertEqual(err, f"cpcost: error: {path}: not a regular file (a directory)\n")

    def test_each_file_a_user_names(self):
        cases = [
            ["--country", "mexico", "--quote", self.directory],
            ["compare", "--quote", self.directory],
            ["--country", "mexico", "--config", self.directory],
            ["diff", self.directory, self.directory],
            ["batch", self.directory],
        ]
        for args in cases:
            with self.subTest(args=args[:2]):
                self.assert_not_a_file(args, self.directory)

    def test_a_data_directorys_checklist_or_currencies(self):
        data = os.path.join(self.tmp, "data")
        os.makedirs(os.path.join(data, "destinations"))
        shutil.copy(FIXTURE_FILE, os.path.join(data, "destinations"))
        for name in ["checklist.toml", "currencies.toml"]:
            with self.subTest(name=name):
                path = os.path.join(data, name)
                os.makedirs(path)
                self.assert_not_a_file(["--data", data, "--country", "testland"], path)
                os.rmdir(path)


class OutputErrors(unittest.TestCase):
    @unittest.skipUnless(os.path.exists("/dev/full"), "no /dev/full")
    def test_a_failed_write_is_exit_4(self):
        with open("/dev/full", "wb") as full:
            code, _, err = run("--country", "mexico", stdout=full)
        self.assertEqual(code, 4)
        self.assertEqual(err, "cpcost: error: cannot write output: No space left on device\n")

    @unittest.skipUnless(os.path.exists("/dev/full"), "no /dev/full")
    def test_help_and_version_to_a_full_device(self):
        for args in [["--help"], ["--version"], ["compare", "--help"]]:
            with self.subTest(args=args):
                with open("/dev/full", "wb") as full:
                    code, _, err = run(*args, stdout=full)
                self.assertEqual(code, 4)
                self.assertEqual(err, "cpcost: error: cannot write output: No space left on device\n")

    @unittest.skipUnless(os.path.exists("/dev/full"), "no /dev/full")
    def test_output_to_a_full_device(self):
        # A device is written through, not replaced; its failure names it.
        code, out, err = run("--country", "mexico", "--format", "table", "-o", "/dev/full")
        self.assertEqual((code, out), (4, ""))
        self.assertEqual(err, "cpcost: error: cannot write '/dev/full': No space left on device\n")

    def test_output_over_a_directory(self):
        with tempfile.TemporaryDirectory() as tmp:
            target = os.path.join(tmp, "report.csv")
            os.makedirs(target)
            code, out, err = run("--country", "mexico", "-o", target)
            self.assertEqual((code, out), (4, ""))
            # Refused before the run, not after it (and its descriptors each closed once: run under asan too).
            self.assertEqual(err, f"cpcost: error: --output: '{target}' is a directory, not a file\n")
            self.assertEqual(os.listdir(tmp), ["report.csv"])  # no temporary file left beside it
            self.assertEqual(os.listdir(target), [])

    def test_an_output_name_too_long(self):
        name = "a" * 4100 + ".csv"
        code, out, err = run("--country", "mexico", "-o", name)
        self.assertEqual((code, out), (4, ""))
        # The message quotes the first 100 characters of what was given.
        self.assertEqual(err, f"cpcost: error: --output: cannot open '{'a' * 100}...': File name too long\n")


if __name__ == "__main__":
    unittest.main()
