#!/usr/bin/env bash
# Installs a Serverless Studio .deb on this machine as a user would (apt-get, so its dependencies come along),
# smoke-tests the installed `studio` command (smoke-test.sh), checks the menu entry, the diagram file type and
# the command on the PATH, then removes the package again and checks it left nothing behind.
# Run as root on a machine you may change (CI's throwaway machine):
#   installers/deb-test.sh installers/target/installer/serverless-studio_*.deb
set -euo pipefail
if [[ $# -ne 1 || ! -f $1 ]]; then
    echo "usage: installers/deb-test.sh PACKAGE.deb" >&2
    exit 2
fi
deb=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
cd "$(dirname "$0")/.."

fail() {
    echo "deb-test.sh: $*" >&2
    exit 1
}

expect_file() {
    [[ -e $1 ]] || fail "after installing, $1 is missing"
}

# The menu entry needs the menu folders a desktop has (xdg-desktop-menu installs into them); a bare CI machine has
# none, so they are made. Without them the package still installs, with the command line only.
mkdir -p /etc/xdg/menus /usr/share/desktop-directories
apt-get install -y -qq "$deb" > /dev/null
expect_file /opt/serverless-studio/bin/studio
expect_file "/opt/serverless-studio/bin/Serverless Studio"
[[ $(readlink /usr/bin/studio) == /opt/serverless-studio/bin/studio ]] || fail "/usr/bin/studio is not the app's"
expect_file /usr/share/applications/serverless-studio-Serverless_Studio.desktop
grep -q '^MimeType=application/x-serverless-studio+json' \
    /usr/share/applications/serverless-studio-Serverless_Studio.desktop || fail "the menu entry opens no diagrams"
grep -q '^Exec=.* %f$' /usr/share/applications/serverless-studio-Serverless_Studio.desktop \
    || fail "the menu entry does not pass the opened file to the app"
grep -q 'pattern="\*\.studio\.json"' /usr/share/mime/packages/serverless-studio-Serverless_Studio-MimeInfo.xml \
    || fail "the diagram file type (*.studio.json) is not registered"
echo "deb-test.sh: installed; menu entry, diagram file type and /usr/bin/studio are in place"

installers/smoke-test.sh /usr/bin/studio

apt-get remove -y -qq serverless-studio > /dev/null
[[ ! -e /usr/bin/studio && ! -L /usr/bin/studio ]] || fail "after removing, /usr/bin/studio is still there"
[[ ! -e /usr/share/applications/serverless-studio-Serverless_Studio.desktop ]] \
    || fail "after removing, the menu entry is still there"
echo "deb-test.sh: removed cleanly"
