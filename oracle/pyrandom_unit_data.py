#!/usr/bin/env python3
"""Writes the expected values of the pyrandom version and big-integer unit
tests (harness/unit/test_pyrandom_versions.c, test_bigint.c):

  tests/data/pyrandom/versions.txt   CPython 3.11 (this interpreter) and
                                     3.12-3.14 (pyodide, see ci/pyodide.sh)
  tests/data/pyrandom/bigint.txt     Python's own int arithmetic

  /usr/bin/python3 oracle/pyrandom_unit_data.py      # needs ci/pyodide.sh --install

versions.txt, one call sequence a line:
  VERSION SEED COUNT METHOD ARG ... -> RESULT ...
COUNT calls of METHOD(ARG ...) in a row on Random(SEED); RESULTs are ints in
decimal, floats as float.hex(), bytes as hex; "-> !Class: message" when the
sequence ends in an exception. randrange's stop "None" is stop=None and a
missing third ARG the default step; sample's ARGs are n, k, counts... (the
population is range(n), results are its elements)."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nprand_oracle import pyodide  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSIONS = ['3.11', '3.12', '3.13', '3.14']

# (seed, count, method, args): the version differences and the big paths
PROBES = [
    (5, 1, 'randint', [0, 2**64 - 1]),
    (1, 3, 'randint', [-2**199, 2**199]),
    (2, 2, 'randint', [2**100, 2**100 + 7]),
    (3, 1, 'randint', [5, 4]),
    (3, 1, 'randint', [2**70, 2**70 - 1]),
    (4, 3, 'randrange', [2**200]),
    (4, 3, 'randrange', [0, 2**200, 2**64 + 1]),
    (6, 3, 'randrange', [2**200, 0, -(2**70) - 3]),
    (7, 2, 'randrange', [-2**100, 2**100, 7]),
    (7, 1, 'randrange', [10, 0, -2**70]),
    (8, 1, 'randrange', [5, 5]),
    (8, 1, 'randrange', [10, 0, 3]),
    (8, 1, 'randrange', [0, 2**80, -2**70]),
    (8, 1, 'randrange', [0]),
    (8, 1, 'randrange', [0, None, 2]),
    (8, 1, 'randrange', [0, 10, 0]),
    (9, 2, 'getrandbits', [200]),
    (9, 1, 'getrandbits', [-1]),
    (9, 1, 'getrandbits', [-2**70]),
    (9, 1, 'getrandbits', [2**64]),
    (9, 1, 'getrandbits', [2**40]),
    (9, 1, 'randbytes', [-1]),
    (9, 1, 'randbytes', [2**61]),
    (9, 2, 'randbytes', [7]),
    (10, 2, 'sample', [3, 5, 2**70, -(2**70) + 3, 4]),
    (10, 1, 'sample', [2, 1, 0, 0]),
    (10, 1, 'sample', [2, 0, 0, 0]),
    (10, 1, 'sample', [0, 0]),
    (10, 1, 'sample', [2, 1, -3, 1]),
    (10, 1, 'sample', [2, 1, 2**64, 1]),
    (11, 5, 'binomialvariate', [20, 0.3]),
    (1, 5, 'binomialvariate', [20, 0.3]),
    (12, 3, 'binomialvariate', [1000, 0.4]),
    (12, 3, 'binomialvariate', [100, 0.75]),
    (12, 3, 'binomialvariate', [10**6, 0.3]),
    (13, 3, 'binomialvariate', [50, 0.01]),
    (13, 2, 'binomialvariate', [1, 0.5]),
    (13, 1, 'binomialvariate', [2**40, 0.2]),
    (13, 1, 'binomialvariate', [10, 1.0]),
    (13, 1, 'binomialvariate', [-1, 0.5]),
    (13, 1, 'binomialvariate', [5, 1.5]),
    (13, 1, 'binomialvariate', [10, float('nan')]),
    (14, 2, 'expovariate', [1.5]),
    (14, 1, 'expovariate', [0.0]),
    (14, 1, 'weibullvariate', [1.0, 0.0]),
    (14, 1, 'paretovariate', [0.0]),
]


def request(version, seed, count, method, args):
    call = {'method': method, 'kwargs': {'size': count}}
    if method == 'sample':
        n, k, *counts = args
        call['args'] = [list(range(n)), k]
        if counts or (n == 0 and len(args) == 2):
            call['kwargs']['counts'] = counts
    elif method == 'randrange' and len(args) == 3 and args[1] is None:
        call['args'] = [args[0]]
        call['kwargs']['step'] = args[2]
    else:
        call['args'] = [('nan' if a != a else a) if isinstance(a, float) else a for a in args]
    return {'family': 'python', 'python': version, 'seed': seed, 'calls': [call]}


def text(v):
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).hex() or '-'
    return str(v)


def arg_text(a):
    if a is None:
        return 'None'
    return a.hex() if isinstance(a, float) else str(a)


def versions_file():
    requests, keys = [], []
    for version in VERSIONS:
        for seed, count, method, args in PROBES:
            requests.append(request(version, seed, count, method, args))
            keys.append((version, seed, count, method, args))
    replies, _ = pyodide.run_versions(requests)
    lines = [__doc__.split('versions.txt, one')[0].strip().replace('\n', '\n# ').join(['# ', ''])]
    for (version, seed, count, method, args), reply in zip(keys, replies):
        values = [text(v) for v in (reply.get('results') or [[]])[0]]
        out = ' '.join(values)
        if reply.get('error'):
            out = (out + ' ' if out else '') + '!' + reply['error']
        lines.append('%s %d %d %s %s -> %s' % (version, seed, count, method, ' '.join(arg_text(a) for a in args), out))
    return '\n'.join(lines) + '\n'


def bigint_file():
    rng = random.Random('nprand bigint unit data')
    edge = [0, 1, -1, 2**31, 2**32 - 1, 2**32, -2**32, 2**53 + 1, 2**63 - 1, -2**63, 2**64 - 1, 2**64, 2**100 + 3,
            -2**100, 2**200, 2**1023 * 3 // 2, 2**1024 - 2**970, 2**1024, -(2**1030)]
    values = edge + [rng.choice([1, -1]) * rng.getrandbits(rng.choice([8, 33, 64, 65, 130, 200, 600])) for _ in range(40)]
    lines = ['# op a b -> result: Python int arithmetic (oracle/pyrandom_unit_data.py); todouble gives float.hex()',
             '# or !Class: message; cmpdouble compares a with the float b (given as float.hex())']
    for _ in range(300):
        a, b = rng.choice(values), rng.choice(values)
        op = rng.choice(['add', 'sub', 'mul', 'floordiv', 'cmp'])
        if op == 'mul' and a.bit_length() + b.bit_length() > 4000:
            continue
        if op == 'floordiv':
            r = '!ZeroDivisionError: integer division or modulo by zero' if b == 0 else str(a // b)
        else:
            r = str({'add': lambda: a + b, 'sub': lambda: a - b, 'mul': lambda: a * b,
                     'cmp': lambda: (a > b) - (a < b)}[op]())
        lines.append('%s %d %d -> %s' % (op, a, b, r))
    for a in values:
        try:
            r = float(a).hex()
        except OverflowError as e:
            r = '!OverflowError: %s' % e
        lines.append('todouble %d 0 -> %s' % (a, r))
        lines.append('bitlen %d 0 -> %d' % (a, a.bit_length()))
    for _ in range(100):
        a = rng.choice(values)
        x = rng.choice([float(a) if abs(a) < 2**1000 else 1e300, rng.uniform(-1e20, 1e20), 0.5, -0.5, 1e300, -1e300,
                        float('inf'), float('-inf'), 2.0**64, -2.0**63, a / 3 if abs(a) < 2**900 else 7.25])
        lines.append('cmpdouble %d %s -> %d' % (a, x.hex(), (a > x) - (a < x)))
    return '\n'.join(lines) + '\n'


def main():
    out = os.path.join(ROOT, 'tests', 'data', 'pyrandom')
    os.makedirs(out, exist_ok=True)
    for name, body in (('bigint.txt', bigint_file()), ('versions.txt', versions_file())):
        with open(os.path.join(out, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(body)
        print('wrote %s (%d lines)' % (os.path.join(out, name), body.count('\n')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
