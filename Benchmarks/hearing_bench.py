#!/usr/bin/env python3
"""How well `coach hear` hears the labelled lines of Tests/Hearing/labelled.txt: precision and
recall per speech act and overall, for the whole set and for its held-out part (written before the
recogniser was tuned), lines heard exactly right, out-of-place marks, the lines it gets wrong (-v),
and the cost of hearing one line inside the program. Prints figures; asserts nothing (HearingTests
holds the floors).

    Benchmarks/hearing_bench.py [-v] [--tune] [COACH]      (default .build/release/coach)

-v lists the lines heard wrong; --tune leaves the held-out lines out of everything printed (for use
while tuning, so that the held-out figures stay a test of lines the tuning has not seen).
"""
import os, subprocess, sys, time, json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELLED = os.path.join(ROOT, "Tests", "Hearing", "labelled.txt")
GUIDANCE = os.path.join(ROOT, "guidance")
ACTS = ["acknowledge", "empathy", "apology", "ownership", "promise", "question", "excuse", "blame", "argue",
        "pass_the_buck", "accept_gift", "decline_gift"]


def read_set():
    rows = []
    with open(LABELLED, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            split, register, context, acts, text = [p.strip() for p in line.split(" | ", 4)]
            wanted = set() if acts == "-" else {a.rstrip("!") for a in acts.split(",")}
            misplaced = set() if acts == "-" else {a.rstrip("!") for a in acts.split(",") if a.endswith("!")}
            rows.append(dict(number=number, split=split, register=register, context=context, wanted=wanted,
                             misplaced=misplaced, text=text))
    return rows


def flags(context):
    out = []
    for part in ([] if context == "-" else context.split(",")):
        key, value = part.split("=")
        if key == "gift":
            out.append("--gift-offered" if value == "yes" else "--no-gift-offered")
        elif key == "kind":
            out.append("--suggestion" if value == "suggestion" else "--no-suggestion")
    return tuple(out)


def hear(coach, rows):
    """Runs coach hear --json once per context, every line of that context on standard input."""
    by_context = {}
    for row in rows:
        by_context.setdefault(flags(row["context"]), []).append(row)
    for context, group in by_context.items():
        data = "".join(r["text"] + "\n" for r in group).encode()
        out = subprocess.run([coach, "hear", "--json", "--guidance", GUIDANCE, *context], input=data,
                             capture_output=True, check=True).stdout.decode().splitlines()
        for row, answer in zip(group, out):
            heard = json.loads(answer)
            row["heard"] = set(heard["acts"])
            row["evidence"] = heard["evidence"]
            row["out_of_place"] = set(heard["out_of_place"])


def figures(rows, title):
    print(f"-- {title}: {len(rows)} lines")
    print(f"   {'act':<14}{'precision':>10}{'recall':>8}{'lines':>7}")
    tp_all = fp_all = fn_all = 0
    for act in ACTS:
        tp = sum(1 for r in rows if act in r["wanted"] and act in r["heard"])
        fp = sum(1 for r in rows if act not in r["wanted"] and act in r["heard"])
        fn = sum(1 for r in rows if act in r["wanted"] and act not in r["heard"])
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        p = f"{tp / (tp + fp):.2f}" if tp + fp else "  - "
        rc = f"{tp / (tp + fn):.2f}" if tp + fn else "  - "
        print(f"   {act:<14}{p:>10}{rc:>8}{tp + fn:>7}")
    print(f"   {'overall':<14}{tp_all / max(1, tp_all + fp_all):>10.2f}{tp_all / max(1, tp_all + fn_all):>8.2f}"
          f"{tp_all + fn_all:>7}")
    neutral = [r for r in rows if not r["wanted"]]
    exact = sum(1 for r in rows if r["wanted"] == r["heard"])
    placed = sum(1 for r in rows if r["misplaced"] == r["out_of_place"])
    print(f"   neutral lines heard neutral: {sum(1 for r in neutral if not r['heard'])}/{len(neutral)}; "
          f"lines heard exactly right: {exact}/{len(rows)}; out-of-place marks right: {placed}/{len(rows)}")


def cost(coach, rows):
    """The time to hear one more line: all lines ten times over, less a run with one line, per line."""
    lines = "".join(r["text"] + "\n" for r in rows) * 10
    def run(data):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([coach, "hear", "--json", "--guidance", GUIDANCE], input=data.encode(), capture_output=True,
                           check=True)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        return best
    many, one = run(lines), run(rows[0]["text"] + "\n")
    count = lines.count("\n")
    print(f"-- cost: {(many - one) / (count - 1) * 1000:.3f} ms a line ({count} lines in {many:.2f} s, one line {one:.2f} s)")


def main():
    args = [a for a in sys.argv[1:] if a not in ("-v", "--tune")]
    coach = args[0] if args else os.path.join(ROOT, ".build", "release", "coach")
    rows = read_set()
    if "--tune" in sys.argv:
        rows = [r for r in rows if r["split"] != "held"]
    hear(coach, rows)
    figures(rows, "all labelled lines")
    if "--tune" not in sys.argv:
        figures([r for r in rows if r["split"] == "held"], "held-out lines (written before tuning)")
    figures([r for r in rows if r["split"] != "held"], "tuning lines")
    if "-v" in sys.argv:
        for r in rows:
            if r["wanted"] != r["heard"] or r["misplaced"] != r["out_of_place"]:
                missed, extra = sorted(r["wanted"] - r["heard"]), sorted(r["heard"] - r["wanted"])
                print(f"   line {r['number']} [{r['split']} {r['register']} {r['context']}] {r['text']}\n"
                      f"      missed {missed} extra {extra} evidence {r['evidence']} out of place {sorted(r['out_of_place'])}")
    cost(coach, rows)


main()
