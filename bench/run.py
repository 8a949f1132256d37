#!/usr/bin/env python3
"""cpcost's benchmarks, measured as ratios within one run (see README,
"Performance"). Usage: bench/run.py [path/to/cpcost]  (default: build/release/cpcost)

1. Start-up: `cpcost --country mexico --infusions 2` (with its 10,000 drawn trips
   for the likely range, the default) against /bin/true, median of hyperfine runs
   (at least 20), both in this run: target at most 3x. The same with --draws 100,
   to show what the draws cost, and `cpcost --version`, the floor of any run of
   this binary (loading libstdc++ and toml++, both shared libraries in Debian).
2. Batch: 1,000,000 CSV rows to CSV, on one core (taskset): target under 2 s;
   peak RSS under 32 MB, and within 10 % of the peak RSS for 100,000 rows.
3. Sweep: every destination x infusions 1..10 x companions 0..4 x cycles 1..3
   (1,200 rows), and the same widened by --nights 1..1000 to 1,200,000 rows so
   that its rate can be measured: rows per second against the batch's.

Inputs are generated into a temporary directory; nothing large is kept.
`bench/run.py BINARY startup` runs the first only."""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def one_core(command):
    return ["taskset", "-c", "0", *command] if shutil.which("taskset") else command


def peak_rss(command):
    """Peak RSS in KB of one run, from GNU time: a small parent, so that what is
    measured is cpcost's own memory, not a copy of this interpreter's."""
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *command], check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    return int(done.stderr.strip().splitlines()[-1])


def best_wall(command, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def print_startup(s):
    print(f"start-up: /bin/true {s['true_ms']:.2f} ms, cpcost with 10,000 draws {s['cpcost_ms']:.2f} ms, "
          f"with 100 draws {s['draws_100_ms']:.2f} ms (medians of 200): {s['ratio']:.2f}x  "
          f"[target <= 3x: {'ok' if s['ratio'] <= 3 else 'MISSED'}]")
    print(f"  floor: cpcost --version {s['version_ms']:.2f} ms ({s['version_ratio']:.2f}x /bin/true); "
          f"the estimate and its draws add {s['cpcost_ms'] - s['version_ms']:.2f} ms")


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/release/cpcost")
    if not shutil.which("hyperfine") or not os.path.exists("/usr/bin/time"):
        sys.exit("bench: hyperfine and GNU time are needed (apt-get install hyperfine time)")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        # 1. Start-up.
        export = os.path.join(tmp, "hyperfine.json")
        subprocess.run(["hyperfine", "-N", "--warmup", "20", "--runs", "200", "--export-json", export,
                        "/bin/true", f"{binary} --country mexico --infusions 2",
                        f"{binary} --country mexico --infusions 2 --draws 100", f"{binary} --version"],
                       check=True, stdout=subprocess.DEVNULL)
        with open(export) as f:
            runs = json.load(f)["results"]
        true_median = statistics.median(runs[0]["times"])
        cpcost_median = statistics.median(runs[1]["times"])
        few_draws_median = statistics.median(runs[2]["times"])
        version_median = statistics.median(runs[3]["times"])
        results["startup"] = {"true_ms": true_median * 1e3, "cpcost_ms": cpcost_median * 1e3,
                              "ratio": cpcost_median / true_median, "draws_100_ms": few_draws_median * 1e3,
                              "version_ms": version_median * 1e3, "version_ratio": version_median / true_median}
        if len(sys.argv) > 2 and sys.argv[2] == "startup":
            s = results["startup"]
            print_startup(s)
            return

        # 2. Batch.
        sizes = {"100k": 100_000, "1m": 1_000_000}
        files = {}
        for name, rows in sizes.items():
            files[name] = os.path.join(tmp, f"batch-{name}.csv")
            with open(files[name], "w") as f:
                subprocess.run([sys.executable, os.path.join(HERE, "make_batch.py"), str(rows)], check=True, stdout=f)
        out = os.path.join(tmp, "report.csv")
        batch = {}
        for name, path in files.items():
            command = one_core([binary, "batch", path, "-o", out])
            batch[name] = {"rows": sizes[name], "seconds": best_wall(command), "peak_rss_kb": peak_rss(command)}
        rss_change = abs(batch["1m"]["peak_rss_kb"] - batch["100k"]["peak_rss_kb"]) / batch["100k"]["peak_rss_kb"]
        results["batch"] = {**batch, "rss_change": rss_change,
                            "rows_per_second": sizes["1m"] / batch["1m"]["seconds"]}

        # 3. Sweeps.
        sweep = [binary, "--country", "all", "--infusions", "1..10", "--companions", "0..4", "--cycles", "1..3"]
        small = best_wall(one_core(sweep + ["-o", out]))
        with open(out) as f:
            small_rows = sum(1 for _ in f) - 1
        wide = best_wall(one_core(sweep + ["--nights", "1..1000", "-o", out]))
        wide_rows = small_rows * 1000
        results["sweep"] = {"rows": small_rows, "seconds": small, "wide_rows": wide_rows, "wide_seconds": wide,
                            "rows_per_second": wide_rows / wide,
                            "rate_vs_batch": (wide_rows / wide) / results["batch"]["rows_per_second"]}

    s, b, w = results["startup"], results["batch"], results["sweep"]
    print_startup(s)
    print(f"batch, 1,000,000 rows to CSV, one core: {b['1m']['seconds']:.2f} s "
          f"({b['rows_per_second']:,.0f} rows/s)  [target < 2 s: {'ok' if b['1m']['seconds'] < 2 else 'MISSED'}]")
    print(f"peak RSS: {b['100k']['peak_rss_kb'] / 1024:.1f} MB for 100,000 rows, "
          f"{b['1m']['peak_rss_kb'] / 1024:.1f} MB for 1,000,000: {b['rss_change'] * 100:.1f} % apart  "
          f"[targets < 32 MB, within 10 %: "
          f"{'ok' if b['1m']['peak_rss_kb'] < 32 * 1024 and b['rss_change'] <= 0.10 else 'MISSED'}]")
    print(f"sweep, {w['rows']:,} rows: {w['seconds'] * 1e3:.1f} ms; widened to {w['wide_rows']:,} rows: "
          f"{w['wide_seconds']:.2f} s ({w['rows_per_second']:,.0f} rows/s, {w['rate_vs_batch']:.2f}x the batch rate)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
