"""CPython 3.12, 3.13 and 3.14 as oracles, through pyodide in Node.

The pyodide npm packages (installed by ci/pyodide.sh into build/pyodide, or
where NPRAND_PYODIDE_DIR points) each carry one CPython compiled to
WebAssembly with its standard library, and run offline.
oracle/pyodide_runner.mjs feeds them requests; this module turns the replies
back into the Python values execute.run returns, so callers cannot tell
the interpreters apart.

pyodide is CPython on musl's libm: exp, log, pow, cos, acos there may differ
from glibc's in the last bit, so a float of lognormvariate & co. from pyodide
is not what the same CPython gives on Linux. run_hosted covers that: it runs
the version's own Lib/random.py (read from the pyodide package) on this
machine's CPython 3.11 and glibc. Its floats are the Linux CPython's; its
C-level behaviour (argument conversion in getrandbits, error texts of the
math module and of float division) is 3.11's. best_of merges the two: the
hosted floats, pyodide's error text."""
import json
import os
import shutil
import struct
import subprocess

from . import pyfamily

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUNNER = os.path.join(ROOT, 'oracle', 'pyodide_runner.mjs')

# CPython version -> the npm package that ships it (ci/pyodide.sh installs
# each under this alias).
PACKAGES = {'3.12': 'pyodide-0.27', '3.13': 'pyodide-0.29', '3.14': 'pyodide-314'}


class Unavailable(Exception):
    """Node or the pyodide package for a version is missing."""


def package_dir(version):
    base = os.environ.get('NPRAND_PYODIDE_DIR') or os.path.join(ROOT, 'build', 'pyodide')
    if version not in PACKAGES:
        raise Unavailable('no pyodide package is known for Python %s (known: %s)'
                          % (version, ', '.join(sorted(PACKAGES))))
    path = os.path.join(base, 'node_modules', PACKAGES[version])
    if shutil.which('node') is None:
        raise Unavailable('node is not installed')
    if not os.path.isfile(os.path.join(path, 'pyodide.mjs')):
        raise Unavailable('%s is missing (run ci/pyodide.sh --install)' % path)
    return path


def available(version):
    try:
        package_dir(version)
        return True
    except Unavailable:
        return False


def interpreter_version(version):
    """The full CPython version inside the pyodide package ("3.13.2")."""
    proc = subprocess.run(['node', RUNNER, package_dir(version), '--version'], capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        raise RuntimeError('pyodide runner (Python %s) failed: %s' % (version, proc.stderr[-2000:]))
    return proc.stdout.strip()


def value(tok):
    kind, text = tok[:2], tok[2:]
    if kind == 'i:':
        return int(text)
    if kind == 'f:':
        return struct.unpack('<d', struct.pack('<Q', int(text, 16)))[0]
    if kind == 'b:':
        return text == '1'
    if kind == 'x:':
        return bytes.fromhex(text)
    if kind == 's:':
        return text
    raise ValueError('bad token %r' % tok)


def run_requests(version, requests):
    """Replies of CPython `version` (in pyodide) to python-family requests."""
    pkg = package_dir(version)
    text = ''.join(json.dumps(dict(r, python=version)) + '\n' for r in requests)
    proc = subprocess.run(['node', RUNNER, pkg], input=text, capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError('pyodide runner (Python %s) failed: %s' % (version, proc.stderr[-2000:]))
    lines = proc.stdout.splitlines()
    if len(lines) != len(requests):
        raise RuntimeError('pyodide runner answered %d lines for %d requests' % (len(lines), len(requests)))
    replies = []
    for line in lines:
        raw = json.loads(line)
        reply = {}
        if 'results' in raw:
            reply['results'] = [[value(t) for t in vals] for vals in raw['results']]
        if 'error' in raw:
            reply['error'] = raw['error']
        replies.append(reply)
    return replies


def run_all(requests):
    """execute.run over a list of requests, python-family requests for
    another CPython than this one sent (batched) to pyodide."""
    from . import execute
    replies = [None] * len(requests)
    by_version = {}
    for i, r in enumerate(requests):
        version = r.get('python') if isinstance(r, dict) and r.get('family') == 'python' else None
        if version and version != pyfamily.RUNNING:
            by_version.setdefault(version, []).append(i)
        else:
            replies[i] = execute.run(r)
    for version, idx in sorted(by_version.items()):
        for i, reply in zip(idx, run_requests(version, [requests[i] for i in idx])):
            replies[i] = reply
    return replies


def random_source(version):
    """The text of Lib/random.py of CPython `version`, from its pyodide package."""
    import zipfile
    with zipfile.ZipFile(os.path.join(package_dir(version), 'python_stdlib.zip')) as z:
        return z.read('random.py').decode('utf-8')


_HOSTED = {}


def hosted_module(version):
    import types
    if version not in _HOSTED:
        mod = types.ModuleType('random_%s' % version.replace('.', '_'))
        mod.__file__ = 'random.py (CPython %s)' % version
        exec(compile(random_source(version), mod.__file__, 'exec'), mod.__dict__)
        _HOSTED[version] = mod
    return _HOSTED[version]


def run_hosted(version, requests):
    """Replies of `version`'s random.py run on this interpreter and libm."""
    mod = hosted_module(version)
    return [pyfamily.run(r, module=mod) for r in requests]


def _error_class(reply):
    error = reply.get('error')
    return None if error is None else error.split(':', 1)[0]


def _floats_only_differ(a, b):
    """Same shape, same error class, same non-float values: only float bits
    differ. (Error texts may differ: the hosted run words C-level errors as
    3.11 does, e.g. 'float division by zero' for 3.14's 'division by zero'.)"""
    if _error_class(a) != _error_class(b) or ('results' in a) != ('results' in b):
        return False
    for va, vb in zip(a.get('results', []), b.get('results', [])):
        if len(va) != len(vb):
            return False
        for x, y in zip(va, vb):
            if isinstance(x, float) and isinstance(y, float):
                continue
            if type(x) is not type(y) or x != y:
                return False
    return len(a.get('results', [])) == len(b.get('results', []))


def best_of(live, hosted):
    """The reply of `version` on Linux: pyodide's, with its floats replaced
    by the glibc-hosted random.py's where only floats differ (libm)."""
    from . import tokens
    if _floats_only_differ(live, hosted) and tokens.reply_tokens(live) != tokens.reply_tokens(hosted):
        merged = dict(hosted)
        if 'error' in live:
            merged['error'] = live['error']  # the version's own wording
        return merged
    return live


def run_versions(requests):
    """run_all, with every 3.12+ reply passed through best_of. Returns
    (replies, n_libm): how many replies took the hosted floats."""
    live = run_all(requests)
    out, n_libm = [], 0
    by_version = {}
    for i, r in enumerate(requests):
        version = r.get('python') if isinstance(r, dict) and r.get('family') == 'python' else None
        if version and version != pyfamily.RUNNING:
            by_version.setdefault(version, []).append(i)
    hosted = {}
    for version, idx in by_version.items():
        for i, reply in zip(idx, run_hosted(version, [requests[i] for i in idx])):
            hosted[i] = reply
    for i, reply in enumerate(live):
        if i in hosted:
            merged = best_of(reply, hosted[i])
            n_libm += merged is not reply
            reply = merged
        out.append(reply)
    return out, n_libm
