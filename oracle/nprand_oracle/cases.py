"""The case table: every oracle file is one entry here. A case is a request
template (family + calls, + request options); each seed of the family's seed
list is run through it. Adding a method means adding its calls here and an
entry in the family's C method table (harness/engine/family_*.c)."""

INT_DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']
BOUNDS = {
    'bool': (0, 1),
    'int8': (-2**7, 2**7 - 1), 'int16': (-2**15, 2**15 - 1),
    'int32': (-2**31, 2**31 - 1), 'int64': (-2**63, 2**63 - 1),
    'uint8': (0, 2**8 - 1), 'uint16': (0, 2**16 - 1),
    'uint32': (0, 2**32 - 1), 'uint64': (0, 2**64 - 1),
}


class Case:
    """max_seeds: how many of the family's seeds (the first ones) the case
    runs; error cases, whose answer does not depend on the seed, take a few."""
    def __init__(self, family, name, calls, max_seeds=None, **options):
        self.family = family
        self.name = name
        self.max_seeds = max_seeds
        self.request = dict(options, family=family, calls=calls)


def call(name, *args, **kwargs):
    c = {'method': name}
    if args:
        c['args'] = list(args)
    if kwargs:
        c['kwargs'] = kwargs
    return c


def edge_ranges(dtype):
    """(low, high) pairs, exclusive high, whose closed range rng = high-low-1
    hits 0, 1, 2**k-1, 2**k, 2**32-1, 2**32, 2**63, 2**64-1 and the full
    dtype range, with low at 0, at the dtype minimum and negative."""
    lo, hi = BOUNDS[dtype]
    rngs = {0, 1, 2, 3}
    for k in (7, 8, 15, 16, 31, 32, 62, 63, 64):
        rngs |= {2**k - 1, 2**k, 2**k + 1}
    lows = {0, lo, lo // 2, -1, -3} if lo < 0 else {0, 1, hi // 3}
    pairs = []
    for low in sorted(lows):
        for r in sorted(rngs):
            high = low + r + 1
            if lo <= low and high - 1 <= hi:
                pairs.append((low, high))
    pairs.append((lo, hi + 1))  # the full dtype range
    return sorted(set(pairs))


def randint_edge_case(dtype):
    calls = []
    for low, high in edge_ranges(dtype):
        calls.append(call('randint', low, high, size=5, dtype=dtype))
    # Scalar draws (size=None) start a fresh 32-bit buffer each time.
    lo, hi = BOUNDS[dtype]
    calls += [call('randint', lo, hi + 1, dtype=dtype), call('randint', 0, 2, dtype=dtype),
              call('randint', lo, hi + 1, size=[3, 2], dtype=dtype)]
    return Case('legacy', 'randint_edges_' + dtype, calls)


def error_case(name, *calls):
    """A short case whose last call raises: one error per case, since an
    error ends a request."""
    return Case('legacy', 'error_' + name, [call('random_sample', size=2)] + list(calls))


LEGACY = [
    Case('legacy', 'uniform_floats', [
        call('random_sample'), call('random_sample', size=5), call('random', size=[2, 3]),
        call('rand'), call('rand', 3, 2), call('ranf', size=2), call('sample', size=3),
        call('random_sample', size=0), call('random_sample', size=[2, 0])]),
    Case('legacy', 'seed_article', [
        call('randint', 1, 10, size=5), call('rand', 5), call('randint', 1, 10, size=10),
        call('standard_exponential', size=3), call('triangular', 0, 5, 10, size=3)]),
    Case('legacy', 'randint_default_dtype', [
        call('randint', 10), call('randint', -5, 5, size=10), call('randint', 0, 2**31),
        call('randint', 0, 2**32, size=3), call('randint', 2**40, size=3),
        call('randint', -2**63, 2**63 - 1, size=3), call('randint', 1.9, 10.5, size=4),
        call('randint', 5, size=0), call('randint', 7, 7, size=0), call('randint', True, 3)]),
    *[randint_edge_case(dt) for dt in INT_DTYPES],
    Case('legacy', 'randint_float_bounds', [
        call('randint', 0, 1.8e19, dtype='uint64', size=3), call('randint', -9.2e18, 9.2e18, size=3),
        call('randint', 0.5, 2.5, size=4), call('randint', -3.9, -0.5, size=3), call('randint', 1e10, size=2)]),
    Case('legacy', 'random_integers', [
        call('random_integers', 5), call('random_integers', 1, 6, size=10),
        call('random_integers', -10, 10, size=5), call('random_integers', 0, 2**32 - 1, size=3)]),
    Case('legacy', 'tomaxint', [call('tomaxint'), call('tomaxint', size=5), call('tomaxint', size=[2, 2])]),
    Case('legacy', 'bytes', [call('bytes', n) for n in (0, 1, 3, 4, 5, 17, -1, -3, -4, -5, -7)]),
    Case('legacy', 'shuffle', [
        call('shuffle', list(range(10))), call('shuffle', [[1, 2], [3, 4], [5, 6]]),
        call('shuffle', []), call('shuffle', [7]), call('shuffle', [0.5, 1.5, 2.5]),
        call('shuffle', ['a', 'b', 'c', 'd'])]),
    Case('legacy', 'permutation', [
        call('permutation', 10), call('permutation', [1.5, 2.5, 3.5]),
        call('permutation', [[1, 2], [3, 4], [5, 6], [7, 8]]), call('permutation', 0),
        call('permutation', 1), call('permutation', 2**9 + 3), call('permutation', -3)]),
    Case('legacy', 'choice_replace', [
        call('choice', 5), call('choice', 5, size=3), call('choice', ['a', 'b', 'c'], size=5),
        call('choice', 10, size=[2, 2]), call('choice', [1.5, -2.5], size=3), call('choice', 1, size=2),
        call('choice', 0, size=0)]),
    Case('legacy', 'choice_p', [
        call('choice', 4, size=10, p=[0.1, 0.2, 0.3, 0.4]), call('choice', 3, p=[0, 0.5, 0.5]),
        call('choice', [10, 20, 30], size=5, p=[0.2, 0.2, 0.6]), call('choice', 2, size=4, p=[1.0, 0.0]),
        call('choice', 3, size=3, p=[1 / 3, 1 / 3, 1 / 3])]),
    Case('legacy', 'choice_noreplace', [
        call('choice', 10, size=3, replace=False), call('choice', 5, size=5, replace=False),
        call('choice', 10, size=0, replace=False), call('choice', 7, replace=False),
        call('choice', ['x', 'y', 'z'], size=2, replace=False)]),
    Case('legacy', 'choice_noreplace_p', [
        call('choice', 5, size=3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2]),
        call('choice', 6, size=4, replace=False, p=[0.5, 0.25, 0.125, 0.0625, 0.0625, 0]),
        call('choice', 4, size=4, replace=False, p=[0.97, 0.01, 0.01, 0.01]),
        call('choice', 3, replace=False, p=[0.2, 0.3, 0.5])]),
    Case('legacy', 'normal_cache', [
        call('standard_normal'), call('standard_normal', size=3), call('randn'), call('randn', 2, 2),
        call('normal', 10, 2), call('normal', size=3), call('normal', 0, 0), call('standard_normal'),
        call('normal', -1e300, 1e10, size=2)]),
    Case('legacy', 'gauss_cache_across_methods', [
        call('standard_normal'), call('random_sample'), call('standard_normal'),
        call('normal', 1, 2, size=3), call('get_state'), call('randn'), call('get_state')]),
    Case('legacy', 'exponential', [
        call('standard_exponential'), call('standard_exponential', size=5), call('exponential'),
        call('exponential', 2.5, size=4), call('exponential', 0), call('exponential', 'inf', size=2),
        call('exponential', 'nan')]),
    Case('legacy', 'uniform', [
        call('uniform'), call('uniform', -1, 1, size=5), call('uniform', 5, 5), call('uniform', 10, 1, size=3),
        call('uniform', high=3), call('uniform', -1e307, 1e307, size=2)]),
    Case('legacy', 'triangular', [
        call('triangular', 0, 0.5, 1, size=5), call('triangular', 0, 0, 1), call('triangular', 0, 1, 1, size=3),
        call('triangular', -5, 2, 10), call('triangular', 1e-300, 2e-300, 3e-300, size=2)]),
    Case('legacy', 'reseed_and_state', [
        call('rand'), call('seed', 5), call('rand'), call('seed', [1, 2, 3]), call('rand'),
        call('standard_normal'), call('seed', 7), call('get_state')]),
    Case('legacy', 'randint_broadcast', [
        call('randint', [0, 1], [5, 6], size=[3, 2]), call('randint', [3, 5, 7]), call('randint', [[1], [2]], [10, 20, 30]),
        call('randint', -5, [5, 50, 500], dtype='int8'), call('randint', [0, 0], [256, 2], dtype='uint8', size=[4, 2]),
        call('randint', 0, [1, 2, 2], dtype='bool'), call('randint', [0, 2**32], [2**32, 2**33], dtype='int64'),
        call('randint', 0, [2**64], dtype='uint64'), call('randint', 0, [2**63, 5]), call('randint', [0.5, 3.7], [5.2, 9.9]),
        call('randint', [0, 0, 0], [2**16, 3, 2**16], dtype='uint16', size=[2, 3]), call('randint', [1], 3, size=0),
        call('randint', [[0, 1, 2]], 5, size=[2]), call('randint', [5, 5], 6, dtype='int32')]),
    error_case('randint_array_low_ge_high', call('randint', [1, 2], [1, 5])),
    error_case('randint_array_high_le_0', call('randint', [0, 0], 0)),
    error_case('randint_array_low_oob', call('randint', [0, -1], 5, dtype='uint8')),
    error_case('randint_array_high_oob', call('randint', 0, [10, 2**32 + 1], dtype='uint32')),
    error_case('randint_array_high_oob64', call('randint', 0, [2**64 + 1], dtype='uint64')),
    error_case('randint_array_mismatch', call('randint', [0, 1], [5, 6, 7])),
    error_case('randint_array_size_mismatch', call('randint', [0, 1], [5, 6], size=4)),
    error_case('randint_low_ge_high', call('randint', 5, 5)),
    error_case('randint_high_le_0', call('randint', 0)),
    error_case('randint_negative_high', call('randint', -1)),
    error_case('randint_low_out_of_bounds', call('randint', -129, 0, dtype='int8')),
    error_case('randint_high_out_of_bounds', call('randint', 0, 257, dtype='uint8')),
    error_case('randint_uint64_high', call('randint', 0, 2**64 + 1, dtype='uint64')),
    error_case('randint_bool_bounds', call('randint', 0, 3, dtype='bool')),
    error_case('randint_float_dtype', call('randint', 0, 5, dtype='float64')),
    error_case('randint_nan', call('randint', 'nan')),
    error_case('normal_negative_scale', call('normal', 0, -1)),
    error_case('normal_negative_zero_scale', call('normal', 0, -0.0)),
    error_case('exponential_negative_scale', call('exponential', -1)),
    error_case('uniform_overflow', call('uniform', -1e308, 1e308)),
    error_case('triangular_left_gt_mode', call('triangular', 1, 0, 2)),
    error_case('triangular_mode_gt_right', call('triangular', 0, 3, 2)),
    error_case('triangular_left_eq_right', call('triangular', 1, 1, 1)),
    error_case('choice_zero', call('choice', 0)),
    error_case('choice_empty', call('choice', [])),
    error_case('choice_p_size', call('choice', 5, p=[0.5, 0.5])),
    error_case('choice_p_sum', call('choice', 2, p=[0.5, 0.6])),
    error_case('choice_p_negative', call('choice', 2, p=[1.5, -0.5])),
    error_case('choice_p_nan', call('choice', 2, p=['nan', 0.5])),
    error_case('choice_too_many', call('choice', 3, size=4, replace=False)),
    error_case('choice_fewer_nonzero', call('choice', 3, size=3, replace=False, p=[0.5, 0.5, 0])),
    error_case('choice_2d', call('choice', [[1, 2], [3, 4]])),
    error_case('seed_negative', call('seed', -1)),
    error_case('seed_too_big', call('seed', 2**32)),
    error_case('seed_empty_list', call('seed', [])),
    error_case('seed_list_too_big', call('seed', [1, 2**32])),
    error_case('seed_float', call('seed', 1.5)),
    error_case('seed_list_uint64', call('seed', [2**63])),
    error_case('size_negative', call('random_sample', size=-1)),
    error_case('bytes_negative', call('bytes', -8)),
    error_case('permutation_scalar', call('permutation', 1.5)),
    error_case('permutation_ragged', call('shuffle', ['a', [1, 2]]), call('permutation', ['a', [1, 2]])),
    error_case('choice_ragged', call('choice', [[1, 2], [3]])),
]

