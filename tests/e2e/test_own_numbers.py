"""End to end: quotes, overrides, adjustments, currencies, config and validate.

Figures from the testland fixture (tests/fixtures/data), whose currencies are
EUR at 0.5 and MXN at 20 per US dollar, so that results can be stated by hand."""

import csv
import io
import json
import os
import re
import shutil
import unittest

from cpcost_run import FIXTURES, TempDirTest, base_env, run

DATA = os.path.join(FIXTURES, "data")
EXAMPLE = os.path.join(FIXTURES, "..", "..", "data", "examples", "quote.toml")

QUOTE = """clinic = "Test Clinic"
destination = "testland"
city = "Testville"
currency = "{currency}"
as_of = 2026-10-01
infusions_included = 3
nights_included = 4
includes = ["accommodation", "meals", "consultation"]
[price]
amount = {price}
[extra_infusion]
amount = 2000
"""


def lines_by_id(document):
    return {line["id"]: line for line in document["lines"]}


class Quotes(TempDirTest):
    def test_a_quote_replaces_the_treatment_and_its_package_is_not_charged_again(self):
        quote = self.write("q.toml", QUOTE.format(currency="USD", price="12000"))
        code, out, err = run("--data", DATA, "--quote", quote, "--infusions", "4", "--companions", "2",
                             "--format", "json")
        self.assertEqual(code, 0, err)
        data = json.loads(out)
        lines = lines_by_id(data)
        # By hand (as in tests/core/own_numbers_test.cpp): 12,000 + 2,000; rooms 1,200-2,400 less
        # the package's 4 nights of one room (400-800); meals and local transport 1,050-1,680,
        # less meals (68 %) on the package's 5 days x 3 travelers (510-816).
        self.assertEqual(lines["treatment"]["low_cents"], 1200000)
        self.assertEqual(lines["extra_infusions"]["low_cents"], 200000)
        self.assertEqual((lines["accommodation"]["included"]["low_cents"], lines["accommodation"]["low_cents"],
                          lines["accommodation"]["high_cents"]), (40000, 80000, 160000))
        self.assertEqual((lines["local_costs"]["included"]["high_cents"], lines["local_costs"]["low_cents"],
                          lines["local_costs"]["high_cents"]), (81600, 54000, 86400))
        self.assertEqual((data["total"]["low_cents"], data["total"]["high_cents"]), (1684000, 1916400))
        self.assertEqual(data["quote"]["clinic"], "Test Clinic")
        self.assertEqual(data["quote"]["includes"], ["accommodation", "meals", "consultation"])
        treatment_source = data["sources"][lines["treatment"]["sources"][0] - 1]
        self.assertEqual(treatment_source["basis"], "yours")
        for key in ["low_cents", "high_cents"]:
            self.assertEqual(data["total"][key], sum(line[key] for line in data["lines"]))
        code, table, _ = run("--data", DATA, "--quote", quote, "--infusions", "4", "--companions", "2")
        self.assertIn("Treatment from your quote: Test Clinic (Testville), $12,000 a cycle with 3 infusions included.",
                      table)
        self.assertIn("The package includes accommodation, meals, consultation: not charged again", table)
        self.assertIn("of a day's costs, on the package's days (up to 5 a cycle: its nights and 1).", table)
        # A package whose meals and transport are not included says nothing of its days.
        rooms_only = self.write("r.toml", QUOTE.format(currency="USD", price="12000").replace(
            '"accommodation", "meals", "consultation"', '"accommodation", "airport-transfers"'))
        code, rooms_table, err = run("--data", DATA, "--quote", rooms_only)
        self.assertEqual(code, 0, err)
        # Its transfers are the transfers line's (0 in this fixture), not a share of each day.
        self.assertIn("The package includes accommodation, airport-transfers: not charged again", rooms_table)
        self.assertNotIn("of a day's costs", rooms_table)
        self.assertNotIn("package's days", rooms_table)
        self.assertRegex(table, r"(?m)^Accommodation(?: \*)? +6 nights × 2 rooms, 4 in the package ")

    def test_a_quote_in_pesos_in_euros_converted_once(self):
        quote = self.write("q.toml", QUOTE.format(currency="MXN", price="200000"))
        code, out, err = run("--data", DATA, "--quote", quote, "--currency", "EUR", "--format", "json")
        self.assertEqual(code, 0, err)
        data = json.loads(out)
        self.assertEqual(data["currency"], "EUR")
        self.assertEqual(lines_by_id(data)["treatment"]["low_cents"], 500000)  # 200,000 x 0.5 / 20
        self.assertEqual(data["quote"]["per_usd"], "20")
        self.assertEqual(data["rate"]["per_usd"], "0.5")
        # The table names both rates: the quote's and the estimate's.
        code, out, err = run("--data", DATA, "--quote", quote, "--currency", "EUR")
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"(?m)^Treatment, first cycle, quoted +1 cycle +EUR 5,000 +EUR 5,000 +EUR 5,000 +\[1\]$")
        self.assertIn("converted once from MXN to EUR.", out)
        self.assertIn("The quote's currency: 1 USD = 20 MXN (Test rates, example.org/rates (2025-11-21)).", out)
        self.assertIn("Amounts in EUR: 1 USD = 0.5 EUR", out)

    def test_compare_ranks_quotes_with_the_same_travel_model(self):
        cheap = self.write("a.toml", QUOTE.format(currency="USD", price="9000"))
        dear = self.write("b.toml", QUOTE.format(currency="USD", price="15000").replace("Test Clinic", "Dear Clinic"))
        code, out, err = run("compare", "--data", DATA, "--quote", dear, "--quote", cheap, "--format", "json")
        self.assertEqual(code, 0, err)
        rows = json.loads(out)["rows"]
        self.assertEqual([r["quote"]["clinic"] for r in rows], ["Test Clinic", "Dear Clinic"])
        self.assertEqual(rows[1]["total"]["low_cents"] - rows[0]["total"]["low_cents"], 600000)
        code, out, _ = run("compare", "--data", DATA, "--quote", cheap, "--countries", "testland")
        self.assertRegex(out, r"(?m)^Testland, Test Clinic's quote +")
        self.assertRegex(out, r"(?m)^Testland(?: \*)? +2 +4 +\$10,000-\$20,000 ")
        # Two rows, one destination: its advisory is said once.
        self.assertEqual(out.count("Advisory: Testland: "), 1)
        code, out, _ = run("compare", "--data", DATA, "--quote", cheap, "--countries", "testland", "--format", "markdown")
        self.assertEqual(out.count("> **Advisory, Testland:** "), 1)

    def test_the_example_quote(self):
        code, out, err = run("--quote", EXAMPLE)
        self.assertEqual(code, 0, err)
        self.assertIn("Treatment from your quote: Example Regenerative Clinic (Tijuana)", out)

    def test_broken_quotes(self):
        cases = [
            (QUOTE.format(currency="XYZ", price="1000"), "4:12: currency: no exchange rate for 'XYZ'; the data has: "
                                                        "EUR, GBP, MXN, USD"),
            (QUOTE.format(currency="USD", price="-5"), "10:10: price.amount: must not be negative, not -5"),
            (QUOTE.format(currency="USD", price="1").replace('"meals"', '"spa"'),
             "8:12: includes: unknown inclusion 'spa'; known: accommodation, airport-transfers, local-transport, "
             "meals, rehabilitation, translation, consultation, diagnostics"),
            (QUOTE.format(currency="USD", price="1").replace("destination = \"testland\"\n", ""),
             "1:1: missing key 'destination'"),
        ]
        for text, message in cases:
            with self.subTest(message=message):
                quote = self.write("q.toml", text)
                code, out, err = run("--data", DATA, "--quote", quote)
                self.assertEqual((code, out), (3, ""))
                self.assertEqual(err, f"cpcost: error: {quote}:{message}\n")
        code, out, err = run("--quote", os.path.join(self.tmp, "none.toml"))
        self.assertEqual((code, out), (3, ""))
        self.assertIn("none.toml: cannot open: No such file or directory", err)
        quote = self.write("q.toml", QUOTE.format(currency="USD", price="1"))
        code, out, err = run("--data", DATA, "--quote", quote, "--country", "borderland")
        self.assertEqual((code, out), (2, ""))


