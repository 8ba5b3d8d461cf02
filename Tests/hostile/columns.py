#!/usr/bin/env python3
"""columns.py HEADER_WORD ROW_REGEX < screen: checks that on every row matching ROW_REGEX, the cell
under HEADER_WORD's column starts right there (or is empty at the row's end), counting terminal columns (wide CJK and emoji take
two, combining marks none), so wide server text cannot shift the columns after it."""
import re, sys, unicodedata

def width(s):
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)

word, row_re = sys.argv[1], re.compile(sys.argv[2])
lines = sys.stdin.read().split("\n")
header = next(l for l in lines if re.search(r"\b%s\b" % re.escape(word), l))
col = width(header[:header.index(word)])
rows, bad = 0, []
for line in lines:
    if not row_re.search(line):
        continue
    rows += 1
    acc, i = 0, 0
    while i < len(line) and acc < col:
        acc += width(line[i]); i += 1
    while i < len(line) and width(line[i]) == 0:   # marks that belong to the cell before
        i += 1
    if i >= len(line.rstrip()):
        continue                                   # an empty cell at the end of the row
    if acc != col or line[i] == " " or (i > 0 and line[i - 1] != " "):
        bad.append(line)
print(f"{rows} rows, '{word}' at column {col}")
for l in bad:
    print("  misaligned: " + l)
sys.exit(1 if bad or rows == 0 else 0)
