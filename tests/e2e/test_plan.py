"""End to end: cpcost plan, its answers re-checked by single estimates, its formats and errors."""

import csv
import io
import json
import unittest

from cpcost_run import run


def plan_json(*args):
    code, out, err = run("plan", *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def chance(country, *args):
    code, out, err = run("--country", country, *args, "--budget", "30k", "--format", "json")
    return json.loads(out)["budget"]["probability_within"]


class Plan(unittest.TestCase):
    def test_each_answer_is_what_a_single_estimate_says(self):
        data = plan_json("--budget", "30k")
        self.assertEqual((data["kind"], data["confidence"], data["budget_cents"]), ("plan", 0.8, 3_000_000))
        self.assertEqual(len(data["rows"]), 8)
        for row in data["rows"]:
            country = row["destination"]["id"]
            with self.subTest(country=country):
                if not row["fits"]:
                    self.assertLess(chance(country), 0.8)
                    self.assertGreater(row["short_by_cents"], 0)
                    continue
                n = row["infusions"]["most"]
                self.assertGreaterEqual(chance(country, "--infusions", str(n)), 0.8)
                if n < 50:
                    self.assertLess(chance(country, "--infusions", str(n + 1)), 0.8)
                cycles = row["cycles"]["most"]
                self.assertGreaterEqual(chance(country, "--cycles", str(cycles)), 0.8)
                if cycles < 20:
                    self.assertLess(chance(country, "--cycles", str(cycles + 1)), 0.8)
        self.assertTrue(any(r["fits"] for r in data["rows"]))
        self.assertTrue(any(not r["fits"] for r in data["rows"]))

    def test_a_lower_confidence_buys_at_least_as_much(self):
        strict = {r["destination"]["id"]: r for r in plan_json("--budget", "30k", "--confidence", "95")["rows"]}
        loose = {r["destination"]["id"]: r for r in plan_json("--budget", "30k", "--confidence", "50")["rows"]}
        for country, row in strict.items():
            if row["fits"]:
                self.assertGreaterEqual(loose[country]["infusions"]["most"], row["infusions"]["most"])

    def test_formats(self):
        code, table, err = run("plan", "--budget", "30k", "--countries", "mexico,panama")
        self.assertEqual(code, 0, err)
        self.assertIn("What a budget of $30,000 buys at each destination, in 80 % of drawn trips (in USD)", table)
        self.assertRegex(table, r"(?m)^Destination +Infusions +Chance +At 80 % +Cycles +Chance +At 80 % +Advisory$")
        self.assertRegex(table, r"(?m)^Mexico .* Level 3$")  # where the treatment is: Tijuana, Guadalajara
        self.assertIn("Not included:", table)
        code, out, err = run("plan", "--budget", "30k", "--countries", "mexico,panama", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        self.assertEqual([r["destination"] for r in rows], ["mexico", "panama"])
        code, out, err = run("plan", "--budget", "30k", "--countries", "mexico", "--format", "markdown")
        self.assertIn("| Destination | Infusions | Chance | At 80 % | Cycles | Chance | At 80 % | Advisory |", out)
        code, out, err = run("plan", "--budget", "30k", "--countries", "mexico", "--format", "jsonl")
        self.assertEqual(json.loads(out.splitlines()[0])["destination"]["id"], "mexico")

    def test_errors(self):
        code, out, err = run("plan")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: --budget is required: cpcost plan says what a budget buys\n")
        code, out, err = run("plan", "--budget", "30k", "--confidence", "100")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(err, "cpcost: error: --confidence: must be 1 to 99, not 100\n")
        code, out, err = run("plan", "--budget", "30k", "--infusions", "2")
        self.assertEqual((code, out), (2, ""))
        code, out, err = run("plan", "--budget", "30k", "--companions", "0..2")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("cpcost plan takes one value for each option, not a sweep", err)


if __name__ == "__main__":
    unittest.main()
