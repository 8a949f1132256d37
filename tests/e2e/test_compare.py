"""End to end: cpcost compare in every format, its order, budgets and chart."""

import csv
import io
import json
import os
import re
import unittest

from cpcost_run import FIXTURES, base_env, run
from fixture_data import ThreeDestinations

BUNDLED = ["georgia", "india", "mexico", "panama", "thailand", "ukraine", "united-states", "western-europe"]


def compare_json(*args, env=None):
    code, out, err = run("compare", *args, "--format", "json", env=env)
    assert code == 0, err
    return json.loads(out)


def chart_lines(out):
    """The bars drawn below the table ("Total, low to high:") and the two axis lines."""
    lines = out.splitlines()
    start = lines.index("Total, low to high:") + 1
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return lines[start:end]


class Order(unittest.TestCase):
    def test_by_total_mid_point_then_name(self):
        with ThreeDestinations() as data:
            rows = compare_json("--data", data)["rows"]
        self.assertEqual([r["destination"]["id"] for r in rows], ["zedland", "testland", "tiedland"])
        self.assertEqual([r["rank"] for r in rows], [1, 2, 3])
        self.assertEqual([(r["total"]["low_cents"], r["total"]["mid_cents"], r["total"]["high_cents"]) for r in rows],
                         [(990000, 1275000, 1560000), (1190000, 1765000, 2340000), (1190000, 1765000, 2340000)])

    def test_sort_keys(self):
        with ThreeDestinations() as data:
            order = {key: [r["destination"]["id"] for r in compare_json("--data", data, "--sort", key)["rows"]]
                     for key in ["total", "treatment", "travel", "name"]}
        self.assertEqual(order, {"total": ["zedland", "testland", "tiedland"],
                                 "treatment": ["zedland", "testland", "tiedland"],
                                 "travel": ["testland", "tiedland", "zedland"],
                                 "name": ["testland", "tiedland", "zedland"]})

    def test_every_bundled_destination_by_default_in_ascending_mid(self):
        data = compare_json()
        self.assertEqual(sorted(r["destination"]["id"] for r in data["rows"]), BUNDLED)
        mids = [r["total"]["mid_cents"] for r in data["rows"]]
        self.assertEqual(mids, sorted(mids))

    def test_chosen_countries_by_id_or_alias(self):
        data = compare_json("--countries", "MX,ukraine,usa,mexico")
        self.assertEqual(sorted(r["destination"]["id"] for r in data["rows"]), ["mexico", "ukraine", "united-states"])

    def test_unknown_country_is_exit_2_with_a_suggestion(self):
        code, out, err = run("compare", "--countries", "mexico,thialand")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("unknown country 'thialand'; did you mean 'thailand'?", err)


class MatchesTheEstimate(unittest.TestCase):
    def test_each_row_is_the_single_estimate_for_the_same_query(self):
        query = ["--infusions", "3", "--cycles", "2", "--companions", "2", "--from", "europe"]
        data = compare_json(*query)
        self.assertEqual(data["schema_version"], 2)
        self.assertEqual(data["kind"], "compare")
        for row in data["rows"]:
            with self.subTest(destination=row["destination"]["id"]):
                code, out, err = run("--country", row["destination"]["id"], *query, "--format", "json")
                single = json.loads(out)
                for key in ["destination", "query", "lines", "subtotals", "total", "advisories", "entry_rules",
                            "sources"]:
                    self.assertEqual(row[key], single[key], key)