def generator_integer_edges():
    calls = []
    for dt in INT_DTYPES:
        for k, (low, high) in enumerate(edge_ranges(dt)[::3]):
            if k % 2:
                calls.append(call('integers', low, high - 1, size=2, dtype=dt, endpoint=True))
            else:
                calls.append(call('integers', low, high, size=2, dtype=dt))
        lo, hi = BOUNDS[dt]
        calls.append(call('integers', lo, hi, dtype=dt, endpoint=True))
    return calls


def generator_cases(fam):
    cases_ = [
        Case(fam, 'integers_default', [
            call('integers', 10), call('integers', -5, 5, size=10), call('integers', 0, 2**32, size=3),
            call('integers', 2**40, size=3), call('integers', -2**63, 2**63 - 1, size=3),
            call('integers', 0, 0, endpoint=True), call('integers', 5, size=0),
            call('integers', 0, 2**64 - 1, dtype='uint64', endpoint=True, size=2)]),
        Case(fam, 'integers_edges', generator_integer_edges()),
        Case(fam, 'random', [
            call('random'), call('random', size=5), call('random', size=5, dtype='float32'),
            call('random', dtype='float32'), call('random', size=[2, 2]), call('random', dtype='float32')]),
        Case(fam, 'normal', [
            call('standard_normal'), call('standard_normal', size=50), call('standard_normal', size=20, dtype='float32'),
            call('normal', 3, 2, size=3), call('normal', 0, 0), call('normal', size=2)]),
        Case(fam, 'exponential', [
            call('standard_exponential', size=50), call('standard_exponential', size=20, dtype='float32'),
            call('standard_exponential', size=3, method='inv'),
            call('standard_exponential', size=3, method='inv', dtype='float32'), call('exponential', 2, size=3),
            call('exponential')]),
        Case(fam, 'uniform_triangular', [
            call('uniform'), call('uniform', -1, 1, size=4), call('uniform', 5, 5),
            call('triangular', 0, 0.5, 1, size=3), call('triangular', 0, 0, 1), call('triangular', 0, 1, 1)]),
        Case(fam, 'out_arrays', [
            call('random', out=[[0, 0], [0, 0]]), call('random', out=[0, 0, 0], dtype='float32'),
            call('standard_normal', out=[0, 0]), call('standard_normal', size=[3], out=[0, 0, 0], dtype='float32'),
            call('standard_exponential', out=[[0], [0]], method='inv'), call('standard_exponential', out=[], size=0)]),
        Case(fam, 'error_out_size', [call('random'), call('random', size=3, out=[0, 0])], max_seeds=12),
        Case(fam, 'bytes', [call('bytes', n) for n in (0, 1, 3, 4, 5, 17)]),
        Case(fam, 'shuffle_permutation', [
            call('shuffle', list(range(10))), call('shuffle', [[1, 2], [3, 4], [5, 6]]),
            call('shuffle', [[1, 2, 3], [4, 5, 6]], axis=1), call('permutation', 10),
            call('permutation', [[1, 2], [3, 4], [5, 6]]), call('permutation', [[1, 2, 3], [4, 5, 6]], axis=1),
            call('permuted', [[1, 2, 3], [4, 5, 6]], axis=1), call('permuted', list(range(6))),
            call('permuted', [[1, 2], [3, 4]])]),
        Case(fam, 'choice', [
            call('choice', 5, size=3), call('choice', 10, size=5, replace=False),
            call('choice', 100, size=3, replace=False), call('choice', 1000, size=5, replace=False, shuffle=False),
            call('choice', 1000, size=900, replace=False), call('choice', 4, size=10, p=[0.1, 0.2, 0.3, 0.4]),
            call('choice', 5, size=3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2]), call('choice', ['a', 'b'], size=3),
            call('choice', [[1, 2], [3, 4], [5, 6]], size=2), call('choice', 7)]),
        Case(fam, 'raw_and_buffered_half', [
            call('random_raw', size=3), call('integers', 0, 2**16, dtype='uint16', size=3),
            call('random', dtype='float32'), call('random_raw'), call('random', dtype='float32'),
            call('random', dtype='float32'), call('integers', 0, 10, dtype='int32')]),
        Case(fam, 'spawn_key_pool', [call('random_raw', size=2), call('integers', 0, 100, size=3)],
             spawn_key=[1, 2**40], pool_size=8),
        Case(fam, 'integers_broadcast', [
            call('integers', [0, 1], [5, 6], size=[3, 2]), call('integers', [3, 5, 7]), call('integers', [[0], [0]], 5, size=3),
            call('integers', [0, 0], [255, 3], dtype='uint8', endpoint=True, size=[4, 2]),
            call('integers', -5, [5, 50, 127], dtype='int8', endpoint=True), call('integers', 0, [1, 1, 1], dtype='bool', endpoint=True),
            call('integers', 0, [2**64 - 1, 2**63], dtype='uint64', endpoint=True), call('integers', [2**40, -2**40], 2**41),
            call('integers', [0, 0], [2**16, 2**15], dtype='uint16'), call('integers', [0.5, 3.7], [5.2, 9.9])]),
        Case(fam, 'error_integers_array', [call('random'), call('integers', [1, 2], [1, 5])], max_seeds=12),
        Case(fam, 'error_integers_array_oob', [call('random'), call('integers', 0, [10, 256], dtype='uint8', endpoint=True)],
             max_seeds=12),
        Case(fam, 'error_integers', [call('random'), call('integers', 5, 5)]),
        Case(fam, 'error_scale', [call('random'), call('normal', 0, -1)]),
        Case(fam, 'error_choice', [call('random'), call('choice', 0)]),
        Case(fam, 'error_dtype', [call('random'), call('random', dtype='int32')]),
        Case(fam, 'error_uniform', [call('random'), call('uniform', 0, 'inf')]),
        Case(fam, 'error_ragged', [call('random'), call('permutation', [[1, [2]], [3, 4]])]),
    ]
    if fam != 'sfc64':
        cases_.append(Case(fam, 'jumped', [call('random_raw', size=3), call('random')], jumped=1))
    if fam in ('pcg64', 'pcg64dxsm', 'philox'):
        cases_.append(Case(fam, 'advance', [call('random_raw', size=3), call('random')], advance=2**64 + 5))
    if fam == 'philox':
        cases_.append(Case(fam, 'counter', [call('random_raw', size=5)], counter=2**200 + 2**64 + 7))
    return cases_


