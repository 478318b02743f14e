#!/usr/bin/env bash
# The scale benchmark (`make bench`). On the same synthetic arXiv-shaped corpora (written as large
# feeds by `citegraph synth`), it times citegraph's whole pipeline (parse, resolve authors, build
# every view, write GraphML and DOT, timeline) and a reference Python pipeline doing the same work
# (reference.py: ElementTree iterparse + networkx write_graphml), and prints the ratios of time and
# of peak memory, the log-log slope of time against papers, and the parse ratios of
# Benchmarks/parse/run.sh (citegraph's parser against a libxml2 SAX2 pass with empty callbacks and
# against `xmllint --stream --noout`) when that script is present.
#
# Environment:
#   BENCH_SIZES=10000,100000,1000000  corpus sizes in papers
#   BENCH_PY_MAX=100000               largest size the Python reference runs at; its figures above
#                                     that are extrapolated from its own slope, and labelled so
#   BENCH_TIMEOUT=3600                seconds after which one run is stopped and reported as such
#   BENCH_SEED=1                      corpus seed (same seed, same corpus)
#   BENCH_DIR=.build/bench            corpora (kept and reused) and outputs
#   BENCH_PARSE=1                     0 skips the parse ratios
#   BENCH_PARSE_RUNS=5                interleaved rounds of the parse ratios (best CPU time of each)
#   BENCH_CITEGRAPH=PATH              a citegraph binary to measure instead of building this checkout
#   BENCH_PIPELINE=1                  0 skips (2), e.g. to time only the corpus and the parse stage
#   BENCH_STAGES=0                    1 also compares the parse stage alone (citegraph parse vs
#                                     iterparse), done anyway when the pipeline cannot be run
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
sizes=${BENCH_SIZES:-10000,100000,1000000}
py_max=${BENCH_PY_MAX:-100000}
seed=${BENCH_SEED:-1}
work=${BENCH_DIR:-$root/.build/bench}
citegraph=${BENCH_CITEGRAPH:-$root/.build/release/citegraph}
reference=$root/Benchmarks/pipeline/reference.py
mkdir -p "$work"
results=$work/results.txt
: > "$results"

say() { printf '%s\n' "$*" >&2; }
out() { printf '%s\n' "$*" | tee -a "$results"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1; fi
}

# --- what the benchmark needs -------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (for peak memory)"
  as_root apt-get install -y -qq time >/dev/null || { say "please install GNU time: apt-get install time"; exit 1; }
fi
if ! python3 -c 'import networkx' 2>/dev/null; then
  say "installing networkx with pip (for the reference pipeline)"
  python3 -m pip install --quiet networkx 2>/dev/null \
    || python3 -m pip install --quiet --user networkx 2>/dev/null \
    || python3 -m pip install --quiet --user --break-system-packages networkx \
    || { say "please install networkx: python3 -m pip install networkx"; exit 1; }
fi
if [ -z "${BENCH_CITEGRAPH:-}" ]; then
  say "building citegraph (release)"
  swift build -c release --product citegraph >&2
fi

pipeline=${BENCH_PIPELINE:-1}
run_help=$("$citegraph" run --help 2>&1 || true)  # captured first: grep -q would cut the pipe
if [ "$pipeline" = 1 ] && ! grep -q -- '--from-feeds' <<< "$run_help"; then
  pipeline=0
  say "note: this citegraph has no 'run --from-feeds': the whole-pipeline comparison is skipped, the parse stage is compared instead"
fi
stages=${BENCH_STAGES:-0}
[ "$pipeline" = 0 ] && stages=1

# measure OUTFILE COMMAND...: runs COMMAND with stdout to OUTFILE; sets secs and mib.
measure() {
  local output=$1; shift
  local timing=$work/.time
  local status=0
  timeout "${BENCH_TIMEOUT:-3600}" /usr/bin/time -f '%e %M' -o "$timing" "$@" > "$output" 2> "$output.stderr" || status=$?
  if [ "$status" = 124 ]; then
    out "stopped after BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600} s: $*"; return 1
  elif [ "$status" != 0 ]; then
    say "failed (exit $status): $*"; tail -n 5 "$output.stderr" >&2; return 1
  fi
  read -r secs kib < <(tail -n 1 "$timing")
  mib=$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# slope "N1 T1 N2 T2 ...": least-squares slope of ln T against ln N.
slope() {
  awk '{ for (i = 1; i < NF; i += 2) { x = log($i); y = log($(i + 1)); n++; sx += x; sy += y; sxx += x * x; sxy += x * y } }
       END { d = n * sxx - sx * sx; if (n >= 2 && d > 0) printf "%.2f", (n * sxy - sx * sy) / d; else print "n/a" }' <<< "$1"
}

# --- corpora ------------------------------------------------------------------------------------
IFS=, read -r -a size_list <<< "$sizes"
# A corpus is made again when the seed or the generator (the last commit touching Synth/) changed.
generator=$(git -C "$root" log -1 --format=%h -- Sources/CiteGraph/Arxiv/Synth 2>/dev/null || echo unknown)
for n in "${size_list[@]}"; do
  corpus=$work/corpus-$n
  stamp="papers=$n seed=$seed generator=$generator"
  if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$corpus"
    measure "$work/synth-$n.log" "$citegraph" synth --papers "$n" --seed "$seed" -o "$corpus"
    bytes=$(du -sb "$corpus" | cut -f1)
    out "synth: $n papers in ${secs}s ($(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 0.01) }') papers/s, $(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.0f", b / 1048576 / (s > 0 ? s : 0.01) }') MiB/s, $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MiB of feeds, peak ${mib} MiB)"
    echo "$stamp" > "$corpus/.stamp"
  fi
