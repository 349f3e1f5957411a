#!/usr/bin/env python3
"""Measures Coach at scale on a generated database of 1,000,000 cases with transcripts (three
years, 100 buildings): the month's report through `coach report` beside the same aggregates as
plain SQL in the sqlite3 shell, searches for a three- and a two-character Chinese term, and
peak memory. Prints figures; asserts nothing."""
import os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COACH = os.path.join(ROOT, os.environ.get("BENCH_COACH", ".build/release/coach"))
GEN = os.path.join(ROOT, ".build/release/CoachBenchData")
CASES = int(os.environ.get("BENCH_CASES", "1000000"))
DB = os.path.join(ROOT, ".build-bench", f"coach-{CASES}.sqlite")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
GUIDANCE = os.path.join(ROOT, "guidance")

# October 2026 and the months before it, in Hong Kong time (UTC+8), as stored (UTC text).
def month_bounds(year, month):
    def utc(y, m):
        # local midnight on the first = 16:00 UTC the day before
        import datetime
        d = datetime.datetime(y, m, 1) - datetime.timedelta(hours=8)
        return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    return utc(year, month), utc(ny, nm)

def figures_sql(start, end):
    base = f"is_training = 0 AND stage <> 'draft' AND received_at >= '{start}' AND received_at < '{end}'"
    c = base + " AND kind = 'complaint'"
    q = [f"SELECT kind, count(*) FROM cases WHERE {base} GROUP BY kind;"]
    for col in ["channel", "nature", "category", "building", "department"]:
        q.append(f"SELECT coalesce({col}, ''), count(*) FROM cases WHERE {c} GROUP BY 1;")
    q.append(f"""SELECT coalesce(sum(handled_at IS NOT NULL AND handled_at < '{end}' AND handled_at <= deadline), 0),
  coalesce(sum(handled_at IS NOT NULL AND handled_at < '{end}' AND handled_at > deadline), 0),
  coalesce(sum((handled_at IS NULL OR handled_at >= '{end}') AND deadline < '{end}'), 0),
  coalesce(sum((handled_at IS NULL OR handled_at >= '{end}') AND deadline >= '{end}'), 0)
  FROM cases WHERE {c} AND deadline IS NOT NULL;""")
    q.append(f"""WITH h AS (SELECT (julianday(replied_at) - julianday(received_at)) * 24 AS h FROM cases WHERE {c} AND replied_at IS NOT NULL),
  n AS (SELECT count(*) AS n FROM h)
  SELECT (SELECT h FROM h ORDER BY h LIMIT 1 OFFSET max(0, (SELECT (n + 1) / 2 - 1 FROM n))),
         (SELECT h FROM h ORDER BY h LIMIT 1 OFFSET max(0, (SELECT (n * 9 + 9) / 10 - 1 FROM n)));""")
    q.append(f"SELECT satisfaction, count(*) FROM cases WHERE {c} AND satisfaction IS NOT NULL GROUP BY 1;")
    q.append(f"""SELECT building, unit, count(*) AS n FROM cases WHERE {c} AND building IS NOT NULL AND unit IS NOT NULL
  GROUP BY building, unit HAVING n >= 2 ORDER BY n DESC, building, unit;""")
    q.append(f"SELECT r.scorecard FROM review_scores r JOIN cases ON cases.id = r.case_id WHERE {base};")
    return "\n".join(q)

def report_sql():
    months = [(2026, m) for m in range(5, 11)]  # six months of trend ending with October
    parts = []
    for i, (y, m) in enumerate(months):
        s, e = month_bounds(y, m)
        parts.append(figures_sql(s, e) if i >= 4 else
                     f"SELECT coalesce(sum(handled_at <= deadline), 0), count(*) FROM cases WHERE is_training = 0 AND stage <> 'draft' AND kind = 'complaint' AND received_at >= '{s}' AND received_at < '{e}' AND deadline IS NOT NULL;")
    return "\n".join(parts)

def timed(command, stdin=None, env=None):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, input=stdin, capture_output=True, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stderr.decode()[-500:]}")
    peak_kib = int(result.stderr.decode().strip().splitlines()[-1])
    return elapsed, peak_kib / 1024, result.stdout

def median_of(command, stdin=None, env=None):
    runs = [timed(command, stdin, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]

def main():
    os.makedirs(os.path.dirname(DB), exist_ok=True)
    if not os.path.exists(DB):
        print(f"generating {CASES:,} cases into {DB} (once; kept for later runs)…", file=sys.stderr)
        started = time.perf_counter()
        subprocess.run([GEN, DB + ".part", str(CASES)], check=True)
        for suffix in ["", "-wal", "-shm"]:
            if os.path.exists(DB + ".part" + suffix):
                os.replace(DB + ".part" + suffix, DB + suffix)
        print(f"generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    env = dict(os.environ, COACH_DB=DB, COACH_GUIDANCE=GUIDANCE, LANG="C.UTF-8", COACH_STAFF="cheung.wl", NO_COLOR="1")
    size = sum(os.path.getsize(DB + s) for s in ["", "-wal"] if os.path.exists(DB + s)) / 2**20
    counts = subprocess.run(["sqlite3", DB, "SELECT count(*) FROM cases; SELECT count(*) FROM transcript; SELECT count(*) FROM search_docs;"],
                            capture_output=True, text=True).stdout.split()
    timed([COACH, "report", "--month", "2026-10", "--format", "json"], env=env)  # warm the page cache
    coach_ms, coach_mem, _ = median_of([COACH, "report", "--month", "2026-10", "--format", "json"], env=env)
    sql_ms, sql_mem, _ = median_of(["sqlite3", DB], stdin=report_sql().encode(), env=env)
    print("Coach at scale (release build, this machine)")
    print(f"  database: {int(counts[0]):,} cases, {int(counts[1]):,} transcript lines, {int(counts[2]):,} searchable lines, {size:,.0f} MiB")
    print(f"  month's report (2026-10 beside 2026-09, six-month trend), median of {RUNS} runs, whole process:")
    print(f"    coach report --format json   {coach_ms:7.1f} ms   peak {coach_mem:5.1f} MiB")
    print(f"    same aggregates in sqlite3   {sql_ms:7.1f} ms   peak {sql_mem:5.1f} MiB")
    print(f"    ratio                        {coach_ms / sql_ms:7.2f}x   (goal: within 1.5x)")
    for term in ["去水渠", "漏水", "電梯", "lift"]:
        ms, mem, out = median_of([COACH, "search", term, "--limit", "20"], env=env)
        found = out.decode().count("\n  ")
        print(f"  coach search {term}  {ms:6.1f} ms  peak {mem:5.1f} MiB  ({found} lines shown)   (goal: under 100 ms)")

if __name__ == "__main__":
    sys.exit(main())