SEEDSEQUENCE = [
    Case('seedsequence', 'generate_state', [
        call('generate_state', 4), call('generate_state', 8, dtype='uint64'), call('generate_state', 624),
        call('generate_state', 0), call('generate_state', 1, 'uint64')]),
    Case('seedsequence', 'spawn', [call('spawn', 3), call('generate_state', 2), call('spawn', 2), call('spawn', 0)]),
    Case('seedsequence', 'spawn_key', [call('generate_state', 4), call('spawn', 2)], spawn_key=[5, 2**64 + 1]),
    Case('seedsequence', 'pool_size', [call('generate_state', 6, dtype='uint64'), call('spawn', 1)], pool_size=9),
    Case('seedsequence', 'error_dtype', [call('generate_state', 2), call('generate_state', 2, dtype='int32')]),
]

# --- distributions: cases made from the method rows -------------------------------
# Every row of the library's method tables (read from `nprand --list --json`)
# gets the same battery: scalar, sized and N-D sized draws, broadcast shapes,
# accepted edge values, and one short error case per way NumPy refuses it.
# BRANCHES adds the calls that reach each kernel's algorithm switches.
ERROR_SEEDS = 12

BRANCHES = {
    'standard_gamma': [call('standard_gamma', s, size=4) for s in (0.0, 1e-300, 0.2, 0.999, 1.0, 1.001, 3.5, 1e6)],
    'gamma': [call('gamma', s, 2.0, size=4) for s in (0.0, 0.05, 0.5, 1.0, 2.0, 50.0)] + [call('gamma', 1, 0)],
    'beta': [call('beta', a, b, size=4) for a, b in ((0.1, 0.1), (0.5, 0.9), (1.0, 1.0), (0.5, 3.0), (2.0, 0.5),
                                                     (3.0, 5.0), (1e-3, 1e-3), (1e6, 1e6), (5e-324, 1.0))],
    'chisquare': [call('chisquare', df, size=4) for df in (1e-3, 0.5, 1.0, 2.0, 7.5, 1e6)],
    'f': [call('f', a, b, size=4) for a, b in ((1, 1), (0.5, 7), (10, 0.3), (1e6, 1e6))],
    'noncentral_chisquare': [call('noncentral_chisquare', df, nonc, size=4)
                             for df, nonc in ((3, 0), (0.5, 2), (1, 2), (1.5, 2), (5, 1e-3), (5, 100))],
    'noncentral_f': [call('noncentral_f', a, b, c, size=4) for a, b, c in ((3, 5, 0), (0.5, 2, 1), (1, 1, 5), (10, 20, 1e3))],
    'standard_t': [call('standard_t', df, size=4) for df in (1e-3, 0.5, 1, 2.5, 1e6, 'inf')],
    'vonmises': [call('vonmises', mu, k, size=4) for mu, k in ((0, 0), (1, 1e-9), (0.5, 0.5), (3.1, 5), (-2, 1e7),
                                                              (10, 2), (-10, 2), ('inf', 1))],
    'pareto': [call('pareto', a, size=4) for a in (1e-3, 0.5, 3, 1e6)],
    'power': [call('power', a, size=4) for a in (1e-3, 0.5, 1, 3, 1e6)],
    'weibull': [call('weibull', a, size=4) for a in (0, 1e-3, 0.5, 1, 3, 1e6)],
    'wald': [call('wald', m, s, size=4) for m, s in ((1, 1), (0.1, 10), (10, 0.1), (1e6, 1e-3), (3, 3e6))],
    'lognormal': [call('lognormal', m, s, size=4) for m, s in ((0, 1), (-2, 0), (1, 1e-300), (700, 1))],
    'rayleigh': [call('rayleigh', s, size=4) for s in (0, 1, 1e300)],
    'standard_cauchy': [call('standard_cauchy', size=6)],
    'gumbel': [call('gumbel', 0, 0, size=2), call('gumbel', -3, 2, size=4)],
    'binomial': [call('binomial', n, p, size=4) for n, p in ((0, 0.5), (10, 0), (10, 1), (5, 0.3), (100, 0.29), (100, 0.31),
                                                            (1000, 0.03), (1000, 0.7), (60, 0.5), (2**40, 1e-12), (7, 0.999))]
                + [call('binomial', 30, 0.5), call('binomial', 30, 0.5), call('binomial', 31, 0.5), call('binomial', 10.7, 0.5),
                   call('binomial', [10, 100, 1000], [[0.1], [0.9]])],
    'poisson': [call('poisson', lam, size=4) for lam in (0, 1e-300, 0.5, 9.99, 10, 10.01, 1e3, 1e6, 1e12)],
    'geometric': [call('geometric', p, size=4) for p in (1, 0.999, 1 / 3, 0.3333, 0.5, 0.01, 1e-10, 1e-300)],
    'hypergeometric': [call('hypergeometric', g, b, n, size=4) for g, b, n in ((10, 5, 0), (10, 5, 15), (100, 2, 10),
                                                                               (5, 50, 9), (5, 50, 11), (500, 600, 300),
                                                                               (10**8, 10**8, 10**7), (0, 10, 5))],
    'logseries': [call('logseries', p, size=4) for p in (0, 1e-10, 0.3, 0.5, 0.9, 0.999999)],
    'negative_binomial': [call('negative_binomial', n, p, size=4) for n, p in ((1, 0.5), (0.5, 0.1), (100, 0.9), (1e6, 0.5),
                                                                               (3, 1.0))],
    'zipf': [call('zipf', a, size=4) for a in (1.001, 1.1, 1.5, 2, 3.5, 100, 1024)],
    'laplace': [call('laplace', 0, 0, size=2), call('laplace', 5, 1e-3, size=4)],
    'logistic': [call('logistic', 0, 0, size=2), call('logistic', 1, 3, size=4)],
}
EXTRA_ERRORS = {  # NumPy's hand-written checks, in their order
    'binomial': [call('binomial', -1, 1.5), call('binomial', [5, -1], 0.5), call('binomial', 5, [0.5, 'nan']),
                 call('binomial', 2**63, 0.5), call('binomial', 'nan', 0.5)],
    'hypergeometric': [call('hypergeometric', 10, 5, 16), call('hypergeometric', -1, 5, 11), call('hypergeometric', 10**9, 1, 1),
                       call('hypergeometric', [10, 5], [5, 1], [3, 7]), call('hypergeometric', 5, 5, 0),
                       call('hypergeometric', [1, 2], [1, 2, 3], 1), call('hypergeometric', 2**62, 2**62, 10)],
    'negative_binomial': [call('negative_binomial', 1e300, 1e-10), call('negative_binomial', 'nan', 0.5),
                          call('negative_binomial', 0, 0.5), call('negative_binomial', 5, 0)],
    'poisson': [call('poisson', 1e19), call('poisson', [1, 1e19]), call('poisson', [-1, 1e19])],
}


