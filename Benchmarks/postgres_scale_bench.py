#!/usr/bin/env python3
"""Measures Coach on PostgreSQL at scale: the generated database of BENCH_CASES cases (1,000,000;
made once into .build-bench/ by CoachBenchData, as data_bench.py does) loaded into a new
database on the server whose URL is the first argument with `coach db copy` (how long it
takes, its chains verified), then the month's report through `coach report` beside the same
aggregates as plain SQL in psql, and searches. Prints figures; asserts nothing.

  postgres_scale_bench.py POSTGRES_URL

BENCH_LOAD=direct loads only what the report reads (cases and review scores) with psql's \\copy
from the sqlite3 shell's CSV instead: minutes instead of the hours `coach db copy` takes on a
busy 2-core machine (then there is nothing to search).
"""
import os, statistics, subprocess, sys, time, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_bench import CASES, COACH, DB, GEN, GUIDANCE, RUNS, month_bounds, timed  # noqa: E402


def figures_sql(start, end):
    """data_bench's aggregates in PostgreSQL's words (flags are booleans, times ISO text)."""
    base = f"NOT is_training AND stage <> 'draft' AND received_at >= '{start}' AND received_at < '{end}'"
    c = base + " AND kind = 'complaint'"
    q = [f"SELECT kind, count(*) FROM cases WHERE {base} GROUP BY kind;"]
    for col in ["channel", "nature", "category", "building", "department"]:
        q.append(f"SELECT coalesce({col}, ''), count(*) FROM cases WHERE {c} GROUP BY 1;")
    q.append(f"""SELECT count(*) FILTER (WHERE handled_at IS NOT NULL AND handled_at < '{end}' AND handled_at <= deadline),
  count(*) FILTER (WHERE handled_at IS NOT NULL AND handled_at < '{end}' AND handled_at > deadline),
  count(*) FILTER (WHERE (handled_at IS NULL OR handled_at >= '{end}') AND deadline < '{end}'),
  count(*) FILTER (WHERE (handled_at IS NULL OR handled_at >= '{end}') AND deadline >= '{end}')
  FROM cases WHERE {c} AND deadline IS NOT NULL;""")
    q.append(f"""WITH h AS (SELECT extract(epoch FROM replied_at::timestamptz - received_at::timestamptz) / 3600 AS h
    FROM cases WHERE {c} AND replied_at IS NOT NULL)
  SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY h), percentile_disc(0.9) WITHIN GROUP (ORDER BY h) FROM h;""")
    q.append(f"SELECT satisfaction, count(*) FROM cases WHERE {c} AND satisfaction IS NOT NULL GROUP BY 1;")
    q.append(f"""SELECT building, unit, count(*) AS n FROM cases WHERE {c} AND building IS NOT NULL AND unit IS NOT NULL
  GROUP BY building, unit HAVING count(*) >= 2 ORDER BY n DESC, building, unit;""")
    q.append(f"SELECT r.scorecard FROM review_scores r JOIN cases ON cases.id = r.case_id WHERE {base};")
    return "\n".join(q)


def report_sql():
    months = [(2026, m) for m in range(5, 11)]  # six months of trend ending with October
    parts = []
    for i, (y, m) in enumerate(months):
        s, e = month_bounds(y, m)
        parts.append(figures_sql(s, e) if i >= 4 else
                     f"SELECT count(*) FILTER (WHERE handled_at <= deadline), count(*) FROM cases WHERE NOT is_training AND stage <> 'draft' "
                     f"AND kind = 'complaint' AND received_at >= '{s}' AND received_at < '{e}' AND deadline IS NOT NULL;")
    return "\n".join(parts)


def load_directly(url, env):
    """The report's tables, straight from the SQLite file into Coach's tables (made by
    `coach db init`), flags as 0/1, which PostgreSQL takes as booleans."""
    subprocess.run([COACH, "db", "init", "--desk-role", "coach_bench_desk", "--db", url], env=env, check=True, stdout=subprocess.DEVNULL)
    for table in ["cases", "review_scores"]:
        columns = subprocess.run(["psql", "-X", "-A", "-t", url, "-c",
                                  f"SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns "
                                  f"WHERE table_name = '{table}'"], capture_output=True, text=True, check=True).stdout.strip()
        dump = subprocess.Popen(["sqlite3", "-csv", "-cmd", ".nullvalue '\\N'", DB, f"SELECT {columns} FROM {table}"], stdout=subprocess.PIPE)
        subprocess.run(["psql", "-X", "-q", url, "-c", f"\\copy {table} ({columns}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"],
                       stdin=dump.stdout, check=True)
        dump.wait()


