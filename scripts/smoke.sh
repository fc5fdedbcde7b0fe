#!/usr/bin/env bash
# Offscreen smoke run of the real binary: --version, then a short start against the widget
# simulator served over HTTP; passes when CallDock reports that the widget started, and quits
# cleanly on SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build-test/app/calldock}

"$binary" --version | grep -q '^CallDock [0-9]'

workdir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory tests/support/simulator >"$workdir/http.log" 2>&1 &
server=$!
cleanup() {
    kill "$server" 2>/dev/null || true
    [ -n "${app:-}" ] && kill -9 "$app" 2>/dev/null || true
    rm -rf "$workdir"
}
trap cleanup EXIT
sleep 1

# The sandbox is disabled here only because CI runs as root; the shipped app never does this.
QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
    "$binary" --data-dir "$workdir/data" --widget-url "http://127.0.0.1:$port/app.html" \
    >"$workdir/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do
    if grep -q "widget started" "$workdir/data/logs/calldock.log" 2>/dev/null; then
        break
    fi
    sleep 0.5
done
if ! grep -q "widget started" "$workdir/data/logs/calldock.log" 2>/dev/null; then
    echo "smoke: the widget did not start"; cat "$workdir/app.log"; exit 1
fi
kill -TERM "$app"
status=0
wait "$app" || status=$?
app=
if [ "$status" -ne 0 ]; then
    echo "smoke: calldock exited with $status after SIGTERM"; cat "$workdir/app.log"; exit 1
fi
echo "smoke: ok"
