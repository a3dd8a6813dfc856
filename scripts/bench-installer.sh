#!/usr/bin/env bash
# Measures the Linux package (issue 9's targets: a package of at most 80 MB, a usable window within 2 s) and
# prints one table row for docs/benchmarks.md (scripts/benchmark.sh installer adds it there):
#  - the .deb's size and the app's size once installed (the app image the .deb holds);
#  - the time from the process start to the main window's first frame, with examples/crud-api.studio.json open,
#    as the hidden `studio --smoke-test` reports it (counted from the kernel's start time of the launcher process,
#    so the JVM's start is in it; Xvfb's own start is not): the first start of a new user (JavaFX unpacks its native
#    libraries into ~/.openjfx, the settings folder is made) and the median of the next five; each with the CPU time
#    the process had used by then, which says what a start costs when other work shares the machine.
# Needs xvfb-run and GTK 3 (Debian: apt-get install -y xvfb libgtk-3-0), and what installers/build.sh needs.
#   scripts/bench-installer.sh              # builds the package first (installers/build.sh)
#   scripts/bench-installer.sh --no-build   # measures the package already in installers/target
set -euo pipefail
cd "$(dirname "$0")/.."
command -v xvfb-run > /dev/null || { echo "bench-installer.sh: xvfb-run is missing (apt-get install -y xvfb)" >&2; exit 1; }
if [[ ${1:-} != --no-build ]]; then
    installers/build.sh >&2
fi
deb=$(find installers/target/installer -name '*.deb' | head -n 1)
image="installers/target/jpackage/image/Serverless Studio"
if [[ -z $deb || ! -x $image/bin/studio ]]; then
    echo "bench-installer.sh: no .deb or app image in installers/target; run installers/build.sh" >&2
    exit 1
fi
machine="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
java=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$image/lib/runtime/release")
user_home=$(mktemp -d)
trap 'rm -rf "$user_home"' EXIT

# window_time: one start of the packaged app as a user whose home folder is $user_home; prints "WALL CPU" in ms
window_time() {
    local line
    line=$(JAVA_TOOL_OPTIONS="-Duser.home=$user_home" XDG_CONFIG_HOME="$user_home/.config" \
        timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/studio" --smoke-test \
        examples/crud-api.studio.json 2> /dev/null | grep '^studio: main window drawn ')
    [[ $line =~ ([0-9]+)\ ms\ after.*\(([0-9]+)\ ms\ of\ CPU ]] \
        || { echo "bench-installer.sh: the window did not open" >&2; exit 1; }
    echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
}

# median FIELD: the median (of five) of that field of the lines on standard input
median() {
    cut -d' ' -f"$1" | sort -n | sed -n 3p
}

first=$(window_time)
next=()
for _ in 1 2 3 4 5; do
    next+=("$(window_time)")
done
median_wall=$(printf '%s\n' "${next[@]}" | median 1)
median_cpu=$(printf '%s\n' "${next[@]}" | median 2)
deb_mb=$(awk -v bytes="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", bytes / 1048576 }')
installed_mb=$(du -sm "$image" | cut -f1)
echo "bench-installer.sh: $(basename "$deb"); first start (wall, CPU ms): $first; next: $(printf '%s; ' "${next[@]}")"
echo "| $(date -u +%Y-%m-%d) | $machine | $java | $deb_mb | $installed_mb | ${first% *} (${first#* }) | $median_wall ($median_cpu) |"