class Overrides(unittest.TestCase):
    def test_every_form_replaces_the_figure_and_shows_as_yours(self):
        code, out, err = run("--data", DATA, "--country", "testland", "--companions", "2", "--infusions", "3",
                             "--flight", "800-1200", "--nightly", "150", "--daily", "60-90", "--visa", "$100",
                             "--extra-infusion", "0.5k-0.7k", "--format", "json")
        self.assertEqual(code, 0, err)
        data = json.loads(out)
        lines = lines_by_id(data)
        expected = {"flights": (240000, 360000, "--flight"), "accommodation": (180000, 180000, "--nightly"),
                    "local_costs": (126000, 189000, "--daily"), "visa": (30000, 30000, "--visa"),
                    "extra_infusions": (50000, 70000, "--extra-infusion")}
        for line_id, (low, high, flag) in expected.items():
            with self.subTest(line=line_id):
                line = lines[line_id]
                self.assertEqual((line["low_cents"], line["high_cents"]), (low, high))
                source = data["sources"][line["sources"][0] - 1]
                self.assertEqual((source["basis"], source["source"], source["text"]), ("yours", flag, "Yours: " + flag))
        code, out, _ = run("--data", DATA, "--country", "testland", "--flight", "800-1200")
        self.assertRegex(out, r"(?m)^ ?\[\d+\] Yours: --flight$")

    def test_bad_overrides_name_the_option(self):
        code, out, err = run("--country", "mexico", "--nightly", "800-200")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: --nightly: '800-200' is a range from high to low (write the lower "
                              "amount first)\n")


