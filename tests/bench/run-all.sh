#!/bin/bash
# Builds the release benchmarks, runs them one after the other (nothing else should run meanwhile: the figures are
# times on this machine's cores) and prints one table: each figure, its goal, the ratio to the goal, and the machine.
# The README's figures come from it.
#   tests/bench/run-all.sh                  the figures of the issues, and the growth at 100k and 1M
#   tests/bench/run-all.sh --ten-million    the same, and a group of 10,000,000 contacts and a report of
#                                           10,000,000 events (about 10 more minutes, 2 GB of scratch files)
set -euo pipefail
cd "$(dirname "$0")/../.."
tenMillion=0
[ "${1:-}" = "--ten-million" ] && tenMillion=1

export CCACHE_BASEDIR="$PWD"
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
bench=build/release/tests/bench
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen TMPDIR="$out"
export QT_LOGGING_RULES="cm.*.info=false;cm.*.debug=false"

run() { # NAME COMMAND…: its output kept for the table
    local name=$1
    shift
    echo "running $name…" >&2
    if ! "$@" >"$out/$name.txt" 2>&1; then
        echo "$name failed:" >&2
        tail -20 "$out/$name.txt" >&2
        exit 1
    fi
}
run import "$bench/bench_import"
run dispatch "$bench/bench_dispatch"
run startup "$bench/bench_startup"
run browse-100k "$bench/bench_browse" 100000
run browse-1m "$bench/bench_browse" 1000000
run reports-100k "$bench/bench_reports" 25000
run reports-1m "$bench/bench_reports" 250000
run segments-1m "$bench/bench_segments" 1000000
run series-100k "$bench/bench_series" 100000
run localtime-1m "$bench/bench_localtime" 1000000
if [ "$tenMillion" = 1 ]; then
    run browse-10m "$bench/bench_browse" 10000000
    run reports-10m "$bench/bench_reports" 2500000
fi

python3 - "$out" <<'PY'
import os, platform, re, sys
out = sys.argv[1]
def text(name):
    path = os.path.join(out, name + ".txt")
    return open(path, encoding="utf-8").read() if os.path.exists(path) else ""
def num(name, pattern, group=1):
    m = re.search(pattern, text(name))
    return float(m.group(group)) if m else None
rows = []  # what, figure, unit, goal, lower is better
def row(what, value, unit, goal):
    rows.append((what, value, unit, goal))

ref = num("import", r"sqlite3 \.import[^:]*:\s+([\d.]+) s")
imp = num("import", r"Campaign Manager import[^:]*:\s+([\d.]+) s")
row("import 1M contacts: seconds (sqlite3 .import: %.2f s)" % (ref or 0), imp, "s", None)
row("import 1M contacts: ratio to sqlite3 .import", imp / ref if imp and ref else None, "x", 1.5)
row("import 1M contacts: peak memory", num("import", r"peak memory: ([\d.]+) MB"), "MB", 200)
for label, key in (("Sandbox", r"Sandbox \(in process\)"), ("Outbox fake", r"Outbox fake")):
    m = re.search(key + r".*?the whole run: ([\d.]+) us a recipient of time, ([\d.]+) us of the app's CPU",
                  text("dispatch"), re.S)
    row("send 100,000 SMS to the %s: the app's CPU a recipient" % label, float(m.group(2)) if m else None, "µs", 20)
    m = re.search(key + r".*?peak memory during the run: ([\d.]+) MB", text("dispatch"), re.S)
    row("send 100,000 SMS to the %s: peak memory" % label, float(m.group(1)) if m else None, "MB", 150)
