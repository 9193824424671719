#!/usr/bin/env python3
"""Checks every package in a folder feed: each .nupkg carries its README, icon, assembly, XML docs, licence expression
and repository commit; each .snupkg's portable PDB carries a SourceLink map of its documents to the repository's raw files at
that commit. Exits non-zero naming the package and what it lacks.

A .NET tool package (packageType DotnetTool: the command-line tool) has its assembly under tools/net10.0/any/ instead of
lib/net10.0/, and no XML docs: nobody compiles against a tool, so they would only be dead weight (and must be absent).

Usage: check-packages.py FEED REPOSITORY_URL COMMIT
"""
import pathlib
import re
import sys
import zipfile


def fail(message):
    sys.exit(f"pack: {message}")


def check_nupkg(path, repository, commit):
    package = zipfile.ZipFile(path)
    names = package.namelist()
    nuspec_name = next((n for n in names if n.endswith(".nuspec") and "/" not in n), None)
    if nuspec_name is None:
        fail(f"{path.name} has no nuspec")
    package_id = nuspec_name[: -len(".nuspec")]
    nuspec = package.read(nuspec_name).decode("utf-8")
    tool = '<packageType name="DotnetTool"' in nuspec
    folder = assembly_folder(tool)
    required = ["README.md", "icon.png", f"{folder}/{package_id}.dll"] + ([] if tool else [f"{folder}/{package_id}.xml"])
    for name in required:
        if name not in names:
            fail(f"{name} is missing from {path.name}")
    if tool and any(n.startswith(f"{folder}/") and n.endswith(".xml") and not n.endswith("/DotnetToolSettings.xml") for n in names):
        fail(f"the tool package {path.name} ships XML docs")
    for fragment in ['<license type="expression">MIT</license>', "<readme>README.md</readme>", "<icon>icon.png</icon>"]:
        if fragment not in nuspec:
            fail(f"the nuspec of {path.name} lacks {fragment}")
    match = re.search(r'<repository type="git" url="([^"]+)"[^>]*commit="([0-9a-f]{40})"', nuspec)
    if match is None:
        fail(f"the nuspec of {path.name} lacks a git repository with its commit")
    if match.group(1) != repository or match.group(2) != commit:
        fail(f"the nuspec of {path.name} names {match.group(1)} at {match.group(2)}, expected {repository} at {commit}")
    return package_id, tool


def assembly_folder(tool):
    return "tools/net10.0/any" if tool else "lib/net10.0"


def check_snupkg(path, package_id, tool, raw_prefix):
    package = zipfile.ZipFile(path)
    pdb_name = f"{assembly_folder(tool)}/{package_id}.pdb"
    if pdb_name not in package.namelist():
        fail(f"{pdb_name} is missing from {path.name}")
    pdb = package.read(pdb_name)
    if not pdb.startswith(b"BSJB"):
        fail(f"{pdb_name} in {path.name} is not a portable PDB")
    # The SourceLink custom debug information is a UTF-8 JSON blob, stored as is in the PDB's blob heap.
    match = re.search(rb'\{"documents":\{"([^"]+)":"([^"]+)"\}\}', pdb)
    if match is None:
        fail(f"{pdb_name} in {path.name} has no SourceLink map")
    target = match.group(2).decode("utf-8")
    if not target.startswith(raw_prefix):
        fail(f"the SourceLink map of {pdb_name} in {path.name} points to {target}, expected {raw_prefix}*")
    return target


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    feed, repository, commit = pathlib.Path(sys.argv[1]), sys.argv[2].rstrip("/"), sys.argv[3]
    owner_name = repository.removeprefix("https://github.com/")
    raw_prefix = f"https://raw.githubusercontent.com/{owner_name}/{commit}/"
    nupkgs = sorted(feed.glob("*.nupkg"))
    if not nupkgs:
        fail(f"no .nupkg in {feed}")
    for nupkg in nupkgs:
        package_id, tool = check_nupkg(nupkg, repository, commit)
        snupkg = nupkg.with_suffix(".snupkg")
        if not snupkg.exists():
            fail(f"{snupkg.name} is missing")
        target = check_snupkg(snupkg, package_id, tool, raw_prefix)
        docs = "a tool (no XML docs)" if tool else "XML docs"
        print(f"pack: {nupkg.name}: README, icon, {docs}, MIT licence, repository at {commit[:7]}; {snupkg.name}: SourceLink {target}")


main()
