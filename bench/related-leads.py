#!/usr/bin/env python3
"""Each --try's precision@4 lead over the best baseline, per label set, from `kiosque eval-related` output.

Usage: python3 bench/related-leads.py OUTPUT

A try's lead is the engine's lead over its best baseline plus the try's paired difference with the
engine's ranking (both printed by eval-related). Prints the three leads, the weakest and their sum:
the rule of docs/benchmarks.md (session 12) takes the try with the largest weakest lead, ties to the
largest sum.
"""
import re
import sys

# The shipped weights as FurtherWeights prints them: a try's label keeps only what it changes.
DEFAULTS = set("terms=25,cosine=0.5,time=2.0,days=7.0,kicker=0.2,names=0.25,neighbours=0.5,spread=2.0,section=0.2"
               .split(","))


def main(path):
    text = open(path, encoding="utf-8").read()
    tries = {}
    for block in re.split(r"^### Labels: ", text, flags=re.M)[1:]:
        labels = block.split()[0]
        lead = float(re.search(r"- precision@4: engine − best baseline \([^)]*\) = ([+-][0-9.]+)", block).group(1))
        for m in re.finditer(r"- precision@4: Try: (\S+) − the engine.s ranking .*? = ([+-][0-9.]+)", block):
            tries.setdefault(m.group(1), {})[labels] = (lead + float(m.group(2)), m.group(2))
    for name, leads in tries.items():
        short = ",".join(p for p in name.split(",") if p not in DEFAULTS)
        cells = "  ".join(f"{labels} {lead:+.3f} ({diff})" for labels, (lead, diff) in leads.items())
        values = [lead for lead, _ in leads.values()]
        print(f"{short:40s} {cells}  weakest {min(values):+.3f}  sum {sum(values):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
