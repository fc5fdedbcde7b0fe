#!/bin/sh
# Regenerates the committed raster icons from resources/icons/calldock.svg: the hicolor PNG sizes
# for Linux, calldock.ico for Windows and calldock.icns for macOS. The results are committed so
# that a build needs no SVG renderer; run this after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/calldock.svg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$work/$size.png" "$svg"
done

# 1024 is only needed inside the .icns (512@2x); hicolor stops at 512.
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    cp "$work/$size.png" "$here/hicolor/${size}x${size}/apps/calldock.png"
done

python3 "$here/pack-icons.py" ico "$here/calldock.ico" \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" \
    "$work/128.png" "$work/256.png"
python3 "$here/pack-icons.py" icns "$here/calldock.icns" \
    "$work/16.png" "$work/32.png" "$work/64.png" "$work/128.png" "$work/256.png" \
    "$work/512.png" "$work/1024.png"
