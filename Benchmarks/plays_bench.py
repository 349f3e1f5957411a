"""How well the scorecard tells handling apart: every shipped scenario's own plays (model, poor,
Enter only, phrase spam), each played by `coach train ID --play NAME --json`, with the caller's
mood from start to end; then the lowest and highest total of each kind against the bar it must
meet. Usage: python3 Benchmarks/plays_bench.py COACH_BINARY"""
import glob
import json
import os
import subprocess
import sys

BARS = {"model": "≥ 90, calmer", "poor": "< 50, angrier", "enter": "< 40", "spam": "< 60"}


def main():
    binary = sys.argv[1]
    scenarios = sorted(os.path.basename(p)[:-5] for p in glob.glob("guidance/scenarios/*.yaml"))
    totals = {name: [] for name in BARS}
    print("%-28s %s" % ("scenario", "   ".join("%-14s" % name for name in BARS)))
    for scenario in scenarios:
        cells = []
        for name in BARS:
            run = subprocess.run([binary, "train", scenario, "--play", name, "--json"], capture_output=True, text=True)
            if run.returncode != 0:
                cells.append("%-14s" % "(no play)")
                continue
            card = json.loads(run.stdout)
            totals[name].append(card["total"])
            cells.append("%-14s" % ("%3d %s→%s" % (card["total"], card["mood"]["start"][:6], card["mood"]["end"][:6])))
        print("%-28s %s" % (scenario, "   ".join(cells)))
    print()
    for name, bar in BARS.items():
        if totals[name]:
            print("%-6s %2d scenarios: %3d–%3d   (bar: %s)" % (name, len(totals[name]), min(totals[name]), max(totals[name]), bar))


main()
