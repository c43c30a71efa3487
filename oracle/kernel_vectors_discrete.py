#!/usr/bin/env python3
"""Writes the discrete-kernel vectors (tests/data/kernels/discrete.txt) that
harness/unit/test_kernels_discrete.c checks bit for bit.

  /usr/bin/python3 oracle/kernel_vectors_discrete.py tests/data/kernels/discrete.txt

For every parameter set: a seed, the first 50 values of
Generator(PCG64(seed)).<method>(..., size=50) and of
RandomState(seed).<method>(..., size=50), and the bit generator's state after
them. Sequences of calls (size=None included) exercise the binomial setup
cache and RandomState's cached gaussian. NumPy 1.24.2 is the oracle; only the
"nohang" records, for inputs where NumPy 1.24 never returns, come from
transcriptions below of NumPy 2.x's C (v2.5.2 distributions.c) on the same
PCG64 stream, since no NumPy 2 is installed here.

File format, one record per line, integers decimal, doubles as the hex of
their IEEE-754 bits:
  case NAME API SEED                 API: generator (PCG64) | legacy (RandomState)
                                     | generator_mt (Generator(MT19937), state from setmt)
  setmt WORD POS                     every key word = WORD, pos = POS (set_state)
  call METHOD SIZE N P1 .. PN        SIZE 0 = size=None; Pi = i:INT | d:HEXBITS
  values V1 .. VSIZE
  op standard_normal | op reseed SEED   (legacy only)
  pcg64 STATE_HI STATE_LO INC_HI INC_LO HAS_UINT32 UINTEGER    (hex, hex, hex, hex, dec, dec)
  mt POS HAS_GAUSS GAUSS_BITS NEXT_RAW32
  noresult METHOD N P1 .. PN         NumPy never returns (kernel: ok = false); the state
                                     record after it tells what was drawn
  end
"""
import math
import os
import struct
import sys

import numpy as np

assert np.__version__ == '1.24.2', 'run with /usr/bin/python3 (Debian NumPy 1.24.2), got ' + np.__version__

INT64_MAX = 2**63 - 1
SIZE = 50


def dbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', float(x)))[0]


def param_token(v):
    if isinstance(v, int):
        return 'i:%d' % v
    return 'd:' + dbits(v)


def after_1_3():
    return float(np.nextafter(0.333333333333333333333333, 0.0))


LAM_MAX = float(np.iinfo('int64').max - np.sqrt(np.iinfo('int64').max) * 10)