def _row_rng(family, name):
    import random as _random
    return _random.Random('nprand cases %s %s' % ('legacy' if family == 'legacy' else 'generator', name))


def _valid(row, rng, k=None):
    from .methods import VALID, INT_VALID
    vals = []
    for p in row['params']:
        pool = INT_VALID.get(p['constraint'], [1, 5]) if p['type'] == 'int64' else VALID[p['constraint']]
        vals.append(pool[k % len(pool)] if k is not None else rng.choice(pool))
    return vals


def _ordered(row, vals):
    """triangular wants left <= mode <= right, left < right; hypergeometric
    a sample its urn can give."""
    if row['name'] == 'hypergeometric':
        vals = list(vals)
        vals[0] = max(vals[0], 1)
        vals[2] = max(1, min(vals[2], vals[0] + vals[1]))
        return vals
    if row['name'] == 'triangular':
        vals = sorted(vals)
        if vals[0] == vals[2]:
            vals[2] = vals[0] + 1.0
    return vals


def _arrays(row, rng, shape):
    """Each parameter as an array of shape (valid values)."""
    from .methods import nest, prod
    cols = []
    for _ in range(prod(shape)):
        cols.append(_ordered(row, _valid(row, rng)))
    return [nest([c[j] for c in cols], list(shape)) for j in range(len(row['params']))]


