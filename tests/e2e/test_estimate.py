"""End to end: the estimate in every format, from the installed binary."""

import csv
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

from cpcost_run import BIN, FIXTURES, base_env, run

DESTINATIONS = ["georgia", "india", "mexico", "panama", "thailand", "ukraine", "united-states", "western-europe"]

# The seed guide's cost table: USD per treatment cycle (../shared/seed, "Worldwide Cost Comparison").
SEED = {
    "united-states": (25000, 100000, True), "western-europe": (25000, 100000, True),
    "mexico": (10000, 30000, False), "panama": (15000, 40000, False), "india": (8000, 25000, False),
    "thailand": (12000, 35000, False), "ukraine": (7000, 20000, False), "georgia": (7000, 20000, False),
}


def estimate_json(*args):
    code, out, err = run(*args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


class ExampleCommand(unittest.TestCase):
    def test_the_design_example_works_as_typed(self):
        code, out, err = run("--country", "mexico", "--infusions", "2")
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")
        self.assertIn("Mexico (Tijuana, Guadalajara)", out)
        for label in ["Treatment, first cycle", "Treatment, follow-up cycles", "Extra infusions", "Pre-treatment tests",
                      "Flights, round trip", "Airport & border transfers", "Accommodation", "Meals & local transport",
                      "Visa & entry fees", "Travel & medical insurance", "Treatment subtotal", "Travel & stay subtotal",
                      "Total", "Not included: "]:
            self.assertRegex(out, "(?m)^" + re.escape(label), label)
        self.assertRegex(out, r"(?m)^Treatment, first cycle +1 cycle +\$10,000-\$30,000 +\$10,000 +\$30,000 +\[1\]$")
        self.assertRegex(out, r"(?m)^Extra infusions(?: \*)? +1 infusion × 1 cycle ")
        self.assertIn("2 travelers: the patient and 1 companion (the default", out)
        self.assertIn("flights from north-america (the default)", out)
        self.assertRegex(out, r"(?m)^Advisory: US Department of State: Level 2")
        self.assertRegex(out, r"(?m)^Sources:$")
        self.assertRegex(out, r"(?m)^ ?\[1\] PlacidWay")
        self.assertIn("estimate for an experimental therapy, not medical advice", out)
        self.assertNotIn("\x1b[", out)  # not a terminal: no colour

    def test_table_total_matches_json(self):
        code, out, _ = run("--country", "mexico", "--infusions", "2")
        data = estimate_json("--country", "mexico", "--infusions", "2")
        total = data["total"]
        low, high = total["low_cents"] // 100, total["high_cents"] // 100
        self.assertRegex(out, r"(?m)^Total +mid-point \$[\d,]+ +\$%s +\$%s$" % (f"{low:,}", f"{high:,}"))

    def test_version_and_help(self):
        code, out, err = run("--version")
        self.assertEqual((code, err), (0, ""))
        # The oldest and newest as_of of the data, read from its TOML files here, not from cpcost.
        import glob, tomllib
        dates = []
        def walk(node):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "as_of":
                        dates.append(str(value))
                    else:
                        walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)
        data = os.path.join(os.path.dirname(os.environ["CPCOST_README"]), "data")
        for path in glob.glob(os.path.join(data, "**", "*.toml"), recursive=True):
            if "examples" not in path:
                with open(path, "rb") as f:
                    walk(tomllib.load(f))
        self.assertEqual(out, f"cpcost {out.split()[1]}\nbundled data: 8 destinations, figures dated {min(dates)} (oldest) "
                              f"to {max(dates)} (newest)\n")
        code, out, err = run("--help")
        self.assertEqual((code, err), (0, ""))
        for option in ["--country", "--infusions", "--cycles", "--companions", "--from", "--nights", "--format",
                       "--quiet", "--no-color", "--data", "--version", "Exit codes"]:
            self.assertIn(option, out)

    def test_quiet_drops_footnotes_never_the_disclaimer(self):
        code, out, err = run("--country", "ukraine", "--quiet")
        self.assertEqual(code, 0, err)
        self.assertNotIn("Sources:", out)
        self.assertNotIn("[1]", out)
        self.assertIn("This is an estimate for an experimental therapy, not medical advice", out)
        self.assertIn("Advisory: US Department of State: Level 4: Do not travel", out)
        code, short, _ = run("--country", "ukraine", "-q")
        self.assertEqual(short, out)
        # Markdown too: what a family pastes into a document keeps what the numbers mean.
        code, markdown, _ = run("--country", "mexico", "--format", "markdown", "--quiet")
        self.assertIn("*This is an estimate for an experimental therapy, not medical advice", markdown)
        self.assertNotIn("**Sources**", markdown)