done

# --- (1) parse throughput against libxml2 -------------------------------------------------------
# Benchmarks/parse/run.sh times citegraph's parser, an empty-callback SAX2 pass and xmllint on
# $WORK/feed-$ENTRIES.xml (and reads $WORK/feed-10000.xml for memory), generating them only when
# absent: they are put there first, as single synthetic feeds, so that the ratios are measured on
# the same arXiv-shaped input as the rest of this benchmark.
if [ "${BENCH_PARSE:-1}" = 1 ]; then
  if [ -f "$root/Benchmarks/parse/run.sh" ]; then
    parse_n=${size_list[0]}
    for n in "${size_list[@]}"; do [ "$n" -le 100000 ] && parse_n=$n; done
    parse_work=$work/parse
    mkdir -p "$parse_work"
    for n in 10000 "$parse_n"; do
      if [ ! -s "$parse_work/feed-$n.xml" ] || [ "$(cat "$parse_work/feed-$n.stamp" 2>/dev/null)" != "seed=$seed generator=$generator" ]; then
        rm -rf "$parse_work/synth-$n"
        "$citegraph" synth --papers "$n" --seed "$seed" --per-feed "$n" -o "$parse_work/synth-$n" --quiet
        mv "$parse_work/synth-$n/feed-00001.xml" "$parse_work/feed-$n.xml"
        echo "seed=$seed generator=$generator" > "$parse_work/feed-$n.stamp"
      fi
    done
    out ""
    out "(1) parse throughput on one synthetic feed of $parse_n papers (Benchmarks/parse/run.sh)"
    # Five rounds: on a shared machine single runs swing by 1.5x, and the best of three can miss.
    RUNS=${BENCH_PARSE_RUNS:-5} WORK=$parse_work ENTRIES=$parse_n bash "$root/Benchmarks/parse/run.sh" 2>&1 | tee -a "$results"
  else
    out "(1) parse throughput: Benchmarks/parse/run.sh is not in this checkout; skipped"
  fi
fi

# --- (2) whole pipeline (or parse stage) against the Python reference ----------------------------
declare -A cg_secs cg_mib cg_all_secs cg_all_mib py_secs py_mib cg_parse_secs cg_parse_mib py_parse_secs py_parse_mib extrapolated
# The same work as reference.py: every view as GraphML and DOT, and the timeline; `run` also writes
# corpus.json, authors.csv, stats.json (centralities, communities) and comparisons, which the
# reference does not: those are timed apart ("everything") when this citegraph can --skip them.
same_work=()
if grep -q -- '--skip' <<<"$run_help"; then same_work=(--skip corpus,authors,stats,compare); fi
for n in "${size_list[@]}"; do
  corpus=$work/corpus-$n
  if [ "$pipeline" = 1 ]; then
    rm -rf "$work/out-citegraph-$n"
    say "citegraph pipeline, $n papers${same_work:+ (${same_work[*]})}"
    if measure "$work/citegraph-$n.log" "$citegraph" run --from-feeds "$corpus" --out "$work/out-citegraph-$n" --offline --quiet "${same_work[@]}"; then
      cg_secs[$n]=$secs; cg_mib[$n]=$mib
    else
      out "citegraph failed at $n papers (peak memory or error: see $work/citegraph-$n.log.stderr)"
    fi
    if [ "${#same_work[@]}" -gt 0 ]; then
      rm -rf "$work/out-citegraph-all-$n"
      say "citegraph pipeline, $n papers, everything run writes"
      if measure "$work/citegraph-all-$n.log" "$citegraph" run --from-feeds "$corpus" --out "$work/out-citegraph-all-$n" --offline --quiet; then
        cg_all_secs[$n]=$secs; cg_all_mib[$n]=$mib
      else
        out "citegraph (everything) failed at $n papers (see $work/citegraph-all-$n.log.stderr)"
      fi
    fi
    if [ "$n" -le "$py_max" ]; then
      rm -rf "$work/out-python-$n"
      say "python reference pipeline, $n papers"
      if measure "$work/python-$n.log" python3 "$reference" "$corpus" "$work/out-python-$n"; then
        py_secs[$n]=$secs; py_mib[$n]=$mib
      else
        out "the python reference failed at $n papers (see $work/python-$n.log.stderr)"
      fi
    fi
  fi
  if [ "$stages" = 1 ]; then
    say "parse stage, $n papers"
    if measure "$work/parse-citegraph-$n.log" "$citegraph" parse --format count "$corpus"/feed-*.xml; then
      cg_parse_secs[$n]=$secs; cg_parse_mib[$n]=$mib
    fi
    if [ "$n" -le "$py_max" ] && measure "$work/parse-python-$n.log" python3 "$reference" --parse-only "$corpus"; then
      py_parse_secs[$n]=$secs; py_parse_mib[$n]=$mib
    fi
  fi