def distribution_cases(family):
    from .methods import EDGE, INVALID, distribution_rows, safe_value
    out = []
    for row in distribution_rows(family):
        name, n = row['name'], len(row['params'])
        rng = _row_rng(family, name)
        calls = []
        v0 = _ordered(row, _valid(row, rng, 1))
        calls += [call(name, *v0), call(name, *v0, size=5), call(name, *v0, size=[2, 3]), call(name, *v0, size=0)]
        if n:
            calls.append(call(name, *_arrays(row, rng, (3,))))
            first = _arrays(row, rng, (3,))[0]
            calls.append(call(name, first, *v0[1:]))  # (3,) with scalars
            calls.append(call(name, *_arrays(row, rng, (2, 3)), size=[4, 2, 3]))
            calls.append(call(name, *_arrays(row, rng, (1,)), size=[2, 2]))  # a 1-element array: array path
            calls.append(call(name, *[[] for _ in range(n)]))
        if n >= 2:
            a = _arrays(row, rng, (2, 1))
            b = _arrays(row, rng, (3,))
            mixed = [a[0]] + [b[j] for j in range(1, n)]
            if name != 'triangular':
                calls.append(call(name, *mixed))  # (2, 1) with (3,)
        for j, p in enumerate(row['params']):
            for e in EDGE[p['constraint']][:4] if p['type'] != 'int64' else []:
                vals = list(v0)
                vals[j] = safe_value(family, name, j, e, v0[j])
                if name == 'triangular':
                    continue
                calls.append(call(name, *vals, size=2))
        calls += BRANCHES.get(name, [])
        if row.get('float32'):
            calls += [call(name, *v0, size=6, dtype='float32'), call(name, *v0, dtype='float32')]
        out.append(Case(family, 'dist_' + name, calls))
        # errors: one per case (an error ends a request), a few seeds each
        errs = []
        for j, p in enumerate(row['params']):
            bad = INVALID.get(p['constraint'], []) if p['type'] != 'int64' else []
            if bad:
                vals = list(v0)
                vals[j] = bad[0]
                errs.append(('%s_scalar' % p['name'], call(name, *vals)))
                arr = list(v0)
                arr[j] = [v0[j], bad[-1]]
                errs.append(('%s_array' % p['name'], call(name, *arr)))
        if n:
            errs.append(('shape_mismatch', call(name, *_arrays(row, rng, (2,))[:1], *_arrays(row, rng, (3,))[1:])
                         if n >= 2 else call(name, *_arrays(row, rng, (2,)), size=3)))
            errs.append(('size_incompatible', call(name, *_arrays(row, rng, (2, 3)), size=[3])))
        errs.append(('size_negative', call(name, *v0, size=-2)))
        errs += [('extra%d' % k, c) for k, c in enumerate(EXTRA_ERRORS.get(name, []))]
        for label, c in errs:
            out.append(Case(family, 'error_%s_%s' % (name, label), [call('random' if family != 'legacy' else 'random_sample', size=2), c],
                            max_seeds=ERROR_SEEDS))
    if family == 'legacy':
        # the gauss cache carries across every method that draws normals
        seq = [call('standard_normal')]
        have = {r['name'] for r in distribution_rows(family)}
        for c in (call('gamma', 2.5), call('standard_t', 3), call('normal'), call('beta', 0.5, 0.5),
                  call('chisquare', 3.0), call('lognormal'), call('noncentral_chisquare', 3, 2), call('f', 3, 4),
                  call('standard_cauchy'), call('wald', 1, 1), call('standard_gamma', 0.5),
                  call('negative_binomial', 3, 0.4), call('binomial', 5, 0.5), call('poisson', 3), call('get_state')):
            if c['method'] in have or c['method'] == 'get_state':
                seq.append(c)
        out.append(Case(family, 'dist_gauss_cache_sequence', seq))
    return out


def py(name, *calls):
    return Case('python', name, list(calls))


PYTHON = [
    py('random_getrandbits', call('random', size=5), call('getrandbits', 0), call('getrandbits', 1, size=3),
       call('getrandbits', 32), call('getrandbits', 33), call('getrandbits', 64), call('getrandbits', 65),
       call('getrandbits', 1000), call('randbytes', 0), call('randbytes', 5), call('randbytes', 17)),
    py('seed_article', call('randint', 1, 100, size=5), call('random', size=3)),
    py('randrange', call('randrange', 10, size=5), call('randrange', 1, 10, size=5), call('randrange', 0, 100, 7, size=5),
       call('randrange', 10, 0, -3, size=5), call('randrange', -5, 5), call('randrange', 2**40),
       call('randrange', -2**63, 2**63 - 1, size=3), call('randrange', 0, 2**32), call('randrange', 0, 2**32 + 1)),
    py('randint', call('randint', 0, 0), call('randint', -3, 3, size=10), call('randint', 0, 2**62, size=3),
       call('randint', -2**63, 2**63 - 1, size=3)),
    py('choice_shuffle', call('choice', [1, 2, 3], size=5), call('choice', 'abc', size=3), call('choice', ['x']),
       call('shuffle', list(range(10))), call('shuffle', []), call('shuffle', ['a', 'b', 'c']),
       call('shuffle', list(range(6)), size=3)),
    py('choices', call('choices', [1, 2, 3], k=5), call('choices', 'ab', weights=[1, 3], k=4),
       call('choices', [10, 20, 30], cum_weights=[0.2, 0.5, 1.0], k=6), call('choices', [1, 2], k=0),
       call('choices', list(range(50)), weights=[i % 3 for i in range(50)], k=3)),
    py('sample', call('sample', list(range(10)), 3), call('sample', list(range(100)), 30), call('sample', list(range(30)), 25),
       call('sample', list(range(2000)), 5), call('sample', 'abcdef', 6), call('sample', ['a', 'b'], 3, counts=[2, 3]),
       call('sample', [1], 0)),
    py('uniform_triangular', call('uniform', 0, 1, size=3), call('uniform', 5, -5), call('triangular', size=2),
       call('triangular', 0, 10, 2, size=3), call('triangular', 3, 3), call('triangular', 10, 0)),
    py('gauss_cache', call('gauss', size=3), call('normalvariate'), call('gauss', 5, 2), call('getstate'),
       call('gauss'), call('lognormvariate', 0, 1, size=2), call('getstate')),
    py('variates', call('expovariate', 1.5, size=3), call('vonmisesvariate', 1, 0), call('vonmisesvariate', 0.5, 4, size=3),
       call('vonmisesvariate', -1, 1e-7), call('gammavariate', 0.5, 1, size=3), call('gammavariate', 1, 2, size=2),
       call('gammavariate', 3.5, 0.5, size=3), call('betavariate', 2, 3, size=2), call('paretovariate', 2.5, size=2),
       call('weibullvariate', 1.5, 2, size=2)),
    py('reseed', call('random'), call('seed', 5), call('random'), call('seed', {'str': 'abc'}), call('random'),
       call('seed', {'str': 'abc'}, 1), call('random'), call('seed', {'bytes': 'ff00'}), call('random'),
       call('seed', -7), call('random')),
    py('error_randrange_empty', call('random'), call('randrange', 5, 5)),
    py('error_randrange_step', call('random'), call('randrange', 0, 10, 0)),
    py('error_randint', call('random'), call('randint', 5, 4)),
    py('error_choice_empty', call('random'), call('choice', [])),
    py('error_sample_too_large', call('random'), call('sample', [1, 2], 3)),
    py('error_choices_weights', call('random'), call('choices', [1, 2], weights=[1])),
    py('error_getrandbits_negative', call('random'), call('getrandbits', -1)),
    py('error_expovariate_zero', call('random'), call('expovariate', 0)),
    py('error_gammavariate', call('random'), call('gammavariate', 0, 1)),
]


