"""CPython 3.12, 3.13 and 3.14 as oracles, through pyodide in Node.

The pyodide npm packages (installed by ci/pyodide.sh into build/pyodide, or
where NPRAND_PYODIDE_DIR points) each carry one CPython compiled to
WebAssembly with its standard library, and run offline.
oracle/pyodide_runner.mjs feeds them requests; this module turns the replies
back into the Python values execute.run returns, so callers cannot tell
the interpreters apart."""
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