class Adjustments(unittest.TestCase):
    def test_fees_and_a_reserve_each_on_their_lines(self):
        code, out, err = run("--data", DATA, "--country", "testland", "--fx-fee", "2.5", "--contingency", "10",
                             "--format", "json")
        self.assertEqual(code, 0, err)
        data = json.loads(out)
        lines = lines_by_id(data)
        self.assertEqual((lines["fx_fee"]["percent_bp"], lines["fx_fee"]["base"]["low_cents"],
                          lines["fx_fee"]["low_cents"], lines["fx_fee"]["high_cents"]), (250, 1090000, 27250, 54000))
        self.assertEqual((lines["contingency"]["low_cents"], lines["contingency"]["high_cents"]), (121725, 239400))
        self.assertEqual(data["subtotals"]["adjustments"]["low_cents"], 148975)
        self.assertEqual((data["total"]["low_cents"], data["total"]["high_cents"]), (1338975, 2633400))
        code, table, _ = run("--data", DATA, "--country", "testland", "--fx-fee", "2.5", "--contingency", "10")
        self.assertRegex(table, r"(?m)^Bank & card fees abroad +2\.5% of \$10,900\.00-\$21,600\.00 +\$272\.50 +\$540\.00")
        self.assertRegex(table, r"(?m)^Contingency reserve +10% of \$12,172\.50-\$23,940\.00 +\$1,217\.25 +\$2,394\.00")
        self.assertRegex(table, r"(?m)^Adjustments subtotal +\$1,489\.75 +\$2,934\.00$")


