#!/usr/bin/env python3
"""Writes oracle files: one per case of the case table, for many seeds.

  generate.py --out corpora/oracle                 # the committed corpus
  generate.py --out build/oracle-live --stream live --seeds 10000
  generate.py --out corpora/oracle --family python-3.13   # CPython 3.13 through pyodide

Needs NumPy 1.24 (Debian's python3-numpy) and CPython 3.11 for the python
family; ci/find-python.sh finds an interpreter that has them."""
import argparse
import fnmatch
import multiprocessing
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nprand_oracle import cases, oracle_file, progress, pyfamily, pyodide, seeds  # noqa: E402


def _one(job):
    case, seed_list, full, path, seed_list_text = job
    start = time.time()
    oracle_file.write_atomic(path, oracle_file.render(case, seed_list, full, seed_list_text))
    return case.family, case.name, len(seed_list), time.time() - start


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', required=True, help='folder to write <family>/<case>.jsonl into')
    ap.add_argument('--family', action='append', help='only these families (default: all)')
    ap.add_argument('--case', default='*', help='only cases whose name matches this glob')
    ap.add_argument('--seeds', type=int, default=1000, help='seeds per case (default 1000)')
    ap.add_argument('--stream', choices=sorted(seeds.STREAMS), default='committed',
                    help='which deterministic seed stream (committed corpus or live mode)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--quiet', action='store_true', help='no line per case')
    ap.add_argument('--progress', choices=progress.MODES, default='auto',
                    help='cases done, rate, time left on stderr (auto: in place on a terminal, '
                         'a line every 30 s in CI or off a terminal)')
    args = ap.parse_args(argv)

    # CPython 3.12+ (pyodide) only when named: they need Node and npm
    families = args.family or sorted(f for f in cases.CASES if f not in cases.PYTHON_VERSIONS)
    jobs = []
    for fam in families:
        if fam not in cases.CASES:
            ap.error('unknown family %r (known: %s)' % (fam, ', '.join(sorted(cases.CASES))))
        if fam in cases.PYTHON_VERSIONS:
            _version_family(args, fam)
            continue
        seed_list = seeds.seeds_for(fam, args.seeds, args.stream)
        seed_list_text = oracle_file.render_seed_list(seed_list)
        oracle_file.write_atomic(os.path.join(args.out, fam, oracle_file.SEED_LIST), seed_list_text)
        for case in cases.CASES[fam]:
            if fnmatch.fnmatch(case.name, args.case):
                path = os.path.join(args.out, fam, case.name + '.jsonl')
                case_seeds = seed_list[:case.max_seeds] if case.max_seeds else seed_list
                jobs.append((case, case_seeds, seeds.FULL_COUNT[fam], path, seed_list_text))
    start = time.time()
    shown = progress.Progress('oracle', 'cases', len(jobs), sum(len(job[1]) for job in jobs), args.progress)
    seeds_done = 0

    def finished(k, fam, name, n, secs):
        nonlocal seeds_done
        seeds_done += n
        shown.hide()
        if not args.quiet:
            print('%-14s %-40s %6d seeds %6.1fs' % (fam, name, n, secs), flush=True)
        shown.update(k, seeds_done)

    if args.jobs > 1 and len(jobs) > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            done = pool.imap_unordered(_one, jobs)
            for k, (fam, name, n, secs) in enumerate(done, 1):
                finished(k, fam, name, n, secs)
    else:
        for k, job in enumerate(jobs, 1):
            finished(k, *_one(job))
    shown.end()
    print('wrote %d oracle files to %s in %.1fs' % (len(jobs), args.out, time.time() - start))
    return 0


def _version_family(args, fam):
    """One python-3.1x folder: every case's requests in one pyodide batch
    (Node starts once), glibc floats merged in (pyodide.best_of)."""
    version = cases.PYTHON_VERSIONS[fam]
    start = time.time()
    seed_list = seeds.seeds_for(fam, args.seeds, args.stream)
    seed_list_text = oracle_file.render_seed_list(seed_list)
    chosen = [c for c in cases.CASES[fam] if fnmatch.fnmatch(c.name, args.case)]
    requests = [dict(c.request, seed=s) for c in chosen for s in seed_list]
    replies, n_libm = pyodide.run_versions(requests)
    interpreter = pyodide.interpreter_version(version)
    header = {'python': interpreter, 'libm': 'glibc floats via random.py %s hosted on %s' % (version, pyfamily.RUNNING)}
    oracle_file.write_atomic(os.path.join(args.out, fam, oracle_file.SEED_LIST), seed_list_text)
    for k, case in enumerate(chosen):
        part = replies[k * len(seed_list):(k + 1) * len(seed_list)]
        path = os.path.join(args.out, fam, case.name + '.jsonl')
        oracle_file.write_atomic(path, oracle_file.render(case, seed_list, seeds.FULL_COUNT[fam], seed_list_text,
                                                          replies=part, versions=header))
        if not args.quiet:
            print('%-14s %-40s %6d seeds' % (fam, case.name, len(seed_list)), flush=True)
    print('wrote %d oracle files to %s in %.1fs (CPython %s in pyodide; %d replies took glibc floats)'
          % (len(chosen), os.path.join(args.out, fam), time.time() - start, interpreter, n_libm))


if __name__ == '__main__':
    sys.exit(main())
