"""Golden outputs: what cpcost prints for the README's examples and for every
command and format, byte for byte, kept while the code under them is rebuilt.

A change of output is deliberate or it is a bug: after a deliberate one, write
the files anew with CPCOST_GOLDEN_UPDATE=1 and read the diff before committing."""

import os
import shutil
import tempfile
import unittest

from cpcost_run import base_env, run

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
README_DIR = os.path.dirname(os.environ["CPCOST_README"])
UPDATE = os.environ.get("CPCOST_GOLDEN_UPDATE") == "1"

FAMILIES = """id,country,infusions,companions,from
smith,mexico,2,1,north-america
kowalski,ukraine,1,2,europe
rao,india,4,1,asia
"""

QUOTE = os.path.join(README_DIR, "data", "examples", "quote.toml")

# name: the invocations, run in order in one directory that holds families.csv.
CASES = {
    # The README's examples.
    "readme_estimate": [["--country", "mexico", "--infusions", "2"]],
    "readme_ukraine": [["--country", "ukraine"]],
    "readme_india_json": [["--country", "india", "--companions", "2", "--from", "europe", "--format", "json"]],
    "readme_thailand_csv": [["--country", "thailand", "--cycles", "2", "--format", "csv"]],
    "readme_usa_markdown": [["--country", "usa", "--format", "markdown", "--quiet"]],
    "readme_compare_budget": [["compare", "--budget", "25k", "--quiet"]],
    "readme_countries": [["countries"]],
    "readme_show": [["show", "mexico"]],
    "readme_checklist": [["checklist"]],
    "readme_quote": [["--quote", QUOTE, "--infusions", "3", "--quiet"]],
    "readme_batch_table": [["batch", "families.csv", "--format", "table", "--quiet"]],
    "readme_sweep_table": [["--country", "mexico,thailand", "--infusions", "1..2", "--format", "table", "--quiet"]],
    "readme_sweep_csv": [["--country", "all", "--infusions", "1..4", "--companions", "0..2", "--from", "europe"]],
    "readme_batch_budget": [["batch", "families.csv", "--budget", "30k", "--keep-going"]],
    "readme_diff": [["--country", "mexico", "--infusions", "2", "-o", "may.json"],
                    ["--country", "mexico", "--infusions", "2", "--companions", "2", "-o", "june.json"],
                    ["diff", "may.json", "june.json"]],
    # Every command in every format.
    **{f"estimate_{f}": [["--country", "georgia", "--infusions", "3", "--contingency", "10", "--fx-fee", "2.5",
                          "--budget", "20k", "--format", f]] for f in ("table", "json", "jsonl", "csv", "markdown", "html")},
    **{f"estimate_eur_{f}": [["--country", "panama", "--currency", "eur", "--flight", "700-900", "--nightly", "80",
                              "--daily", "50", "--visa", "10", "--extra-infusion", "4k", "--format", f]]
       for f in ("table", "json", "csv")},
    **{f"compare_{f}": [["compare", "--countries", "mexico,india,ukraine", "--sort", "travel", "--budget", "30k",
                         "--format", f]] for f in ("table", "json", "jsonl", "csv", "markdown", "html")},
    "compare_only_fits": [["compare", "--budget", "12k", "--only-fits", "--sort", "name"]],
    "compare_quote": [["compare", "--quote", QUOTE, "--countries", "mexico", "--format", "table", "--quiet"]],
    "compare_sweep": [["compare", "--companions", "0..1", "--format", "csv"]],
    **{f"countries_{f}": [["countries", "--format", f]] for f in ("json", "csv", "markdown")},
    **{f"show_{f}": [["show", "ua", "--format", f]] for f in ("json", "csv", "markdown")},
    **{f"checklist_{f}": [["checklist", "--format", f]] for f in ("json", "csv", "markdown")},
    **{f"batch_{f}": [["batch", "families.csv", "--items", "--format", f]] for f in ("json", "jsonl", "markdown")},
    "config": [["config"]],
    "config_flags": [["config", "--from", "asia", "--companions", "2", "--currency", "gbp", "--contingency", "5",
                      "--format", "json"]],
    "config_file": [["config", "--config", "settings.toml"], ["--country", "mexico", "--config", "settings.toml"]],
    "validate": [["validate"]],
    "validate_json": [["validate", QUOTE, "--format", "json"]],
    "output_extension": [["--country", "india", "-o", "india.md"], ["compare", "-o", "all.csv"]],
    "ascii": [["compare", "--ascii", "--quiet"]],
    "help": [["--help"]] + [[command, "--help"] for command in
                            ("compare", "countries", "show", "checklist", "batch", "diff", "config", "validate",
                             "plan")],
    "version": [["--version"]],
    **{f"plan_{f}": [["plan", "--budget", "30k", "--format", f]] for f in ("table", "json", "csv", "markdown", "html")},
    "likely": [["--country", "thailand", "--budget", "40k", "--seed", "3", "--draws", "500"],
               ["--country", "thailand", "--infusions", "1..2", "--draws", "1000", "--format", "csv"]],
    # What the data contradicts, said in every format (issue 15).
    "warnings": [["--country", "india", "--companions", "3", "--quiet"],
                 ["--country", "thailand", "--nights", "3", "--format", "markdown", "--quiet"],
                 ["--country", "mexico", "--cycles", "3", "--nights", "1", "--format", "csv"],
                 ["--country", "india,thailand", "--companions", "3", "--nights", "3", "--format", "table", "--quiet"],
                 ["compare", "--countries", "india,thailand,mexico", "--companions", "3", "--nights", "3", "--quiet"]],
    # Answers refused rather than wrong (issue 15).
    "refused": [["--country", "mexico", "--budget", "25.000"], ["--country", "mexico", "--flight", "1.005-1.200"],
                ["--country", "mexico", "--format", "json", "-o", "us.json"],
                ["--country", "mexico", "--currency", "EUR", "--format", "json", "-o", "eu.json"],
                ["diff", "us.json", "eu.json"],
                ["--country", "all", "--infusions", "1..50", "--cycles", "1..20", "--companions", "0..10", "--from",
                 "all", "--nights", "0..1000"]],
    "errors": [["--country", "atlantis"], ["--country", "mexico", "--infusions", "0"], ["--format", "xml"],
               ["compare", "--only-fits"], ["--country", "mexico", "--currency", "xyz"], ["-o", "a.pdf"], ["--country", "mexico", "-o", "a.pdf"], ["config", "--config", "nowhere.toml"],
               ["--country", "mexico", "--format", "JSON", "--quiet"],
               ["--country", "mexico", "--companions", "two"], ["batch", "missing.csv"], ["frobnicate"],
               ["countries", "--format", "html"], ["show", "mexico", "-o", "mexico.html"]],
}

