#!/usr/bin/env python3
"""Differential test: random requests (random seeds, methods, parameters,
edge ranges and invalid arguments, none of them from the committed corpus)
go through NumPy/CPython and through `nprand --batch`; every difference in a
value's bits or in an error's text is reported.

  differential.py --nprand build/bin/nprand --count 2000 [--family legacy] [--seed S]
  differential.py --nprand build/bin/nprand --requests FILE.jsonl   # replay given requests
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nprand_oracle import pyodide, random_requests, tokens  # noqa: E402
from nprand_oracle import execute  # noqa: E402,F401  (json_value below)


def run_nprand(binary, requests):
    text = ''.join(json.dumps(r) + '\n' for r in requests)
    proc = subprocess.run([binary, '--batch'], input=text, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise SystemExit('nprand --batch exited %d: %s' % (proc.returncode, proc.stderr[-2000:]))
    lines = proc.stdout.splitlines()
    if len(lines) != len(requests):
        raise SystemExit('nprand --batch answered %d lines for %d requests' % (len(lines), len(requests)))
    return [json.loads(line) for line in lines]


def same(expected, got):
    """Compares the oracle's reply with nprand's JSON reply bit for bit."""
    if expected.get('error') != got.get('error'):
        return False
    if (expected.get('warnings') or []) != (got.get('warnings') or []):
        return False
    exp_results = expected.get('results')
    got_results = got.get('results')
    if (exp_results is None) != (got_results is None):
        return False
    if exp_results is None:
        return True
    if len(exp_results) != len(got_results):
        return False
    for exp_vals, got_vals in zip(exp_results, got_results):
        if len(exp_vals) != len(got_vals):
            return False
        for e, g in zip(exp_vals, got_vals):
            g = json_value(e, g)
            # JSON carries NaN as the string "nan": its sign and payload are
            # not in the contract's reply (the oracle files compare them).
            if isinstance(e, float) and isinstance(g, float) and math.isnan(e) and math.isnan(g):
                continue
            if tokens.token(e) != tokens.token(g):
                return False
    return True


def json_value(expected, got):
    """nprand's JSON value as the Python type the oracle produced: floats come
    back as ints when integral in JSON, non-finite floats as strings, bytes
    as hex."""
    if isinstance(expected, float):
        if isinstance(got, str):
            return execute.NONFINITE.get(got, got)
        return float(got) if isinstance(got, (int, float)) and not isinstance(got, bool) else got
    if isinstance(expected, (bytes, bytearray)) and isinstance(got, str):
        try:
            return bytes.fromhex(got)
        except ValueError:
            return got
    return got


def print_difference(request, expected, got, limit=1500, out=None):
    """Prints a request with the oracle's reply (values as exact tokens) and
    nprand's reply, each cut to limit characters (None: whole)."""
    out = out or sys.stdout
    oracle = json.dumps({k: [[tokens.token(v) for v in vs] for vs in expected[k]] if k == 'results' else expected[k]
                         for k in expected})
    reply = json.dumps(got)
    print('DIFF request: %s' % json.dumps(request), file=out)
    print('     oracle:  %s' % oracle[:limit], file=out)
    print('     nprand:  %s' % reply[:limit], file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--nprand', required=True, help='path of the nprand CLI')
    ap.add_argument('--count', type=int, default=2000, help='random requests per family')
    ap.add_argument('--family', action='append', help='only these families')
    ap.add_argument('--seed', type=int, default=None, help='seed of the request generator (default: random)')
    ap.add_argument('--python', action='append', choices=random_requests.PYTHON_VERSIONS,
                    help='python family: requests for this CPython (3.12+ run in pyodide; default 3.11)')
    ap.add_argument('--requests', help='replay the requests of this JSONL file instead')
    ap.add_argument('--show', type=int, default=10, help='differences to print')
    ap.add_argument('--method', choices=['multivariate_normal'],
                    help='only requests of this method (covariances of every kind, every option)')
    args = ap.parse_args(argv)

    # An nprand built without nprand::linalg answers multivariate_normal with
    # NotImplementedError: then no random request calls it.
    probe = run_nprand(args.nprand, [{'family': 'legacy', 'seed': 0, 'calls': [
        {'method': 'multivariate_normal', 'args': [[0.0], [[1.0]]]}]}])[0]
    random_requests.MVN = not str(probe.get('error', '')).startswith('NotImplementedError')
    if args.method and not random_requests.MVN:
        print('differential: %s needs nprand::linalg, which this nprand lacks: skipped' % args.method)
        return 0

    if args.requests:
        with open(args.requests) as f:
            requests = [json.loads(line) for line in f if line.strip()]
        label = args.requests
    else:
        gen_seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
        families = args.family or sorted(random_requests.GENERATORS)
        rng = random.Random(gen_seed)
        requests = []
        for fam in families:
            if fam == 'python' and args.python:
                for version in args.python:
                    make = random_requests.python_request_for(version)
                    requests += [make(rng) for _ in range(args.count)]
                continue
            if args.method == 'multivariate_normal':
                if fam in ('legacy', 'mt19937', 'pcg64', 'pcg64dxsm', 'philox', 'sfc64'):
                    make = random_requests.mvn_request_for(fam)
                    requests += [make(rng) for _ in range(args.count)]
                continue
            requests += [random_requests.GENERATORS[fam](rng) for _ in range(args.count)]
        label = 'generator seed %d' % gen_seed
    got = run_nprand(args.nprand, requests)
    expected, n_libm = pyodide.run_versions(requests)
    diffs = 0
    by_family = {}
    for req, g, exp in zip(requests, got, expected):
        fam = req.get('family', '?')
        if fam == 'python' and isinstance(req, dict) and req.get('python'):
            fam = 'python-' + req['python']
        stats = by_family.setdefault(fam, [0, 0, 0])
        stats[0] += 1
        stats[2] += 'error' in exp
        if not same(exp, g):
            stats[1] += 1
            diffs += 1
            if diffs <= args.show:
                print_difference(req, exp, g)
    for fam, (n, bad, errs) in sorted(by_family.items()):
        print('differential %-14s %6d requests (%d raise), %d differences' % (fam, n, errs, bad))
    if n_libm:
        print('differential: %d replies of CPython 3.12+ differ from pyodide only in float bits (musl libm); '
              'they were compared with that version\'s random.py on this machine\'s glibc' % n_libm)
    print('differential (%s): %d requests, %d differences' % (label, len(requests), diffs))
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
