#!/usr/bin/env bash
# End-to-end timing of `parkgraph build` over a corpus, next to an anchor: jieba's
# part-of-speech segmenter (python3-jieba, jieba.posseg.lcut) over the same files.
# Builds nothing; needs no network. See bench/README.md for how to read the table.
#
#   bench/run_e2e.sh [-n REPEATS] [-j THREADS] [PARKGRAPH [CORPUS]]
#
#   PARKGRAPH  the parkgraph binary            (default: <repo>/build/parkgraph)
#   CORPUS     a directory of *.txt, or a file (default: <repo>/examples/corpus)
#   -n         runs per tool, median reported  (default: 5)
#   -j         pass --threads THREADS to parkgraph (default: parkgraph's own, one per core;
#              jieba is single-threaded, so -j 1 compares like with like)
#   PYTHON     env: the interpreter for jieba (default: python3, then /usr/bin/python3)
set -euo pipefail

usage() { sed -n '6,13p' "$0" | sed 's/^# \{0,1\}//'; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeats=5
threads=""
while getopts ":n:j:h" opt; do
  case "$opt" in
    n) repeats="$OPTARG" ;;
    j) threads="$OPTARG" ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -gt 2 ]; then usage >&2; exit 2; fi
parkgraph="${1:-$root/build/parkgraph}"
corpus="${2:-$root/examples/corpus}"

if ! [[ "$repeats" =~ ^[1-9][0-9]*$ ]]; then echo "run_e2e: -n wants a positive integer" >&2; exit 2; fi
if [ -n "$threads" ] && ! [[ "$threads" =~ ^[0-9]+$ ]]; then
  echo "run_e2e: -j wants a non-negative integer" >&2; exit 2
fi
if [ ! -x "$parkgraph" ]; then
  echo "run_e2e: no parkgraph binary at $parkgraph (build it first: cmake --build build)" >&2
  exit 2
fi

# The same files parkgraph reads from a directory: every *.txt under it, sorted.
files=()
if [ -d "$corpus" ]; then
  while IFS= read -r -d '' f; do files+=("$f"); done \
    < <(find "$corpus" -type f -name '*.txt' -print0 | LC_ALL=C sort -z)
elif [ -f "$corpus" ]; then
  files=("$corpus")
fi
if [ ${#files[@]} -eq 0 ]; then echo "run_e2e: no *.txt files in $corpus" >&2; exit 2; fi

chars=$(cat "${files[@]}" | LC_ALL=C.UTF-8 wc -m)
bytes=$(cat "${files[@]}" | wc -c)

out="$(mktemp --suffix=.json /tmp/parkgraph-e2e.XXXXXX)"
err="$(mktemp /tmp/parkgraph-e2e.XXXXXX.err)"
trap 'rm -f "$out" "$err"' EXIT

now() { echo "$EPOCHREALTIME"; }  # bash 5: seconds with microseconds
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f\n", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
                                              else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- parkgraph ---------------------------------------------------------------
pg_cmd=("$parkgraph" build "$corpus" -o "$out")
if [ -n "$threads" ]; then pg_cmd+=(--threads "$threads"); fi
if ! "${pg_cmd[@]}" >/dev/null 2>"$err"; then  # warm-up, and a check that it works
  echo "run_e2e: '${pg_cmd[*]}' failed:" >&2
  cat "$err" >&2
  exit 1
fi
pg_times=()
for ((i = 0; i < repeats; i++)); do
  t0=$(now)
  "${pg_cmd[@]}" >/dev/null 2>&1
  t1=$(now)
  pg_times+=("$(elapsed "$t0" "$t1")")
done
pg=$(printf '%s\n' "${pg_times[@]}" | median)

row() {  # name seconds
  awk -v n="$1" -v s="$2" -v c="$chars" -v p="$pg" \
    'BEGIN { printf "%-28s %10.4f %12.0f %14.3f\n", n, s, (s > 0 ? c / s : 0), (s > 0 ? p / s : 0) }'
}

echo "corpus: $corpus (${#files[@]} files, $chars characters, $bytes bytes); median of $repeats runs"
printf '%-28s %10s %12s %14s\n' "tool" "s/run" "chars/s" "parkgraph/tool"
row "parkgraph build${threads:+ -j $threads}" "$pg"

# --- jieba anchor --------------------------------------------------------------
# The first interpreter that can import jieba: $PYTHON if set, python3 on PATH, then the
# system one (python3-jieba installs into /usr/lib/python3, which a pyenv or venv python3
# found first on PATH does not see).
python=""
for candidate in ${PYTHON:+"$PYTHON"} python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import jieba.posseg' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "jieba not installed, skipped"
  exit 0
fi

# One process = what a user pays: interpreter start, dictionary load, segmentation.
jieba_process='
import sys, jieba, jieba.posseg
jieba.setLogLevel(60)
n = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        n += len(jieba.posseg.lcut(f.read()))
'
# In one process after a warm-up: the segmentation alone, one line per run.
jieba_inner='
import sys, time, jieba, jieba.posseg
jieba.setLogLevel(60)
repeats = int(sys.argv[1])
texts = []
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        texts.append(f.read())
for t in texts:
    jieba.posseg.lcut(t)
for _ in range(repeats):
    t0 = time.perf_counter()
    for t in texts:
        jieba.posseg.lcut(t)
    print("%.6f" % (time.perf_counter() - t0))
'
"$python" -c "$jieba_process" "${files[@]}" >/dev/null 2>&1  # warm-up (writes jieba's cache)
jb_times=()
for ((i = 0; i < repeats; i++)); do
  t0=$(now)
  "$python" -c "$jieba_process" "${files[@]}" >/dev/null 2>&1
  t1=$(now)
  jb_times+=("$(elapsed "$t0" "$t1")")
done
jb=$(printf '%s\n' "${jb_times[@]}" | median)
jb_inner=$("$python" -c "$jieba_inner" "$repeats" "${files[@]}" 2>/dev/null | median)

row "jieba posseg (process)" "$jb"
row "jieba posseg (lcut only)" "$jb_inner"