app = num("startup", r"Campaign Manager \(demo\):\s+([\d.]+) ms")
table = num("startup", r"label and table:\s+([\d.]+) ms")
empty = num("startup", r"minimal Qt Widgets window:\s+([\d.]+) ms")
row("start-up to first paint (window with a table: %.1f ms)" % (table or 0), app, "ms", None)
row("start-up: ratio to a window with a table and a label", app / table if app and table else None, "x", 1.5)
row("start-up: ratio to an empty window (%.1f ms)" % (empty or 0), app / empty if app and empty else None, "x", None)
row("start-up: memory", num("startup", r"Campaign Manager \(demo\):.*?([\d.]+) MB RSS"), "MB", 80)
for size in ("100k", "1m", "10m"):
    name = "browse-" + size
    if not text(name):
        continue
    label = {"100k": "100,000", "1m": "1,000,000", "10m": "10,000,000"}[size]
    row("group of %s: first rows painted" % label, num(name, r"first rows painted after opening:\s+([\d.]+) ms"), "ms", 50)
    row("group of %s: jump to the end, painted" % label, num(name, r"jump to the last row, painted:\s+([\d.]+) ms"), "ms", 50)
    searches = [float(v) for v in re.findall(r"search,\s+\d+ matches, painted:\s+([\d.]+) ms", text(name))]
    row("group of %s: search, painted (slowest of two)" % label, max(searches) if searches else None, "ms",
        300 if size == "10m" else 200)
    row("group of %s: memory of the open group" % label, num(name, r"memory of the open group:\s+([\d.]+) MB"), "MB", 200)
    m = re.search(r"import: ([\d.]+) s; export: ([\d.]+) s", text(name))
    row("group of %s: import / export" % label, float(m.group(1)) if m else None, "s", None)
for size, goal in (("100k", None), ("1m", 100), ("10m", 1000)):
    name = "reports-" + size
    if not text(name):
        continue
    label = {"100k": "100,000", "1m": "1,000,000", "10m": "10,000,000"}[size]
    row("report of %s events: aggregation" % label, num(name, r"aggregation \(every counter\)\s+([\d.]+) ms"), "ms", goal)
    row("report of %s events: table opened, painted" % label,
        num(name, r"per-recipient table opened, painted\s+([\d.]+) ms"), "ms", 100)
    filters = [float(v) for v in re.findall(r"filter: [^\n]*?\s([\d.]+) ms", text(name))]
    row("report of %s events: table filtered (slowest of four)" % label, max(filters) if filters else None, "ms", 200)

for label, goal in (("a field", 500), ("fields, a custom one, a list", 500),
                    ("a custom field compared as a number", 500), ("engagement: opened a campaign", 1000),
                    ("fields and not opened", 1000)):
    m = re.search(r"count, %s\s+\d+ contacts\s+([\d.]+) ms" % re.escape(label), text("segments-1m"))
    row("segment of 1,000,000 contacts, count: %s" % label, float(m.group(1)) if m else None, "ms", goal)
row("series of 100,000 contacts: run-due finds the due ones",
    num("series-100k", r"run-due's finding, in all\s+([\d.]+) ms"), "ms", 200)
row("series of 100,000 contacts: the whole group looked at again (hourly)",
    num("series-100k", r"the whole group again \(hourly\)\s+([\d.]+) ms"), "ms", None)
row("local time over 1,000,000 recipients: zones and release times added to the snapshot",
    num("localtime-1m", r"zones and release times, added\s+([\d.]+) ms"), "ms", None)
row("A/B test: seeded draw of 2 x 10% of 1,000,000",
    num("localtime-1m", r"A/B draw of 2 x 10%\s+([\d.]+) ms"), "ms", None)

cpu = ""
try:
    cpu = [l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")][0]
except Exception:
    pass
mem = ""
try:
    mem = "%.0f GB" % (int(open("/proc/meminfo").readline().split()[1]) / 1048576)
except Exception:
    pass
print("machine: %s, %d cores, %s, %s" % (cpu, os.cpu_count(), mem, platform.platform()))
print()
print("| what | figure | goal | ratio to the goal |")
print("|---|---|---|---|")
missed = 0
for what, value, unit, goal in rows:
    fig = "—" if value is None else ("%.2f %s" % (value, unit) if value < 10 else "%.1f %s" % (value, unit))
    if goal is None:
        print("| %s | %s | — | — |" % (what, fig))
        continue
    ratio = value / goal if value is not None else None
    met = ratio is not None and ratio <= 1
    missed += 0 if met else 1
    print("| %s | %s | ≤ %g %s | %s%s |" % (what, fig, goal, unit, "—" if ratio is None else "%.2f" % ratio,
                                          "" if met else " (missed)"))
print()
print("%d goal(s) missed" % missed)
PY