# (method, params, apis): apis 'gl' = both, 'g' Generator only, 'l' legacy only.
PARAMETER_SETS = [
    # binomial: inversion / BTPE at n*p = 30, the p > 0.5 mirror, edges.
    ('binomial', (10, 0.5), 'gl'),
    ('binomial', (1, 0.5), 'gl'),
    ('binomial', (59, 0.5), 'gl'),          # 29.5: inversion
    ('binomial', (61, 0.5), 'gl'),          # 30.5: BTPE
    ('binomial', (1000, 0.03), 'gl'),       # 30 exactly: inversion (<= 30)
    ('binomial', (1000, 0.0301), 'gl'),     # just above: BTPE
    ('binomial', (3000, 0.00999), 'gl'),    # 29.97: inversion
    ('binomial', (20, 0.9), 'gl'),          # mirrored inversion
    ('binomial', (1000, 0.971), 'gl'),      # mirrored, q*n = 29
    ('binomial', (100, 0.75), 'gl'),        # mirrored BTPE
    ('binomial', (1000000, 0.3), 'gl'),     # BTPE far tails (k > 20)
    ('binomial', (45, 0.7), 'gl'),          # mirrored inversion, q*n = 13.5
    ('binomial', (110, 0.72), 'gl'),        # mirrored BTPE just above the switch, q*n = 30.8
    ('binomial', (200, 0.5), 'gl'),
    ('binomial', (0, 0.3), 'gl'),           # n = 0 (legacy still draws)
    ('binomial', (100, 0.0), 'gl'),         # p = 0
    ('binomial', (100, 1.0), 'gl'),         # p = 1
    ('binomial', (INT64_MAX, 0.5), 'gl'),   # huge n: BTPE with wrapping n + 1, k*k
    ('binomial', (INT64_MAX, 1e-10), 'gl'),
    ('binomial', (2**62, 0.999999), 'gl'),
    ('binomial', (2**62, 1e-20), 'gl'),     # inversion, q rounds to 1
    ('binomial', (3 * 10**17, 1e-16), 'gl'),  # inversion with a poor start, still ends
    ('binomial', (10**15, 1e-3), 'gl'),
    ('binomial', (INT64_MAX, 1e-18), 'gl'),  # q rounds to 1: P(0) = 1, always 0
    # geometric: search from p = 1/3 (the double), inversion below.
    ('geometric', (1.0,), 'gl'),
    ('geometric', (0.9,), 'gl'),
    ('geometric', (0.5,), 'gl'),
    ('geometric', (0.333333333333333333333333,), 'gl'),
    ('geometric', (after_1_3(),), 'gl'),
    ('geometric', (0.1,), 'gl'),
    ('geometric', (1e-5,), 'gl'),
    ('geometric', (1e-17,), 'gl'),          # legacy: log(1 - p) = 0, INT64_MIN
    ('geometric', (1e-300,), 'gl'),         # INT64_MIN (x86 cast) in both
    # hypergeometric: Generator HRUA for 10 <= nsample <= total - 10, else the urn.
    ('hypergeometric', (10, 5, 3), 'gl'),
    ('hypergeometric', (100, 2, 10), 'gl'),
    ('hypergeometric', (100, 2, 11), 'gl'),
    ('hypergeometric', (5, 20, 9), 'gl'),
    ('hypergeometric', (5, 20, 1), 'gl'),
    ('hypergeometric', (100, 100, 195), 'gl'),
    ('hypergeometric', (100, 100, 190), 'gl'),
    ('hypergeometric', (1000, 500, 600), 'gl'),
    ('hypergeometric', (500, 1000, 1200), 'gl'),
    ('hypergeometric', (10**8, 10**8, 10**8), 'gl'),
    ('hypergeometric', (0, 50, 20), 'gl'),
    ('hypergeometric', (50, 0, 20), 'gl'),
    ('hypergeometric', (10, 10, 20), 'gl'),
    ('hypergeometric', (10**9 - 1, 10**9 - 1, 10), 'gl'),
    ('hypergeometric', (10**9 - 1, 10**9 - 1, 10**9), 'gl'),
    ('hypergeometric', (7, 3, 0), 'g'),
    ('hypergeometric', (2**40, 2**40, 2**39), 'l'),
    ('hypergeometric', (10**15, 10**15, 10**15), 'l'),
    ('hypergeometric', (2**62 - 3, 2**62, 2**62), 'l'),
    ('hypergeometric', (2**63 - 2, 1, 2**62), 'l'),   # popsize + 2 wraps; mode -1: NumPy returns
    # logseries
    ('logseries', (0.0,), 'gl'),
    ('logseries', (1e-300,), 'gl'),
    ('logseries', (1e-10,), 'gl'),
    ('logseries', (0.5,), 'gl'),
    ('logseries', (0.9,), 'gl'),
    ('logseries', (0.999999,), 'gl'),
    ('logseries', (float(np.nextafter(1.0, 0.0)),), 'gl'),
    # negative_binomial: gamma (shape < 1, == 1, > 1) then poisson (mult / PTRS).
    ('negative_binomial', (1.0, 0.5), 'gl'),
    ('negative_binomial', (0.5, 0.3), 'gl'),
    ('negative_binomial', (10.0, 0.5), 'gl'),
    ('negative_binomial', (1000.0, 0.1), 'gl'),
    ('negative_binomial', (1e-3, 0.9), 'gl'),
    ('negative_binomial', (5.0, 1e-3), 'gl'),
    ('negative_binomial', (3.0, 1.0), 'gl'),
    ('negative_binomial', (np.inf, 1.0), 'g'),        # 0 * inf = NaN mean: 0
    ('negative_binomial', (1.0, 1e-300), 'l'),        # huge mean: INT64_MIN from PTRS
    ('negative_binomial', (1.0, 0.0), 'l'),
    ('negative_binomial', (np.inf, 0.5), 'l'),
    ('negative_binomial', (np.nan, 0.5), 'l'),        # legacy accepts NaN n: 0
    # poisson: multiplication below 10, PTRS from 10.
    ('poisson', (0.0,), 'gl'),
    ('poisson', (1e-300,), 'gl'),
    ('poisson', (1.0,), 'gl'),
    ('poisson', (9.99,), 'gl'),
    ('poisson', (10.0,), 'gl'),
    ('poisson', (float(np.nextafter(10.0, 0.0)),), 'gl'),
    ('poisson', (100.0,), 'gl'),
    ('poisson', (1e6,), 'gl'),
    ('poisson', (1e15,), 'gl'),
    ('poisson', (9.2e18,), 'gl'),
    ('poisson', (LAM_MAX,), 'gl'),
    # zipf
    ('zipf', (1 + 1e-7,), 'gl'),
    ('zipf', (1.0001,), 'gl'),
    ('zipf', (1.5,), 'gl'),
    ('zipf', (2.0,), 'gl'),
    ('zipf', (3.0,), 'gl'),
    ('zipf', (10.0,), 'gl'),
    ('zipf', (1000.0,), 'gl'),
    ('zipf', (1024.5,), 'gl'),
]


