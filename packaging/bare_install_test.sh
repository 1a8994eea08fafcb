#!/usr/bin/env bash
# Does the .deb's Depends list suffice on a machine that has none of Qt's libraries yet?
# The CI machine cannot tell (scripts/setup.sh installed them for the tests), so this installs
# the package into a fresh minimal Debian (debootstrap --variant=minbase) and runs it there:
#   1. apt-get install ./netbuilder_*.deb   (only what Depends pulls in)
#   2. no library of the bundle is "not found" (ldd on every ELF file, before anything else is added)
#   3. --version, check, train, --self-test offscreen
#   4. then Xvfb is added, and the window must open on X11
#
#   packaging/bare_install_test.sh [DEB] [SUITE]     defaults: dist/netbuilder_<version>_<arch>.deb, bookworm
#
# Needs root (chroot, mounts) and the Debian archive; takes about three minutes. .ci/run runs it
# last. Exit status 77 means "could not test here" (no chroot/mount rights, no archive), not a
# failure of the package.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=python3; command -v "$PY" >/dev/null 2>&1 || PY=.venv/bin/python
VERSION=$("$PY" packaging/project_info.py version)
DEB=${1:-dist/netbuilder_${VERSION}_$(dpkg --print-architecture).deb}
SUITE=${2:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
[ -f "$DEB" ] || { echo "no $DEB; run packaging/build.sh first" >&2; exit 2; }
SKIP=77
[ "$(id -u)" -eq 0 ] || { echo "needs root (chroot); skipped" >&2; exit $SKIP; }
if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null ||
    { echo "cannot install debootstrap; skipped" >&2; exit $SKIP; }
fi

ROOTFS=$(mktemp -d /tmp/netbuilder-bare.XXXXXX)
cleanup() {
  for m in dev/pts dev proc; do umount -l "$ROOTFS/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$ROOTFS"
}
trap cleanup EXIT

echo "== debootstrap $SUITE (minbase) into $ROOTFS"
debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >/dev/null ||
  { echo "debootstrap failed (archive unreachable or no rights); skipped" >&2; exit $SKIP; }
{ mount -t proc proc "$ROOTFS/proc" && mount --bind /dev "$ROOTFS/dev" &&
  mount --bind /dev/pts "$ROOTFS/dev/pts"; } || { echo "cannot mount in the chroot; skipped" >&2; exit $SKIP; }
cp "$DEB" "$ROOTFS/tmp/"
cp resources/examples/playground_xor.json "$ROOTFS/tmp/net.json"
in_root() { chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
            DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== install the package (and only what its Depends pull in)"
in_root apt-get update -qq || { echo "apt-get update failed in the chroot; skipped" >&2; exit $SKIP; }
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$DEB")" >/dev/null
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' netbuilder

echo "== every library the bundle needs is there"
in_root sh -c 'cd /opt/netbuilder/_internal && export LD_LIBRARY_PATH=$PWD:$PWD/PySide6/Qt/lib &&
  find /opt/netbuilder -type f \( -name "*.so*" -o -name netbuilder \) | while read -r f; do
    ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"; done' >"$ROOTFS/tmp/missing"
# Files Qt loads only on demand (Wayland, GL integration, ...) may miss their Recommends.
"$PY" - "$ROOTFS/tmp/missing" <<'PYCODE'
import sys
sys.path.insert(0, "packaging")
from linux_libs import is_optional
lines = sorted(set(open(sys.argv[1]).read().split("\n")) - {""})
optional = [l for l in lines if is_optional(l.split(":")[0].replace("/opt/netbuilder", ""))]
required = [l for l in lines if l not in optional]
for l in optional:
    print("  (recommended, not installed) " + " ".join(l.split()))
for l in required:
    print("  MISSING " + " ".join(l.split()))
print("none missing" if not required else f"{len(required)} required libraries missing")
sys.exit(1 if required else 0)
PYCODE

echo "== run"
in_root netbuilder --version
in_root netbuilder check /tmp/net.json | tail -1
in_root netbuilder train /tmp/net.json --epochs 1 | tail -2
in_root env QT_QPA_PLATFORM=offscreen netbuilder --self-test

echo "== the window on X11 (Xvfb added now)"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
rc=0
in_root env QT_QPA_PLATFORM=xcb xvfb-run -a timeout 20 netbuilder gui /tmp/net.json >"$ROOTFS/tmp/gui.log" 2>&1 || rc=$?
cat "$ROOTFS/tmp/gui.log"
[ "$rc" -eq 124 ] || { echo "the window exited with $rc before 20 s" >&2; exit 1; }
echo "window stayed up for 20 s"

echo "== remove"
in_root dpkg -r netbuilder >/dev/null
in_root sh -c '! test -e /usr/bin/netbuilder && ! test -e /opt/netbuilder'
echo "bare install test passed"
