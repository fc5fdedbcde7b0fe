#!/bin/bash
# Builds the CallDock DEB from a configured and built tree and checks it the way CI does:
# desktop-file-validate, appstreamcli, lintian (no errors), then installs it with apt, runs the
# installed calldock (--version and a short offscreen start against the widget simulator),
# checks that every system file the running app used comes from a package it depends on, and
# removes it again. Needs root (apt-get) and installs the tools it uses.
#
# usage: packaging/linux/check-deb.sh BUILD_DIR
set -euo pipefail

die() {
    echo "check-deb: $*" >&2
    exit 1
}
step() {
    printf '\n== %s\n' "$*"
}

[ $# -eq 1 ] || die "usage: $0 BUILD_DIR"
[ -f "$1/CPackConfig.cmake" ] || die "$1 is not a configured CallDock build folder"
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
[ "$(id -u)" -eq 0 ] || die "run as root: the check installs and removes packages with apt-get"

export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
http_pid=
installed_here=no
cleanup() {
    if [ -n "$http_pid" ]; then
        kill "$http_pid" 2>/dev/null || true
        wait "$http_pid" 2>/dev/null || true
    fi
    if [ "$installed_here" = yes ]; then
        apt-get remove -y calldock >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "Installing the checking tools"
tools=(desktop-file-utils appstream lintian python3 strace)
if ! apt-get install -y --no-install-recommends "${tools[@]}" >"$work/apt.log" 2>&1; then
    apt-get update >>"$work/apt.log" 2>&1
    apt-get install -y --no-install-recommends "${tools[@]}" >>"$work/apt.log" 2>&1 \
        || { cat "$work/apt.log"; die "could not install ${tools[*]}"; }
fi
if dpkg-query -W -f '${Status}' calldock 2>/dev/null | grep -q 'ok installed'; then
    die "calldock is already installed; remove it first (apt-get remove calldock)"
fi

step "Building the package"
# The staging tree, and so the package's directories, get their modes from the umask.
umask 022
rm -f "$build_dir"/calldock_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/calldock_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    die "expected one calldock_*.deb in $build_dir"
fi
deb=${debs[0]}
deb_name=$(basename "$deb")
deb_version=$(dpkg-deb -f "$deb" Version)
upstream_version=${deb_version%-*}
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

step "Validating the desktop file and the AppStream metadata in the package"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/calldock.desktop"
metainfo=("$work"/root/usr/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "${metainfo[@]}"
# The tree check also matches the metainfo with its desktop file and icon.
appstreamcli validate-tree --no-net "$work/root"
grep -q "<release version=\"$upstream_version\"" "${metainfo[@]}" \
    || die "the metainfo has no release notes for $upstream_version"

step "lintian (errors fail the check; warnings are listed)"
lintian --fail-on error --display-level '>=warning' "$deb"

step "Installing with apt"
# Without the Recommends: the app must run on its Depends alone, and the CI machine keeps no
# extra packages after the removal.
(cd "$build_dir" && apt-get install -y --no-install-recommends "./$deb_name")
installed_here=yes
[ "$(command -v calldock)" = /usr/bin/calldock ] || die "calldock is not /usr/bin/calldock"

step "calldock --version"
version_output=$(/usr/bin/calldock --version)
echo "$version_output"
[ "$version_output" = "CallDock $upstream_version" ] \
    || die "--version says '$version_output', the package is $deb_version"

step "Offscreen start against the widget simulator"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$source_dir/tests/support/simulator" \
    >"$work/http.log" 2>&1 &
http_pid=$!
for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 0.2
done
widget_url="http://127.0.0.1:$port/app.html"

# The sandbox is turned off only because CI runs as root; the installed app keeps it otherwise.
run_offscreen() {
    local data_dir=$1
    shift
    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 "$@" \
        /usr/bin/calldock --data-dir "$data_dir" --widget-url "$widget_url" \
        >"$data_dir.out" 2>&1 || true
}
check_started() {
    local log="$1/logs/calldock.log"
    if ! grep -q "widget started" "$log" 2>/dev/null; then
        echo "--- output"
        cat "$1.out" || true
        echo "--- $log"
        cat "$log" || true
        die "the installed calldock did not start the widget"
    fi
}

# timeout ends the app with SIGTERM, which it handles as a normal quit.
run_offscreen "$work/data" timeout 15
check_started "$work/data"
echo "the log says: widget started"

step "Runtime files against the package dependencies"
# A second start under strace lists every file the app and its QtWebEngine processes open.
run_offscreen "$work/data-traced" timeout -k 10 40 \
    strace -f -qq -y -e trace=openat,execve,mmap -e signal=none -o "$work/trace" timeout 15
check_started "$work/data-traced"
python3 "$source_dir/packaging/linux/check-runtime-files.py" "$work/trace" calldock

step "Removing with apt"
apt-get remove -y calldock
installed_here=no
[ ! -e /usr/bin/calldock ] || die "/usr/bin/calldock is still there after the removal"

printf '\ncheck-deb: %s passed\n' "$deb_name"
