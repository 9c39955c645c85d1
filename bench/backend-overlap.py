#!/usr/bin/env python3
"""Result overlap between two running Muragat servers (e.g. the embedded and the SolrCloud backend).

    python3 bench/backend-overlap.py QUERIES URL_A URL_B [--k 10] [--syntax simple] [--show N]

QUERIES is a queries.jsonl (one {"qid", "q", "kind"?} per line, as ../shared/eval/retrieval/queries.jsonl)
or a text file with one query per line. Each query is sent to both servers' /api/search (size=K);
prints overlap@K (shared ids among the top K / the longer of the two lists, averaged over queries
that found anything on either side), the share of queries whose top K is identical in order, and
overlap@K per query kind, and each server's latency (p50/p95 of the whole request, one query at a
time, the two servers alternating). Standard library only.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                d = json.loads(line)
                out.append((d.get("qid", str(i)), d.get("kind", "-"), d["q"]))
            else:
                out.append((str(i), "-", line))
    return out


LATENCY = defaultdict(list)
ERRORS = defaultdict(list)


def top(url, q, k, syntax):
    params = urllib.parse.urlencode({"q": q, "size": k, "syntax": syntax})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/api/search?{params}", timeout=60) as r:
            body = json.load(r)
    except urllib.error.HTTPError as e:
        ERRORS[url].append(f"{q!r}: {e.code} {e.read().decode('utf-8', 'replace')[:200]}")
        return [], -1
    LATENCY[url].append((time.perf_counter() - t0) * 1000)
    return [h["id"] for h in body["hits"]], body["total"]


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(p / 100 * len(v)))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("queries")
    ap.add_argument("url_a")
    ap.add_argument("url_b")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--syntax", default="simple")
    ap.add_argument("--show", type=int, default=5, help="print up to N queries whose top K differ")
    a = ap.parse_args()
    overlaps, same, by_kind, shown, totals_equal, n_all = [], 0, defaultdict(list), 0, 0, 0
    for qid, kind, q in load(a.queries):
        ta, na = top(a.url_a, q, a.k, a.syntax)
        tb, nb = top(a.url_b, q, a.k, a.syntax)
        n_all += 1
        totals_equal += na == nb
        if not ta and not tb:
            continue
        o = len(set(ta) & set(tb)) / max(len(ta), len(tb))
        overlaps.append(o)
        by_kind[kind].append(o)
        if ta == tb:
            same += 1
        elif shown < a.show:
            shown += 1
            print(f"differs: {qid} {q!r}\n  A {ta}\n  B {tb}", file=sys.stderr)
    if not overlaps:
        print("no query found anything on either server")
        return 1
    print(f"queries: {n_all} ({len(overlaps)} with hits); overlap@{a.k}: {sum(overlaps) / len(overlaps):.3f}; "
          f"identical top {a.k} in order: {same / len(overlaps):.3f}; equal totals: {totals_equal / n_all:.3f}")
    for name, url in (("A", a.url_a), ("B", a.url_b)):
        if ERRORS[url]:
            print(f"  errors {name} {url}: {len(ERRORS[url])}, e.g. " + "; ".join(ERRORS[url][:3]))
        v = LATENCY[url]
        print(f"  latency {name} {url}: p50 {pct(v, 50):.1f} ms  p95 {pct(v, 95):.1f} ms  ({len(v)} queries)")
    if len(by_kind) > 1:
        for kind, v in sorted(by_kind.items()):
            print(f"  {kind}: overlap@{a.k} {sum(v) / len(v):.3f} ({len(v)} queries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
