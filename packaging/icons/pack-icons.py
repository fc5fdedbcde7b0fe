#!/usr/bin/env python3
"""Packs square PNG images into a Windows .ico or a macOS .icns file.

Both formats may hold PNG data directly (Windows Vista and later, macOS 10.7 and later), so no
image conversion is needed: the PNGs rendered from the SVG are stored as they are.

usage: pack-icons.py ico|icns OUTPUT PNG...
"""

import struct
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# icns element types that hold PNG data, by pixel size. 16 and 32 pixel types (icp4/icp5) are
# left out on purpose: older macOS releases expect the legacy pixel formats there, and the
# system scales the 32 and 64 pixel Retina variants down instead.
ICNS_TYPES = {
    32: [b"ic11"],  # 16x16@2x
    64: [b"ic12"],  # 32x32@2x
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],  # 256x256 and 128x128@2x
    512: [b"ic09", b"ic14"],  # 512x512 and 256x256@2x
    1024: [b"ic10"],  # 512x512@2x
}


def png_size(data, name):
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        sys.exit(f"{name}: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"{name}: {width}x{height} is not square")
    return width


def read_images(paths):
    images = []
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        images.append((png_size(data, path), data))
    return sorted(images, key=lambda image: image[0])


def pack_ico(images):
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    payload = b""
    for size, data in images:
        if size > 256:
            sys.exit(f"an .ico image can be at most 256 pixels, not {size}")
        edge = 0 if size == 256 else size  # 0 means 256 in the directory entry
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + directory + payload


def pack_icns(images):
    elements = b""
    for size, data in images:
        types = ICNS_TYPES.get(size)
        if types is None:
            continue
        for kind in types:
            elements += kind + struct.pack(">I", 8 + len(data)) + data
    if not elements:
        sys.exit("none of the images has a size an .icns file can hold")
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("ico", "icns"):
        sys.exit(__doc__.strip().splitlines()[-1])
    images = read_images(sys.argv[3:])
    packed = pack_ico(images) if sys.argv[1] == "ico" else pack_icns(images)
    with open(sys.argv[2], "wb") as handle:
        handle.write(packed)


if __name__ == "__main__":
    main()