SETTINGS = """from = "europe"
companions = 2
currency = "EUR"
format = "markdown"
contingency = "7.5"
"""


def transcript(invocations):
    """What a person sees of each invocation: its exit code, stdout, stderr, and
    any file it wrote."""
    with tempfile.TemporaryDirectory() as where:
        with open(os.path.join(where, "families.csv"), "w", encoding="utf-8") as f:
            f.write(FAMILIES)
        with open(os.path.join(where, "settings.toml"), "w", encoding="utf-8") as f:
            f.write(SETTINGS)
        before = set(os.listdir(where))
        text = ""
        for args in invocations:
            code, out, err = run(*args, cwd=where, env=base_env(COLUMNS="100"))
            shown = [a.replace(README_DIR, "$README_DIR") for a in args]
            # Paths under the checkout differ from one clone to the next.
            text += f"$ cpcost {' '.join(shown)}\n[exit {code}]\n{out}[stderr]\n{err}".replace(README_DIR, "$README_DIR")
            for name in sorted(set(os.listdir(where)) - before):
                with open(os.path.join(where, name), encoding="utf-8", newline="") as f:
                    text += f"[file {name}]\n{f.read()}"
                before.add(name)
        return text


class Golden(unittest.TestCase):
    def test_every_case_prints_what_it_printed(self):
        for name, invocations in CASES.items():
            with self.subTest(case=name):
                path = os.path.join(GOLDEN, name + ".txt")
                got = transcript(invocations)
                if UPDATE:
                    with open(path, "w", encoding="utf-8", newline="") as f:
                        f.write(got)
                    continue
                with open(path, encoding="utf-8", newline="") as f:
                    self.assertEqual(got, f.read(), f"{name}: output differs from {path}")

    def test_no_golden_file_without_a_case(self):
        names = {n[:-4] for n in os.listdir(GOLDEN) if n.endswith(".txt")}
        self.assertEqual(names, set(CASES))


if __name__ == "__main__":
    unittest.main()
