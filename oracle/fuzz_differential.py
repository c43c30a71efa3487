#!/usr/bin/env python3
"""Differential fuzzing against NumPy: the fuzz corpus inputs of fuzz_bounded
and fuzz_legacy_seed, decoded into contract requests by
`nprand-fuzz-requests` (fuzz/emit_requests.c, which reads them with the fuzz
targets' own decoders), go through NumPy (nprand_oracle.execute) and through
`nprand --batch`; every difference in a value's bits or an error's text is
reported, exactly as differential.py compares.

  fuzz_differential.py --nprand build/bin/nprand \\
      --requests-from build/bin/nprand-fuzz-requests [PATH ...]

PATH: corpus folders or input files (default: corpora/fuzz/fuzz_bounded and
corpora/fuzz/fuzz_legacy_seed); the target is the folder's name, or
--target. Exit status 1 on any difference.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from differential import print_difference, run_nprand, same  # noqa: E402
from nprand_oracle import execute  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATHS = [os.path.join(ROOT, 'corpora', 'fuzz', t) for t in ('fuzz_bounded', 'fuzz_legacy_seed')]


def collect(emitter, paths, target=None):
    """The emitter's records: (inputs per target, request records, skips per
    target and reason)."""
    proc = subprocess.run([emitter] + (['--target', target] if target else []) + paths, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise SystemExit('%s exited %d: %s' % (emitter, proc.returncode, proc.stderr[-2000:]))
    inputs, requests, skips = {}, [], {}
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        target = rec['target']
        if 'request' in rec:
            requests.append(rec)
        elif 'skip' in rec:
            by_reason = skips.setdefault(target, {})
            by_reason[rec['skip']] = by_reason.get(rec['skip'], 0) + 1
        else:
            inputs[target] = inputs.get(target, 0) + 1
    return inputs, requests, skips


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--nprand', required=True, help='path of the nprand CLI')
    ap.add_argument('--requests-from', required=True, metavar='EMITTER',
                    help='path of nprand-fuzz-requests (built with nprand)')
    ap.add_argument('--target', choices=('fuzz_bounded', 'fuzz_legacy_seed'),
                    help='the target of every PATH (default: its folder name)')
    ap.add_argument('--show', type=int, default=None, help='differences to print (default: all)')
    ap.add_argument('--verbose', action='store_true', help='list skip reasons per target')
    ap.add_argument('paths', nargs='*', help='corpus folders or input files')
    args = ap.parse_args(argv)

    inputs, records, skips = collect(args.requests_from, args.paths or DEFAULT_PATHS, args.target)
    got = run_nprand(args.nprand, [r['request'] for r in records])
    stats = {t: {'requests': 0, 'raise': 0, 'diffs': 0} for t in inputs}
    diffs = 0
    for rec, g in zip(records, got):
        exp = execute.run(rec['request'])
        st = stats.setdefault(rec['target'], {'requests': 0, 'raise': 0, 'diffs': 0})
        st['requests'] += 1
        st['raise'] += 'error' in exp
        if not same(exp, g):
            st['diffs'] += 1
            diffs += 1
            if args.show is None or diffs <= args.show:
                print('DIFF %s step %s (%s)' % (rec['input'], rec.get('step'), rec.get('what')))
                print_difference(rec['request'], exp, g, limit=None)
    for target in sorted(stats):
        st = stats[target]
        n_skipped = sum(skips.get(target, {}).values())
        print('fuzz-differential %-17s %4d inputs, %5d requests (%d raise), %4d skipped, %d differences'
              % (target, inputs.get(target, 0), st['requests'], st['raise'], n_skipped, st['diffs']))
        if args.verbose:
            for reason, n in sorted(skips.get(target, {}).items()):
                print('    skipped %5d  %s' % (n, reason))
    print('fuzz-differential: %d inputs, %d requests, %d differences'
          % (sum(inputs.values()), len(records), diffs))
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
