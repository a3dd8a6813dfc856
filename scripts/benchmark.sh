#!/usr/bin/env bash
# Runs the benchmarks (warm JVM) and adds each one's figures as a new row of its table in docs/benchmarks.md:
#  - model: loading and validating a diagram of 1,000 services and 2,000 connections;
#  - codegen: generating every target (SAM, Terraform, handlers) for a diagram of 1,000 services;
#  - stepfunctions: state transitions per second on a chain of Pass states, executions parked in Wait states;
#  - canvas: opening, panning and zooming 1,000 services in the editor, software rendering, under Xvfb
#    (needs xvfb-run and GTK 3; Debian: apt-get install -y xvfb libgtk-3-0);
#  - installer (only when named, it builds the package): the .deb's size and the time from the packaged app's
#    process start to its main window (scripts/bench-installer.sh; Linux, xvfb-run, GTK 3, fakeroot).
# Run it from the repository root:
#   scripts/benchmark.sh            # all
#   scripts/benchmark.sh codegen    # one of them: model, codegen, stepfunctions, canvas or installer
set -euo pipefail

cd "$(dirname "$0")/.."
page=docs/benchmarks.md
which=${1:-all}

# add_row NAME MARKER OUTPUT: adds the output's last line starting with "|" above the marker line of the page.
add_row() {
    local name=$1 marker=$2 output=$3 row
    row=$(printf '%s\n' "$output" | grep '^|' | tail -n 1 || true)
    if [[ -z "$row" ]]; then
        echo "benchmark.sh: the $name benchmark printed no result row; $page is unchanged" >&2
        exit 1
    fi
    if ! grep -qF -- "$marker" "$page"; then
        echo "benchmark.sh: $page has no line '$marker'; add it below the $name table" >&2
        exit 1
    fi
    ROW="$row" MARKER="$marker" awk '$0 == ENVIRON["MARKER"] { print ENVIRON["ROW"] } { print }' "$page" > "$page.tmp"
    mv "$page.tmp" "$page"
    echo "benchmark.sh: added the $name row to $page"
}

# fail NAME OUTPUT: prints the output of a failed benchmark and stops.
fail() {
    printf '%s\n' "$2" >&2
    echo "benchmark.sh: the $1 benchmark failed; $page is unchanged" >&2
    exit 1
}

if [[ "$which" == all || "$which" == model ]]; then
    output=$(mvn -q -pl model test-compile exec:java \
            -Dexec.mainClass=studio.serverless.model.bench.DiagramBenchmark \
            -Dexec.classpathScope=test 2>&1) || fail model "$output"
    printf '%s\n' "$output"
    add_row model '<!-- diagram-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->' "$output"
fi

if [[ "$which" == all || "$which" == codegen ]]; then
    # codegen needs model from the reactor (nothing is installed), so the classpath is built by Maven and the
    # benchmark started by java itself.
    output=$(mvn -q -pl codegen -am test-compile dependency:build-classpath \
            -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test 2>&1) || fail codegen "$output"
    classpath="codegen/target/test-classes:codegen/target/classes:$(cat codegen/target/test.classpath)"
    output=$(java -cp "$classpath" studio.serverless.codegen.bench.GenerationBenchmark 2>&1) \
        || fail codegen "$output"
    printf '%s\n' "$output"
    add_row codegen '<!-- generation-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->' \
        "$output"
fi

if [[ "$which" == all || "$which" == stepfunctions ]]; then
    output=$(mvn -q -pl runner -am test-compile dependency:build-classpath \
            -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test 2>&1) || fail stepfunctions "$output"
    classpath="runner/target/test-classes:runner/target/classes:$(cat runner/target/test.classpath)"
    output=$(java -cp "$classpath" studio.serverless.runner.stepfunctions.bench.TransitionBenchmark 2>&1) \
        || fail stepfunctions "$output"
    printf '%s\n' "$output"
    add_row stepfunctions '<!-- stepfunctions-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->' \
        "$output"
fi

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
    add_row canvas '<!-- canvas-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->' "$output"
}

if [[ "$which" == all || "$which" == canvas ]]; then
    canvas_benchmark
fi

if [[ "$which" == installer ]]; then
    output=$(scripts/bench-installer.sh 2>&1) || fail installer "$output"
    printf '%s\n' "$output"
    add_row installer '<!-- installer-benchmark-rows: scripts/benchmark.sh adds new rows above this line -->' \
        "$output"
fi
