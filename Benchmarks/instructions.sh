#!/usr/bin/env bash
# Instructions, not milliseconds: what a start and a typed line cost under valgrind's callgrind,
# which gives the same count however busy the machine is (a wall clock on a shared machine
# does not). Prints the instructions from launch to the first prompt (the run is stopped there)
# and the mean of one typed line: (a call of 200 lines - a call of none) / 200, the line
# scripts/bench types. The guidance cache is made first, as at a desk.
#
#   Benchmarks/instructions.sh [BINARY]          default: .build/release/coach
#   Benchmarks/instructions.sh BINARY --pre-11   a build from before the live call (ee4ab93):
#                                                its six identity answers first, then notes;
#                                                COACH_GUIDANCE must name its own guidance
# Needs valgrind and objcopy (this valgrind cannot read DWARF 5: a copy without it is run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BINARY=${1:-$ROOT/.build/release/coach}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
objcopy --strip-debug "$BINARY" "$WORK/coach"
export HOME=$WORK XDG_STATE_HOME=$WORK/state XDG_CACHE_HOME=$WORK/cache LANG=C.UTF-8 COACH_STAFF=chan.mw NO_COLOR=1
export COACH_GUIDANCE=${COACH_GUIDANCE:-$ROOT/guidance}
if [ "${2:-}" = --pre-11 ]; then PROMPT='1/7'; FIRST=$'\n陳大文\n業主\nA座\n12樓B室\n9123 4567\n'; else PROMPT='1/6'; FIRST=''; fi

count() { grep -o 'refs: *[0-9,]*' "$1" | tr -dc 0-9; }

# A first run makes the database and the guidance cache, as they are at a desk.
export COACH_DB=$WORK/coach.sqlite
"$WORK/coach" intake </dev/null >/dev/null 2>&1 || true

# Launch to the first prompt: stdin is a pipe kept open, and the run is stopped at the prompt.
mkfifo "$WORK/in"
valgrind --tool=callgrind --callgrind-out-file="$WORK/start.out" "$WORK/coach" intake --lang zh-Hant \
  <"$WORK/in" >"$WORK/start.txt" 2>"$WORK/start.err" &
pid=$!
exec 9>"$WORK/in"
for _ in $(seq 600); do grep -q "$PROMPT" "$WORK/start.txt" 2>/dev/null && break; sleep 0.1; done
sleep 0.5
kill -TERM "$pid"
wait "$pid" || true
exec 9>&-

lines() {
  printf '%s' "$FIRST"
  for n in $(seq 0 $(($1 - 1))); do echo "第${n}段:廚房天花有水漬,樓上單位好似有喉管滲水,已經係第三次報告。"; done
}
lines 0 | valgrind --tool=callgrind --callgrind-out-file="$WORK/l0.out" "$WORK/coach" intake --lang zh-Hant \
  >/dev/null 2>"$WORK/l0.err"
lines 200 | valgrind --tool=callgrind --callgrind-out-file="$WORK/l200.out" "$WORK/coach" intake --lang zh-Hant \
  >/dev/null 2>"$WORK/l200.err"
start=$(count "$WORK/start.err")
none=$(count "$WORK/l0.err")
all=$(count "$WORK/l200.err")
echo "launch to first prompt: $start instructions"
echo "one typed line:         $(( (all - none) / 200 )) instructions (mean of 200)"
