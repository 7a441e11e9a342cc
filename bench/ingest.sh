#!/usr/bin/env bash
# Ingestion benchmark: how fast `newsdesk import --once` turns feeds into stored articles, end to end, and how
# much heap it needs while doing it.
#
# What it does, all on loopback:
#   1. `newsdesk bench ingest-outlets` (its own JVM, so its CPU and heap are not the importer's) generates
#      ${FEEDS} (default 50) RSS feeds of ${ITEMS} (default 200) entries and an article page per entry
#      (30-150 kB of real-outlet HTML around 400-900 words of made-up prose, every article different), gzips
#      them, and serves outlet k on its own loopback address 127.0.0.k (Linux routes all of 127/8 to loopback),
#      so the fetcher's one-request-per-host rule works as against real outlets. It also writes the sources as
#      OPML: full-text policy, language en, no translation.
#   2. For each worker count in ${WORKERS} (default "2 4 8"): a fresh temporary data directory, a section
#      (`bench ingest-db --prepare`), the sources (`newsdesk sources import-opml`), then
#         NEWSDESK_FETCH_HOST_DELAY_MS=0 newsdesk import --once --allow-private-networks --workers N
#      in a JVM with -Xmx${HEAP} (default 512m) and a GC log. Extraction on (full-text), translation off
#      (the articles are in the site's language).
#   3. Checks the database (`bench ingest-db --count`): every entry must be a stored article, no job failed.
#
# Reported per run: articles stored, wall time of the import command (JVM start to exit: feeds fetched and
# parsed, pages fetched, extracted, cleaned, fingerprinted, clustered and stored), articles per second over
# that time, peak heap from the GC log (the largest heap occupancy before a collection, i.e. what the
# importer needed with -Xmx${HEAP} including garbage not yet collected, and the largest after a collection,
# i.e. the live data), the importer's peak RSS (/usr/bin/time, when present), and CPU in % of one core:
# the importer, the outlets' JVM, and every other process ("others": more than ~10% means the shared
# machine disturbed the run).
#
# Usage (from the repository root): bench/ingest.sh
# Environment: FEEDS=50 ITEMS=200 WORKERS="2 4 8" HEAP=512m IMPORT_JAVA_OPTS="" KEEP=0
#   IMPORT_JAVA_OPTS is added to the importer's JVM options (e.g. a JFR recording).
# Exits non-zero when the setup fails or a run did not store every article; never because of the speed.
set -euo pipefail

FEEDS=${FEEDS:-50}
ITEMS=${ITEMS:-200}
WORKERS=${WORKERS:-"2 4 8"}
HEAP=${HEAP:-512m}
IMPORT_JAVA_OPTS=${IMPORT_JAVA_OPTS:-}
KEEP=${KEEP:-0}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

die() { echo "bench/ingest.sh: $*" >&2; exit 1; }
# shellcheck source=lib.sh
. "$root/bench/lib.sh"   # free_port, machine_ticks, proc_ticks, children_ticks

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-ingest-bench.XXXXXX")
outlets_pid=""
cleanup() {
  local rc=$?
  if [ -n "$outlets_pid" ] && kill -0 "$outlets_pid" 2>/dev/null; then
    kill "$outlets_pid" 2>/dev/null || true
    wait "$outlets_pid" 2>/dev/null || true
  fi
  if [ "$KEEP" = 1 ]; then
    echo "bench/ingest.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 0. jars (the launcher builds them when the sources changed) --------------------------------
./newsdesk --version >/dev/null || die "building the application failed"
./newsdesk bench --version >/dev/null || die "building the bench module failed"

# --- 1. the outlets ---------------------------------------------------------------------------------
port=$(free_port) || die "no free port"
echo "== Generating and serving $FEEDS outlets x $ITEMS articles on loopback port $port…" >&2
NEWSDESK_JAVA_OPTS="-Xmx1g" ./newsdesk bench ingest-outlets --feeds "$FEEDS" --items "$ITEMS" --port "$port" \
  --opml "$tmp/sources.opml" >"$tmp/outlets.log" 2>&1 &
outlets_pid=$!   # the launcher execs java, so this is the JVM
for i in $(seq 1 600); do
  grep -q '^ready' "$tmp/outlets.log" 2>/dev/null && break
  kill -0 "$outlets_pid" 2>/dev/null || die "the outlet server exited; its log:
$(tail -n 40 "$tmp/outlets.log")"
  sleep 0.5
done
grep -q '^ready' "$tmp/outlets.log" || die "the outlet server was not ready within 300 s"
cat "$tmp/outlets.log" >&2

# GC log -> "max-before-GC max-after-GC max-committed" in MB (unified logging: "... 180M->45M(512M) 3.2ms").
heap_of() {
  awk 'match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
         s = substr($0, RSTART, RLENGTH); gsub(/[()]/, " ", s); sub(/->/, " ", s); split(s, v, " ")
         for (i = 1; i <= 3; i++) {
           u = substr(v[i], length(v[i])); n = substr(v[i], 1, length(v[i]) - 1) + 0
           m = (u == "K") ? n / 1024 : (u == "G") ? n * 1024 : n
           if (m > mx[i]) mx[i] = m
         }
       }
       END { printf "%.0f %.0f %.0f\n", mx[1], mx[2], mx[3] }' "$1"
}

