#!/usr/bin/env python3
"""Scale benchmark of issue 6: `parkgraph build` to Turtle on a generated corpus of 50 and
100 MB, next to anchors run in the same session on the same text.

For each size it builds the corpus with make_corpus.py (seed pages repeated and varied, a
fixed number of variants, so both sizes hold the same entities), then times:
  * parkgraph build -j1 and -j2 to Turtle (wall time, peak resident memory);
  * bench/icu_wordbreak over the same files (ICU's Chinese word break iterator alone);
  * jieba posseg (python3-jieba) over a sample of the same text, as MB/s, when installed.
It prints MB/s and the ratios asked for: parkgraph -j1 / ICU, parkgraph -j1 / jieba,
-j2 / -j1, and peak memory at both sizes.

  bench/run_scale.py [--build-dir build] [--source DIR] [--sizes 50,100] [--variants 64]
                     [--work DIR] [--jieba-sample-mb 2] [--repeat 3]
"""
import argparse
import glob
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_measured(cmd, **kwargs):
    """Runs cmd in a child; returns (wall seconds, peak RSS of that child in MB)."""
    # RUSAGE_CHILDREN's maxrss is the largest child so far, so each run gets its own
    # helper process whose only child is the command.
    helper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "w = time.perf_counter() - t\n"
        "if r.returncode != 0: sys.stderr.write(r.stderr.decode(errors='replace')); sys.exit(r.returncode)\n"
        "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", helper] + cmd, capture_output=True, text=True,
                         **kwargs)
    if out.returncode != 0:
        sys.exit("run_scale: %s failed:\n%s" % (" ".join(cmd[:3]), out.stderr))
    wall, rss_kb = out.stdout.split()
    return float(wall), int(rss_kb) / 1024.0


def jieba_mb_per_s(files, sample_mb):
    python = None
    for candidate in ("/usr/bin/python3", sys.executable, "python3"):
        if shutil.which(candidate) and subprocess.run(
                [candidate, "-c", "import jieba.posseg"], capture_output=True).returncode == 0:
            python = candidate
            break
    if python is None:
        return None
    code = (
        "import sys, time, jieba, jieba.posseg\n"
        "jieba.setLogLevel(60)\n"
        "limit = int(float(sys.argv[1]) * 1e6)\n"
        "texts, n = [], 0\n"
        "for p in sys.argv[2:]:\n"
        "    t = open(p, encoding='utf-8').read(); texts.append(t); n += len(t.encode())\n"
        "    if n >= limit: break\n"
        "jieba.posseg.lcut(texts[0])\n"
        "t0 = time.perf_counter()\n"
        "for t in texts: jieba.posseg.lcut(t)\n"
        "print(n / (time.perf_counter() - t0) / 1e6)\n")
    out = subprocess.run([python, "-c", code, str(sample_mb)] + files, capture_output=True,
                         text=True)
    return float(out.stdout) if out.returncode == 0 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    seeds = os.path.join(ROOT, "..", "shared", "corpus", "seeds")
    parser.add_argument("--source", default=seeds if os.path.isdir(seeds)
                        else os.path.join(ROOT, "examples", "corpus"))
    parser.add_argument("--sizes", default="50,100")
    parser.add_argument("--variants", type=int, default=64)
    parser.add_argument("--work", default=None)
    parser.add_argument("--jieba-sample-mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each timing; the fastest counts (default 3)")
    args = parser.parse_args()

    parkgraph = os.path.join(args.build_dir, "parkgraph")
    icu = os.path.join(args.build_dir, "bench", "icu_wordbreak")
    for program in (parkgraph, icu):
        if not os.access(program, os.X_OK):
            sys.exit("run_scale: %s missing; build it first (cmake --build %s)" %
                     (program, args.build_dir))
    work = args.work or tempfile.mkdtemp(prefix="parkgraph-scale-")
    print("machine: %s, %d cores; %s" % (os.uname().machine, os.cpu_count(),
                                          subprocess.run(["uname", "-r"], capture_output=True,
                                                         text=True).stdout.strip()))
    print("source: %s, variants: %d" % (args.source, args.variants))
    rows = []
    try:
        for size in [float(s) for s in args.sizes.split(",")]:
            corpus = os.path.join(work, "corpus-%g" % size)
            if not os.path.isdir(corpus):
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_corpus.py"),
                                args.source, corpus, str(size), str(args.variants)], check=True,
                               stdout=subprocess.DEVNULL)
            files = sorted(glob.glob(os.path.join(corpus, "*", "*.txt")))
            mb = sum(os.path.getsize(f) for f in files) / 1e6
            out = os.path.join(work, "graph.ttl")
            build = [parkgraph, "build", corpus, "-o", out, "--no-progress"]
            # Each timing is the fastest of --repeat runs, taken in turns, so that a slow
            # moment of a shared machine does not land on one side of a ratio only.
            t1 = t2 = ticu = float("inf")
            m1 = m2 = 0.0
            for _ in range(args.repeat):
                t, m = run_measured(build + ["-j", "1"])
                t1, m1 = min(t1, t), max(m1, m)
                t, m = run_measured(build + ["-j", "2"])
                t2, m2 = min(t2, t), max(m2, m)
                # The anchor reads the same files, in argv batches of 2,000 (argument limit).
                t = sum(run_measured([icu] + files[i:i + 2000])[0]
                        for i in range(0, len(files), 2000))
                ticu = min(ticu, t)
            summary = subprocess.run([parkgraph, "build", corpus, "-o", os.path.join(work, "g.json"),
                                      "--no-progress"], capture_output=True, text=True).stderr
            speeds = [jieba_mb_per_s(files, args.jieba_sample_mb) for _ in range(args.repeat)]
            jieba = max(speeds) if None not in speeds else None  # the fastest, like the rest
            rows.append((size, mb, t1, m1, t2, m2, ticu, jieba, summary.strip().splitlines()[-1]))
            os.remove(out)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)

    print()
    print("%-8s %8s %10s %10s %10s %10s %12s %8s %10s %10s" % (
        "corpus", "MB", "j1 MB/s", "j2 MB/s", "ICU MB/s", "jieba MB/s", "j1/ICU", "j2/j1",
        "j1/jieba", "peak MB j1"))
    for size, mb, t1, m1, t2, m2, ticu, jieba, summary in rows:
        print("%-8s %8.1f %10.2f %10.2f %10.2f %10s %12.2f %8.2f %10s %10.0f" % (
            "%gMB" % size, mb, mb / t1, mb / t2, mb / ticu,
            "%.3f" % jieba if jieba else "-", ticu / t1, t1 / t2,
            "%.0f" % ((mb / t1) / jieba) if jieba else "-", m1))
        print("         graph: %s; peak MB -j2: %.0f" % (summary, m2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