class Currencies(unittest.TestCase):
    def test_amounts_in_another_currency(self):
        code, out, err = run("--data", DATA, "--country", "testland", "--currency", "eur", "--format", "json")
        self.assertEqual(code, 0, err)
        data = json.loads(out)
        self.assertEqual((data["total"]["low_cents"], data["total"]["high_cents"]), (595000, 1170000))
        self.assertEqual(data["currency"], "EUR")
        code, out, _ = run("--data", DATA, "--country", "testland", "--currency", "EUR")
        self.assertIn("estimated cost in EUR", out)
        self.assertRegex(out, r"(?m)^Total +mid-point EUR 8,825 +EUR 5,950 +EUR 11,700$")
        self.assertIn("Amounts in EUR: 1 USD = 0.5 EUR (Test rates, example.org/rates (2025-11-21)); each figure "
                      "converted once, rounded half to even to the cent.", out)
        code, out, _ = run("--data", DATA, "--country", "testland", "--currency", "EUR", "--format", "csv")
        self.assertIn(",EUR,", out)

    def test_rounding_at_the_half(self):
        # GBP at 0.333333: the 25.75 visa from Asia is 8.5833... -> 8.58; 2 travelers -> 17.16.
        code, out, _ = run("--data", DATA, "--country", "testland", "--from", "asia", "--currency", "GBP",
                           "--format", "json")
        visa = lines_by_id(json.loads(out))["visa"]
        self.assertEqual((visa["unit_cost"]["low_cents"], visa["low_cents"]), (858, 1716))

    def test_a_currency_without_a_rate(self):
        code, out, err = run("--country", "mexico", "--currency", "JPY")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: --currency: no exchange rate for 'JPY'; the data has: AED, AUD, CAD, EUR, "
                              "GBP, GEL, INR, MXN, PAB, THB, UAH, USD\n")

    def test_your_own_rate(self):
        # Testland: cycle 10,000-20,000 USD; at your 18.2 MXN a dollar, 182,000-364,000 MXN, whatever the data's rate.
        code, out, err = run("--data", DATA, "--country", "testland", "--currency", "MXN", "--rate", "18.2",
                             "--format", "json")
        self.assertEqual(code, 0, err)
        data = json.loads(out)
        self.assertEqual(data["rate"]["per_usd"], "18.2")
        self.assertTrue(data["rate"]["yours"])
        self.assertFalse(data["rate"]["stale"])
        treatment = lines_by_id(data)["treatment"]
        self.assertEqual((treatment["low_cents"], treatment["high_cents"]), (18_200_000, 36_400_000))
        code, out, err = run("--data", DATA, "--country", "testland", "--currency", "MXN", "--rate", "18.2")
        self.assertIn("Amounts in MXN: 1 USD = 18.2 MXN (Yours: --rate)", out)
        # A currency the data has no rate for works with yours.
        code, out, err = run("--country", "mexico", "--currency", "jpy", "--rate", "150", "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(lines_by_id(json.loads(out))["treatment"]["unit_cost"]["low_cents"], 150 * 10_000 * 100)

    def test_a_rate_needs_a_currency_and_must_be_one(self):
        code, out, err = run("--country", "mexico", "--rate", "18.2")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: --rate: gives the rate of --currency per US dollar; name the currency "
                              "too (--currency MXN)\n")
        for bad in ("0", "-3", "18,2", "1.1234567", "2000000"):
            with self.subTest(rate=bad):
                code, out, err = run("--country", "mexico", "--currency", "MXN", "--rate", bad)
                self.assertEqual((code, out), (2, ""))
                self.assertTrue(err.startswith(f"cpcost: error: --rate: '{bad}' is not a rate (units of the currency "
                                               "per US dollar"), err)

    def test_every_bundled_currency(self):
        for code_ in ["USD", "EUR", "GBP", "CAD", "AUD", "MXN", "PAB", "INR", "THB", "UAH", "GEL", "AED"]:
            with self.subTest(currency=code_):
                code, out, err = run("--country", "mexico", "--currency", code_, "--format", "json")
                self.assertEqual(code, 0, err)
                self.assertEqual(json.loads(out)["currency"], code_)