def median_of(command, stdin=None, env=None):
    runs = [timed(command, stdin, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def main():
    server = sys.argv[1]
    if not os.path.exists(DB):
        print(f"generating {CASES:,} cases into {DB} (once; kept for later runs)…", file=sys.stderr)
        os.makedirs(os.path.dirname(DB), exist_ok=True)
        subprocess.run([GEN, DB + ".part", str(CASES)], check=True)
        for suffix in ["", "-wal", "-shm"]:
            if os.path.exists(DB + ".part" + suffix):
                os.replace(DB + ".part" + suffix, DB + suffix)
    name = "coach_scale_%d" % os.getpid()
    subprocess.run(["psql", "-X", "-q", server, "-c", f"CREATE DATABASE {name}"], check=True)
    url = urllib.parse.urlunsplit(urllib.parse.urlsplit(server)._replace(path="/" + name))
    env = dict(os.environ, COACH_GUIDANCE=GUIDANCE, LANG="C.UTF-8", COACH_STAFF="cheung.wl", NO_COLOR="1")
    try:
        direct = os.environ.get("BENCH_LOAD") == "direct"
        started = time.perf_counter()
        if direct:
            load_directly(url, env)
        else:
            copy = subprocess.run([COACH, "db", "copy", "--from", DB, "--to", url, "--lang", "en"], env=env,
                                  stdout=subprocess.PIPE, text=True, check=True)
        loading = time.perf_counter() - started
        env["COACH_DB"] = url
        psql = ["psql", "-X", "-q", "-A", "-t", url]
        subprocess.run(psql + ["-c", "VACUUM ANALYZE"], check=True)
        counts = subprocess.run(psql + ["-c", "SELECT count(*) FROM cases; SELECT count(*) FROM transcript; SELECT count(*) FROM search_docs;"
                                        "SELECT pg_database_size(current_database());"], capture_output=True, text=True).stdout.split()
        timed([COACH, "report", "--month", "2026-10", "--format", "json"], env=env)  # warm the cache
        coach_ms, coach_mem, _ = median_of([COACH, "report", "--month", "2026-10", "--format", "json"], env=env)
        sql_ms, sql_mem, _ = median_of(psql, stdin=report_sql().encode(), env=env)
        print("Coach on PostgreSQL at scale (release build, this machine)")
        if direct:
            print(f"  cases and review scores loaded with psql's \\copy from {os.path.relpath(DB)} in {loading / 60:.1f} min")
        else:
            print(f"  loaded with coach db copy from {os.path.relpath(DB)} in {loading / 60:.1f} min "
                  f"({int(counts[0]) / loading:,.0f} cases/s, every chain verified after):")
            for line in copy.stdout.strip().split("\n"):
                print("    " + line)
        print(f"  database: {int(counts[0]):,} cases, {int(counts[1]):,} transcript lines, {int(counts[2]):,} searchable lines, "
              f"{int(counts[3]) / 2**20:,.0f} MiB")
        print(f"  month's report (2026-10 beside 2026-09, six-month trend), median of {RUNS} runs, whole process:")
        print(f"    coach report --format json   {coach_ms:7.1f} ms   peak {coach_mem:5.1f} MiB")
        print(f"    same aggregates in psql      {sql_ms:7.1f} ms   peak {sql_mem:5.1f} MiB")
        print(f"    ratio                        {coach_ms / sql_ms:7.2f}x   (goal: within 1.5x)")
        for term in [] if direct else ["去水渠", "漏水", "電梯", "lift"]:
            ms, mem, out = median_of([COACH, "search", term, "--limit", "20"], env=env)
            found = out.decode().count("\n  ")
            print(f"  coach search {term}  {ms:6.1f} ms  peak {mem:5.1f} MiB  ({found} lines shown)   (goal: under 100 ms)")
    finally:
        if os.environ.get("BENCH_KEEP") != "1":
            subprocess.run(["psql", "-X", "-q", server, "-c", f"DROP DATABASE {name} WITH (FORCE)"], check=False)


if __name__ == "__main__":
    sys.exit(main())
