#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS over its seed directories, writing new
# inputs to a scratch directory (the seeds in the repository are only read).
# Options for libFuzzer (-max_len=N) may come among the directories: it reads
# every argument that begins with '-' as one.
# Usage: run_fuzzer.sh FUZZER SECONDS [-OPTION=VALUE...] SEED_DIR...
set -euo pipefail
fuzzer=$1 seconds=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Crashes, if any, are kept where the fuzzer ran (its artifact prefix) to reproduce.
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$PWD/$(basename "$fuzzer")-" "$scratch" "$@" 2>&1 | tail -n 25
