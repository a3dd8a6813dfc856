#!/usr/bin/env bash
# Benchmarks a diagram of 1,000 services and 2,000 connections and adds the figures as new rows of the tables in
# docs/benchmarks.md. Run it from the repository root:
#   scripts/benchmark.sh           # both
#   scripts/benchmark.sh model     # loading and validating (warm JVM)
#   scripts/benchmark.sh canvas    # opening, panning and zooming in the editor, software rendering, under Xvfb
# The canvas part needs xvfb-run and GTK 3 (Debian: apt-get install -y xvfb libgtk-3-0).
set -euo pipefail

cd "$(dirname "$0")/.."
page=docs/benchmarks.md
what=${1:-all}

# add_row OUTPUT MARKER: appends the last line of OUTPUT starting with "|" above the MARKER line of the page.
add_row() {
    local output=$1 marker=$2 row
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
}

model_benchmark() {
    local output
    if ! output=$(mvn -q -pl model test-compile exec:java \
            -Dexec.mainClass=studio.serverless.model.bench.DiagramBenchmark \
            -Dexec.classpathScope=test 2>&1); then
        printf '%s\n' "$output" >&2
        echo "benchmark.sh: the model benchmark failed; $page is unchanged" >&2
        exit 1
    fi
    printf '%s\n' "$output"
    add_row "$output" '<!-- diagram-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->'
}

canvas_benchmark() {
    command -v xvfb-run > /dev/null || { echo "benchmark.sh: xvfb-run is missing (apt-get install -y xvfb libgtk-3-0)" >&2; exit 1; }
    mvn -q -pl canvas -am process-test-classes dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
    # JavaFX goes on the module path (canvas/target/javafx, as in the tests); Monocle stays out: a real display.
    local classpath machine output
    classpath=canvas/target/classes:canvas/target/test-classes:$(tr ':' '\n' < canvas/target/bench.classpath \
        | grep -v -e /org/openjfx/ -e /openjfx-monocle/ | paste -sd:)
    # the load average at the start: on a shared machine other work slows the frames down
    machine="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, $(uname -s) $(uname -r), load $(cut -d' ' -f1 /proc/loadavg)"
    if ! output=$(xvfb-run -a -s "-screen 0 1920x1080x24" java --module-path canvas/target/javafx \
            --add-modules javafx.controls -Dprism.order=sw -Djavafx.animation.fullspeed=true \
            -Dbench.machine="$machine" -cp "$classpath" studio.serverless.canvas.bench.CanvasBenchmark 2>&1); then
        printf '%s\n' "$output" >&2
        echo "benchmark.sh: the canvas benchmark failed; $page is unchanged" >&2
        exit 1
    fi
    printf '%s\n' "$output"
    add_row "$output" '<!-- canvas-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->'
}

case "$what" in
    model) model_benchmark ;;
    canvas) canvas_benchmark ;;
    all) model_benchmark; canvas_benchmark ;;
    *) echo "benchmark.sh: unknown part '$what'; expected model, canvas or nothing (both)" >&2; exit 2 ;;
esac