class Readme(unittest.TestCase):
    def test_every_readme_example_is_what_the_binary_prints(self):
        """Each block in README that starts with "$ cpcost ..." shows lines the command
        prints, in order ("..." stands for lines left out), at 80 columns, today fixed."""
        with open(os.environ["CPCOST_README"], encoding="utf-8") as f:
            readme = f.read()
        examples = re.findall(r"```\n\$ (cpcost [^\n]*)\n(.*?)```", readme, re.S)
        self.assertGreaterEqual(len(examples), 5)
        for command, shown in examples:
            with self.subTest(command=command):
                # From the README's own directory, as a reader of it would run them.
                code, out, _ = run(*shlex.split(command)[1:], cwd=os.path.dirname(os.environ["CPCOST_README"]),
                                   env=base_env(COLUMNS="80"))
                printed = out.splitlines()
                at = 0
                for line in shown.splitlines():
                    if line == "...":
                        continue
                    self.assertIn(line, printed[at:], "README example differs from the output")
                    at = printed.index(line, at) + 1


class JsonOutput(unittest.TestCase):
    def test_schema_and_totals_add_up(self):
        data = estimate_json("--country", "mexico", "--infusions", "2")
        self.assertEqual(data["schema_version"], 2)
        self.assertEqual(data["kind"], "estimate")
        self.assertEqual(data["currency"], "USD")
        self.assertEqual(data["destination"]["id"], "mexico")
        self.assertEqual(data["query"], {
            "country": "mexico", "infusions": 2, "infusions_included": 1, "extra_infusions": 1, "cycles": 1,
            "companions": 1, "companions_default": True, "travelers": 2, "from": "north-america",
            "from_default": True, "nights": data["query"]["nights"], "nights_from": "protocol",
            "days": data["query"]["nights"] + 1, "rooms": 1, "draws": 10000, "seed": 1})
        lines = data["lines"]
        self.assertEqual([l["id"] for l in lines],
                         ["treatment", "follow_ups", "extra_infusions", "tests", "flights", "transfers",
                          "accommodation", "local_costs", "visa", "insurance"])
        for key in ["low_cents", "high_cents"]:
            self.assertEqual(data["total"][key], sum(l[key] for l in lines))
            self.assertEqual(data["subtotals"]["treatment"][key],
                             sum(l[key] for l in lines if l["group"] == "treatment"))
            self.assertEqual(data["subtotals"]["travel"][key], sum(l[key] for l in lines if l["group"] == "travel"))
        total = data["total"]
        self.assertLessEqual(total["low_cents"], total["mid_cents"])
        self.assertLessEqual(total["mid_cents"], total["high_cents"])
        self.assertLessEqual(abs(2 * total["mid_cents"] - total["low_cents"] - total["high_cents"]), 1)
        for line in lines:
            self.assertEqual(line["low_cents"], line["unit_cost"]["low_cents"] * line["quantity"])
            self.assertEqual(line["high_cents"], line["unit_cost"]["high_cents"] * line["quantity"])
            product = 1
            for factor in line["factors"]:
                product *= factor["count"]
            self.assertEqual(product, line["quantity"])
            for source_id in line["sources"]:
                self.assertTrue(1 <= source_id <= len(data["sources"]))
        self.assertEqual([s["id"] for s in data["sources"]], list(range(1, len(data["sources"]) + 1)))
        for source in data["sources"]:
            self.assertIn(source["basis"], ["published", "assumption"])
            if source["basis"] == "published":
                self.assertTrue(source["source"] and source["as_of"])
            else:
                self.assertTrue(source["reason"])
        self.assertIn("experimental therapy", data["disclaimer"])

    def test_query_as_understood_with_every_option(self):
        data = estimate_json("--country", "IN", "--infusions", "3", "--cycles", "2", "--companions", "2",
                             "--from", "Europe", "--nights", "30")
        q = data["query"]
        self.assertEqual((q["country"], q["infusions"], q["cycles"], q["companions"], q["travelers"], q["from"]),
                         ("india", 3, 2, 2, 3, "europe"))
        self.assertEqual((q["nights"], q["nights_from"], q["days"], q["companions_default"], q["from_default"]),
                         (30, "query", 32, False, False))
        flights = next(l for l in data["lines"] if l["id"] == "flights")
        self.assertEqual(flights["quantity"], 6)  # 3 travelers x 2 trips
        accommodation = next(l for l in data["lines"] if l["id"] == "accommodation")
        self.assertEqual(accommodation["quantity"], 30 * q["rooms"])

    def test_seed_table_reproduced_for_every_destination(self):
        for destination, (low, high, open_high) in SEED.items():
            with self.subTest(destination=destination):
                data = estimate_json("--country", destination)
                self.assertEqual(data["query"]["extra_infusions"], 0)
                treatment = data["lines"][0]
                self.assertEqual(treatment["id"], "treatment")
                self.assertEqual((treatment["low_cents"], treatment["high_cents"], treatment["high_open"]),
                                 (low * 100, high * 100, open_high))
                self.assertEqual(data["lines"][1]["low_cents"], 0)
                self.assertEqual(data["total"]["high_open"], open_high)
                # The title names the destination as a sentence does.
                title = "the United States (Orange County, California)" if destination == "united-states" else None
                if title:
                    code, table, _ = run("--country", destination)
                    self.assertTrue(table.startswith(f"Stem cell treatment for cerebral palsy in {title}: "), table[:90])
                # In the table, an open high makes the mid-point a floor too.
                code, table, err = run("--country", destination)
                self.assertEqual(code, 0, err)
                self.assertRegex(table, r"(?m)^Total +mid-point \$[\d,.]+%s  " % (r"\+" if open_high else ""))

    def test_every_destination_names_the_seed_consideration_and_its_sources(self):
        for destination in DESTINATIONS:
            with self.subTest(destination=destination):
                data = estimate_json("--country", destination)
                self.assertTrue(data["destination"]["key_considerations"])
                self.assertTrue(data["sources"])

    def test_ukraine_goes_through_poland_and_shows_the_advisory(self):
        data = estimate_json("--country", "ukraine")
        ids = [l["id"] for l in data["lines"]]
        self.assertIn("overland", ids)
        flights = next(l for l in data["lines"] if l["id"] == "flights")
        self.assertIn("Poland", flights["label"])
        self.assertTrue(any(a["level"] == 4 and a["level_text"] == "Level 4: Do not travel" for a in data["advisories"]))
        # An unnumbered advisory (the UK's "Against all travel") has a null level and its own words.
        self.assertTrue(any(a["level"] is None and a["level_text"] == "Against all travel" for a in data["advisories"]))
        self.assertTrue(all(a["stale"] in (True, False) and a["as_of"] for a in data["advisories"]))
        self.assertTrue(any("flights" in r["summary"].lower() for r in data["entry_rules"]))


