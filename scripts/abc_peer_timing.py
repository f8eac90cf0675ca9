"""Times abcvoting on .abc.yaml instances (run by scripts/bench-decide-abc in a throwaway
venv). For every compute entry with a recorded result it calls abcrules.compute the way
abcvoting's own test does and records the time (entries under 50 ms: fastest of 5 runs)
and the committees it returns.

Usage: python abc_peer_timing.py OUT.json SKIP_RULES FILE...
"""
import json
import sys
import time

from abcvoting import abcrules, fileio

out_path, skip = sys.argv[1], set(filter(None, sys.argv[2].split(",")))
entries = []
for path in sys.argv[3:]:
    profile, k, compute_instances, _ = fileio.read_abcvoting_yaml_file(path)
    for ci in compute_instances:
        if ci["result"] is None or ci["rule_id"] in skip:
            continue
        start = time.perf_counter()
        got = abcrules.compute(ci["rule_id"], profile, k, resolute=ci["resolute"])
        took = time.perf_counter() - start
        # Fast entries are timed as the fastest of 5 runs, like ours, so that scheduler
        # noise on a shared machine does not decide the ratio.
        if took < 0.05:
            for _ in range(4):
                start = time.perf_counter()
                abcrules.compute(ci["rule_id"], profile, k, resolute=ci["resolute"])
                took = min(took, time.perf_counter() - start)
        entries.append(
            {
                "file": path,
                "rule_id": ci["rule_id"],
                "resolute": ci["resolute"],
                "seconds": took,
                "committees": sorted(sorted(int(c) for c in comm) for comm in got),
            }
        )
with open(out_path, "w") as f:
    json.dump({"abcvoting": abcrules.__name__, "entries": entries}, f)
