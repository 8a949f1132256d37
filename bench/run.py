#!/usr/bin/env python3
"""cpcost's benchmarks, measured as ratios within one run (see README,
"Performance"). Usage: bench/run.py [path/to/cpcost]  (default: build/release/cpcost)

1. Start-up: `cpcost --country mexico --infusions 2` (with its 10,000 drawn trips
   for the likely range, the default) against /bin/true, median of hyperfine runs
   (at least 20), both in this run: target at most 3x. The same with --draws 100,
   to show what the draws cost, and `cpcost --version`, the floor of any run of
   this binary (loading libstdc++ and toml++, both shared libraries in Debian).
2. Batch: 1,000,000 CSV rows to CSV and to JSONL, on one core (taskset), each
   measured from its own resource usage (os.wait4): rows per CPU-second (user +
   system time; targets 3 M for CSV, 1 M for JSONL), peak RSS (under 8 MB, and
   within 10 % of the peak for 100,000 rows), and the floor: `cat` copying an
   output of the same size, the ratio to it. Heap allocations per row, in steady
   state: a run with bench/count_allocs.c preloaded (a counting allocator the
   bench compiles with cc) for 100,000 and for 1,000,000 rows, the difference
   over the 900,000 rows between (start-up's allocations cancel out); target <= 1.
   Peak RSS at 10,000,000 rows (CSV, the rows thrown away): target under 8 MB.
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


def cpu_usage(command):
    """CPU seconds (user + system) of one run, from the process's own resource
    usage (taskset execs the command: the same process)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return {"cpu_s": usage.ru_utime + usage.ru_stime, "user_s": usage.ru_utime, "system_s": usage.ru_stime}


def peak_rss(command):
    """Peak RSS in KB of one run, from GNU time: a small parent, so that what is
    measured is cpcost's own memory, not this interpreter's (a child forked from
    it starts with its pages, which wait4's ru_maxrss would count)."""
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *command], check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    return int(done.stderr.strip().splitlines()[-1])


def allocations(command, shim, tmp):
    """Heap allocations of one run, counted by bench/count_allocs.c preloaded."""
    count = os.path.join(tmp, "allocations.txt")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "LD_PRELOAD": shim, "CPCOST_ALLOC_COUNT": count})
    with open(count) as f:
        return int(f.read())


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
        shim = os.path.join(tmp, "count_allocs.so")
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", os.path.join(HERE, "count_allocs.c"), "-o", shim], check=True)
        out = os.path.join(tmp, "report.csv")
        batch = {}
        for fmt in ("csv", "jsonl"):
            runs = {}
            for name, path in files.items():
                command = one_core([binary, "batch", path, "--format", fmt, "-o", out])
                usage = min((cpu_usage(command) for _ in range(3 if name == "1m" else 1)), key=lambda u: u["cpu_s"])
                runs[name] = {**usage, "peak_rss_kb": peak_rss(command), "allocations": allocations(command, shim, tmp)}
            copy = min((cpu_usage(one_core(["sh", "-c", f'exec cat "{out}" > "{out}.copy"']))["cpu_s"]
                        for _ in range(3)))
            big = runs["1m"]
            batch[fmt] = {
                "rows_per_cpu_second": sizes["1m"] / big["cpu_s"],
                "cpu_s": big["cpu_s"],
                "user_s": big["user_s"],
                "system_s": big["system_s"],
                "allocations_per_row": (big["allocations"] - runs["100k"]["allocations"]) / (sizes["1m"] - sizes["100k"]),
                "peak_rss_kb": big["peak_rss_kb"],
                "rss_change": abs(big["peak_rss_kb"] - runs["100k"]["peak_rss_kb"]) / runs["100k"]["peak_rss_kb"],
                "output_mb": os.path.getsize(out) / 1e6,
                "cat_cpu_s": copy,
                "vs_cat": big["cpu_s"] / max(copy, 1e-3),
            }
        results["batch"] = batch

        # Peak memory at 10,000,000 rows (CSV, to standard output, thrown away: 3 GB need not be written).
        huge = os.path.join(tmp, "batch-10m.csv")
        with open(huge, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "make_batch.py"), "10000000"], check=True, stdout=f)
        results["batch_10m_peak_rss_kb"] = peak_rss([binary, "batch", huge, "--format", "csv"])
        os.remove(huge)

        # 3. Sweeps.
        sweep = [binary, "--country", "all", "--infusions", "1..10", "--companions", "0..4", "--cycles", "1..3"]
        small = best_wall(one_core(sweep + ["-o", out]))
        with open(out) as f:
            small_rows = sum(1 for _ in f) - 1
        wide = best_wall(one_core(sweep + ["--nights", "1..1000", "-o", out]))
        wide_rows = small_rows * 1000
        results["sweep"] = {"rows": small_rows, "seconds": small, "wide_rows": wide_rows, "wide_seconds": wide,
                            "rows_per_second": wide_rows / wide,
                            "rate_vs_batch": (wide_rows / wide) / (sizes["1m"] / results["batch"]["csv"]["cpu_s"])}

    s, b, w = results["startup"], results["batch"], results["sweep"]
    print_startup(s)
    targets = {"csv": 3e6, "jsonl": 1e6}
    for fmt, r in b.items():
        ok = r["rows_per_cpu_second"] >= targets[fmt] and r["allocations_per_row"] <= 1 and r["peak_rss_kb"] <= 8 * 1024
        print(f"batch, 1,000,000 rows to {fmt.upper()}, one core: {r['cpu_s']:.2f} CPU-s "
              f"(user {r['user_s']:.2f}, system {r['system_s']:.2f}), "
              f"{r['rows_per_cpu_second'] / 1e6:.2f} M rows per CPU-second; {r['allocations_per_row']:.2f} heap "
              f"allocations per row; peak RSS {r['peak_rss_kb'] / 1024:.1f} MB ({r['rss_change'] * 100:.1f} % from "
              f"100,000 rows); cat of its {r['output_mb']:.0f} MB {r['cat_cpu_s']:.2f} CPU-s: {r['vs_cat']:.1f}x the floor  "
              f"[targets >= {targets[fmt] / 1e6:.0f} M rows/CPU-s, <= 1 allocation/row, <= 8 MB: "
              f"{'ok' if ok else 'MISSED'}]")
    print(f"batch, 10,000,000 rows to CSV: peak RSS {results['batch_10m_peak_rss_kb'] / 1024:.1f} MB  "
          f"[target <= 8 MB: {'ok' if results['batch_10m_peak_rss_kb'] <= 8 * 1024 else 'MISSED'}]")
    print(f"sweep, {w['rows']:,} rows: {w['seconds'] * 1e3:.1f} ms; widened to {w['wide_rows']:,} rows: "
          f"{w['wide_seconds']:.2f} s ({w['rows_per_second']:,.0f} rows/s, {w['rate_vs_batch']:.2f}x the CSV batch's "
          f"rows per CPU-second)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
