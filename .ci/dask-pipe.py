#!/usr/bin/env python3
"""The command-line tool as a filter on a Dask cluster (docs/scaling.md).

Starts a real Dask distributed cluster on this machine (a scheduler and two worker processes, bound to 127.0.0.1),
generates a synthetic cohort with the tool, splits its lines into contiguous partitions, pipes each partition through
`autoimmune-resistance evaluate - --format jsonl` in a subprocess on a worker, merges the outputs in partition order,
and checks that the merged results file equals the single-process one byte for byte.

Merging (the rule docs/scaling.md states):
  * every partition's output starts with a header record (format, schema version, manifest: library, module,
    evaluator and definition set versions; citations; declared options). The headers must be byte-identical: results
    produced by different versions or definition sets are refused, never merged. The merged file keeps one header.
  * each record starts with its position in the input it was given: `{"index":I,"line":L,...`. A partition's records
    count from index 0 and line 1, so the merge adds the partition's first index and first line in the whole cohort
    (known when the lines are split) to those two leading numbers, and leaves every other byte as the tool wrote it.

Uses Debian's python3-distributed (run it with /usr/bin/python3). Exit code 1 when anything differs.

    /usr/bin/python3 .ci/dask-pipe.py TOOL [--count 2000] [--seed 7] [--partitions 8] [--workdir DIR]
"""

import argparse
import os
import re
import subprocess
import sys
import time

RECORD_START = re.compile(rb'^\{"index":(\d+),"line":(\d+),')
COUNTS = re.compile(r"^evaluate: read (\d+), evaluated (\d+), errors (\d+)$", re.MULTILINE)


def evaluate_partition(tool, part, lines):
    """Runs on a worker: one partition's lines through the tool's evaluate filter (stdin to stdout)."""
    import socket  # noqa: PLC0415 (imported on the worker)

    started = time.monotonic()
    done = subprocess.run(
        [tool, "evaluate", "-", "--format", "jsonl", "--parallel", "1"],
        input=lines,
        capture_output=True,
        check=False,
    )
    return {
        "part": part,
        "exit": done.returncode,
        "stdout": done.stdout,
        "stderr": done.stderr.decode("utf-8", "replace"),
        "worker": f"{socket.gethostname()} pid {os.getpid()}",
        "seconds": time.monotonic() - started,
    }


def split_lines(data, partitions):
    """Contiguous partitions of whole lines, with the index of the first record and the first line number of each."""
    lines = data.splitlines(keepends=True)
    size = -(-len(lines) // partitions)
    parts = []
    records_before = 0
    for first in range(0, len(lines), size):
        chunk = lines[first:first + size]
        parts.append({"first_index": records_before, "first_line": first + 1, "data": b"".join(chunk)})
        records_before += sum(1 for line in chunk if line.strip())
    return parts


def merge(outputs, parts):
    """One header (all partitions' must be identical) and the records renumbered into the whole cohort."""
    headers = {out["stdout"].split(b"\n", 1)[0] for out in outputs}
    if len(headers) != 1:
        raise SystemExit("dask: the partitions' headers differ (different versions or definition sets): refusing to merge")
    merged = [headers.pop() + b"\n"]
    for out, part in zip(outputs, parts):
        body = out["stdout"].split(b"\n", 1)[1]
        for record in body.splitlines(keepends=True):
            match = RECORD_START.match(record)
            if match is None:
                raise SystemExit(f"dask: partition {out['part']}: a record does not start with its index and line: {record[:80]!r}")
            index = int(match.group(1)) + part["first_index"]
            line = int(match.group(2)) + part["first_line"] - 1
            merged.append(b'{"index":%d,"line":%d,' % (index, line) + record[match.end():])
    return b"".join(merged)


def counts(stderr):
    found = COUNTS.findall(stderr)
    if not found:
        raise SystemExit(f"dask: no counts line on the tool's standard error:\n{stderr}")
    return tuple(int(n) for n in found[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tool", help="the autoimmune-resistance executable")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--workdir", default="artifacts/ci/dask")
    args = parser.parse_args()
    tool = os.path.abspath(args.tool)
    os.makedirs(args.workdir, exist_ok=True)
    cohort = os.path.join(args.workdir, "cohort.jsonl")
    single = os.path.join(args.workdir, "single.jsonl")
    merged_path = os.path.join(args.workdir, "merged.jsonl")
    clock = time.monotonic()

    subprocess.run([tool, "generate", "--count", str(args.count), "--seed", str(args.seed), "--output", cohort], check=True)
    t0 = time.monotonic()
    done = subprocess.run([tool, "evaluate", cohort, "--format", "jsonl", "--output", single], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"dask: single-process evaluate exited {done.returncode}:\n{done.stderr}")
    single_counts = counts(done.stderr)
    print(f"dask: single process: read {single_counts[0]}, evaluated {single_counts[1]}, errors {single_counts[2]} in {time.monotonic() - t0:.1f} s")

    from dask.distributed import Client, LocalCluster  # noqa: PLC0415 (Debian's python3-distributed)

    t0 = time.monotonic()
    with open(cohort, "rb") as f:
        parts = split_lines(f.read(), args.partitions)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as client:
        workers = sorted(client.scheduler_info()["workers"])
        print(f"dask: scheduler {cluster.scheduler_address}, {len(workers)} worker processes: {', '.join(workers)}")
        # The lines go to the workers first (scatter), so the task graph carries references, not megabytes.
        data = client.scatter([p["data"] for p in parts])
        futures = client.map(evaluate_partition, [tool] * len(parts), range(len(parts)), data, pure=False)
        outputs = client.gather(futures)
    print(f"dask: {len(parts)} partitions piped through 'evaluate - --format jsonl' in {time.monotonic() - t0:.1f} s")

    totals = [0, 0, 0]
    for out, part in zip(outputs, parts):
        if out["exit"] not in (0, 1):
            raise SystemExit(f"dask: partition {out['part']} exited {out['exit']}:\n{out['stderr']}")
        read, evaluated, errors = counts(out["stderr"])
        totals = [totals[0] + read, totals[1] + evaluated, totals[2] + errors]
        print(f"dask:   partition {out['part']}: lines {part['first_line']}-{part['first_line'] + read - 1}, read {read}, evaluated {evaluated}, errors {errors}, exit {out['exit']}, {out['seconds']:.1f} s on {out['worker']}")
    if tuple(totals) != single_counts:
        raise SystemExit(f"dask: partition counts {totals} differ from the single process's {single_counts}")

    merged = merge(outputs, parts)
    with open(merged_path, "wb") as f:
        f.write(merged)
    with open(single, "rb") as f:
        expected = f.read()
    if merged != expected:
        a, b = merged.splitlines(), expected.splitlines()
        first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        raise SystemExit(f"dask: the merged results differ from the single-process results at line {first + 1} ({len(a)} vs {len(b)} lines): see {merged_path} and {single}")
    print(f"dask: merged {len(parts)} partitions ({totals[0]} records, {len(merged):,} bytes) == single-process results, byte for byte (one header; index and line renumbered)")
    print(f"dask: done in {time.monotonic() - clock:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
