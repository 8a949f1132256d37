"""End to end: batch output over a generated file stays byte for byte what it
was before the batch path was made fast (issue 16).

The file comes from a fixed generator here (not Python's random, whose
sequence is not promised across versions): every column, ids and aliases in
any case, empty cells, sweeps in cells, quoted keys. The expected SHA-256s
were computed with the binary of main at 58aae01 (before issue 16's work):

    python3 -c 'import test_batch_checksum as t; print(t.scenarios(20000))' > s.csv
    CPCOST_TODAY=2026-11-25 cpcost batch s.csv --format FORMAT [OPTIONS] | sha256sum

Beside the hashes, checks that do not depend on any binary: the row count and
the CSV's totals against the JSONL's, row by row."""

import csv
import hashlib
import io
import json
import os
import tempfile
import unittest

from cpcost_run import run

COUNTRIES = ["mexico", "panama", "india", "thailand", "ukraine", "georgia", "usa", "western-europe", "Mexico",
             "MEXICO", "india,thailand", "all"]
ORIGINS = ["north-america", "europe", "asia", "middle-east", "latin-america", "Europe", "", "asia,europe"]


def scenarios(rows):
    """The batch file: rows data rows, the same every time (a linear congruential generator)."""
    state = 20261125

    def pick(n):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (state >> 33) % n

    lines = ["id,country,infusions,cycles,companions,from,nights"]
    for i in range(rows):
        key = f'"family, {i}"' if pick(50) == 0 else f"family-{i}"
        country = COUNTRIES[pick(len(COUNTRIES))] if pick(20) else COUNTRIES[pick(8)]
        if "," in country:
            country = f'"{country}"'
        if pick(40) == 0:
            country = "mexico"  # keeps "all" and lists rare: they make many rows
        infusions = ["", "1", "2", "3", "6", "02", "1..3"][pick(7)]
        cycles = str(1 + pick(3))
        companions = ["", "0", "1", "2", " 1 "][pick(5)]
        origin = ORIGINS[pick(len(ORIGINS))]
        if "," in origin:
            origin = f'"{origin}"'
        nights = str(3 + pick(18)) if pick(2) else ""
        lines.append(",".join([key, country, infusions, cycles, companions, origin, nights]))
    return "\n".join(lines) + "\n"


# (arguments, rows in the file, SHA-256 of standard output), from main at 58aae01.
EXPECTED = [
    (["--format", "csv"], 20000, "13e58cc0f056b8082787960bab3707304e5c016ea49873c6740758557424af8b"),
    (["--format", "jsonl"], 20000, "8b11996fb726dac76138b50c276cc41cd7433aaed75446283208706005e1a366"),
    (["--format", "csv", "--items", "--budget", "30000", "--contingency", "10", "--fx-fee", "2"], 2000, "d9c12f5a230cc65b4326548ba42f597f5d0325cd1301b4813429edfdce5bd367"),
]


class BatchChecksum(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.files = {}
        for rows in sorted({rows for _, rows, _ in EXPECTED}):
            path = os.path.join(cls.tmp.name, f"scenarios-{rows}.csv")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(scenarios(rows))
            cls.files[rows] = path

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def batch(self, rows, *args):
        code, out, err = run("batch", self.files[rows], *args, timeout=600)
        self.assertEqual(code, 0, err)
        return out

    def test_outputs_are_byte_for_byte_as_before(self):
        for args, rows, expected in EXPECTED:
            with self.subTest(args=args):
                out = self.batch(rows, *args)
                self.assertEqual(hashlib.sha256(out.encode("utf-8")).hexdigest(), expected)

    def test_csv_and_jsonl_agree_row_by_row(self):
        table = list(csv.DictReader(io.StringIO(self.batch(20000, "--format", "csv"), newline=""), strict=True))
        objects = [json.loads(line) for line in self.batch(20000, "--format", "jsonl").splitlines()]
        self.assertEqual(len(table), len(objects))
        self.assertGreater(len(table), 20000)  # the lists, sweeps and "all" add rows
        for row, obj in zip(table, objects):
            self.assertEqual(int(row["scenario"]), obj["scenario"])
            self.assertEqual(int(row["input_row"]), obj["input_row"])
            self.assertEqual(row["id"], obj["id"])
            self.assertEqual(row["country"], obj["destination"]["id"])
            low = round(float(row["total_low"]) * 100)
            high = round(float(row["total_high"]) * 100)
            self.assertEqual((low, high), (obj["total"]["low_cents"], obj["total"]["high_cents"]))


if __name__ == "__main__":
    unittest.main()