def multivariate_cases(family):
    """dirichlet and multinomial: vectors in a trailing dimension, both
    paths of Generator.dirichlet, multinomial's broadcasting."""
    gen = family != 'legacy'
    cases = [
        Case(family, 'mv_dirichlet', [
            call('dirichlet', [0.5, 1, 2]), call('dirichlet', [0.5, 1, 2], size=2), call('dirichlet', [3.0], size=[2, 2]),
            call('dirichlet', [0.05, 0.01, 0.09], size=3), call('dirichlet', [0.05, 0.2], size=2),
            call('dirichlet', [1e-3, 1e-3], size=2), call('dirichlet', [1, 'nan'], size=2), call('dirichlet', [0.05, 'nan']),
            call('dirichlet', []), call('dirichlet', [2, 3], size=0), call('dirichlet', [40, 0.5, 7], size=[2, 1])]),
        Case(family, 'mv_multinomial', [
            call('multinomial', 10, [0.2, 0.3, 0.5]), call('multinomial', 20, [0.1] * 10, size=3),
            call('multinomial', 100, [0.5, 0.6]), call('multinomial', 0, [0.3, 0.7], size=2),
            call('multinomial', 1000, [1e-3, 0.5, 0.499], size=[2, 2]), call('multinomial', 5, [1.0]),
            call('multinomial', 7, [0.0, 0.0, 1.0], size=2), call('multinomial', 50, [0.25, 0.25, 0.25, 0.25 + 1e-13]),
            call('multinomial', 3, [0.5, 0.5], size=0), call('multinomial', 10**6, [0.3, 0.2, 0.5])]),
    ]
    errors = {
        'dirichlet_zero': call('dirichlet', [1, 0, 2]), 'dirichlet_negative': call('dirichlet', [-1, 2], size=2),
        'dirichlet_2d': call('dirichlet', [[1, 2], [3, 4]]), 'dirichlet_size': call('dirichlet', [1, 2], size=-1),
        'multinomial_sum': call('multinomial', 5, [0.6, 0.6, 0.1]), 'multinomial_nan': call('multinomial', 5, [0.5, 'nan']),
        'multinomial_bounds': call('multinomial', 5, [-0.1, 1.1]), 'multinomial_n': call('multinomial', -1, [0.5, 0.5]),
        'multinomial_size': call('multinomial', -1, [0.5, 0.5], size=-2),
    }
    if gen:
        mvhg = 'multivariate_hypergeometric'
        cases.append(Case(family, 'mv_hypergeometric', [
            call(mvhg, [3, 5, 9], 6), call(mvhg, [3, 5, 9], 6, size=3), call(mvhg, [3, 5, 9], 15, size=2),
            call(mvhg, [10, 0, 20, 5], 17, size=[2, 2], method='count'), call(mvhg, [10, 0, 20, 5], 30, method='count', size=2),
            call(mvhg, [1000, 2000, 50], 1500, size=2), call(mvhg, [100000, 250000, 7], 12345, size=2, method='marginals'),
            call(mvhg, [4], 4), call(mvhg, [4, 4], 0, size=2), call(mvhg, [], 0, size=2), call(mvhg, [0, 0], 0),
            call(mvhg, [5, 6], 11, method='count'), call(mvhg, [2, 3, 4], 4, size=0, method='count'),
            call(mvhg, [10**8, 10**8], 10**7, size=2)]))
        cases.append(Case(family, 'mv_multinomial_bcast', [
            call('multinomial', [5, 10], [0.5, 0.5]), call('multinomial', 8, [[0.2, 0.8], [0.9, 0.1]]),
            call('multinomial', [[3], [30]], [[0.2, 0.8], [0.6, 0.4], [0.1, 0.9]]),
            call('multinomial', [4, 40], [0.1, 0.9], size=[3, 2]), call('multinomial', [[1, 2]], [0.3, 0.3, 0.4], size=[2, 2])]))
        errors.update({
            'multinomial_empty': call('multinomial', 5, []), 'multinomial_scalar_p': call('multinomial', 5, 0.5),
            'multinomial_nd_sum': call('multinomial', 5, [[0.5, 0.5], [0.7, 0.7]]),
            'multinomial_n_array': call('multinomial', [5, -1], [0.5, 0.5]),
            'multinomial_bcast': call('multinomial', [1, 2, 3], [[0.5, 0.5], [0.3, 0.7]]),
            'multinomial_out_size': call('multinomial', [1, 2], [0.5, 0.5], size=[2, 2]),
            'mvhg_method': call(mvhg, [1, 2], 1, method='urn'), 'mvhg_nsample_float': call(mvhg, [1, 2], 1.0),
            'mvhg_nsample_negative': call(mvhg, [1, 2], -1), 'mvhg_nsample_big': call(mvhg, [1, 2], 2**63),
            'mvhg_colors_negative': call(mvhg, [1, -2], 1), 'mvhg_colors_float': call(mvhg, [1.0, 2.0], 1),
            'mvhg_colors_2d': call(mvhg, [[1, 2]], 1), 'mvhg_colors_scalar': call(mvhg, 5, 1),
            'mvhg_colors_bool': call(mvhg, [True, False], 1), 'mvhg_colors_huge': call(mvhg, [2**63, 1], 1),
            'mvhg_sum_overflow': call(mvhg, [2**62, 2**62, 2**62], 1),
            'mvhg_marginals_limit': call(mvhg, [10**9, 1], 1), 'mvhg_count_limit': call(mvhg, [2**61], 1, method='count'),
            'mvhg_too_many': call(mvhg, [2, 3], 6), 'mvhg_size': call(mvhg, [2, 3], 2, size=-1),
        })
    else:
        errors.update({'multinomial_scalar_p': call('multinomial', 5, 0.5),
                       'multinomial_2d': call('multinomial', 5, [[0.5, 0.5]]), 'multinomial_empty': call('multinomial', 5, [])})
    first = call('random_sample', size=2) if not gen else call('random')
    for name, c in errors.items():
        cases.append(Case(family, 'error_mv_' + name, [first, c], max_seeds=12))
    return cases