def pcg64_record(g):
    st = g.bit_generator.state
    s, inc = st['state']['state'], st['state']['inc']
    return 'pcg64 %016x %016x %016x %016x %d %d' % (s >> 64, s & (2**64 - 1), inc >> 64,
                                                  inc & (2**64 - 1), st['has_uint32'],
                                                  st['uinteger'])


def mt_record(rs):
    _, _, pos, has_gauss, gauss = rs.get_state()
    nxt = int(rs._bit_generator.random_raw())
    return 'mt %d %d %s %d' % (pos, has_gauss, dbits(gauss), nxt)


def call_record(obj, method, params, size):
    out = getattr(obj, method)(*params, size=None if size == 0 else size)
    vals = [int(out)] if size == 0 else [int(v) for v in np.asarray(out).ravel()]
    lines = ['call %s %d %d %s' % (method, size, len(params), ' '.join(param_token(p) for p in params)),
             'values ' + ' '.join(str(v) for v in vals)]
    return lines


def make(api, seed):
    return np.random.Generator(np.random.PCG64(seed)) if api == 'generator' else np.random.RandomState(seed)


def state_record(api, obj):
    return pcg64_record(obj) if api == 'generator' else mt_record(obj)


def single_cases():
    lines = []
    for index, (method, params, apis) in enumerate(PARAMETER_SETS):
        for api in ('generator', 'legacy'):
            if api[0] not in apis:
                continue
            seed = 1000 + index
            obj = make(api, seed)
            name = '%s_%d' % (method, index)
            lines.append('case %s %s %d' % (name, api, seed))
            lines += call_record(obj, method, params, SIZE)
            lines.append(state_record(api, obj))
            lines.append('end')
    return lines


# Sequences: the binomial cache kept, replaced and reused (p and 1 - p share a
# setup), size=None calls, other methods between, and for RandomState reseeding
# and the cached gaussian that negative_binomial's gamma consumes.
SEQUENCES = [
    ('binomial_cache', [
        ('binomial', (100, 0.4), 10), ('binomial', (100, 0.4), 10), ('binomial', (100, 0.4), 0),
        ('binomial', (20, 0.3), 10), ('binomial', (100, 0.6), 10), ('binomial', (20, 0.7), 5),
        ('poisson', (4.0,), 3), ('binomial', (20, 0.7), 5), ('binomial', (20, 0.7), 0),
        ('binomial', (1000, 0.5), 7), ('binomial', (1000, 0.5), 0), ('binomial', (0, 0.5), 0),
        ('binomial', (1000, 0.5), 4), ('binomial', (100, 0.0), 0), ('binomial', (1000, 0.5), 4),
    ]),
    ('scalars', [
        ('geometric', (0.25,), 0), ('geometric', (0.75,), 0), ('hypergeometric', (30, 40, 20), 0),
        ('hypergeometric', (3, 4, 5), 0), ('logseries', (0.7,), 0), ('negative_binomial', (2.5, 0.4), 0),
        ('poisson', (3.5,), 0), ('poisson', (35.0,), 0), ('zipf', (2.5,), 0), ('binomial', (5, 0.5), 0),
    ]),
]

LEGACY_SEQUENCES = [
    ('gauss_then_negbin', [
        ('op', 'standard_normal'), ('negative_binomial', (10.0, 0.5), 5), ('op', 'standard_normal'),
        ('negative_binomial', (0.5, 0.5), 5), ('op', 'standard_normal'), ('op', 'standard_normal'),
    ]),
    ('binomial_cache_reseed', [
        ('binomial', (100, 0.4), 6), ('op', ('reseed', 77)), ('binomial', (100, 0.4), 6),
        ('binomial', (10, 0.4), 3), ('op', ('reseed', 77)), ('binomial', (10, 0.4), 3),
    ]),
]