class Config(TempDirTest):
    def env(self, **extra):
        return base_env(XDG_CONFIG_HOME=self.tmp, **extra)

    def settings(self, *args, env):
        code, out, err = run("config", *args, "--format", "json", env=env)
        self.assertEqual(code, 0, err)
        return {s["name"]: (s["value"], s["from"]) for s in json.loads(out)["settings"]}

    def test_precedence_flags_environment_config_defaults(self):
        config = self.write("cpcost/config.toml", 'from = "europe"\ncurrency = "EUR"\ncontingency = "10"\n'
                                                  'data = "elsewhere"\n')
        other = self.write("other.toml", 'companions = 0\n')
        settings = self.settings(env=self.env())
        self.assertEqual(settings["config"], (config, "default location"))
        self.assertEqual(settings["from"], ("europe", f"config file {config}:1"))
        self.assertEqual(settings["currency"], ("EUR", f"config file {config}:2"))
        self.assertEqual(settings["contingency"], ("10%", f"config file {config}:3"))
        self.assertEqual(settings["data"], (os.path.join(self.tmp, "cpcost", "elsewhere"), f"config file {config}:4"))
        self.assertEqual(settings["companions"], ("1", "built-in default"))
        # The environment beats the config file, flags beat both.
        settings = self.settings(env=self.env(CPCOST_DATA=DATA))
        self.assertEqual(settings["data"], (DATA, "CPCOST_DATA"))
        settings = self.settings("--data", "flagdir", "--from", "asia", "--currency", "gbp", env=self.env(CPCOST_DATA=DATA))
        self.assertEqual((settings["data"], settings["from"], settings["currency"]),
                         (("flagdir", "--data"), ("asia", "--from"), ("GBP", "--currency")))
        # CPCOST_CONFIG names another file; --config beats it.
        settings = self.settings(env=self.env(CPCOST_CONFIG=other))
        self.assertEqual(settings["config"], (other, "CPCOST_CONFIG"))
        self.assertEqual(settings["companions"], ("0", f"config file {other}:1"))
        self.assertEqual(settings["from"], ("north-america", "built-in default"))
        settings = self.settings("--config", config, env=self.env(CPCOST_CONFIG=other))
        self.assertEqual(settings["config"], (config, "--config"))

    def test_the_settings_are_used(self):
        self.write("cpcost/config.toml", f'from = "europe"\ncurrency = "EUR"\nformat = "json"\ndata = "{DATA}"\n')
        code, out, err = run("--country", "testland", env=self.env())
        self.assertEqual(code, 0, err)
        data = json.loads(out)  # the format from the config
        self.assertEqual((data["query"]["from"], data["currency"]), ("europe", "EUR"))
        code, out, _ = run("--country", "testland", "--format", "csv", "--from", "asia", env=self.env())
        self.assertIn("testland,flights,", out)
        self.assertIn(",EUR,", out)

    def test_every_format(self):
        config = self.write("cpcost/config.toml", 'companions = 2\n')
        code, out, err = run("config", env=self.env())
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"(?m)^Setting +Value +From$")
        self.assertRegex(out, r"(?m)^companions +2 +config file %s:1$" % re.escape(config))
        code, out, err = run("config", "--format", "csv", env=self.env())
        self.assertEqual(code, 0, err)
        self.assertEqual(out.splitlines()[0], "name,value,from")
        self.assertIn(f"companions,2,config file {config}:1", out.splitlines())
        code, out, err = run("config", "--format", "markdown", env=self.env())
        self.assertEqual(code, 0, err)
        self.assertIn("| Setting | Value | From |", out)
        self.assertIn("| fx\\_fee | (none) | built-in default |", out)  # markdown-escaped

    def test_a_config_files_format_is_used(self):
        self.write("cpcost/config.toml", 'format = "markdown"\n')
        code, out, err = run("--country", "mexico", env=self.env())
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("## Stem cell treatment for cerebral palsy in Mexico"), out[:80])
        self.write("cpcost/config.toml", 'format = "table"\n')
        code, out, err = run("--country", "mexico", "--companions", "0..1", env=self.env())  # a sweep: CSV unless told
        self.assertEqual(code, 0, err)
        self.assertRegex(out.splitlines()[0], r"^ *Scenario +Destination ")

    def test_a_value_is_spelled_the_same_on_the_command_line_and_in_the_file(self):
        # The option's one check reads both: "JSON" and "Europe" in any case, in either place.
        code, by_flags, err = run("--country", "mexico", "--format", "JSON", "--from", "Europe", "--currency", "eur",
                                  env=self.env())
        self.assertEqual(code, 0, err)
        self.write("cpcost/config.toml", 'format = "JSON"\nfrom = "Europe"\ncurrency = "eur"\n')
        code, by_file, err = run("--country", "mexico", env=self.env())
        self.assertEqual(code, 0, err)
        self.assertEqual(by_file, by_flags)
        self.assertEqual(json.loads(by_file)["query"]["from"], "europe")

    def test_an_output_files_extension_names_where_the_format_comes_from(self):
        path = os.path.join(self.tmp, "out.json")
        code, out, err = run("config", "-o", path, env=self.env())
        self.assertEqual((code, out), (0, ""), err)
        with open(path, encoding="utf-8") as f:
            settings = {s["name"]: (s["value"], s["from"]) for s in json.load(f)["settings"]}
        self.assertEqual(settings["format"], ("json", "--output"))

    def test_no_config_file(self):
        settings = self.settings(env=self.env())
        self.assertEqual(settings["config"], (os.path.join(self.tmp, "cpcost", "config.toml"),
                                              "default location (not found)"))
        self.assertEqual(settings["data"], ("(bundled)", "built-in default"))

    def test_a_broken_or_missing_config_file(self):
        self.write("cpcost/config.toml", 'from = "mars"\n')
        code, out, err = run("--country", "mexico", env=self.env())
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {self.tmp}/cpcost/config.toml:1:8: from: 'mars' is not one of "
                              "north-america, europe, asia, middle-east, latin-america\n")
        code, out, err = run("--country", "mexico", "--config", os.path.join(self.tmp, "none.toml"))
        self.assertEqual((code, out), (3, ""))
        self.assertIn("none.toml: cannot open: No such file or directory", err)

    def test_a_config_currency_without_a_rate_is_the_files_error(self):
        # The data, not the config file's schema, decides which currencies have a
        # rate: the error names the config file's line, not --currency.
        config = self.write("cpcost/config.toml", 'from = "europe"\ncurrency = "JPY"\n')
        code, out, err = run("--country", "mexico", env=self.env())
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {config}:2:12: currency: no exchange rate for 'JPY'; the data has: "
                              "AED, AUD, CAD, EUR, GBP, GEL, INR, MXN, PAB, THB, UAH, USD\n")
        # A flag that names a currency with a rate takes its place: no error.
        code, out, err = run("--country", "mexico", "--currency", "EUR", "--format", "json", env=self.env())
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["currency"], "EUR")


