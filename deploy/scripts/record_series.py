#!/usr/bin/env python3
"""Scrape a real run and write a promtool rule test whose input series are what it exposed.

usage: record_series.py --target JOB=URL [--target JOB=URL ...] [--label NAME=VALUE ...]
                        [--every 5] [--samples 90] [--name NAME] --out FILE

Scrapes every URL (Prometheus text format) every --every seconds, --samples times, and writes a
promtool test file (rule_files ../rules/recording.yml and ../rules/alerts.yml, as seen from
deploy/prometheus/tests/) with:
- input_series: every sample the rules can use, labelled job=JOB and instance=HOST:PORT as
  Prometheus would, and with each --label as a file_sd target's labels (host, env, run), plus up
  for each target; JVM and process families other than the ones the
  rules read are left out. Each scrape becomes one minute of test time, so a run of a few minutes
  covers the alerts' 10-15 minute windows (rates read 1/(60/every) of the real ones);
- alert_rule_test: every alert of ../rules/alerts.yml at every 10th minute, expected quiet, but
  the Watchdog, expected firing.

Regenerate after a change of the engine's metrics, then check that the test still passes:
  java -jar cli/target/wealtharena.jar train --multi-agent-port 18012 \
      --specialized-agents-port 18013 --linger 2m &
  deploy/scripts/record_series.py --target wealtharena_multi_agent_rl=http://127.0.0.1:18012/metrics \
      --target wealtharena_specialized_agents=http://127.0.0.1:18013/metrics \
      --label host=train-node-1 --label env=research --label run=recorded-default-train \
      --out deploy/prometheus/tests/recorded_train_test.yml
  promtool test rules deploy/prometheus/tests/recorded_train_test.yml
"""
import argparse
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)(\s+\d+)?$')
KEPT_RUNTIME = ("jvm_threads_deadlocked", "jvm_memory_used_bytes", "jvm_memory_max_bytes")
HERE = os.path.dirname(os.path.abspath(__file__))
ALERTS = os.path.join(HERE, "..", "prometheus", "rules", "alerts.yml")


def scrape(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def wanted(name):
    if name.startswith(("jvm_", "process_")):
        return name.startswith(KEPT_RUNTIME)
    return True


def series_key(job, instance, topology, name, labels):
    inner = labels[1:-1] if labels else ""
    target = f'job="{job}",instance="{instance}"' + "".join(f',{k}="{v}"' for k, v in topology)
    return name + "{" + target + ("," + inner if inner else "") + "}"


def encode(values):
    """promtool's expanding notation: runs of equal values as 'vxN' (N repeats after the first)."""
    parts, i = [], 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        v = values[i]
        if j == i:
            parts.append(v)
        else:
            # 'vxN' is N + 1 samples of v, but '_xN' is N gaps
            parts.append(f"_x{j - i + 1}" if v == "_" else f"{v}x{j - i}")
        i = j + 1
    return " ".join(parts)


def alert_names():
    names = re.findall(r"^\s*- alert:\s*(\S+)", open(ALERTS).read(), re.M)
    if not names:
        sys.exit(f"no alerts found in {ALERTS}")
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", action="append", required=True, help="JOB=URL")
    parser.add_argument("--label", action="append", default=[],
                        help="NAME=VALUE added to every series, as a file_sd target's labels")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between scrapes")
    parser.add_argument("--samples", type=int, default=90)
    parser.add_argument("--name", default="a recorded default train run fires nothing but the Watchdog")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    targets = []
    for t in args.target:
        job, _, url = t.partition("=")
        if not job or not url:
            sys.exit(f"--target: expected JOB=URL, got {t!r}")
        targets.append((job, urllib.parse.urlparse(url).netloc, url))
    topology = []
    for label in args.label:
        name, _, value = label.partition("=")
        if not re.fullmatch(r"[a-zA-Z_][a-zA-Z0-9_]*", name) or not value:
            sys.exit(f"--label: expected NAME=VALUE, got {label!r}")
        topology.append((name, value))

    history = {}  # series -> list of values ("_" where absent)
    for n in range(args.samples):
        started = time.monotonic()
        for job, instance, url in targets:
            try:
                text = scrape(url)
                up = "1"
            except OSError as e:
                print(f"scrape {n} of {url} failed: {e}", file=sys.stderr)
                text, up = "", "0"
            seen = {series_key(job, instance, topology, "up", None): up}
            for line in text.splitlines():
                if line.startswith("#") or not line.strip():
                    continue
                m = SAMPLE.match(line)
                if m and wanted(m.group(1)):
                    seen[series_key(job, instance, topology, m.group(1), m.group(2))] = m.group(3)
            for key, value in seen.items():
                history.setdefault(key, ["_"] * n).append(value)
            for key, values in history.items():
                if len(values) < n + 1:
                    values.append("_")
        time.sleep(max(0.0, args.every - (time.monotonic() - started)))

    minutes = args.samples - 1
    out = [
        "# Written by deploy/scripts/record_series.py from a real run; do not edit by hand.",
        f"# {len(targets)} targets scraped every {args.every:g} s, {args.samples} times; each scrape",
        "# is one minute of test time.",
        "",
        "rule_files:",
        "  - ../rules/recording.yml",
        "  - ../rules/alerts.yml",
        "",
        "evaluation_interval: 1m",
        "",
        "tests:",
        f"  - name: {json.dumps(args.name)}",
        "    interval: 1m",
        "    input_series:",
    ]
    for key in sorted(history):
        out.append(f"      - series: {json.dumps(key)}")
        out.append(f"        values: '{encode(history[key])}'")
    out.append("    alert_rule_test:")
    for minute in range(10, minutes + 1, 10):
        for alert in alert_names():
            out.append(f"      - eval_time: {minute}m")
            out.append(f"        alertname: {alert}")
            if alert == "WealthArenaWatchdog":
                out.append("        exp_alerts:")
                out.append("          - exp_labels:")
                out.append("              severity: none")
                out.append("            exp_annotations:")
                out.append('              summary: "Alerting pipeline heartbeat"')
                out.append("              description: \"Always firing. Route it to a dead man's switch; its absence means alerts cannot arrive.\"")
                out.append('              runbook_url: "https://github.com/wealtharena/wealtharena-agents/blob/main/docs/runbooks.md#wealtharenawatchdog"')
            else:
                out.append("        exp_alerts: []")
    with open(args.out, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {args.out}: {len(history)} series, {args.samples} samples each", file=sys.stderr)


if __name__ == "__main__":
    main()
