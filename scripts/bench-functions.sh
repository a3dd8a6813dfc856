#!/usr/bin/env bash
# Issue 6's function benchmark: warm invoke of a no-op Python handler through the Lambda Runtime API, cold start
# against a bare `python3 -c 'import handler'`, and an HTTP API -> Python (boto3) -> DynamoDB request rate under a
# loopback load generator, with boto3 and with a lean handler (http.client and a hand-made signature), and the CPU
# milliseconds per request of the runner's JVM, the Python processes and the load generator. Adds a row to
# docs/benchmarks.md; the last column is the 1-minute load average when the run ended (the machine is shared).
# Usage, from the repository root: scripts/bench-functions.sh   (env: SECONDS_PER_RUN, default 15; THREADS, default 8)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-15}
threads=${THREADS:-8}
mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt
classpath="bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
results=$(java -cp "$classpath" studio.serverless.bench.FunctionBenchmark "$seconds" "$threads" 2>/dev/null | grep '^RESULT')
printf '%s\n' "$results"
value() { printf '%s\n' "$results" | awk -v name="$1" '$2 == name { print $3 }'; }
machine="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores"
cpu() { printf '%s / %s / %s' "$(value "api-$1-cpu-runner-jvm")" "$(value "api-$1-cpu-python")" "$(value "api-$1-cpu-load-generator")"; }
load="$(uptime | sed 's/.*load average: //; s/,.*//')"
row="| $(date -u +%Y-%m-%d) | $machine | $(value warm-invoke-p50) / $(value warm-invoke-p99) | $(value cold-start-p50) | $(value bare-python-import-p50) | $(value cold-start-ratio)x | $(value api-python-dynamodb-requests-per-second) ($threads threads) | $(value api-python-dynamodb-p50) / $(value api-python-dynamodb-p99) | $(cpu python-dynamodb) | $(value boto3-put-item-cpu) | $(value api-python-lean-dynamodb-requests-per-second) | $(cpu python-lean-dynamodb) | $load |"
page=docs/benchmarks.md
marker='<!-- function-benchmark-rows: scripts/bench-functions.sh adds new rows above this line -->'
if grep -qF -- "$marker" "$page"; then
    ROW="$row" MARKER="$marker" awk '$0 == ENVIRON["MARKER"] { print ENVIRON["ROW"] } { print }' "$page" > "$page.tmp"
    mv "$page.tmp" "$page"
    echo "bench-functions: added the row to $page" >&2
fi