# Issue 9's "done when" calls, as the kernels see them: a broadcast
# poisson([1, 10, 100]) is one size=None call per element in order.
DONE_WHEN = [
    ('legacy', 42, [('binomial', (10, 0.5), 5)]),
    ('legacy', 0, [('poisson', (1.0,), 0), ('poisson', (10.0,), 0), ('poisson', (100.0,), 0)]),
    ('generator', 1, [('hypergeometric', (100, 2, 10), 4)]),
]


def done_when_cases():
    lines = []
    for index, (api, seed, calls) in enumerate(DONE_WHEN):
        obj = make(api, seed)
        lines.append('case done_when_%d %s %d' % (index, api, seed))
        for method, params, size in calls:
            lines += call_record(obj, method, params, size)
        lines.append(state_record(api, obj))
        lines.append('end')
    return lines


def sequence_cases():
    lines = []
    for api in ('generator', 'legacy'):
        seqs = SEQUENCES + (LEGACY_SEQUENCES if api == 'legacy' else [])
        for index, (name, calls) in enumerate(seqs):
            seed = 5000 + index
            obj = make(api, seed)
            lines.append('case seq_%s %s %d' % (name, api, seed))
            for call in calls:
                if call[0] == 'op':
                    if call[1] == 'standard_normal':
                        obj.standard_normal()
                        lines.append('op standard_normal')
                    else:
                        obj.seed(call[1][1])
                        lines.append('op reseed %d' % call[1][1])
                    continue
                method, params, size = call
                lines += call_record(obj, method, params, size)
            lines.append(state_record(api, obj))
            lines.append('end')
    return lines


# --- NumPy >= 2.1 answers where NumPy 1.24 never returns (Generator) --------
# Transcriptions of v2.5.2 distributions.c on the PCG64 stream; g.random()
# is next_double. Python floats are IEEE doubles and math.* is the C libm.

def c_pow(x, y):
    # C's pow overflows to inf where math.pow raises.
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf


def zipf_2_1(g, a):
    if a >= 1025:
        return 1
    am1 = a - 1.0
    b = math.pow(2.0, am1)
    umin = math.pow(float(INT64_MAX), -am1)
    while True:
        u01 = g.random()
        u = u01 * umin + (1 - u01)
        v = g.random()
        x = c_pow(u, -1.0 / am1)
        x = math.floor(x) if math.isfinite(x) else x
        if x > float(INT64_MAX) or x < 1.0:
            continue
        t = c_pow(1.0 + 1.0 / x, am1)
        if v * x * (t - 1.0) / (b - 1.0) <= t / b:
            return int(x)


def binomial_inversion_2_4(g, n, p):
    # Only the setup differs from 1.24: qn from log1p.
    q = 1.0 - p
    qn = math.exp(n * math.log1p(-p))
    np_ = n * p
    bound = int(min(float(n), np_ + 10.0 * math.sqrt(np_ * q + 1)))
    x = 0
    px = qn
    u = g.random()
    while u > px:
        x += 1
        if x > bound:
            x = 0
            px = qn
            u = g.random()
        else:
            u -= px
            px = ((n - x + 1) * p * px) / (x * q)
    return x


def binomial_2_4(g, n, p):
    if p <= 0.5:
        assert p * n <= 30.0
        return binomial_inversion_2_4(g, n, p)
    q = 1.0 - p
    assert q * n <= 30.0
    return n - binomial_inversion_2_4(g, n, q)


GENERATOR_NOHANG = [
    ('zipf', (math.inf,), zipf_2_1),
    ('zipf', (1025.0,), zipf_2_1),
    ('zipf', (5000.0,), zipf_2_1),
    ('zipf', (1 + 2**-32,), zipf_2_1),
    ('zipf', (1 + 1e-15,), zipf_2_1),
    ('zipf', (float(np.nextafter(1.0, 2.0)),), zipf_2_1),
    ('binomial', (5 * 10**17, 6e-17), binomial_2_4),
    ('binomial', (4 * 10**17, 6.5e-17), binomial_2_4),
]

# RandomState: no NumPy version returns (2.x keeps the legacy loops).
LEGACY_NORESULT = [
    ('zipf', (math.inf,)),
    ('zipf', (1025.0,)),
    ('zipf', (1 + 1e-15,)),
    ('binomial', (5 * 10**17, 6e-17)),
    ('binomial', (4 * 10**17, 6.5e-17)),
    ('hypergeometric', (2**62 - 1, 2**62, 2**62)),
    ('hypergeometric', (2**62, 2**62 - 1, 20)),
    ('hypergeometric', (2**62 - 2, 2**62, 2**62)),
]


