#!/bin/sh
# Builds the Serverless Studio package of the OS this runs on (docs/decisions/0042):
#   Linux: a .deb (needs fakeroot and dpkg-deb: apt-get install -y fakeroot binutils), and an .rpm as well where
#          rpmbuild exists;  macOS: a .dmg;  Windows: use build.cmd (an .msi; needs the WiX Toolset 3 on the PATH).
# Needs a JDK 17 or newer (with jpackage and jlink) and Maven. Run from anywhere:
#   installers/build.sh            # extra arguments go to Maven, e.g. -o for offline
# The package lands in installers/target/installer/, the app image it is made from in installers/target/jpackage/image/.
set -e
root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
cd "$root"
mvn -B -q -pl installers -am package -DskipTests -Pinstaller "$@"
echo "installers/build.sh: built"
for package in installers/target/installer/*; do
    echo "  $package ($(du -h "$package" | cut -f1))"
done
