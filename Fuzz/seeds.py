#!/usr/bin/env python3
"""Writes the seed corpora for the fuzz targets from the fixtures:
json/ — Assets/sandbox/*.json and the spec examples (Tests/PortalAPITests/Fixtures/SpecExamples.swift);
text/ — every string value in those, the string literals of the hostile dataset, and Fuzz/Seeds/text."""
import glob, hashlib, json, os, re, sys

root, out = sys.argv[1], sys.argv[2]
def write(kind, data):
    d = os.path.join(out, kind); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f: f.write(data)

def strings(v):
    if isinstance(v, str): yield v
    elif isinstance(v, list):
        for x in v: yield from strings(x)
    elif isinstance(v, dict):
        for k, x in v.items(): yield k; yield from strings(x)

bodies = [open(p, "rb").read() for p in sorted(glob.glob(os.path.join(root, "Assets/sandbox/*.json")))]
spec = open(os.path.join(root, "Tests/PortalAPITests/Fixtures/SpecExamples.swift"), encoding="utf-8").read()
bodies += [m.encode() for m in re.findall(r'#"""\n(.*?)\n"""#', spec, re.S)]
for b in bodies:
    write("json", b)
    try: doc = json.loads(b)
    except ValueError: continue
    # Each top-level object on its own too: small seeds mutate faster.
    if isinstance(doc, dict):
        for k, v in doc.items(): write("json", json.dumps({k: v}).encode())
    for s in strings(doc):
        if len(s) > 3: write("text", s.encode())
hostile = open(os.path.join(root, "Sources/PortalSandbox/HostileDataset.swift"), encoding="utf-8").read()
SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
def unescape(lit):  # Swift string-literal escapes: \u{1B}, \n, \\ ...
    lit = lit.replace("\\(esc)", "\x1b")
    return re.sub(r'\\u\{([0-9A-Fa-f]+)\}|\\(.)',
                  lambda m: chr(int(m.group(1), 16)) if m.group(1) else SIMPLE.get(m.group(2), m.group(2)), lit)
for lit in re.findall(r'"((?:[^"\\\n]|\\.)*)"', hostile):
    write("text", unescape(lit).encode("utf-8", "surrogatepass"))
for p in glob.glob(os.path.join(root, "Fuzz/Seeds/text/*")):
    write("text", open(p, "rb").read())