def nohang_cases():
    lines = []
    for index, (method, params, fn) in enumerate(GENERATOR_NOHANG):
        seed = 9000 + index
        g = make('generator', seed)
        vals = [fn(g, *params) for _ in range(SIZE)]
        lines.append('case nohang_%s_%d generator %d' % (method, index, seed))
        lines.append('call %s %d %d %s' % (method, SIZE, len(params), ' '.join(param_token(p) for p in params)))
        lines.append('values ' + ' '.join(str(v) for v in vals))
        lines.append(pcg64_record(g))
        lines.append('end')
    for index, (method, params) in enumerate(LEGACY_NORESULT):
        seed = 9500 + index
        rs = make('legacy', seed)
        lines.append('case noresult_%s_%d legacy %d' % (method, index, seed))
        lines.append('noresult %s %d %s' % (method, len(params), ' '.join(param_token(p) for p in params)))
        lines.append(mt_record(rs))  # nothing drawn: the seed's own state
        lines.append('end')
    return lines


# --- crafted MT19937 states: U at the top of [0, 1) ---------------------------
# A key of 624 equal words w with pos = 0 makes every 32-bit output
# temper(w); untemper(0xffffffff) makes every double 1 - 2**-53, the largest
# next_double. The geometric search for p = 0.7 stalls below that U (NumPy
# never returns: noresult, one double drawn), for p = 0.5 it ends.

def temper(y):
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >> 18
    return y & 0xffffffff


def untemper(z):
    # Invert each xorshift step (brute force on the 32-bit word is too slow,
    # so undo them in reverse).
    y = z
    y ^= y >> 18
    y ^= (y << 15) & 0xefc60000
    t = y
    for _ in range(5):
        t = y ^ ((t << 7) & 0x9d2c5680)
    y = t & 0xffffffff
    t = y
    for _ in range(3):
        t = y ^ (t >> 11)
    return t & 0xffffffff


TOP_WORD = untemper(0xffffffff)
assert temper(TOP_WORD) == 0xffffffff


def geometric_stall_sum(p):
    q = 1.0 - p
    total = prod = p
    while True:
        prod *= q
        if total + prod == total:
            return total
        total += prod


def crafted_cases():
    lines = []
    top_u = 1.0 - 2.0**-53
    for api in ('generator_mt', 'legacy'):
        for p in (0.5, 0.9, 0.7):
            key = np.full(624, TOP_WORD, dtype=np.uint32)
            if api == 'legacy':
                obj = np.random.RandomState(0)
                obj.set_state(('MT19937', key, 0, 0, 0.0))
            else:
                bg = np.random.MT19937(0)
                bg.state = {'bit_generator': 'MT19937', 'state': {'key': key, 'pos': 0}}
                obj = np.random.Generator(bg)
            lines.append('case crafted_geometric_%s_%s %s 0' % (api, repr(p), api))
            lines.append('setmt %d 0' % TOP_WORD)
            if geometric_stall_sum(p) < top_u:
                lines.append('noresult geometric 1 %s' % param_token(p))
                # One double (two 32-bit words) is drawn before the stall.
                if api == 'legacy':
                    obj.random_sample()
                else:
                    obj.random()
                lines.append(mt_record(obj) if api == 'legacy' else mt_bitgen_record(obj.bit_generator))
            else:
                lines += call_record(obj, 'geometric', (p,), 3)
                lines.append(mt_record(obj) if api == 'legacy' else mt_bitgen_record(obj.bit_generator))
            lines.append('end')
    return lines


def mt_bitgen_record(bg):
    pos = bg.state['state']['pos']
    return 'mt %d 0 %s %d' % (pos, dbits(0.0), int(bg.random_raw()))


def main(argv):
    if len(argv) != 2:
        sys.exit('usage: kernel_vectors_discrete.py OUT.txt')
    lines = ['# GENERATED by oracle/kernel_vectors_discrete.py with NumPy %s -- do not edit.' % np.__version__,
             '# Format: see the script.']
    lines += single_cases() + sequence_cases() + done_when_cases() + nohang_cases() + crafted_cases()
    os.makedirs(os.path.dirname(os.path.abspath(argv[1])), exist_ok=True)
    with open(argv[1], 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main(sys.argv)
