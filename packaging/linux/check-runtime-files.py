#!/usr/bin/env python3
"""Checks that every system file an installed program used comes from a package it depends on.

dpkg-shlibdeps only sees the libraries a binary links. Qt loads plugins, QtWebEngine starts a
helper process and reads its resources, fontconfig reads fonts: none of that shows up there.
This reads an strace log of a run of the installed program (strace -f -y -e
trace=openat,execve,mmap), finds the package owning each file that was used, and reports files
owned by packages outside the dependency closure of PACKAGE (Depends and Pre-Depends followed
recursively, every alternative counted, Essential packages always present).

A file counts as used when it was executed, when it is an ELF object mapped executable (loaded
code), or when it is any other file that was opened (data, resources, fonts, configuration).
ELF files that were only opened are not counted: Qt opens every plugin in a plugin folder to
read its metadata and loads only the ones it needs.

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

# Packages that are used when they are installed but that the program does without. Their own
# dependencies are allowed with them.
OPTIONAL = {
    "qt6-image-formats-plugins": "extra image formats; Qt loads every image format plugin to "
                                 "list the formats, CallDock's own images are PNG and SVG",
    "qt6-gtk-platformtheme": "GTK platform theme, loaded on GTK desktops",
    "qt6-wayland": "Wayland platform plugin, recommended; Qt uses xcb without it",
    "qt6-translations-l10n": "Qt's own translations, read for non-English locales",
    "locales": "glibc reads locale.alias when it exists",
    "tzdata": "glibc reads /etc/localtime when it exists, UTC otherwise",
}

PATH_CALL = re.compile(r'\b(openat|execve)\((?:AT_FDCWD[^,]*, |\d+<[^>]*>, )?"([^"]+)"')
EXEC_MAP = re.compile(r'\bmmap\([^)]*PROT_EXEC[^)]*, \d+<([^>]+)>')


def is_elf(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def used_files(log_path):
    opened = set()
    used = set()
    with open(log_path, encoding="utf-8", errors="replace") as log:
        for line in log:
            mapped = EXEC_MAP.search(line)
            if mapped:
                used.add(mapped.group(1))
                continue
            match = PATH_CALL.search(line)
            if not match:
                continue
            call, path = match.groups()
            if call == "execve":
                used.add(path)
            else:
                opened.add(path)
    used |= {path for path in opened if not is_elf(path)}
    return {path for path in used if path.startswith(SYSTEM_TREES) and os.path.isfile(path)}


def aliases(path):
    """The names dpkg may know a file by: as given, resolved, and across the merged /usr."""
    names = {path, os.path.realpath(path)}
    for name in list(names):
        for merged, plain in (("/usr/lib/", "/lib/"), ("/usr/bin/", "/bin/"),
                              ("/usr/sbin/", "/sbin/"), ("/usr/lib64/", "/lib64/")):
            if name.startswith(merged):
                names.add(plain + name[len(merged):])
            elif name.startswith(plain):
                names.add(merged + name[len(plain):])
    return names


def owners(paths):
    """Maps each path to the packages owning it (by its own name or its resolved name)."""
    result = {}
    pending = sorted(paths)
    candidates = {}
    for path in pending:
        candidates[path] = aliases(path)
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


def installed(names):
    output = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\\n",
                             *names], capture_output=True, text=True).stdout
    return [line.split()[0] for line in output.splitlines() if line.endswith(" installed")]


def dependency_closure(packages):
    """The packages reached from PACKAGES over Depends and Pre-Depends, every alternative and
    every provider of a virtual package included."""
    if not packages:
        return set()
    output = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--installed", "--no-recommends",
         "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances",
         *packages],
        capture_output=True, text=True, check=True).stdout
    closure = set()
    for line in output.splitlines():
        name = line.strip()
        if ": " in name:
            name = name.split(": ", 1)[1]  # "Depends: libc6", "|Depends: <virtual>"
        name = name.strip("<>").split(":")[0]  # a package, maybe with :arch
        if name:
            closure.add(name)
    return closure


def essential_packages():
    output = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Essential}\\n"],
                            capture_output=True, text=True, check=True).stdout
    return {line.split()[0] for line in output.splitlines() if line.endswith(" yes")}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-2])
    log_path, package = sys.argv[1:]
    files = used_files(log_path)
    if not files:
        sys.exit(f"{log_path}: no file use found; was the program traced with -y?")
    closure = dependency_closure([package]) | essential_packages()
    optional_roots = installed(OPTIONAL)
    optional = dependency_closure(optional_roots) - closure

    missing = {}
    used = set()
    used_optional = set()
    unowned = 0
    for path, packages in sorted(owners(files).items()):
        used |= packages
        if not packages:
            unowned += 1  # caches and generated files (ld.so.cache, fontconfig caches)
        elif packages & closure:
            continue
        elif packages <= optional:
            used_optional |= packages
        else:
            missing.setdefault(", ".join(sorted(packages)), []).append(path)

    print(f"{len(files)} system files used, {unowned} owned by no package, "
          f"{len(closure)} packages in the dependency closure of {package}")
    print("packages used: " + " ".join(sorted(used)))
    for name in sorted(used_optional):
        reason = OPTIONAL.get(name, "a dependency of an optional package")
        print(f"optional, not a dependency: {name} ({reason})")
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
