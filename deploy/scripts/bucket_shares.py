#!/usr/bin/env python3
"""Share of each latency histogram's observations in its first bucket and in its fullest bucket.

usage: bucket_shares.py URL_OR_FILE... [--max-share 0.5]

Reads Prometheus text exposition (scraped from a URL or read from a file), sums every *_seconds
histogram over its label sets, and prints one row per family: observations, share in the first
bucket, share in the fullest bucket and that bucket's bounds. Exits 1 when a family with
observations has more than --max-share of them in its first bucket or in any one bucket, so the
quantiles computed from it would be interpolation artefacts.
"""
import re
import sys
import urllib.request
from collections import defaultdict

BUCKET = re.compile(r'^(\w+_seconds)_bucket\{(.*)\} (\S+)')
LE = re.compile(r'(?:^|,)le="([^"]+)"')


def text(source):
    if source.startswith("http://") or source.startswith("https://"):
        with urllib.request.urlopen(source, timeout=10) as response:
            return response.read().decode()
    with open(source) as f:
        return f.read()


def cumulative_buckets(sources):
    """family -> {upper bound -> cumulative count summed over label sets}"""
    families = defaultdict(lambda: defaultdict(float))
    for source in sources:
        for line in text(source).splitlines():
            m = BUCKET.match(line)
            if m:
                le = LE.search(m.group(2)).group(1)
                families[m.group(1)][float(le)] += float(m.group(3))
    return families


def shares(cumulative):
    bounds = sorted(cumulative)
    total = cumulative[bounds[-1]]
    counts, previous = [], 0.0
    for b in bounds:
        counts.append(cumulative[b] - previous)
        previous = cumulative[b]
    fullest = max(range(len(counts)), key=lambda i: counts[i])
    low = bounds[fullest - 1] if fullest > 0 else 0.0
    return total, counts[0] / total, counts[fullest] / total, (low, bounds[fullest])


def main(argv):
    max_share = 0.5
    if "--max-share" in argv:
        i = argv.index("--max-share")
        max_share = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    worst_ok = True
    print(f"{'histogram':48} {'count':>10} {'first':>7} {'fullest':>8}  fullest bucket (s)")
    for family, cumulative in sorted(cumulative_buckets(argv).items()):
        total = cumulative[max(cumulative)]
        if total == 0:
            print(f"{family:48} {0:>10}       -        -  (no observations)")
            continue
        total, first, fullest, (low, high) = shares(cumulative)
        flag = "" if first <= max_share and fullest <= max_share else "  <-- over " + str(max_share)
        worst_ok = worst_ok and not flag
        print(f"{family:48} {int(total):>10} {first:>7.1%} {fullest:>8.1%}  ({low:g}, {high:g}]{flag}")
    return 0 if worst_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