class Budget(unittest.TestCase):
    def test_classification_computed_by_hand(self):
        with ThreeDestinations() as data:
            fits = {r["destination"]["id"]: r["budget"]["fit"]
                    for r in compare_json("--data", data, "--budget", "15,600")["rows"]}
            self.assertEqual(fits, {"zedland": "fits", "testland": "may fit", "tiedland": "may fit"})
            fits = {r["destination"]["id"]: r["budget"]["fit"]
                    for r in compare_json("--data", data, "--budget", "11k")["rows"]}
            self.assertEqual(fits, {"zedland": "may fit", "testland": "over", "tiedland": "over"})
            fits = {r["destination"]["id"]: r["budget"]["fit"]
                    for r in compare_json("--data", data, "--budget", "9899.99")["rows"]}
            self.assertEqual(set(fits.values()), {"over"})

    def test_only_fits_hides_the_rest(self):
        with ThreeDestinations() as data:
            rows = compare_json("--data", data, "--budget", "15600", "--only-fits")["rows"]
            self.assertEqual([r["destination"]["id"] for r in rows], ["zedland"])
            code, out, err = run("compare", "--data", data, "--budget", "100", "--only-fits")
        self.assertEqual(code, 0, err)
        # Nothing fits: how far over the lowest is, and the disclaimer beside that figure.
        self.assertIn("No destination fits a budget of $100 (none has its high total within it).\n"
                      "Not shown (--only-fits): 3 over the budget; the lowest, Zedland (advisory: Level 2), from $9,900.\n", out)
        self.assertIn("This is an estimate for an experimental therapy", out)
        with ThreeDestinations() as data:
            code, out, err = run("compare", "--data", data, "--budget", "15600", "--only-fits")
            self.assertEqual(code, 0, err)
            self.assertIn("\nNot shown (--only-fits): 2 that may fit.\n", out)
            self.assertEqual(compare_json("--data", data, "--budget", "15600", "--only-fits")["hidden"],
                             {"may_fit": 2, "over": 0})
            self.assertNotIn("hidden", compare_json("--data", data, "--budget", "15600"))
            code, out, err = run("compare", "--data", data, "--budget", "15600", "--only-fits", "--format", "markdown")
            self.assertEqual(code, 0, err)
            self.assertEqual(re.findall(r"(?m)^\| (\w+)(?: \\\*)? \|", out)[1:], ["Zedland"])  # after the header row
            self.assertIn("\nNot shown (--only-fits): 2 that may fit.\n", out)
            code, out, err = run("compare", "--data", data, "--budget", "100", "--only-fits", "--format", "markdown")
        self.assertEqual(code, 0, err)
        self.assertIn("No destination fits a budget of \\$100 (none has its high total within it).\n\n"
                      "Not shown (--only-fits): 3 over the budget; the lowest, Zedland (advisory: Level 2), from \\$9,900.\n", out)
        self.assertNotIn("| Destination |", out)

    def test_table_column_and_csv(self):
        with ThreeDestinations() as data:
            code, out, _ = run("compare", "--data", data, "--budget", "15,600")
            self.assertRegex(out, r"(?m)^Zedland(?: \*)? +2 +4 +\$5,000-\$8,000 +\$4,900-\$7,600 +\$9,900-\$15,600 +"
                                  r"\$[\d,]+-\$[\d,]+ +\$[\d,]+ +fits, 100 % ")
            self.assertRegex(out, r"(?m)^Testland .* may fit, \d+ % ")
            code, out, _ = run("compare", "--data", data, "--budget", "15,600", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual([(r["destination"], r["fit"], r["budget"]) for r in rows],
                         [("zedland", "fits", "15600.00"), ("testland", "may fit", "15600.00"),
                          ("tiedland", "may fit", "15600.00")])

    def test_only_fits_needs_a_budget(self):
        code, out, err = run("compare", "--only-fits")
        self.assertEqual((code, out, err), (2, "", "cpcost: error: --only-fits needs --budget\n"))

    def test_bad_budget(self):
        code, out, err = run("compare", "--budget", "2,00")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: --budget: '2,00' is not an amount (for example 20000, 20,000 or 20k)\n")


class Chart(unittest.TestCase):
    def test_scale_ends_at_the_cheapest_low_and_the_dearest_high(self):
        with ThreeDestinations() as data:
            code, out, _ = run("compare", "--data", data, "--ascii", env=base_env(COLUMNS="80"))
        chart = chart_lines(out)
        bars = {line.split()[0]: line for line in chart[:3]}
        start = len("Tiedland") + 2  # names padded to the longest, then two spaces
        self.assertEqual(bars["Zedland"][start], "#")        # 9,900: the cheapest low, at the left end
        self.assertEqual(bars["Zedland"][start - 1], " ")
        self.assertTrue(bars["Testland"].endswith("#"))      # 23,400: the dearest high, at the right end
        self.assertEqual(len(bars["Testland"]), 80)
        self.assertEqual(chart[3], " " * start + "|" + "-" * (80 - start - 2) + "|")
        self.assertEqual(chart[4].split(), ["$9,900", "$23,400"])
        # In another currency, the scale's labels are in it too (the fixture: 0.5 EUR per USD).
        code, out, err = run("compare", "--data", os.path.join(FIXTURES, "data"), "--ascii", "--currency", "EUR",
                             env=base_env(COLUMNS="80"))
        self.assertEqual(code, 0, err)
        self.assertEqual(chart_lines(out)[-1].split(), ["EUR", "5,950", "EUR", "11,700"])

    def test_never_wider_than_the_terminal(self):
        chart_glyphs = re.compile("[\u2588\u2502\u251c\u2500\u2524\u253c]")
        for columns in [30, 40, 60, 80, 120, 200, 300]:
            with self.subTest(columns=columns):
                code, out, _ = run("compare", "--budget", "30k", env=base_env(COLUMNS=str(columns)))
                self.assertEqual(code, 0)
                chart = [line for line in out.splitlines() if chart_glyphs.search(line)]
                self.assertEqual(len(chart), 8 + 1)  # a bar for each destination, and the axis
                for line in chart:
                    self.assertLessEqual(len(line), columns, line)

    def test_no_chart_when_the_terminal_is_too_narrow_for_one(self):
        code, out, _ = run("compare", env=base_env(COLUMNS="20"))
        self.assertEqual(code, 0)
        self.assertNotIn("\u2588", out)
        self.assertRegex(out, r"(?m)^Mexico ")

    def test_beside_the_rows_when_there_is_room(self):
        code, out, _ = run("compare", env=base_env(COLUMNS="200"))
        self.assertNotIn("Total, low to high:", out)
        row = next(line for line in out.splitlines() if line.startswith("Mexico"))
        median = compare_json("--countries", "mexico")["rows"][0]["total"]["percentiles"]["p50"]
        # Mexico's treatment cities are Level 3 (the country as a whole Level 2).
        self.assertRegex(row, r"\$%s +Level 3 +\u2588+$" % f"{round(median / 100):,}")
        for line in out.splitlines():
            if "\u2588" in line:
                self.assertLessEqual(len(line), 200)

    def test_ascii_when_asked_or_when_the_locale_is_not_utf8(self):
        for env, args in [(base_env(LC_ALL="C"), []), (base_env(LC_ALL="C", LANG="en_US.UTF-8"), []),
                          (base_env(LC_ALL=None), []),  # no locale variable at all: the C locale
                          (base_env(), ["--ascii"])]:
            with self.subTest(env=env.get("LC_ALL"), args=args):
                code, out, _ = run("compare", *args, env=env)
                self.assertEqual(code, 0)
                self.assertTrue(out.isascii(), [l for l in out.splitlines() if not l.isascii()][:3])
                self.assertIn("#", out)
        code, out, _ = run("compare", env=base_env(LC_ALL="", LC_CTYPE="", LANG="de_DE.utf8"))
        self.assertIn("\u2588", out)


class Plans(unittest.TestCase):
    def test_each_row_shows_its_infusions_and_nights_and_unequal_plans_are_named(self):
        data = compare_json()
        by_id = {r["destination"]["id"]: r["query"] for r in data["rows"]}
        code, out, err = run("compare", "--quiet")
        self.assertEqual(code, 0, err)
        seen = set()
        for line in out.splitlines():
            match = re.match(r"^(Thailand|Mexico)(?: \*)? +(\d+) +(\d+) +\$", line)
            if match:
                query = by_id[match.group(1).lower()]
                self.assertEqual((int(match.group(2)), int(match.group(3))), (query["infusions"], query["nights"]))
                seen.add(match.group(1))
        self.assertEqual(seen, {"Thailand", "Mexico"})
        infusions = sorted(q["infusions"] for q in by_id.values())
        nights = sorted(q["nights"] for q in by_id.values())
        self.assertIn(f"Not the same plan in every row: infusions per cycle from {infusions[0]} to {infusions[-1]} and "
                      f"nights from {nights[0]} to {nights[-1]} (each destination's own protocol). To compare equal "
                      "plans, give --infusions N and --nights N.", out)

    def test_equal_plans_say_nothing_of_it(self):
        code, out, err = run("compare", "--infusions", "4", "--nights", "10", "--quiet")
        self.assertEqual(code, 0, err)
        self.assertNotIn("Not the same plan", out)
        self.assertRegex(out, r"(?m)^Thailand(?: \*)? +4 +10 +\$")
        code, out, err = run("compare", "--infusions", "4", "--format", "markdown")
        self.assertIn("Not the same plan in every row: nights from", out)
        self.assertIn("give --nights N.", out)


class Staleness(unittest.TestCase):
    def test_a_row_resting_on_old_figures_is_marked_and_its_lines_named_in_csv(self):
        data = compare_json()
        code, out, err = run("compare", "--format", "csv")
        rows = {r["destination"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
        code, table, err = run("compare", "--quiet")
        any_old = False
        for row in data["rows"]:
            old = [l["id"] for l in row["lines"] if l["stale"]]
            self.assertEqual(rows[row["destination"]["id"]]["stale"], ";".join(old))
            name = row["destination"]["name"]
            self.assertRegex(table, r"(?m)^%s%s +\d" % (re.escape(name), r" \*" if old else ""))
            any_old = any_old or bool(old)
        self.assertEqual("* Rests on figures over 18 months old" in table, any_old)
        self.assertIn("without FDA approval", rows["united-states"]["price_note"])
        self.assertEqual(rows["mexico"]["price_note"], "")


class Formats(unittest.TestCase):
    def test_table(self):
        code, out, err = run("compare")
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"(?m)^Destination +Inf +Nights +Treatment +Travel & stay +Total +Likely \(80 %\) +Median +"
                              r"Advisory$")
        self.assertRegex(out, r"(?m)^Advisory: Ukraine: US Department of State: Level 4: Do not travel")
        self.assertIn("not medical advice", out)
        code, quiet, _ = run("compare", "--quiet")
        # --quiet leaves out where to find the sources, never the disclaimer or an advisory.
        self.assertNotIn("Every figure's source", quiet)
        self.assertIn("not medical advice", quiet)
        self.assertIn("Advisory: Ukraine", quiet)

    def test_csv(self):
        code, out, err = run("compare", "--format", "csv")
        self.assertEqual(code, 0, err)
        by_id = {r["destination"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
        self.assertEqual((by_id["mexico"]["advisory_level"], by_id["ukraine"]["advisory_level"]), ("3", "4"))
        self.assertNotIn("; US", by_id["ukraine"]["advisory"])  # one advisory's words, not a joined list
        rows = list(csv.DictReader(io.StringIO(out, newline=""), strict=True))
        self.assertEqual(list(rows[0].keys()),
                         ["rank", "destination", "name", "treatment_low", "treatment_mid", "treatment_high",
                          "travel_low", "travel_mid", "travel_high", "total_low", "total_mid", "total_high",
                          "high_open", "budget", "fit", "currency", "advisory_level", "advisory", "infusions", "nights", "stale",
                          "price_note", "total_p10", "total_p50", "total_p90", "probability_within", "warnings"])
        self.assertEqual(len(rows), 8)
        data = compare_json()
        for row, json_row in zip(rows, data["rows"]):
            self.assertEqual(row["destination"], json_row["destination"]["id"])
            self.assertEqual(round(float(row["total_mid"]) * 100), json_row["total"]["mid_cents"])
            self.assertRegex(row["total_low"], r"^\d+\.\d\d$")
            self.assertEqual((int(row["infusions"]), int(row["nights"])),
                             (json_row["query"]["infusions"], json_row["query"]["nights"]))

    def test_markdown(self):
        code, out, err = run("compare", "--format", "markdown", "--budget", "25k")
        self.assertEqual(code, 0, err)
        table = [l for l in out.splitlines() if l.startswith("|")]
        self.assertEqual(table[0], "| Destination | Inf | Nights | Treatment | Travel & stay | Total | Likely (80 %) | "
                                   "Median | Budget | Advisory |")
        self.assertEqual(len(table), 2 + 8)
        for line in table:
            self.assertEqual(len(re.findall(r"(?<!\\)\|", line)), 11, line)


if __name__ == "__main__":
    unittest.main()