def mvn_cases(family):
    """multivariate_normal: every BLAS path of np.dot / @ (n == 1, one row,
    matrix times matrix), PSD, singular and non-PSD covariances with their
    warning, tol, check_valid, Generator's three methods, NaN/inf entries,
    and NumPy's errors in its order (LinAlgError among them)."""
    gen = family != 'legacy'
    mvn = 'multivariate_normal'
    psd3 = [[2.0, 0.3, -0.4], [0.3, 1.5, 0.2], [-0.4, 0.2, 0.9]]
    psd5 = [[4.0, 1.2, -0.8, 0.5, 0.1], [1.2, 3.0, 0.4, -0.6, 0.2], [-0.8, 0.4, 2.5, 0.3, -0.7],
            [0.5, -0.6, 0.3, 1.8, 0.4], [0.1, 0.2, -0.7, 0.4, 1.2]]
    big = 1e308
    huge_blocks = [[big, big, 0, 0], [big, big, 0, 0], [0, 0, big, big], [0, 0, big, big]]
    cases = [
        Case(family, 'mvn_basic', [
            call(mvn, [0, 0], [[1, 0.5], [0.5, 2]], size=3), call(mvn, [1.0, -2.0, 3.0], psd3, size=[2, 2]),
            call(mvn, [5.0], [[4.0]]), call(mvn, [5.0], [[4.0]], size=4), call(mvn, [0.5, 0.0, -1.0], psd3),
            call(mvn, [1.0, -1.0], [[1.0, 0.2], [0.2, 1.0]], size=0), call(mvn, [0, 0], [[1, 0], [0, 0]], size=2),
            call(mvn, [1, 2], [[2, 1], [1, 2]], size=[1, 2]), call(mvn, [0.0] * 5, psd5, size=3),
            call(mvn, [-0.0], [[0.0]], size=2), call(mvn, [3.0, 4.0], [[1e-300, 0], [0, 1e300]], size=2)]),
        Case(family, 'mvn_not_psd', [
            call(mvn, [0, 0], [[1, 2], [2, 1]], size=2), call(mvn, [0, 0], [[1, 2], [2, 1]], check_valid='ignore'),
            call(mvn, [0, 0], [[1, 0.5], [0.2, 1]], size=2), call(mvn, [1, 1], [[1, 0.5], [0.2, 1]], tol=0.5),
            call(mvn, [0, 0, 0], [[1, 0, 0], [0, -1e-9, 0], [0, 0, 1]]),
            call(mvn, [0, 0, 0], [[1, 0, 0], [0, -1e-9, 0], [0, 0, 1]], tol=1e-6),
            call(mvn, [0.0], [[-1.0]], size=2, check_valid='warn'), call(mvn, [2.0, 3.0], [[1, 1], [1, 1 + 1e-13]], tol=0.0)]),
        Case(family, 'mvn_nonfinite', [
            call(mvn, ['nan', 1.0], [[1, 0], [0, 1]], size=2), call(mvn, [0, 0], [['inf', 0], [0, 1]], size=2),
            call(mvn, [0, 0], [[1e308, 1e308], [1e308, 1e308]], size=2), call(mvn, ['inf', '-inf'], [[1, 0], [0, 1]]),
            call(mvn, [1e308, 0], [[1e300, 0], [0, 1]], size=3), call(mvn, [0, 0], [[1, 0], [0, 1]], tol='nan'),
            # eigenvalues that overflow to inf: NumPy's "invalid value encountered in multiply" warnings
            call(mvn, [0] * 4, huge_blocks, size=2), call(mvn, [0] * 4, huge_blocks, check_valid='ignore')]),
    ]
    errors = {
        'mean_2d': call(mvn, [[0, 0]], [[1, 0], [0, 1]]), 'mean_scalar': call(mvn, 0, [[1]]),
        'cov_1d': call(mvn, [0, 0], [1, 1]), 'cov_not_square': call(mvn, [0, 0], [[1, 0, 0], [0, 1, 0]]),
        'length': call(mvn, [0, 0, 0], [[1, 0], [0, 1]]), 'size': call(mvn, [0, 0], [[1, 0], [0, 1]], size=-1),
        'size_float': call(mvn, [0, 0], [[1, 0], [0, 1]], size=2.0),
        'raise': call(mvn, [0, 0], [[1, 2], [2, 1]], check_valid='raise'),
        'check_valid': call(mvn, [0, 0], [[1, 0], [0, 1]], check_valid='never'),
        'svd_nan': call(mvn, [0, 0], [['nan', 0], [0, 1]]),
    }
    if gen:
        cases.append(Case(family, 'mvn_methods', [
            call(mvn, [0, 0], [[1, 0.5], [0.5, 2]], size=3, method='eigh'),
            call(mvn, [0, 0], [[1, 0.5], [0.5, 2]], size=3, method='cholesky'),
            call(mvn, [1.0, -2.0, 3.0], psd3, size=[2, 2], method='eigh'), call(mvn, [0.5, 0.0, -1.0], psd3, method='cholesky'),
            call(mvn, [5.0], [[4.0]], method='eigh'), call(mvn, [5.0], [[4.0]], size=4, method='cholesky'),
            call(mvn, [0.0] * 5, psd5, size=3, method='cholesky'), call(mvn, [0, 0], [[1, 2], [2, 1]], size=2, method='eigh'),
            call(mvn, [0, 0], [[1, 0], [0, 0]], size=2, method='eigh'),
            call(mvn, [0, 0], [[1, 0.5], [0.5, 2]], check_valid='never', method='cholesky'),
            call(mvn, [0, 0], [['nan', 0], [0, 1]], size=2, method='eigh'),
            call(mvn, [0, 0], [['inf', 0], [0, 1]], size=2, method='cholesky'),
            call(mvn, [0] * 4, huge_blocks, size=2, method='eigh')]))
        errors.update({
            'method': call(mvn, [0, 0], [[1, 0], [0, 1]], method='qr'),
            'cholesky_not_pd': call(mvn, [0, 0], [[1, 2], [2, 1]], method='cholesky'),
            'cholesky_nan': call(mvn, [0, 0], [['nan', 0], [0, 1]], method='cholesky'),
            'eigh_raise': call(mvn, [0, 0], [[1, 2], [2, 1]], method='eigh', check_valid='raise'),
        })
    first = call('random_sample', size=2) if not gen else call('random')
    for name, c in errors.items():
        cases.append(Case(family, 'error_mvn_' + name, [first, c], max_seeds=12))
    return cases