class Validate(TempDirTest):
    def test_the_bundled_data_is_clean(self):
        code, out, err = run("validate")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out, "10 files checked: no problems.\n")  # 8 destinations, checklist, currencies

    def test_several_problems_in_one_file_with_lines_and_columns(self):
        with open(os.path.join(DATA, "destinations", "testland.toml"), encoding="utf-8") as f:
            text = f.read()
        text = text.replace("low = 10_000", "low = -10_000", 1)             # line 10
        text = text.replace("included = 2", "included = 0", 1)              # line 16
        text = text.replace("[flights.asia]", "[flights.oceania]", 1)       # line 61
        text = text.replace("as_of = 2025-08-12", "as_of = 2027-08-12", 1)  # line 111
        path = self.write("destinations/testland.toml", text)
        code, out, err = run("validate", path)
        self.assertEqual((code, err), (3, ""))
        # Every problem, from the first line to the last; the flights table starts at its first origin (49).
        self.assertEqual(out.splitlines(), [
            f"{path}:10:7: cycle_price.low: must not be negative, not -10000",
            f"{path}:16:12: infusions.included: must be 1 to 50, not 0",
            f"{path}:49:1: flights: missing origin 'asia'",
            f"{path}:61:10: unknown key 'flights.oceania'; known origins: north-america, europe, asia, middle-east, "
            "latin-america",
            f"{path}:111:9: advisories[0].as_of: '2027-08-12' is in the future",
            "5 problems in 1 file checked."])

    def test_an_assumption_naming_a_year_without_as_of(self):
        with open(os.path.join(DATA, "destinations", "testland.toml"), encoding="utf-8") as f:
            text = f.read()
        text = text.replace('reason = "Test fixture: the hotel collects its guests"',
                            'reason = "A taxi fare of 2019, doubled"', 1)
        path = self.write("destinations/testland.toml", text)
        line = text[:text.index('reason = "A taxi fare of 2019')].count("\n") + 1
        code, out, err = run("validate", path)
        self.assertEqual((code, err), (3, ""))
        self.assertEqual(out.splitlines(), [
            f"{path}:{line}:10: transfers.reason: names the year 2019 but the figure has no as_of: give the date of the "
            "data it rests on", "1 problem in 1 file checked."])
        code, out, err = run("--data", os.path.dirname(os.path.dirname(path)), "--country", "testland")
        self.assertEqual((code, out), (3, ""))
        self.assertIn(f"{path}:{line}:10: transfers.reason: names the year 2019", err)

    def test_quote_currency_and_config_files_and_directories(self):
        quote = self.write("q.toml", QUOTE.format(currency="XYZ", price="-1"))
        rates = self.write("currencies.toml", "[rates.EUR]\nper_usd = 0.9\n")
        config = self.write("config.toml", 'currency = "XYZ"\n')
        code, out, err = run("validate", quote, rates, config, DATA)
        self.assertEqual(code, 3, err)
        self.assertIn(f"{quote}:4:12: currency: no exchange rate for 'XYZ'", out)
        self.assertIn(f"{quote}:10:10: price.amount: must not be negative, not -1", out)
        self.assertIn(f"{rates}:2:11: rates.EUR.per_usd: expected a positive decimal string", out)
        self.assertIn(f"{config}:1:12: currency: no exchange rate for 'XYZ'", out)
        code, out, err = run("validate", DATA, "--format", "json")
        self.assertEqual(code, 0)
        report = json.loads(out)
        self.assertEqual((report["kind"], report["problems"]), ("validation", []))
        self.assertEqual(len(report["files"]), 2)  # testland.toml and currencies.toml

    def test_malformed_empty_and_checklist_files_in_every_format(self):
        bad = self.write("bad.toml", "x = [\n")
        empty = self.write("empty.toml", "")  # no key says what it is: checked as a destination
        checklist = os.path.join(FIXTURES, "..", "..", "data", "checklist.toml")
        code, out, err = run("validate", checklist)
        self.assertEqual((code, out, err), (0, "1 file checked: no problems.\n", ""))
        code, out, err = run("validate", bad, empty)
        self.assertEqual((code, err), (3, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0], f"{bad}:1:7: Error while parsing array: encountered end-of-file")
        self.assertEqual(lines[1], f"{empty}:1:1: missing key 'id'")
        self.assertEqual(lines[-1], f"{len(lines) - 1} problems in 2 files checked.")
        code, out, err = run("validate", bad, empty, "--format", "csv")
        self.assertEqual((code, err), (3, ""))
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual(rows[0], {"path": bad, "line": "1", "column": "7",
                                   "message": "Error while parsing array: encountered end-of-file"})
        self.assertEqual(len(rows), len(lines) - 1)
        code, out, err = run("validate", bad, "--format", "json")
        self.assertEqual((code, err), (3, ""))
        report = json.loads(out)
        self.assertEqual(report["problems"], [{"path": bad, "line": 1, "column": 7,
                                               "message": "Error while parsing array: encountered end-of-file"}])
        code, out, err = run("validate", checklist, "--format", "csv")
        self.assertEqual((code, out), (0, "path,line,column,message\r\n"))  # RFC 4180 line ends

    def test_the_data_in_use_is_checked_when_loaded_too(self):
        shutil.copytree(DATA, os.path.join(self.tmp, "data"))
        path = os.path.join(self.tmp, "data", "destinations", "testland.toml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("as_of = 2025-08-12", "as_of = 2027-08-12"))
        code, out, err = run("--data", os.path.join(self.tmp, "data"), "--country", "testland")
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {path}:111:9: advisories[0].as_of: '2027-08-12' is in the future\n")


if __name__ == "__main__":
    unittest.main()
