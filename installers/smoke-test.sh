#!/usr/bin/env bash
# Smoke-tests a packaged Serverless Studio without a screen, as CI does after building the package:
# --version, validate and generate on an example, and the desktop window opening (under Xvfb when there is no
# display: apt-get install -y xvfb). The window check is the hidden `studio --smoke-test`, which opens the main
# window with the example, prints how long after the process start its first frame was drawn, and exits.
#   installers/smoke-test.sh STUDIO     # the packaged launcher, e.g. /usr/bin/studio or
#                                       # "installers/target/jpackage/image/Serverless Studio/bin/studio"
set -euo pipefail
if [[ $# -ne 1 || ! -x $1 ]]; then
    echo "usage: installers/smoke-test.sh STUDIO (the packaged studio launcher, an executable file)" >&2
    exit 2
fi
studio=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
cd "$(dirname "$0")/.."
example=examples/crud-api.studio.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the app's settings (recent files, recovery copies) go to a throwaway folder, never the user's
export XDG_CONFIG_HOME=$work/config

fail() {
    echo "smoke-test.sh: $*" >&2
    exit 1
}

version=$("$studio" --version) || fail "'studio --version' failed"
[[ $version =~ ^studio\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "'studio --version' printed '$version'"
echo "smoke-test.sh: $version"

"$studio" validate "$example" || fail "'studio validate $example' failed"

"$studio" generate --out "$work/project" "$example" > "$work/generate.log" \
    || { cat "$work/generate.log" >&2; fail "'studio generate' failed"; }
[[ -s $work/project/template.yaml ]] || fail "'studio generate' wrote no template.yaml"
echo "smoke-test.sh: generate wrote $(find "$work/project" -type f | wc -l) files"

display=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run > /dev/null || fail "no DISPLAY and no xvfb-run (apt-get install -y xvfb)"
    display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
window=$(timeout 120 "${display[@]}" "$studio" --smoke-test "$example") || fail "the desktop window did not open"
[[ $window == "studio: main window drawn "* ]] || fail "the desktop window printed '$window'"
echo "smoke-test.sh: $window"
echo "smoke-test.sh: all passed"
