#!/usr/bin/env python3
"""Summarises JFR execution samples: where the CPU time of the sampled threads goes.

    jfr print --json --events jdk.ExecutionSample rec.jfr > samples.json
    bench/jfr-summary.py samples.json [THREAD_PREFIX]

Prints the top methods by self time (the frame on top of the stack) and by total time (anywhere
on the stack), each as a share of all samples of threads whose name starts with THREAD_PREFIX.
"""
import collections
import json
import sys

path = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
events = json.load(open(path))["recording"]["events"]
self_counts = collections.Counter()
total_counts = collections.Counter()
samples = 0
for event in events:
    values = event["values"]
    thread = (values.get("sampledThread") or {}).get("javaName") or ""
    if not thread.startswith(prefix):
        continue
    frames = values["stackTrace"]["frames"] if values.get("stackTrace") else []
    if not frames:
        continue
    samples += 1
    names = []
    for frame in frames:
        method = frame["method"]
        names.append(method["type"]["name"].replace("/", ".") + "." + method["name"])
    self_counts[names[0]] += 1
    for name in set(names):
        total_counts[name] += 1

print(f"{samples} samples of threads starting with {prefix!r}")
print("\nself time (top of stack):")
for name, count in self_counts.most_common(25):
    print(f"  {100 * count / samples:5.1f} %  {name}")
print("\ntotal time (anywhere on the stack), kiosque and selected library entry points:")
shown = 0
for name, count in total_counts.most_common():
    if "$$Lambda" in name:
        continue
    if name.startswith(("kiosque.", "io.javalin.", "gg.jte.", "org.jdbi.", "org.h2.", "org.postgresql.",
                        "java.util.zip.", "java.util.regex.Pattern.matcher", "java.util.regex.Matcher.matches",
                        "org.eclipse.jetty.server.", "org.eclipse.jetty.io.", "sun.nio.ch.")):
        print(f"  {100 * count / samples:5.1f} %  {name}")
        shown += 1
        if shown == 45:
            break