# Cases added with the CPython versions: integers of any size and what
# changed between 3.11 and 3.14. They run for every version (3.11 in the
# `python` folder, the others in `python-3.1x`), so a version difference
# shows as two different oracle files for one case.
PYTHON_ACROSS_VERSIONS = [
    py('bigint_randrange', call('randrange', 2**200, size=3), call('randrange', -2**200, 2**200, size=3),
       call('randrange', 0, 2**200, 2**64 + 1, size=3), call('randrange', 2**200, 0, -(2**70) - 3, size=3),
       call('randrange', 2**64), call('randrange', 2**64 - 1, 2**64 + 1, size=4), call('randrange', -2**100, 2**100, 7),
       call('randrange', 10, 0, -2**70), call('randrange', 0, 5, 2**70)),
    py('bigint_randint', call('randint', 0, 2**64 - 1, size=3), call('randint', -2**199, 2**199, size=3),
       call('randint', 2**100, 2**100), call('randint', -2**63 - 1, 2**63, size=3), call('randint', 0, 2**128, size=2)),
    py('bigint_getrandbits', call('getrandbits', 200, size=2), call('getrandbits', 4096), call('randbytes', 33)),
    py('sample_counts_big', call('sample', ['a', 'b', 'c'], 5, counts=[2**70, -(2**70) + 3, 4]),
       call('sample', [1, 2], 3, counts=[2**64, -(2**64) + 2**30]), call('sample', ['x', 'y', 'z'], 2, counts=[1, 2**29, 5])),
    # totals stay below 2**31: pyodide is a 32-bit build, whose len(range(total)) stops there
    py('sample_counts_zero', call('random'), call('sample', [1, 2], 0, counts=[0, 0]), call('sample', [], 0, counts=[])),
    py('binomialvariate', call('binomialvariate', 20, 0.3, size=5), call('binomialvariate'), call('binomialvariate', 0, 0.5),
       call('binomialvariate', 10, 0.0), call('binomialvariate', 10, 1.0), call('binomialvariate', 1, 0.3, size=3),
       call('binomialvariate', 100, 0.75, size=3), call('binomialvariate', 1000, 0.4, size=3),
       call('binomialvariate', 10**6, 0.3, size=2), call('binomialvariate', 2**40, 0.2), call('binomialvariate', 5, 0.999),
       call('binomialvariate', 50, 0.01, size=3), call('binomialvariate', 30, 0.5, size=3)),
    py('expovariate_default', call('expovariate', size=3), call('expovariate', 2.0)),
    py('randrange_integral_float', call('randrange', 0, 10.0, size=2), call('randint', 1.0, 6, size=2)),
    py('error_randrange_float', call('random'), call('randrange', 5.5)),
    py('error_randrange_none', call('random'), call('randrange', None)),
    py('error_randrange_step_empty', call('random'), call('randrange', 10, 0, 3)),
    py('error_randrange_big_empty', call('random'), call('randrange', 2**80 + 5, 2**80)),
    py('error_randint_big_empty', call('random'), call('randint', 2**70, 2**70 - 1)),
    py('error_randint_float', call('random'), call('randint', 0, 5.5)),
    py('error_sample_counts_total', call('random'), call('sample', [1, 2], 1, counts=[0, 0])),
    py('error_sample_counts_negative', call('random'), call('sample', [1, 2], 1, counts=[-3, 1])),
    py('error_sample_counts_ssize', call('random'), call('sample', [1, 2], 1, counts=[2**64, 1])),
    py('error_getrandbits_huge', call('random'), call('getrandbits', 2**64)),
    py('error_getrandbits_negative_big', call('random'), call('getrandbits', -2**70)),
    py('error_randbytes_negative', call('random'), call('randbytes', -1)),
    py('error_choices_k_big', call('random'), call('choices', [1, 2], k=2**64)),
    py('error_binomialvariate_p', call('random'), call('binomialvariate', 5, 1.5)),
    py('error_binomialvariate_n', call('random'), call('binomialvariate', -1)),
    py('error_binomialvariate_nan', call('random'), call('binomialvariate', 10, 'nan')),
    py('error_weibull_zero_division', call('random'), call('weibullvariate', 1, 0)),
    py('error_seed_type', call('random'), call('seed', [1, 2])),
    py('range_population', call('choice', {'range': [2**100, 2**100 + 10]}, size=3),
       call('sample', {'range': [2**200, 2**200 + 3 * 10**6, 3]}, 5), call('choices', {'range': [-2**70, 2**70, 2**60]}, k=4),
       call('sample', {'range': [10**9]}, 3), call('choice', {'range': [0, 2**64, 2**40]}, size=2),
       call('sample', {'range': [5, -5, -1]}, 10), call('shuffle', {'range': [7, 8]})),
    py('error_choice_range_huge', call('random'), call('choice', {'range': [2**64]})),
    py('error_shuffle_range', call('random'), call('shuffle', {'range': [3]})),
]
PYTHON += PYTHON_ACROSS_VERSIONS


class VersionCase:
    """A python-family case run by another CPython: its oracle files live in
    the `python-<version>` folder and its request names the version."""
    def __init__(self, version, case):
        self.family = 'python-' + version
        self.name = case.name
        self.request = dict(case.request, python=version)


# CPython 3.12-3.14 run in pyodide (oracle/nprand_oracle/pyodide.py); their
# folders are generated only on request (generate.py --family python-3.13).
PYTHON_VERSIONS = {'python-3.12': '3.12', 'python-3.13': '3.13', 'python-3.14': '3.14'}

CASES = {'legacy': LEGACY + distribution_cases('legacy') + multivariate_cases('legacy') + mvn_cases('legacy'),
         'seedsequence': SEEDSEQUENCE,
         'python': PYTHON}
for _fam, _version in PYTHON_VERSIONS.items():
    CASES[_fam] = [VersionCase(_version, c) for c in PYTHON]
for _fam in ('mt19937', 'pcg64', 'pcg64dxsm', 'philox', 'sfc64'):
    CASES[_fam] = generator_cases(_fam) + distribution_cases(_fam) + multivariate_cases(_fam) + mvn_cases(_fam)
