"""End to end: cpcost countries, show and checklist in every format, and
--budget on a single estimate."""

import csv
import io
import json
import os
import re
import unittest

from cpcost_run import FIXTURES, base_env, run
from fixture_data import ThreeDestinations

BUNDLED = ["georgia", "india", "mexico", "panama", "thailand", "ukraine", "united-states", "western-europe"]
CHECKLIST = ["Accreditation and licensing", "Physician qualifications and experience", "Transparency in protocols",
             "Scientific basis", "Patient testimonials and reviews", "Pricing and inclusions", "Ethical standards",
             "Communication"]


class Countries(unittest.TestCase):
    def test_table(self):
        code, out, err = run("countries", env=base_env(COLUMNS="80"))
        self.assertEqual(code, 0, err)
        self.assertRegex(out, r"(?m)^Id +Name +Aliases +Cost per cycle$")
        self.assertRegex(out, r"(?m)^mexico +Mexico +mx, mex +\$10,000-\$30,000$")
        self.assertRegex(out, r"(?m)^united-states +United States +us, usa, .* +\$25,000-\$100,000\+$")
        self.assertIn("    Popular medical tourism destination.", out)
        self.assertIn("Advisory: US Department of State: Level 4: Do not travel", out)
        for line in out.splitlines():
            if line.startswith("    "):
                self.assertLessEqual(len(line), 80)  # considerations wrap to the terminal

    def test_json(self):
        code, out, _ = run("countries", "--format", "json")
        data = json.loads(out)
        self.assertEqual((data["schema_version"], data["kind"], data["currency"]), (2, "countries", "USD"))
        self.assertEqual([c["id"] for c in data["countries"]], BUNDLED)
        us = next(c for c in data["countries"] if c["id"] == "united-states")
        self.assertEqual((us["cycle_price"]["low_cents"], us["cycle_price"]["high_cents"],
                          us["cycle_price"]["high_open"]), (2500000, 10000000, True))
        self.assertIn("usa", us["aliases"])
        self.assertTrue(us["key_considerations"].startswith("Often higher cost"))

    def test_csv_and_markdown(self):
        code, out, _ = run("countries", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual([r["id"] for r in rows], BUNDLED)
        self.assertEqual((rows[2]["cycle_low"], rows[2]["cycle_high"], rows[2]["aliases"]), ("10000.00", "30000.00", "mx; mex"))
        code, out, _ = run("countries", "--format", "markdown")
        table = [l for l in out.splitlines() if l.startswith("|")]
        self.assertEqual(len(table), 2 + 8)
        for line in table:
            self.assertEqual(len(re.findall(r"(?<!\\)\|", line)), 7, line)


class Show(unittest.TestCase):
    def test_every_figure_with_provenance(self):
        code, out, err = run("show", "UA")
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("Ukraine (ukraine): every figure the data holds, in USD"))
        self.assertRegex(out, r"(?m)^Figure +Value +Basis +As of +Source$")
        self.assertRegex(out, r"(?m)^Treatment cycle +\$7,000-\$20,000 +published +2025-11-21 +\[1\]$")
        # The follow-up cycle by its rule (the FTC ratio of 2018-10), then the infusions.
        self.assertRegex(out, r"(?m)^Each follow-up cycle +\$3,684-\$10,666 +assumption +2018-10 +\[2\]$")
        self.assertRegex(out, r"(?m)^Infusions included per cycle +1 +assumption +\[3\]$")
        self.assertRegex(out, r"(?m)^Each extra infusion +\$7,000-\$20,000 +assumption +\[4\]$")
        for label in ["Nights per cycle", "Accommodation, one room, one night", "Travelers per room",
                      "Meals & local transport, one traveler, one day", "Flight from europe, round trip",
                      "Overland leg, one traveler, round trip", "Visa & entry from asia"]:
            self.assertRegex(out, "(?m)^" + re.escape(label) + " ")
        self.assertIn("Flights land in: Rzeszów, Poland", out)
        self.assertRegex(out, r"(?m)^Advisory: US Department of State: Level 4: Do not travel.* \(2024-11-15\) \[\d+\]$")
        self.assertRegex(out, r"(?m)^ \[1\] PlacidWay")  # numbers aligned: [1] to [22]

    def test_a_warning_for_each_figure_older_than_18_months(self):
        code, out, _ = run("--data", os.path.join(FIXTURES, "data"), "show", "testland",
                           env=base_env(CPCOST_TODAY="2026-07-01"))
        warnings = [l for l in out.splitlines() if l.startswith("Warning:")]
        # 18 months before 2026-07-01 is 2025-01-01: older are the follow-up ratio (2018-10),
        # the infusion price (2024-06, so up to 2024-06-30), the hotels (2024) and the daily
        # costs (2024-03-01); the cycle price of 2025-01-01 itself is not, nor anything later.
        follow_up = ("Warning: Each follow-up cycle is dated 2018-10, more than 18 months before {}: check it again.")
        self.assertEqual(warnings, [
            follow_up.format("2026-07-01"),
            "Warning: Each extra infusion is dated 2024-06, more than 18 months before 2026-07-01: check it again.",
            "Warning: Accommodation, one room, one night is dated 2024, more than 18 months before 2026-07-01: "
            "check it again.",
            "Warning: Meals & local transport, one traveler, one day is dated 2024-03-01, more than 18 months "
            "before 2026-07-01: check it again."])
        # After the fixture's newest date (its rates, 2025-11-21): the rule's 2018 ratio and the daily
        # costs of 2024-03-01 (21 months); not the infusion price (2024-06: 17 months) nor the hotels (2024).
        code, out, err = run("--data", os.path.join(FIXTURES, "data"), "show", "testland",
                             env=base_env(CPCOST_TODAY="2025-12-01"))
        self.assertEqual(code, 0, err)
        self.assertEqual([l for l in out.splitlines() if l.startswith("Warning:")], [
            follow_up.format("2025-12-01"),
            "Warning: Meals & local transport, one traveler, one day is dated 2024-03-01, more than 18 months "
            "before 2025-12-01: check it again."])

    def test_old_advice_is_flagged_wherever_it_is_shown(self):
        """The estimate and compare say when an advisory or entry rule is over 18 months old:
        the fixture's advisory is of 2025-08-12, its entry rule of 2025-04-01."""
        data = os.path.join(FIXTURES, "data")
        advisory = ("Advisory: Test State Department: Level 2: Exercise increased caution. Testville is fine; "
                    "the hills are Level 3")
        rule = "Entry: Visitors need a passport valid for six months"
        old = " (dated {}, over 18 months ago: check the current advice)"
        # 2026-11-25: the rule (2025-04-01) is old, the advisory (2025-08-12) is not.
        code, out, err = run("--data", data, "--country", "testland", "--quiet")
        self.assertEqual(code, 0, err)
        self.assertIn(advisory + "\n", out)
        self.assertIn(rule + old.format("2025-04-01") + "\n", out)
        # 2027-03-01: both are.
        later = base_env(CPCOST_TODAY="2027-03-01")
        code, out, _ = run("--data", data, "--country", "testland", "--quiet", env=later)
        self.assertIn(advisory + old.format("2025-08-12") + "\n", out)
        code, out, _ = run("compare", "--data", data, "--quiet", env=later)
        self.assertIn("Advisory: Testland: " + advisory[len("Advisory: "):] + old.format("2025-08-12") + "\n", out)
        code, out, _ = run("compare", "--data", data, "--format", "markdown", env=later)
        self.assertIn("over 18 months ago: check the current advice", out)
        code, out, _ = run("--data", data, "--country", "testland", "--format", "markdown", env=later)
        self.assertIn("the hills are Level 3 (dated 2025-08-12, over 18 months ago: check the current advice)", out)

    def test_entry_rules_for_some_origins_only(self):
        """Panama's stamped-visa rule concerns Indian nationals: it is in the data with
        origins = ["asia"], so an estimate shows it only to travelers from asia; show lists it
        and says whom it concerns."""
        rule = "Entry: Indian nationals need a consular stamped visa"
        code, out, err = run("--country", "panama", "--quiet")
        self.assertEqual(code, 0, err)
        self.assertNotIn(rule, out)
        code, out, err = run("--country", "panama", "--from", "asia", "--quiet")
        self.assertIn(rule, out)
        code, out, _ = run("--country", "panama", "--format", "json")
        self.assertNotIn("Indian nationals", json.dumps(json.loads(out)["entry_rules"]))
        code, out, _ = run("--country", "panama", "--from", "asia", "--format", "json")
        self.assertIn("Indian nationals", json.dumps(json.loads(out)["entry_rules"]))
        code, out, _ = run("show", "panama")
        self.assertRegex(out, r"(?m)^Entry: Indian nationals .* \(for travelers from asia\) \(2018-04-04\)")
        code, out, _ = run("show", "panama", "--format", "json")
        origins = {r["summary"][:16]: r["origins"] for r in json.loads(out)["entry_rules"]}
        self.assertEqual(origins["Indian nationals"], ["asia"])
        code, out, _ = run("show", "panama", "--format", "markdown")
        self.assertRegex(out, r"(?m)^> \*\*Entry:\*\* Indian nationals .* \(for travelers from asia\) \(2018-04-04\)$")
        self.assertTrue(all(o == [] for s, o in origins.items() if s != "Indian nationals"))

    def test_json_csv_markdown(self):
        env = base_env(CPCOST_TODAY="2026-07-01")
        code, out, _ = run("show", "testland", "--data", os.path.join(FIXTURES, "data"), "--format", "json", env=env)
        data = json.loads(out)
        self.assertEqual((data["kind"], data["today"], data["stale_after_months"]), ("destination", "2026-07-01", 18))
        figures = {f["key"]: f for f in data["figures"]}
        self.assertEqual((figures["cycle_price"]["low_cents"], figures["cycle_price"]["basis"]), (1000000, "published"))
        self.assertEqual((figures["infusions.included"]["count"], figures["infusions.included"]["reason"]),
                         (2, "two per cycle, for tests"))
        self.assertEqual([k for k, f in figures.items() if f["stale"]], ["follow_up_cycle", "extra_infusion",
                                                                        "accommodation", "daily_costs"])
        self.assertEqual(len(data["warnings"]), 4)
        self.assertEqual(figures["visa.asia"]["low_cents"], 2575)

        code, out, _ = run("show", "testland", "--data", os.path.join(FIXTURES, "data"), "--format", "csv", env=env)
        rows = {r["key"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
        self.assertEqual(rows["room.travelers"]["count"], "2")
        self.assertEqual((rows["visa.asia"]["low"], rows["visa.asia"]["basis"]), ("25.75", "assumption"))
        self.assertEqual(rows["daily_costs"]["stale"], "true")

        code, out, _ = run("show", "testland", "--data", os.path.join(FIXTURES, "data"), "--format", "markdown",
                           env=env)
        self.assertIn("| Figure | Value | Basis | As of | Source |", out)
        self.assertIn("**Warning: Each extra infusion is dated 2024-06", out)

    def test_unknown_id(self):
        code, out, err = run("show", "ukrane")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("unknown country 'ukrane'; did you mean 'ukraine'?", err)

    def test_a_bad_today(self):
        code, out, err = run("show", "mexico", env=base_env(CPCOST_TODAY="tomorrow"))
        self.assertEqual((code, out, err), (2, "", "cpcost: error: CPCOST_TODAY: 'tomorrow' is not a date (YYYY-MM-DD)\n"))


class Checklist(unittest.TestCase):
    def test_a_box_per_item(self):
        code, out, err = run("checklist", env=base_env(COLUMNS="80"))
        self.assertEqual(code, 0, err)
        boxes = re.findall(r"(?m)^\[ \] \d\. (.+)$", out)
        self.assertEqual(boxes, CHECKLIST)
        self.assertIn("Source: PlacidWay", out)
        for line in out.splitlines():
            self.assertLessEqual(len(line), 80)

    def test_markdown_for_printing(self):
        code, out, _ = run("checklist", "--format", "markdown")
        self.assertEqual(re.findall(r"(?m)^- \[ \] \*\*(.+?)\*\*: ", out), CHECKLIST)

    def test_json_and_csv(self):
        code, out, _ = run("checklist", "--format", "json")
        data = json.loads(out)
        self.assertEqual([i["name"] for i in data["items"]], CHECKLIST)
        self.assertEqual(data["as_of"], "2025-11-21")
        code, out, _ = run("checklist", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual([r["name"] for r in rows], CHECKLIST)
        self.assertEqual(rows[0]["number"], "1")
        code, out, _ = run("checklist", "--format", "jsonl")
        self.assertEqual(len(out.splitlines()), 1)  # the checklist is one document: one line
        self.assertEqual([i["name"] for i in json.loads(out)["items"]], CHECKLIST)

    def test_a_data_directory_without_a_checklist(self):
        with ThreeDestinations() as data:
            code, out, err = run("checklist", "--data", data)
        self.assertEqual((code, out), (3, ""))
        self.assertEqual(err, f"cpcost: error: {data}/checklist.toml: no such file (the checklist lives there)\n")


class EstimateBudget(unittest.TestCase):
    """--budget on one estimate: a line, and exit 1 when even the low total is over."""

    def run_budget(self, budget, fmt="table"):
        return run("--data", os.path.join(FIXTURES, "data"), "--country", "testland", "--budget", budget,
                   "--format", fmt)

    def test_fits_may_fit_over(self):
        # Testland by default: 11,900-23,400.
        code, out, _ = self.run_budget("23,400")
        self.assertEqual(code, 0)
        self.assertIn("Budget $23,400: fits (even the high total is within it); chance within it: 100 %.", out)
        code, out, _ = self.run_budget("11.9k")
        self.assertEqual(code, 0)
        # Only the outcome with every figure at its low is within it: a chance under 1 %.
        self.assertRegex(out, r"Budget \$11,900: may fit \(the low total is within it, the high is not\); chance "
                              r"within it: (under 1|0) %\.")
        code, out, err = self.run_budget("11899.99")
        self.assertEqual((code, err), (1, ""))
        self.assertIn("Budget $11,899.99: over (even the low total is over it); chance within it: 0 %.", out)
        self.assertIn("Total", out)  # the whole estimate is still printed

    def test_json_and_markdown(self):
        code, out, _ = self.run_budget("20k", "json")
        self.assertEqual(code, 0)
        budget = json.loads(out)["budget"]
        self.assertEqual((budget["amount_cents"], budget["fit"]), (2000000, "may fit"))
        self.assertTrue(0 < budget["probability_within"] < 1)
        code, out, _ = self.run_budget("5k", "markdown")
        self.assertEqual(code, 1)
        self.assertIn("**Budget \\$5,000: over (even the low total is over it); chance within it: 0 %.**", out)

    def test_no_budget_no_line(self):
        code, out, _ = run("--country", "mexico")
        self.assertNotIn("Budget", out)
        code, out, _ = run("--country", "mexico", "--format", "json")
        self.assertNotIn("budget", json.loads(out))


if __name__ == "__main__":
    unittest.main()