# --- 2. the runs ---------------------------------------------------------------------------------------
expected=$(( FEEDS * ITEMS ))
results=()
failed_runs=0
for w in $WORKERS; do
  data="$tmp/data-w$w"
  echo "== $w workers: fresh data directory $data" >&2
  ./newsdesk bench ingest-db --data "$data" --prepare >/dev/null || die "bench ingest-db --prepare failed"
  ./newsdesk sources import-opml "$tmp/sources.opml" --data "$data" | tail -n 1 >&2 || die "sources import-opml failed"
  echo "== $w workers: newsdesk import --once (-Xmx$HEAP)…" >&2
  m0=$(machine_ticks); o0=$(proc_ticks "$outlets_pid"); c0=$(children_ticks); t0=$(date +%s%N)
  cmd=(./newsdesk import --once --allow-private-networks --workers "$w" --data "$data")
  [ -x /usr/bin/time ] && cmd=(/usr/bin/time -f "%M" -o "$tmp/rss-w$w.txt" "${cmd[@]}")   # peak RSS in kB
  NEWSDESK_FETCH_HOST_DELAY_MS=0 NEWSDESK_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$tmp/gc-w$w.log $IMPORT_JAVA_OPTS" \
    "${cmd[@]}" >"$tmp/import-w$w.log" 2>"$tmp/import-w$w.err" || die "import failed; its log:
$(tail -n 40 "$tmp/import-w$w.err")"
  t1=$(date +%s%N); m1=$(machine_ticks); o1=$(proc_ticks "$outlets_pid"); c1=$(children_ticks)
  cpu=$(awk -v m0="$m0" -v m1="$m1" -v i="$(( c1 - c0 ))" -v o="$(( o1 - o0 ))" -v n="$(nproc)" 'BEGIN {
    split(m0, a, " "); split(m1, b, " ")
    busy = b[1] - a[1]; all = b[2] - a[2]; if (all <= 0) all = 1
    k = 100 * n / all; x = busy - i - o; if (x < 0) x = 0
    printf "%.0f %.0f %.0f\n", i * k, o * k, x * k
  }')
  ./newsdesk bench ingest-db --data "$data" --count >"$tmp/count-w$w.txt" || die "bench ingest-db --count failed"
  articles=$(awk -F= '$1 == "articles" {print $2}' "$tmp/count-w$w.txt")
  bad=$(awk -F= '$1 == "jobs_failed" || $1 == "jobs_dead" || $1 == "jobs_queued" || $1 == "jobs_running" {s += $2} END {print s + 0}' "$tmp/count-w$w.txt")
  dups=$(awk -F= '$1 == "duplicates" {print $2}' "$tmp/count-w$w.txt")
  stories=$(awk -F= '$1 == "stories" {print $2}' "$tmp/count-w$w.txt")
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
  rate=$(awk -v n="$articles" -v s="$secs" 'BEGIN {printf "%.0f", n / s}')
  read -r before after committed < <(heap_of "$tmp/gc-w$w.log")
  rss="n/a"
  [ -s "$tmp/rss-w$w.txt" ] && rss=$(awk '{printf "%.0f", $1 / 1024}' "$tmp/rss-w$w.txt")
  read -r cpu_imp cpu_out cpu_oth <<<"$cpu"
  echo "   $(tail -n 1 "$tmp/import-w$w.log")" >&2
  [ "$articles" = "$expected" ] && [ "$bad" = 0 ] || { failed_runs=$(( failed_runs + 1 )); echo "   !! expected $expected articles and no unfinished jobs: $(tr '\n' ' ' <"$tmp/count-w$w.txt")" >&2; }
  results+=("$w $articles $bad $dups $stories $secs $rate $before $after $committed $rss $cpu_imp $cpu_out $cpu_oth")
done

# --- 3. report -----------------------------------------------------------------------------------------
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
newsdesk_find_jdk >/dev/null 2>&1 || true
java_version=$("${JAVA_HOME:-/nonexistent}/bin/java" -version 2>&1 | head -n 1 || true)
cpu_model=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo)
echo
echo "Machine: $(nproc) cores, ${cpu_model:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(uname -sr)"
echo "Java:    $java_version"
echo "Outlets: $(head -n 1 "$tmp/outlets.log")"
echo "Import:  newsdesk import --once, -Xmx$HEAP, NEWSDESK_FETCH_HOST_DELAY_MS=0, full-text, language en (no translation)"
echo "Heap:    from the GC log: largest occupancy before a collection / after one / committed, MB; RSS: peak resident set"
echo "CPU:     % of one core during the import (the machine has $(nproc)00%): importer, outlets' JVM, every other process"
echo
printf '%7s %8s %7s %5s %7s %8s %10s %11s %10s %9s %7s %9s %8s %7s\n' workers articles unfinished dups stories "wall s" articles/s \
  "heap peak" "live max" committed "RSS MB" importer outlets others
for row in "${results[@]}"; do
  # shellcheck disable=SC2086
  set -- $row
  printf '%7s %8s %7s %5s %7s %8s %10s %9s M %8s M %7s M %7s %8s%% %7s%% %6s%%\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$9" "${10}" \
    "${11}" "${12}" "${13}" "${14}"
done
[ "$failed_runs" = 0 ] || die "$failed_runs run(s) did not store all $expected articles"
