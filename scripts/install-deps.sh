#!/usr/bin/env bash
# Installs what CallDock needs to build, run and test on Debian 12 (bookworm). Idempotent.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
    libgl-dev xvfb xauth python3 libsqlite3-dev openssl
    qt6-charts-dev qtkeychain-qt6-dev libqt6sql6-psql postgresql-15 dbus
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
