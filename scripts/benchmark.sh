#!/usr/bin/env bash
# Times loading and validating a diagram of 1,000 services and 2,000 connections (warm JVM) and adds the
# figures as a new row of the table in docs/benchmarks.md. Run it from the repository root:
#   scripts/benchmark.sh
set -euo pipefail

cd "$(dirname "$0")/.."
page=docs/benchmarks.md
marker='<!-- diagram-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->'

if ! output=$(mvn -q -pl model test-compile exec:java \
        -Dexec.mainClass=studio.serverless.model.bench.DiagramBenchmark \
        -Dexec.classpathScope=test 2>&1); then
    printf '%s\n' "$output" >&2
    echo "benchmark.sh: the benchmark failed; $page is unchanged" >&2
    exit 1
fi
printf '%s\n' "$output"

row=$(printf '%s\n' "$output" | grep '^|' | tail -n 1 || true)
if [[ -z "$row" ]]; then
    echo "benchmark.sh: the benchmark printed no result row; $page is unchanged" >&2
    exit 1
fi
if ! grep -qF -- "$marker" "$page"; then
    echo "benchmark.sh: $page has no line '$marker'; add it below the table" >&2
    exit 1
fi

ROW="$row" MARKER="$marker" awk '$0 == ENVIRON["MARKER"] { print ENVIRON["ROW"] } { print }' "$page" > "$page.tmp"
mv "$page.tmp" "$page"
echo "benchmark.sh: added the row to $page"
