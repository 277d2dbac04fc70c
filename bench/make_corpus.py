#!/usr/bin/env python3
"""Builds a large test corpus by repeating and varying source documents.

Copy k of every source document is written with its city names rotated through the
lexicon's prefecture-level cities by variant v = k mod VARIANTS (襄阳 -> 十堰 -> ...), so
parks and firms named after their city become new entities in each variant while the text
stays real news prose. The number of distinct entities therefore grows with VARIANTS, not
with the size asked for: two corpora of 50 MB and 100 MB with the same VARIANTS hold the
same entities.

  make_corpus.py SOURCE_DIR OUT_DIR MEGABYTES [VARIANTS]
"""
import os
import sys


def load_cities(root):
    cities = []
    with open(os.path.join(root, "ontology", "lexicon", "cities.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            full, short = line.rstrip("\n").split("\t")[:2]
            if len(short) >= 2:
                cities.append((full, short))
    return cities


def variant_text(text, cities, present, v):
    if v == 0:
        return text
    # Replace each city present (full name first, then its short form) through a placeholder,
    # so a rotation never rewrites a name it has just written.
    out = text
    marks = []
    for n, i in enumerate(present):
        full, short = cities[i]
        tf, ts = cities[(i + 7 * v) % len(cities)]
        for old, new in ((full, tf), (short, ts)):
            mark = "\uE000%d\uE001" % len(marks)
            out = out.replace(old, mark)
            marks.append((mark, new))
    for mark, new in marks:
        out = out.replace(mark, new)
    return out


def main():
    if len(sys.argv) not in (4, 5):
        sys.stderr.write(__doc__)
        return 2
    source, out_dir, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    variants = int(sys.argv[4]) if len(sys.argv) == 5 else 64
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cities = load_cities(root)
    docs = []
    for name in sorted(os.listdir(source)):
        if name.endswith(".txt"):
            with open(os.path.join(source, name), encoding="utf-8") as f:
                text = f.read()
            present = [i for i, (full, short) in enumerate(cities) if short in text]
            docs.append((name[:-4], text, present))
    if not docs:
        sys.stderr.write("make_corpus: no .txt files in %s\n" % source)
        return 2
    os.makedirs(out_dir, exist_ok=True)
    target = int(megabytes * 1e6)
    written = 0
    k = 0
    while written < target:
        sub = os.path.join(out_dir, "%04d" % (k // 1000))
        os.makedirs(sub, exist_ok=True)
        for stem, text, present in docs:
            data = variant_text(text, cities, present, k % variants).encode("utf-8")
            with open(os.path.join(sub, "%s_%06d.txt" % (stem, k)), "wb") as f:
                f.write(data)
            written += len(data)
        k += 1
    print("%d files, %d bytes, %d variants" % (k * len(docs), written, variants))
    return 0


if __name__ == "__main__":
    sys.exit(main())
