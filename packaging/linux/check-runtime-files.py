#!/usr/bin/env python3
"""Checks that every system file an installed program used comes from a package it depends on.

dpkg-shlibdeps only sees the libraries a binary links. Qt loads plugins, QtWebEngine starts a
helper process and reads its resources, fontconfig reads fonts: none of that shows up there.
This reads an strace log (openat and execve) of a run of the installed program, finds the
package owning each file that was used, and reports files owned by packages outside the
dependency closure of PACKAGE (Depends and Pre-Depends followed recursively, every alternative
counted, Essential packages always present).

usage: check-runtime-files.py STRACE_LOG PACKAGE
Exit status 0 when nothing is missing, 1 otherwise.
"""

import os
import re
import subprocess
import sys

# Only files under these trees come from packages; /tmp, /proc, /dev, the data folder and the
# user's home are left out.
SYSTEM_TREES = ("/usr/", "/etc/", "/lib/", "/lib64/", "/bin/", "/sbin/", "/opt/")

# Packages whose files are read when they are installed but that the program does without: Qt
# reads the metadata of every plugin in a plugin folder (and the wayland platform plugin is a
# Recommends of the package), glibc reads the locale aliases and the time zone when present.
OPTIONAL = {
    "qt6-wayland": "Wayland platform plugin, recommended; Qt scans every platform plugin",
    "qt6-gtk-platformtheme": "GTK platform theme; Qt scans every theme plugin",
    "locales": "glibc reads locale.alias when it exists",
    "tzdata": "glibc reads /etc/localtime when it exists, UTC otherwise",
}

CALL = re.compile(r'\b(?:openat|execve)\((?:AT_FDCWD, |\d+<[^>]*>, )?"([^"]+)"')


def used_files(log_path):
    files = set()
    with open(log_path, encoding="utf-8", errors="replace") as log:
        for line in log:
            match = CALL.search(line)
            if not match:
                continue
            path = match.group(1)
            if path.startswith(SYSTEM_TREES) and os.path.isfile(path):
                files.add(path)
    return files


def owners(paths):
    """Maps each path to the packages owning it (by its own name or its resolved name)."""
    result = {}
    pending = sorted(paths)
    candidates = {}
    for path in pending:
        candidates[path] = {path, os.path.realpath(path)}
    queries = sorted(set().union(*candidates.values())) if candidates else []
    owned_by = {}
    # dpkg-query -S exits 1 when some path has no owner; the output still lists the others.
    for start in range(0, len(queries), 200):
        output = subprocess.run(["dpkg-query", "-S", *queries[start:start + 200]],
                                capture_output=True, text=True).stdout
        for line in output.splitlines():
            if line.startswith("diversion ") or ": " not in line:
                continue
            packages, path = line.split(": ", 1)
            names = {name.strip().split(":")[0] for name in packages.split(",")}
            owned_by.setdefault(path, set()).update(names)
    for path in pending:
        found = set()
        for candidate in candidates[path]:
            found |= owned_by.get(candidate, set())
        result[path] = found
    return result


def dependency_closure(package):
    output = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--installed", "--no-recommends",
         "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances",
         package],
        capture_output=True, text=True, check=True).stdout
    closure = set()
    for line in output.splitlines():
        name = line.strip()
        if ":" in name and not line.startswith(" "):
            name = name.split(":")[0]
        elif ": " in name:
            name = name.split(": ", 1)[1]
        name = name.strip("<>").split(":")[0]
        if name:
            closure.add(name)
    essential = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Essential}\\n"],
        capture_output=True, text=True, check=True).stdout
    for line in essential.splitlines():
        name, _, flag = line.partition(" ")
        if flag == "yes":
            closure.add(name)
    return closure


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-2])
    log_path, package = sys.argv[1:]
    files = used_files(log_path)
    if not files:
        sys.exit(f"{log_path}: no file opens found; was the program traced?")
    closure = dependency_closure(package)
    missing = {}
    optional = set()
    used = set()
    unowned = 0
    for path, packages in sorted(owners(files).items()):
        used |= packages
        if not packages:
            unowned += 1  # caches and generated files (ld.so.cache, fontconfig caches)
        elif packages & closure:
            continue
        elif packages <= OPTIONAL.keys():
            optional |= packages
        else:
            missing.setdefault(", ".join(sorted(packages)), []).append(path)
    print(f"{len(files)} system files used, {unowned} owned by no package, "
          f"{len(closure)} packages in the dependency closure of {package}")
    print("packages used: " + " ".join(sorted(used)))
    for name in sorted(optional):
        print(f"optional, not a dependency: {name} ({OPTIONAL[name]})")
    if missing:
        print(f"files {package} uses from packages it does not depend on:")
        for packages, paths in sorted(missing.items()):
            print(f"  {packages}:")
            for path in paths:
                print(f"    {path}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
