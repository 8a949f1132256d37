#!/usr/bin/env python3
"""Writes a batch file of N scenarios (default 1,000,000) to stdout: every
column, realistic values, a fixed seed so that runs are comparable."""

import random
import sys

COUNTRIES = ["mexico", "panama", "india", "thailand", "ukraine", "georgia", "usa", "western-europe"]
ORIGINS = ["north-america", "europe", "asia", "middle-east", "latin-america"]


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(20261125)
    out = sys.stdout
    out.write("id,country,infusions,cycles,companions,from,nights\n")
    for i in range(rows):
        nights = str(rng.randint(3, 20)) if rng.random() < 0.5 else ""
        out.write(f"family-{i},{rng.choice(COUNTRIES)},{rng.randint(1, 6)},{rng.randint(1, 3)},"
                  f"{rng.randint(0, 2)},{rng.choice(ORIGINS)},{nights}\n")


if __name__ == "__main__":
    main()