class CsvOutput(unittest.TestCase):
    def test_tidy_rfc4180_with_bare_numbers(self):
        code, out, err = run("--country", "mexico", "--infusions", "2", "--format", "csv")
        self.assertEqual(code, 0, err)
        self.assertTrue(out.endswith("\r\n"))
        rows = list(csv.DictReader(io.StringIO(out, newline=""), strict=True))
        self.assertEqual(list(rows[0].keys()), ["destination", "item", "label", "quantity", "unit", "unit_low",
                                                "unit_high", "low", "mid", "high", "high_open", "currency", "source",
                                                "as_of", "stale"])
        self.assertEqual([r["item"] for r in rows],
                         ["treatment", "follow_ups", "extra_infusions", "tests", "flights", "transfers",
                          "accommodation", "local_costs", "visa", "insurance", "total"])
        money = re.compile(r"^\d+\.\d\d$")
        for row in rows:
            self.assertEqual(row["currency"], "USD")
            for column in ["low", "mid", "high"]:
                self.assertRegex(row[column], money)
        total = rows[-1]
        for column in ["low", "high"]:
            cents = sum(round(float(r[column]) * 100) for r in rows[:-1])
            self.assertEqual(cents, round(float(total[column]) * 100))
        data = estimate_json("--country", "mexico", "--infusions", "2")
        self.assertEqual(round(float(total["mid"]) * 100), data["total"]["mid_cents"])
        self.assertEqual(rows[4]["label"], "Flights, round trip")  # a quoted field, read back whole

    @unittest.skipUnless(shutil.which("sqlite3"), "sqlite3 is not installed")
    def test_sqlite_import_reads_numbers(self):
        code, out, _ = run("--country", "thailand", "--format", "csv")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "estimate.csv")
            with open(path, "w", newline="") as f:
                f.write(out)
            script = ("CREATE TABLE e(destination TEXT, item TEXT, label TEXT, quantity INTEGER, unit TEXT,"
                      " unit_low REAL, unit_high REAL, low REAL, mid REAL, high REAL, high_open TEXT,"
                      " currency TEXT, source TEXT, as_of TEXT, stale TEXT);\n"
                      f".import --csv --skip 1 {path} e\n"
                      "SELECT typeof(low), typeof(high), count(*) FROM e GROUP BY 1, 2;\n"
                      "SELECT round(sum(low), 2) = (SELECT low FROM e WHERE item = 'total') FROM e"
                      " WHERE item <> 'total';\n")
            done = subprocess.run(["sqlite3", ":memory:"], input=script, capture_output=True, text=True)
        self.assertEqual(done.stderr, "")
        self.assertEqual(done.stdout.split(), ["real|real|11", "1"])


