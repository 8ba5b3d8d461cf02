#!/usr/bin/env python3
"""Reads "name value" lines (pio-bench's output) on stdin and prints each figure that has a budget
(NAME=BUDGET arguments, upper bounds) beside it; other lines are echoed. Exits 1 if one is over."""
import sys

label = sys.argv[1]
budgets = dict((k, float(v)) for k, v in (a.split("=", 1) for a in sys.argv[2:]))
over = False
seen = set()
for line in sys.stdin:
    parts = line.split()
    if len(parts) == 2 and parts[0] in budgets:
        name, value = parts[0], float(parts[1])
        seen.add(name)
        ok = value <= budgets[name]
        over |= not ok
        print(f"{label:20} {name:26} {value:>10}   budget {budgets[name]:>8}   {'ok' if ok else 'OVER BUDGET'}")
    else:
        print("  " + line.rstrip())
for name in sorted(set(budgets) - seen):
    print(f"{label:20} {name:26} missing from the output")
    over = True
sys.exit(1 if over else 0)
