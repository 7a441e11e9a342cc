# Shell helpers shared by the benchmark scripts (sourced, not run).

# A TCP port nothing listens on at 127.0.0.1 (checked by trying to connect).
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

# CPU accounting, to tell a clean run from a disturbed one: the CPU time of the whole machine
# (/proc/stat: "busy total"), of the given processes (utime+stime) and of this shell's reaped
# children (cutime+cstime); whatever is left was used by other processes (a build, a browser…).
machine_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
proc_ticks() {
  local pid sum=0 t
  for pid in "$@"; do
    t=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}') || t=0
    sum=$(( sum + ${t:-0} ))
  done
  echo "$sum"
}
children_ticks() { sed 's/^.*) //' /proc/$$/stat | awk '{print $14 + $15}'; }

# Wait until URL answers 200 (or the process PID dies), at most SECONDS (default 120); WHAT names the process, whose
# log is $tmp/WHAT.log. Uses the calling script's `tmp` and `die`.
wait_for() {
  local url=$1 pid=$2 what=$3 seconds=${4:-120} i
  for i in $(seq 1 $(( seconds * 5 ))); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || die "$what exited before answering; its log is below:
$(tail -n 40 "$tmp/$what.log" 2>/dev/null)"
    sleep 0.2
  done
  die "$what did not answer at $url within $seconds s"
}

# Figures of a wrk report FILE: requests/s; p99 in ms; notes on errors (non-2xx answers, socket errors; no spaces
# inside a note, so a row of fields stays splittable).
wrk_rate() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
wrk_p99_ms() {
  awk '$1 == "99%" {
         v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
         f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
         if (f > 0) printf "%.2f", v * f
       }' "$1"
}
wrk_notes() {
  awk '/Non-2xx or 3xx responses:/ {printf "non-2xx=%s ", $NF}
       /Socket errors:/ {sub(/^ *Socket errors: */, ""); gsub(/ /, ""); printf "socket-errors:%s ", $0}' "$1"
}
