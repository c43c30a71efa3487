#!/usr/bin/env python3
"""Drift check: regenerates the committed oracle corpus with the live oracle
and reports every file that differs, so a committed file can never silently
disagree with NumPy/CPython (or with the case table)."""
import argparse
import filecmp
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import generate  # noqa: E402
from nprand_oracle import cases  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--corpus', default='corpora/oracle')
    ap.add_argument('--seeds', type=int, default=1000, help='seeds per case the corpus was written with')
    ap.add_argument('--family', action='append',
                    help='only these families (default: all but the pyodide ones, python-3.12 ... python-3.14)')
    args = ap.parse_args(argv)
    families = args.family or [f for f in cases.CASES if f not in cases.PYTHON_VERSIONS]
    with tempfile.TemporaryDirectory(prefix='nprand-drift-') as tmp:
        generate.main(['--out', tmp, '--seeds', str(args.seeds), '--quiet'] +
                      [x for f in families for x in ('--family', f)])
        fresh = {os.path.relpath(os.path.join(d, f), tmp)
                 for d, _, fs in os.walk(tmp) for f in fs}
        committed = {os.path.relpath(os.path.join(d, f), args.corpus)
                     for d, _, fs in os.walk(args.corpus) for f in fs}
        committed = {rel for rel in committed if rel.split(os.sep)[0] in families}
        problems = []
        for rel in sorted(fresh - committed):
            problems.append('missing from the corpus: %s (run oracle/generate.py --out %s)' % (rel, args.corpus))
        for rel in sorted(committed - fresh):
            problems.append('in the corpus but not in the case table: %s' % rel)
        for rel in sorted(fresh & committed):
            if not filecmp.cmp(os.path.join(tmp, rel), os.path.join(args.corpus, rel), shallow=False):
                problems.append('differs from a fresh regeneration: %s' % rel)
    for p in problems:
        print('DRIFT ' + p)
    print('drift check: %d files compared, %d problems' % (len(fresh | committed), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