done

# Python figures above BENCH_PY_MAX: extrapolated along its own log-log slope.
extrapolate() { # name-of-secs-array name-of-mib-array
  local -n s=$1 m=$2
  local measured=() points="" mpoints=""
  for n in "${size_list[@]}"; do [ -n "${s[$n]:-}" ] && measured+=("$n"); done
  [ "${#measured[@]}" -ge 2 ] || return 0
  local a=${measured[-2]} b=${measured[-1]}
  local ts tm
  ts=$(slope "$a ${s[$a]} $b ${s[$b]}")
  tm=$(slope "$a ${m[$a]} $b ${m[$b]}")
  for n in "${size_list[@]}"; do
    if [ -z "${s[$n]:-}" ] && [ "$n" -gt "$b" ]; then
      s[$n]=$(awk -v t="${s[$b]}" -v r="$n" -v q="$b" -v k="$ts" 'BEGIN { printf "%.1f", t * (r / q) ^ k }')
      m[$n]=$(awk -v t="${m[$b]}" -v r="$n" -v q="$b" -v k="$tm" 'BEGIN { printf "%.0f", t * (r / q) ^ k }')
      extrapolated[$1:$n]=1
    fi
  done
}

table() { # title cg-secs cg-mib py-secs py-mib with-targets
  local -n cs=$2 cm=$3 ps=$4 pm=$5
  local targets=$6
  out ""
  out "$1"
  out "$(printf '%10s  %12s %10s  %12s %10s  %12s %14s' papers 'citegraph s' 'peak MiB' 'python s' 'peak MiB' 'speed-up' 'memory ratio')"
  local points=""
  for n in "${size_list[@]}"; do
    [ -n "${cs[$n]:-}" ] || continue
    points="$points $n ${cs[$n]}"
    local mark=""
    [ -n "${extrapolated[$4:$n]:-}" ] && mark=" (python extrapolated)"
    if [ -n "${ps[$n]:-}" ]; then
      out "$(printf '%10s  %12s %10s  %12s %10s  %11sx %14s%s' "$n" "${cs[$n]}" "${cm[$n]}" "${ps[$n]}" "${pm[$n]}" \
        "$(ratio "${ps[$n]}" "${cs[$n]}")" "$(ratio "${cm[$n]}" "${pm[$n]}")" "$mark")"
    else
      out "$(printf '%10s  %12s %10s  %12s %10s' "$n" "${cs[$n]}" "${cm[$n]}" - -)"
    fi
  done
  local big="" n
  for n in "${size_list[@]}"; do [ -n "${cs[$n]:-}" ] && [ "$n" -ge 100000 ] && big="$big $n ${cs[$n]}"; done
  if [ "$targets" = 1 ]; then
    out "speed-up = python time / citegraph time (target at 100k: >= 20); memory ratio = citegraph peak / python peak (target: <= 0.25)"
    out "(3) citegraph time against papers, log-log slope: $(slope "$points") over all sizes, $(slope "$big") from 100k up (target <= 1.15)"
  else
    out "speed-up = python time / citegraph time; memory ratio = citegraph peak / python peak"
    out "citegraph time against papers, log-log slope: $(slope "$points") over all sizes, $(slope "$big") from 100k up"
  fi
}

if [ "$pipeline" = 1 ]; then
  extrapolate py_secs py_mib
  table "(2) whole pipeline: parse, resolve authors, build every view, write GraphML and DOT, timeline${same_work:+ (citegraph run ${same_work[*]})}" cg_secs cg_mib py_secs py_mib 1
  if [ "${#same_work[@]}" -gt 0 ]; then
    table "(2b) everything citegraph run writes (also corpus.json, authors.csv, stats.json with centralities and communities, comparisons) against the same reference" cg_all_secs cg_all_mib py_secs py_mib 0
  fi
  for n in "${size_list[@]}"; do
    [ "$n" -ge 2500000 ] && [ -n "${cg_secs[$n]:-}" ] || continue
    out "(4) $n papers end to end: ${cg_secs[$n]} s and ${cg_mib[$n]} MiB peak (target for 2.5M: <= 600 s and <= 8192 MiB)"
  done
fi
if [ "$stages" = 1 ]; then
  extrapolate py_parse_secs py_parse_mib
  table "parse stage alone: citegraph parse --format count against ElementTree iterparse (reference.py --parse-only)" \
    cg_parse_secs cg_parse_mib py_parse_secs py_parse_mib 0
fi
out ""
out "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM; $(date -u +%Y-%m-%d)"
say "figures also in $results"