def over_18_months_old(as_of, today=(2026, 11, 25)):
    """Whether as_of's period ended before the day 18 months before today (the test
    environment's CPCOST_TODAY): "2016" ends 2016-12-31, "2025-05" ends 2025-05-31."""
    import calendar
    parts = [int(p) for p in as_of.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    limit_year, limit_month = today[0] - 1, today[1] - 6  # 18 months before 2026-11: 2025-05
    while limit_month < 1:
        limit_month += 12
        limit_year -= 1
    limit = (limit_year, limit_month, min(today[2], calendar.monthrange(limit_year, limit_month)[1]))
    return (year, month, day) < limit


class TreatmentModel(unittest.TestCase):
    def test_a_second_cycle_is_a_follow_up_round_cheaper_than_the_first(self):
        one = estimate_json("--country", "mexico", "--cycles", "1")
        two = estimate_json("--country", "mexico", "--cycles", "2")
        treatment = lambda d: (d["subtotals"]["treatment"]["low_cents"], d["subtotals"]["treatment"]["high_cents"])
        self.assertLess(treatment(two)[0], 2 * treatment(one)[0])
        self.assertLess(treatment(two)[1], 2 * treatment(one)[1])
        lines = {l["id"]: l for l in two["lines"]}
        # Mexico's cycle, 10,000-30,000 (the seed guide); a follow-up round at the FTC ratio: 52.63 % of
        # 10,000 = 5,263 and 53.33 % of 30,000 = 15,999.
        self.assertEqual((lines["treatment"]["low_cents"], lines["treatment"]["high_cents"]), (1_000_000, 3_000_000))
        self.assertEqual((lines["follow_ups"]["low_cents"], lines["follow_ups"]["high_cents"]), (526_300, 1_599_900))
        self.assertEqual(lines["follow_ups"]["label"], "Treatment, follow-up cycles")
        self.assertEqual(lines["treatment"]["label"], "Treatment, first cycle")

    def test_extra_infusions_from_a_price_per_application_or_the_one_rule(self):
        # Thailand publishes none: its cycle, 12,000-35,000, includes 8 infusions: 1,500-4,375 each.
        data = estimate_json("--country", "thailand", "--infusions", "9")
        extra = {l["id"]: l for l in data["lines"]}["extra_infusions"]
        self.assertEqual((extra["unit_cost"]["low_cents"], extra["unit_cost"]["high_cents"]), (150_000, 437_500))
        source = data["sources"][extra["sources"][0] - 1]
        self.assertIn("divided by the infusions it includes", source["text"])
        # Mexico: the one price per application found there, 20,000 for 3 injections.
        data = estimate_json("--country", "mexico", "--infusions", "2")
        extra = {l["id"]: l for l in data["lines"]}["extra_infusions"]
        self.assertEqual((extra["unit_cost"]["low_cents"], extra["unit_cost"]["high_cents"]), (666_700, 666_700))


class CostsNoLineShowedBefore(unittest.TestCase):
    def test_every_destination_prices_insurance_tests_and_transfers_and_says_what_it_leaves_out(self):
        for destination in DESTINATIONS:
            with self.subTest(destination=destination):
                data = estimate_json("--country", destination)
                lines = {l["id"]: l for l in data["lines"]}
                for item in ("insurance", "tests", "transfers"):
                    self.assertIn(item, lines)
                    self.assertTrue(lines[item]["sources"], item)  # each with its source or assumption
                self.assertTrue(data["not_included"])
                self.assertIn("passports", data["not_included"])
                code, table, err = run("--country", destination)
                self.assertRegex(table, r"(?m)^Not included: .*passports\.$")
        georgia = {l["id"]: l for l in estimate_json("--country", "georgia")["lines"]}
        self.assertGreater(georgia["insurance"]["low_cents"], 0)  # required there since 2026-01-01

    def test_your_own_figures_for_the_new_lines(self):
        data = estimate_json("--country", "mexico", "--companions", "2", "--cycles", "2", "--insurance", "150",
                             "--tests", "800-900", "--transfers", "60")
        lines = {l["id"]: l for l in data["lines"]}
        # 3 travelers x 2 trips x 150; 2 cycles x 800-900; 3 travelers x 2 trips x 60.
        self.assertEqual((lines["insurance"]["low_cents"], lines["insurance"]["high_cents"]), (90_000, 90_000))
        self.assertEqual((lines["tests"]["low_cents"], lines["tests"]["high_cents"]), (160_000, 180_000))
        self.assertEqual((lines["transfers"]["low_cents"], lines["transfers"]["high_cents"]), (36_000, 36_000))
        sources = {s["id"]: s["text"] for s in data["sources"]}
        self.assertEqual(sources[lines["insurance"]["sources"][0]], "Yours: --insurance")


class UnitedStates(unittest.TestCase):
    def test_the_price_is_for_treatment_outside_fda_approval_and_the_lawful_routes_are_named(self):
        for args in (["--country", "united-states"], ["--country", "usa", "--format", "markdown"],
                     ["compare", "--countries", "usa"], ["countries"]):
            with self.subTest(args=args):
                code, out, err = run(*args)
                self.assertEqual(code, 0, err)
                self.assertIn("without FDA approval", out)
        code, out, err = run("--country", "united-states")
        self.assertIn("expanded access", out)
        self.assertIn("clinical trials", out)
        data = estimate_json("--country", "united-states")
        self.assertIn("without FDA approval", data["destination"]["price_note"])
        self.assertTrue(any("expanded-access" in r["summary"] and "clinical trials" in r["summary"]
                            for r in data["entry_rules"]))
        self.assertNotIn("Durham", data["destination"]["cities"])
        for fmt in ("table", "markdown", "json"):
            code, out, err = run("show", "usa", "--format", fmt)
            self.assertEqual(code, 0, err)
            self.assertIn("without FDA approval", out)


def fixture_with_one_range(table, low, high):
    """A copy of the fixture data in a temporary directory whose figures are all fixed
    (high = low) but the one in `table`, set to low-high. Returns the directory."""
    directory = tempfile.mkdtemp()
    shutil.copytree(os.path.join(FIXTURES, "data"), directory, dirs_exist_ok=True)
    path = os.path.join(directory, "destinations", "testland.toml")
    lines, current, low_of_table = [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("["):
                current, low_of_table = line.strip("[]"), None
            if line.startswith("low = "):
                low_of_table = line[len("low = "):]
                if current == table:
                    line = f"low = {low}"
            if line.startswith("high = "):
                line = f"high = {high}" if current == table else f"high = {low_of_table}"
            lines.append(line)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return directory


class LikelyRanges(unittest.TestCase):
    def test_percentiles_in_order_within_the_bounds(self):
        total = estimate_json("--country", "mexico", "--infusions", "2")["total"]
        p = total["percentiles"]
        self.assertLess(p["p10"], p["p50"])
        self.assertLess(p["p50"], p["p90"])
        self.assertLessEqual(total["low_cents"], p["p10"])
        self.assertLessEqual(p["p90"], total["high_cents"])

    def test_one_uniform_figure_gives_its_quantiles(self):
        data = fixture_with_one_range("flights.north-america", 500, 900)
        try:
            result = estimate_json("--data", data, "--country", "testland", "--companions", "0")
        finally:
            shutil.rmtree(data)
        fixed = result["total"]["low_cents"]  # every other figure, and the flight at its low
        width = result["total"]["high_cents"] - fixed
        self.assertEqual(width, 40_000)  # one traveler, one trip: 500-900
        for p in (10, 50, 90):
            self.assertLessEqual(abs(result["total"]["percentiles"][f"p{p}"] - (fixed + width * p / 100)), 0.01 * width)

    def test_a_nightly_rate_drawn_once_for_ten_nights(self):
        data = fixture_with_one_range("accommodation", 100, 200)
        try:
            result = estimate_json("--data", data, "--country", "testland", "--companions", "0", "--nights", "10")
        finally:
            shutil.rmtree(data)
        p = result["total"]["percentiles"]
        expected = 0.8 * 10 * (200 - 100) * 100  # in cents: one rate for all 10 nights
        self.assertLessEqual(abs((p["p90"] - p["p10"]) - expected), 0.02 * expected)

    def test_the_same_seed_prints_the_same_bytes_another_seed_other_draws(self):
        runs = [run("--country", "thailand", "--budget", "30k", *extra)[1] for extra in ([], [], ["--seed", "2"])]
        self.assertEqual(runs[0], runs[1])
        self.assertNotEqual(runs[0], runs[2])
        self.assertIn("Total: likely $", runs[0])
        self.assertRegex(runs[0], r"Budget \$30,000: may fit \(.*\); chance within it: \d+ %\.")

    def test_the_chance_within_a_budget_and_the_draws_asked_for(self):
        data = estimate_json("--country", "mexico", "--budget", "25k", "--draws", "2000", "--seed", "7")
        self.assertEqual((data["query"]["draws"], data["query"]["seed"]), (2000, 7))
        p = data["total"]["percentiles"]
        chance = data["budget"]["probability_within"]
        # The budget between P50 and P90 of the total: a chance between 50 % and 90 %.
        if p["p50"] <= 2_500_000 <= p["p90"]:
            self.assertTrue(0.5 <= chance <= 0.9, chance)
        for bad in ("99", "1000001", "lots"):
            code, out, err = run("--country", "mexico", "--draws", bad)
            self.assertEqual((code, out), (2, ""))
            self.assertIn("--draws: ", err)

    def test_batch_and_sweeps_draw_only_when_asked(self):
        code, out, err = run("--country", "mexico,india", "--format", "csv")
        self.assertNotIn("total_p50", out.splitlines()[0])
        code, out, err = run("--country", "mexico,india", "--format", "csv", "--draws", "1000", "--budget", "30k")
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        for row in rows:
            self.assertLess(float(row["total_p10"]), float(row["total_p50"]))
            self.assertLess(float(row["total_p50"]), float(row["total_p90"]))
            self.assertTrue(0 <= float(row["probability_within"]) <= 1)


class Staleness(unittest.TestCase):
    def test_every_destination_names_its_old_figures_and_flags_each_json_line(self):
        for country, cycles in (("thailand", "1"), ("mexico", "2"), ("ukraine", "1"), ("united-states", "3")):
            with self.subTest(country=country):
                code, out, err = run("--country", country, "--cycles", cycles, "--format", "json")
                self.assertEqual(code, 0, err)
                lines = json.loads(out)["lines"]
                code, table, err = run("--country", country, "--cycles", cycles)
                code, csv_out, err = run("--country", country, "--cycles", cycles, "--format", "csv")
                csv_rows = {r["item"]: r for r in csv.DictReader(io.StringIO(csv_out, newline=""))}
                old = []
                for line in lines:
                    self.assertIn("as_of", line)
                    # A line of no quantity costs nothing: never flagged.
                    expected = bool(line["as_of"]) and over_18_months_old(line["as_of"]) and line["quantity"] > 0
                    self.assertEqual(line["stale"], expected, line["id"])
                    self.assertEqual(csv_rows[line["id"]]["stale"], "true" if expected else "false")
                    self.assertEqual(csv_rows[line["id"]]["as_of"], line["as_of"])
                    marked = re.search(r"(?m)^%s \*  " % re.escape(line["label"]), table) is not None
                    self.assertEqual(marked, expected, line["label"])
                    if expected:
                        old.append(f"{line['label']} ({line['as_of']})")
                if old:
                    self.assertIn(" over 18 months old: " + ", ".join(old), table)
                else:
                    self.assertNotIn("over 18 months old:", table)

    def test_thailand_names_its_figures_older_than_18_months(self):
        code, out, err = run("--country", "thailand", "--format", "json")
        stale = [l for l in json.loads(out)["lines"] if l["stale"]]
        self.assertTrue(stale, "the bundled Thailand rests on some figure over 18 months old")
        code, table, err = run("--country", "thailand")
        for line in stale:
            self.assertIn(f"{line['label']} ({line['as_of']})", table)


class MarkdownOutput(unittest.TestCase):
    def test_pipe_table(self):
        code, out, err = run("--country", "india", "--format", "markdown")
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("## Stem cell treatment for cerebral palsy in India"))
        header = lines.index("| Item | Quantity | Unit cost | Low | High | Source |")
        self.assertEqual(lines[header + 1], "|:-----|:---------|----------:|----:|-----:|:-------|")
        table = []
        for line in lines[header:]:
            if not line.startswith("|"):
                break
            table.append(line)
        self.assertEqual(len(table), 2 + 10 + 2 + 1)  # header, rule, lines, subtotals, total
        for row in table:
            self.assertEqual(len(re.findall(r"(?<!\\)\|", row)), 7, row)
        self.assertTrue(table[-1].startswith("| **Total** |"))
        self.assertIn("**Sources**", out)

    @unittest.skipUnless(shutil.which("pandoc"), "pandoc is not installed")
    def test_pandoc_renders_a_table(self):
        code, out, _ = run("--country", "india", "--format", "markdown")
        html = subprocess.run(["pandoc", "-f", "markdown", "-t", "html"], input=out, capture_output=True,
                              text=True).stdout
        self.assertIn("<table>", html)
        self.assertIn("$8,000", html)


class DataDirectory(unittest.TestCase):
    """--data with a fixture whose figures make the totals computable by hand."""

    def test_fixture_estimate_computed_by_hand(self):
        data = estimate_json("--data", os.path.join(FIXTURES, "data"), "--country", "Test Land", "--infusions", "3",
                             "--cycles", "2", "--companions", "2", "--from", "europe")
        by_id = {l["id"]: (l["low_cents"] // 100, l["high_cents"] // 100) for l in data["lines"]}
        # the first cycle 10,000-20,000 and a follow-up; 1 extra infusion x 2 cycles x 1,000-1,500; 3 travelers x 2 trips x 700-1,100;
        # 12 nights x 2 rooms x 100-200; 14 days x 3 travelers x 50-80; 3 travelers x 60; the fixture's
        # tests, transfers and insurance are 0.
        # The second cycle is a follow-up round: 52.63 % of 10,000 and 53.33 % of 20,000.
        self.assertEqual(by_id, {"treatment": (10000, 20000), "follow_ups": (5263, 10666),
                                 "extra_infusions": (2000, 3000), "tests": (0, 0),
                                 "flights": (4200, 6600), "transfers": (0, 0), "accommodation": (2400, 4800),
                                 "local_costs": (2100, 3360), "visa": (180, 180), "insurance": (0, 0)})
        self.assertEqual((data["total"]["low_cents"], data["total"]["mid_cents"], data["total"]["high_cents"]),
                         (2614300, 3737450, 4860600))

    def test_fixture_cents_and_escaping(self):
        code, out, err = run("--data", os.path.join(FIXTURES, "data"), "--country", "testland", "--from", "asia",
                             "--format", "csv")
        self.assertEqual(code, 0, err)
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        visa = next(r for r in rows if r["item"] == "visa")
        self.assertEqual((visa["unit_low"], visa["low"]), ("25.75", "51.50"))
        code, out, err = run("--data", os.path.join(FIXTURES, "data"), "--country", "testland", "--format", "json")
        data = json.loads(out)
        self.assertEqual(data["destination"]["key_considerations"],
                         'For tests only, with "quotes", commas, and a | pipe.')
        self.assertEqual(data["destination"]["cities"], ["Testville", "Łódź Nowa"])

    def test_bundled_destinations_are_not_in_another_data_directory(self):
        code, out, err = run("--data", os.path.join(FIXTURES, "data"), "--country", "mexico")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("Known countries: 'testland'", err)


class Installed(unittest.TestCase):
    def test_runs_from_any_directory_without_the_source_tree(self):
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "cpcost")
            shutil.copy(BIN, copy)
            done = subprocess.run([copy, "--country", "georgia"], cwd="/", capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("Georgia (Tbilisi)", done.stdout)


if __name__ == "__main__":
    unittest.main()
