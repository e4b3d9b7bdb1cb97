"""Bytes allocated per request from a JFR recording's jdk.ThreadAllocationStatistics, printed as JSON
by `jfr print --json --events jdk.ThreadAllocationStatistics`: each thread's allocated bytes at the
recording's start and end. Prints two numbers: KB per request of the whole process, and of Jetty's
request threads alone (threads named qtp...: the pages themselves, no GC, JIT or background work).

    python3 bench/thread-allocation.py RECORDING.json REQUESTS
"""
import json
import sys

events = json.load(open(sys.argv[1]))["recording"]["events"]
requests = int(sys.argv[2])
seen = {}
for e in events:
    v = e["values"]
    thread = v.get("thread") or {}
    seen.setdefault((thread.get("javaThreadId"), thread.get("javaName") or ""), []).append(v["allocated"])
total = request = 0
for (tid, name), values in seen.items():
    # A thread seen once was born (or died) during the recording: its count started at zero.
    delta = max(values) - min(values) if len(values) > 1 else values[0]
    total += delta
    if name.startswith("qtp"):
        request += delta
print(f"{total / requests / 1024:.1f} {request / requests / 1024:.1f}")
