"""Random contract requests for the differential test: random seeds, methods
and parameters, biased toward edges and invalid arguments. One generator per
family; each takes a random.Random and returns one request."""
import math

from . import methods as method_rows
from .cases import BOUNDS, INT_DTYPES


def _size(rng):
    r = rng.random()
    if r < 0.3:
        return None
    if r < 0.85:
        return rng.choice([0, 1, 2, 3, 5, 8, 13, 31])
    if r < 0.97:
        return [rng.randint(0, 4), rng.randint(0, 4)]
    return rng.choice([-1, [2, -1]])


def _with_size(rng, kwargs):
    size = _size(rng)
    if size is not None:
        kwargs['size'] = size
    return kwargs


def _float(rng):
    r = rng.random()
    if r < 0.6:
        return rng.uniform(-10, 10)
    return rng.choice([0.0, -0.0, 1.0, -1.0, 'nan', 'inf', '-inf', 5e-324, 1e-310, 1e300, -1e300,
                       1.7976931348623157e308, rng.uniform(-1e6, 1e6)])


def _edge_int(rng, dtype):
    lo, hi = BOUNDS[dtype]
    base = rng.choice([lo, hi, 0, 0, hi + 1, lo // 2 if lo < 0 else hi // 2, 2**32, 2**63, 2**64])
    return base + rng.choice([-2, -1, 0, 0, 0, 1, 2, rng.randint(-1000, 1000)])


def _array_bounds(rng, dtype, args):
    """randint/integers bounds with lists among them: NumPy's broadcast path."""
    lo, hi = BOUNDS[dtype]
    shape = rng.choice([[1], [3], [2, 1], [1, 3]])
    n = 1
    for d in shape:
        n *= d

    def arr(values):
        return values[0] if not shape else (values if len(shape) == 1 else
                                            [values[i * shape[1]:(i + 1) * shape[1]] for i in range(shape[0])])
    lows = [rng.randint(lo, max(lo, hi // 2)) for _ in range(n)]
    highs = [rng.randint(l + 1, hi + 1) if rng.random() < 0.95 else l for l in lows]
    if rng.random() < 0.05:
        lows[0] = lo - 1
    out = [arr(lows), arr(highs)] if len(args) == 2 else [arr(highs)]
    if len(out) == 2 and rng.random() < 0.4:
        out[rng.randint(0, 1)] = rng.choice(lows)  # one scalar bound
    return out


def _legacy_seed(rng):
    r = rng.random()
    if r < 0.75:
        return rng.getrandbits(32)
    if r < 0.93:
        return [rng.getrandbits(32) for _ in range(rng.choice([1, 2, 3, 10, 623, 624, 625]))]
    return rng.choice([-1, 2**32, 2**64, [], [1, -1], [2**32], 1.5, [1.5], [2**63], [[1, 2]]])



def _mv_vector(rng, k, small=False):
    """alpha or pvals entries: mostly valid, sometimes NaN, zero or negative."""
    out = []
    for _ in range(k):
        r = rng.random()
        if r < 0.04:
            out.append('nan')
        elif r < 0.07:
            out.append(rng.choice([0.0, -0.5, 1.5]))
        elif small:
            out.append(rng.choice([1e-3, 0.01, 0.05, 0.09]) if rng.random() < 0.5 else rng.random() * 0.1)
        else:
            out.append(rng.choice([0.5, 1.0, 2.0, 7.5]) if rng.random() < 0.4 else rng.random() * 5)
    return out


def _mv_call(rng, gen):
    """dirichlet or multinomial, dimensions 1-5 (sometimes 0)."""
    k = rng.randint(1, 5) if rng.random() < 0.97 else 0
    if gen and rng.random() < 0.3:
        colors = [rng.choice([0, 1, 3, 10, 100, 5000]) if rng.random() < 0.7 else rng.randint(0, 10**6) for _ in range(k)]
        if rng.random() < 0.05 and colors:
            colors[0] = -1
        method = rng.choice(['marginals', 'count']) if sum(colors) <= 20000 else 'marginals'
        nsample = rng.randint(0, sum(colors) + 1) if rng.random() < 0.95 else rng.choice([-1, sum(colors) + 1])
        return {'method': 'multivariate_hypergeometric', 'args': [colors, nsample],
                'kwargs': _with_size(rng, {'method': method})}
    if rng.random() < 0.5:
        return {'method': 'dirichlet', 'args': [_mv_vector(rng, k, small=rng.random() < 0.4)],
                'kwargs': _with_size(rng, {})}
    w = [rng.random() for _ in range(k)]
    pvals = [x / sum(w) for x in w] if k else []
    if rng.random() < 0.15:
        pvals = _mv_vector(rng, k)
    n = rng.choice([0, 1, 5, 20, 100, 10**4, 10**7]) if rng.random() < 0.95 else -1
    if gen and rng.random() < 0.3:
        rows = rng.randint(1, 3)
        pvals = [pvals] * rows
        if rng.random() < 0.5:
            n = [rng.randint(0, 50) for _ in range(rows)]
        return {'method': 'multinomial', 'args': [n, pvals], 'kwargs': {}}
    return {'method': 'multinomial', 'args': [n, pvals], 'kwargs': _with_size(rng, {})}


# multivariate_normal is drawn only when the nprand under test has
# nprand::linalg (differential.py asks it first); without it the method
# answers its documented NotImplementedError.
MVN = True


def _mvn_scale(rng):
    return 10.0 ** rng.uniform(-3, 3) if rng.random() < 0.3 else 1.0


def _mvn_cov(rng, k):
    """A k x k covariance: random PSD, singular, near-singular, symmetric
    non-PSD, non-symmetric, diagonal with zero or negative entries, NaN/inf
    entries, or integers."""
    kind = rng.random()
    scale = _mvn_scale(rng)
    if kind < 0.5:
        rank = k if kind < 0.3 else rng.randint(0, k)
        a = [[rng.gauss(0, 1) for _ in range(rank)] for _ in range(k)]
        cov = [[scale * sum(a[i][r] * a[j][r] for r in range(rank)) for j in range(k)] for i in range(k)]
        if 0.4 <= kind:  # near-singular: a tiny symmetric perturbation
            eps = rng.choice([1e-16, 1e-12, 1e-9, 1e-7])
            for i in range(k):
                for j in range(i + 1):
                    d = eps * rng.uniform(-1, 1)
                    cov[i][j] += d
                    if i != j:
                        cov[j][i] += d
        return cov
    if kind < 0.65:
        cov = [[0.0] * k for _ in range(k)]
        for i in range(k):
            for j in range(i + 1):
                cov[i][j] = cov[j][i] = scale * rng.uniform(-2, 2)
        return cov
    if kind < 0.72:
        return [[scale * rng.uniform(-2, 2) for _ in range(k)] for _ in range(k)]
    if kind < 0.82:
        return [[(rng.choice([0.0, 1.0, 2.5, -1.0, 1e-300, 1e300]) if i == j else 0.0) for j in range(k)]
                for i in range(k)]
    if kind < 0.85 and k >= 2:  # 2x2 blocks of 1e308: eigenvalues overflow, NumPy warns
        big = rng.choice([1e308, 1.7976931348623157e308, 9e307])
        return [[(big if i // 2 == j // 2 else 0.0) for j in range(k)] for i in range(k)]
    if kind < 0.9:
        cov = [[float(i == j) for j in range(k)] for i in range(k)]
        i, j = rng.randrange(k), rng.randrange(k)
        cov[i][j] = rng.choice(['nan', 'inf', '-inf', 1.7976931348623157e308])
        return cov
    a = [[rng.randint(-3, 3) for _ in range(k)] for _ in range(k)]
    return [[sum(a[i][r] * a[j][r] for r in range(k)) for j in range(k)] for i in range(k)]


def mvn_call(rng, gen):
    """multivariate_normal, dimensions 1-5: covariances of every kind,
    every check_valid, tol and method, sizes of _size, a few shape errors."""
    k = rng.randint(1, 5)
    mean = [rng.uniform(-5, 5) if rng.random() < 0.8 else rng.choice([0, 3, 'nan', 'inf', 1e300, -2.5])
            for _ in range(k)]
    cov = _mvn_cov(rng, k)
    r = rng.random()
    if r < 0.03:
        mean = [mean]
    elif r < 0.06:
        cov = cov[0]
    elif r < 0.08:
        mean = mean + [0.0]
    elif r < 0.09:
        cov = [row + [0.0] for row in cov]
    kwargs = _with_size(rng, {})
    if rng.random() < 0.4:
        kwargs['check_valid'] = rng.choice(['warn', 'raise', 'ignore', 'ignore', 'raise', 'bogus'])
    if rng.random() < 0.3:
        kwargs['tol'] = rng.choice([0.0, 1e-12, 1e-3, 0.5, 10.0, -1.0, 'nan', 'inf', 1e300])
    if gen and rng.random() < 0.7:
        kwargs['method'] = rng.choice(['svd', 'eigh', 'cholesky'] * 5 + ['qr'])
    if k >= 3 and kwargs.get('method', 'svd') == 'svd' and isinstance(cov[0], list):
        # NumPy's svd may never return on an infinite entry from 3 rows on
        # (nprand refuses those): NaN instead
        cov = [[('nan' if x in ('inf', '-inf') else x) for x in row] for row in cov]
    return {'method': 'multivariate_normal', 'args': [mean, cov], 'kwargs': kwargs}


def _legacy_call(rng):
    if MVN and rng.random() < 0.02:
        return mvn_call(rng, False)
    if rng.random() < 0.03:
        return _mv_call(rng, False)
    if rng.random() < 0.4:
        return method_rows.random_call(rng, 'legacy')
    m = rng.choice(['randint', 'randint', 'randint', 'random_sample', 'rand', 'randn', 'standard_normal',
                    'normal', 'standard_exponential', 'exponential', 'uniform', 'triangular', 'choice',
                    'shuffle', 'permutation', 'bytes', 'random_integers', 'tomaxint', 'random'])
    if m == 'randint':
        dtype = rng.choice(INT_DTYPES + [None])
        d = dtype or 'int64'
        low = _edge_int(rng, d)
        high = _edge_int(rng, d) if rng.random() < 0.8 else None
        if high is not None and rng.random() < 0.5:
            lo, hi = BOUNDS[d]
            low = rng.randint(lo, hi)
            high = rng.randint(low + 1, hi + 1) if low < hi + 1 else hi + 1
        kwargs = _with_size(rng, {})
        if dtype:
            kwargs['dtype'] = dtype
        args = [low] if high is None else [low, high]
        if rng.random() < 0.1:  # float bounds: NumPy truncates them with int()
            args = [float(x) + rng.choice([0.0, 0.5, -0.5]) for x in args]
        elif rng.random() < 0.25:
            args = _array_bounds(rng, d, args)
        return {'method': m, 'args': args, 'kwargs': kwargs}
    if m == 'random_integers':
        low = rng.randint(-2**40, 2**40)
        return {'method': m, 'args': [low, low + rng.choice([0, 1, 5, 2**32, -3])], 'kwargs': _with_size(rng, {})}
    if m in ('random_sample', 'standard_normal', 'standard_exponential', 'tomaxint', 'random'):
        return {'method': m, 'kwargs': _with_size(rng, {})}
    if m in ('rand', 'randn'):
        return {'method': m, 'args': [rng.randint(0, 4) for _ in range(rng.randint(0, 2))]}
    if m == 'normal':
        return {'method': m, 'args': [_float(rng), _float(rng)], 'kwargs': _with_size(rng, {})}
    if m == 'exponential':
        return {'method': m, 'args': [_float(rng)], 'kwargs': _with_size(rng, {})}
    if m == 'uniform':
        return {'method': m, 'args': [_float(rng), _float(rng)], 'kwargs': _with_size(rng, {})}
    if m == 'triangular':
        xs = sorted(rng.uniform(-5, 5) for _ in range(3))
        if rng.random() < 0.2:
            rng.shuffle(xs)
        if rng.random() < 0.1:
            xs = [xs[0]] * 3
        return {'method': m, 'args': xs, 'kwargs': _with_size(rng, {})}
    if m == 'choice':
        n = rng.choice([0, 1, 2, 3, 5, 10, 100])
        a = n if rng.random() < 0.6 else [rng.randint(-9, 9) for _ in range(n)]
        kwargs = _with_size(rng, {})
        if rng.random() < 0.4:
            kwargs['replace'] = False
        if rng.random() < 0.4 and n > 0:
            w = [rng.random() if rng.random() < 0.8 else 0.0 for _ in range(n)]
            total = sum(w) or 1.0
            p = [x / total for x in w]
            if rng.random() < 0.1:
                p[0] = rng.choice(['nan', -0.5, p[0] + 0.1])
            kwargs['p'] = p
        return {'method': m, 'args': [a], 'kwargs': kwargs}
    if m in ('shuffle', 'permutation'):
        n = rng.choice([0, 1, 2, 5, 17])
        x = [rng.randint(-100, 100) for _ in range(n)]
        if m == 'permutation' and rng.random() < 0.3:
            x = rng.randint(-2, 40)
        elif rng.random() < 0.05:  # ragged: permutation refuses it, shuffle of a list does not
            x = rng.choice([['a', [1, 2]], [[1, 2], [3]], [[1, [2]], [3, 4]]])
        return {'method': m, 'args': [x]}
    if m == 'bytes':
        return {'method': m, 'args': [rng.randint(-10, 40)]}
    raise AssertionError(m)


def legacy_request(rng):
    return {'family': 'legacy', 'seed': _legacy_seed(rng),
            'calls': [_legacy_call(rng) for _ in range(rng.randint(1, 5))]}


GENERATORS = {'legacy': legacy_request}


# --- Generator families and SeedSequence --------------------------------------

def _big_int(rng):
    return rng.choice([0, 1, 42, 2**32 - 1, 2**32, 2**63, 2**64 - 1, 2**64, 2**128 + 1,
                       rng.getrandbits(rng.choice([8, 32, 64, 100, 200, 1000]))])


def _entropy(rng):
    r = rng.random()
    if r < 0.6:
        return _big_int(rng)
    if r < 0.93:
        return [_big_int(rng) for _ in range(rng.randint(0, 5))]
    return rng.choice([-1, [1, -5], 1.5, 'abc', [1.5]])


def _seed_options(rng, request):
    if rng.random() < 0.25:
        request['spawn_key'] = [rng.choice([0, 1, 7, 2**40, rng.getrandbits(64)]) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.1:
        request['pool_size'] = rng.choice([4, 5, 8, 3])
    return request


def _gen_call(rng):
    if MVN and rng.random() < 0.02:
        return mvn_call(rng, True)
    if rng.random() < 0.03:
        return _mv_call(rng, True)
    if rng.random() < 0.4:
        return method_rows.random_call(rng, 'pcg64')  # the rows are the same for every bit generator
    m = rng.choice(['integers', 'integers', 'integers', 'random', 'standard_normal', 'normal',
                    'standard_exponential', 'exponential', 'uniform', 'triangular', 'bytes', 'shuffle',
                    'permutation', 'permuted', 'choice', 'random_raw'])
    if m == 'integers':
        dtype = rng.choice(INT_DTYPES + [None])
        d = dtype or 'int64'
        low = _edge_int(rng, d)
        high = _edge_int(rng, d) if rng.random() < 0.8 else None
        if high is not None and rng.random() < 0.5:
            lo, hi = BOUNDS[d]
            low = rng.randint(lo, hi)
            high = rng.randint(low, hi)
        kwargs = _with_size(rng, {})
        if dtype:
            kwargs['dtype'] = dtype
        if rng.random() < 0.3:
            kwargs['endpoint'] = True
        args = [low] if high is None else [low, high]
        if rng.random() < 0.25:
            args = _array_bounds(rng, d, args)
        return {'method': m, 'args': args, 'kwargs': kwargs}
    if m in ('random', 'standard_normal'):
        kwargs = _with_size(rng, {})
        if rng.random() < 0.4:
            kwargs['dtype'] = rng.choice(['float32', 'float64'])
        return {'method': m, 'kwargs': kwargs}
    if m == 'standard_exponential':
        kwargs = _with_size(rng, {})
        if rng.random() < 0.4:
            kwargs['dtype'] = rng.choice(['float32', 'float64'])
        if rng.random() < 0.3:
            kwargs['method'] = 'inv'
        return {'method': m, 'kwargs': kwargs}
    if m == 'normal':
        return {'method': m, 'args': [_float(rng), _float(rng)], 'kwargs': _with_size(rng, {})}
    if m == 'exponential':
        return {'method': m, 'args': [_float(rng)], 'kwargs': _with_size(rng, {})}
    if m == 'uniform':
        return {'method': m, 'args': [_float(rng), _float(rng)], 'kwargs': _with_size(rng, {})}
    if m == 'triangular':
        xs = sorted(rng.uniform(-5, 5) for _ in range(3))
        if rng.random() < 0.2:
            rng.shuffle(xs)
        return {'method': m, 'args': xs, 'kwargs': _with_size(rng, {})}
    if m == 'bytes':
        return {'method': m, 'args': [rng.randint(0, 40)]}
    if m in ('shuffle', 'permutation', 'permuted'):
        if rng.random() < 0.6:
            x = [rng.randint(-100, 100) for _ in range(rng.choice([0, 1, 2, 5, 17]))]
        else:
            r, c = rng.randint(1, 4), rng.randint(1, 4)
            x = [[rng.randint(-9, 9) for _ in range(c)] for _ in range(r)]
        if m == 'permutation' and rng.random() < 0.3:
            return {'method': m, 'args': [rng.randint(-2, 40)]}
        if rng.random() < 0.05:  # ragged: NumPy's inhomogeneous-shape error
            x = rng.choice([['a', [1, 2]], [[1, 2], [3]], [[1, [2]], [3, 4]], [[], [1]]])
        kwargs = {}
        if isinstance(x[0] if x else None, list) and rng.random() < 0.5:
            kwargs['axis'] = rng.choice([0, 1, -1])
        if m == 'permuted' and rng.random() < 0.5:
            kwargs['axis'] = None if not kwargs else kwargs['axis']
        return {'method': m, 'args': [x], 'kwargs': kwargs}
    if m == 'choice':
        n = rng.choice([0, 1, 2, 3, 5, 10, 100, 1000])
        a = n if rng.random() < 0.6 else [rng.randint(-9, 9) for _ in range(n)]
        kwargs = _with_size(rng, {})
        if rng.random() < 0.4:
            kwargs['replace'] = False
        if rng.random() < 0.3:
            kwargs['shuffle'] = False
        if rng.random() < 0.3 and n > 0:
            w = [rng.random() if rng.random() < 0.8 else 0.0 for _ in range(n)]
            total = sum(w) or 1.0
            kwargs['p'] = [x / total for x in w]
        return {'method': m, 'args': [a], 'kwargs': kwargs}
    if m == 'random_raw':
        return {'method': m, 'kwargs': _with_size(rng, {})}
    raise AssertionError(m)


def _generator_request(family):
    def make(rng):
        request = _seed_options(rng, {'family': family, 'seed': _entropy(rng)})
        if rng.random() < (0.1 if family != 'sfc64' else 0.02):
            request['jumped'] = rng.choice([0, 1, 2, 5])
        if rng.random() < (0.1 if family in ('pcg64', 'pcg64dxsm', 'philox') else 0.02):
            request['advance'] = rng.choice([1, 2**64, 2**100 + 3, -1, rng.getrandbits(64)])
        if family == 'philox' and rng.random() < 0.15:
            if rng.random() < 0.7:
                del request['seed']
                request.pop('spawn_key', None)
                request.pop('pool_size', None)
            request['key'] = rng.choice([0, 5, 2**64 + 3, [1, 2], rng.getrandbits(128)])
            if rng.random() < 0.5:
                request['counter'] = rng.choice([0, 7, 2**200, [1, 2, 3, 4]])
        request['calls'] = [_gen_call(rng) for _ in range(rng.randint(1, 5))]
        return request
    return make


def seedsequence_request(rng):
    request = _seed_options(rng, {'family': 'seedsequence', 'seed': _entropy(rng)})
    calls = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.6:
            kwargs = {'dtype': rng.choice(['uint32', 'uint64'])} if rng.random() < 0.6 else {}
            calls.append({'method': 'generate_state', 'args': [rng.choice([0, 1, 2, 4, 8, 624, 5])], 'kwargs': kwargs})
        else:
            calls.append({'method': 'spawn', 'args': [rng.choice([0, 1, 2, 3])]})
    request['calls'] = calls
    return request


for _fam in ('mt19937', 'pcg64', 'pcg64dxsm', 'philox', 'sfc64'):
    GENERATORS[_fam] = _generator_request(_fam)
GENERATORS['seedsequence'] = seedsequence_request


# --- CPython random.Random ------------------------------------------------------

PYTHON_VERSIONS = ['3.11', '3.12', '3.13', '3.14']


def _python_seed(rng, version='3.11'):
    r = rng.random()
    if version != '3.11' and 0.8 <= r < 0.95:
        # pyodide is a 32-bit build: hash(float), and so seed(float), differ
        # there from every 64-bit CPython; int/str/bytes seeds do not
        r = rng.random() * 0.8
    if r < 0.45:
        return rng.choice([1, -1]) * rng.getrandbits(rng.choice([1, 8, 31, 32, 33, 63, 64, 65, 128, 1000]))
    if r < 0.65:
        return {'str': rng.choice(['', 'hello', 'é', '日本語', 'a' * 100, str(rng.random())])}
    if r < 0.8:
        return {'bytes': bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 5, 64]))).hex()}
    if r < 0.95:
        return {'float': rng.choice([0.0, -0.0, 1.5, -2.25, 1e300, 'inf', '-inf', rng.uniform(-1e6, 1e6)])}
    return rng.choice([[1, 2], {'other': 1}])


def _repeat(rng, kwargs):
    if rng.random() < 0.5:
        kwargs['size'] = rng.choice([1, 2, 5])
    return kwargs


def _big(rng):
    """An int of any size up to 2**200, biased to the edges of the word sizes."""
    r = rng.random()
    if r < 0.3:
        return rng.randint(-1000, 1000)
    if r < 0.6:
        k = rng.choice([31, 32, 33, 52, 53, 63, 64, 65, 100, 128, 199, 200])
        return rng.choice([1, -1]) * (2**k + rng.choice([-1, 0, 1, rng.randint(-1000, 1000)]))
    return rng.choice([1, -1]) * rng.getrandbits(rng.choice([16, 62, 64, 70, 128, 200]))


def _range_args(rng):
    """range(...) arguments: elements of any size, lengths below 2**31 (the
    limit of pyodide's 32-bit len()) or past 2**63 (OverflowError in every
    CPython)."""
    start = rng.choice([0, -5, 2**64, -2**100, 2**200, _big(rng)])
    step = rng.choice([1, 1, 2, 3, -1, -7, 2**40, -(2**64), 0])
    length = rng.choice([0, 1, 2, 5, 30, 1000, 10**6, 2**30, 2**63 + 2, 2**64 + 3])
    stop = start + step * length + rng.choice([0, 0, 1, -1]) * (1 if step > 0 else -1)
    r = rng.random()
    if r < 0.15 and start >= 0:
        return [rng.choice([0, 1, 10, 2**30, 2**64])]
    if r < 0.3 and step == 1:
        return [start, stop]
    return [start, stop, step]


def _odd_int_arg(rng):
    """Arguments an int parameter must reject (or, in 3.11, convert)."""
    return rng.choice([5.0, 5.5, -3.0, 2.5, 1e20, 'nan', 'inf', None, [1], True, False, '7'])


def _python_call(rng, version):
    m = rng.choice(['random', 'getrandbits', 'randbytes', 'randrange', 'randrange', 'randrange', 'randint', 'randint',
                    'randint', 'choice', 'choices', 'shuffle', 'sample', 'sample', 'uniform', 'triangular', 'gauss',
                    'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
                    'betavariate', 'paretovariate', 'weibullvariate', 'binomialvariate', 'binomialvariate',
                    'getstate'])
    pop = rng.choice([[], [1], list(range(5)), [rng.randint(-9, 9) for _ in range(rng.randint(1, 40))], 'abc', ['x', 'y']])
    if m in ('choice', 'choices', 'sample', 'shuffle') and rng.random() < 0.25:
        pop = {'range': _range_args(rng)}
    if m == 'random':
        return {'method': m, 'kwargs': _repeat(rng, {})}
    if m == 'getrandbits':
        # k in [2**28, 2**63) is left out: 3.14 would build the number, and
        # pyodide's 32-bit build answers differently from a 64-bit CPython
        k = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, 100, 200, 1000, -1, -2**70, 2**64, 2**70, 2.0])
        return {'method': m, 'args': [k], 'kwargs': _repeat(rng, {})}
    if m == 'randbytes':
        return {'method': m, 'args': [rng.choice([0, 1, 3, 4, 5, 17, -1, -2**70, 2**61, 2**70])], 'kwargs': _repeat(rng, {})}
    if m == 'randrange':
        a = rng.choice([0, 1, -5, 10, 2**31, -2**62, rng.randint(-1000, 1000), _big(rng)])
        r = rng.random()
        if r < 0.25:
            return {'method': m, 'args': [a], 'kwargs': _repeat(rng, {})}
        b = a + rng.choice([0, 1, 2, 7, -3, 2**32, 2**40, 2**64, 2**200, rng.randint(-100, 100), _big(rng)])
        args = [a, b]
        if r > 0.55:
            args.append(rng.choice([1, 2, 3, -1, -2, 0, 7, 2**64 + 1, -(2**70), _big(rng)]))
        if rng.random() < 0.08:
            args[rng.randrange(len(args))] = _odd_int_arg(rng)
        return {'method': m, 'args': args, 'kwargs': _repeat(rng, {})}
    if m == 'randint':
        a = rng.choice([0, 1, -5, 2**31, -2**63, rng.randint(-1000, 1000), _big(rng)])
        b = a + rng.choice([0, 1, 5, -1, 2**32, 2**62, 2**64 - 1, 2**200, rng.randint(0, 100), _big(rng)])
        args = [a, b]
        if rng.random() < 0.08:
            args[rng.randrange(2)] = _odd_int_arg(rng)
        return {'method': m, 'args': args, 'kwargs': _repeat(rng, {})}
    if m == 'choice':
        return {'method': m, 'args': [pop], 'kwargs': _repeat(rng, {})}
    if m == 'choices':
        kwargs = _repeat(rng, {'k': rng.choice([0, 1, 3, 10, -2, 2**64, -(2**70), 1.5, None])})
        n = len(pop) if not isinstance(pop, dict) else rng.choice([0, 2, 5])
        r = rng.random()
        if r < 0.3:
            kwargs['weights'] = [rng.choice([0, 1, 2.5, rng.random()]) for _ in range(n if rng.random() < 0.9 else n + 1)]
        elif r < 0.5:
            acc, cum = 0.0, []
            for _ in range(n):
                acc += rng.random()
                cum.append(acc)
            kwargs['cum_weights'] = cum
        return {'method': m, 'args': [pop], 'kwargs': kwargs}
    if m == 'shuffle':
        return {'method': m, 'args': [pop if isinstance(pop, (list, dict)) else list(pop)], 'kwargs': _repeat(rng, {})}
    if m == 'sample':
        size = len(pop) if not isinstance(pop, dict) else 5
        k = rng.choice([0, 1, 2, 3, size, size + 1, -1, 2**64, 1.5, 0.0])
        kwargs = _repeat(rng, {})
        if rng.random() < 0.4 and isinstance(pop, list):  # counts only with lists
            r = rng.random()
            if r < 0.5:
                counts = [rng.randint(0, 3) for _ in range(len(pop))]
            elif r < 0.8:
                # big counts whose total still fits a 32-bit Py_ssize_t (pyodide's)
                counts = [rng.choice([2**70, -(2**70), 2**64, rng.randint(0, 2**20)]) for _ in range(len(pop))]
                total = sum(counts)
                if counts and not (0 <= total < 2**31):
                    counts[-1] -= total - rng.randint(0, 2**20)
            else:
                counts = [rng.choice([0, -1, 2, 2**63, 1.5]) for _ in range(len(pop) + rng.choice([0, 0, 1]))]
                if 0 < sum(counts) < 2**63 and sum(counts) >= 2**31:
                    counts = [0] * len(counts)
            if isinstance(k, float) and k:
                k = 1
            kwargs['counts'] = counts
            k = k if k != 2**64 else rng.choice([2**64, 5])
        return {'method': m, 'args': [pop, k], 'kwargs': kwargs}
    if m == 'uniform':
        return {'method': m, 'args': [rng.uniform(-10, 10), rng.uniform(-10, 10)], 'kwargs': _repeat(rng, {})}
    if m == 'triangular':
        lo, hi = rng.uniform(-5, 5), rng.uniform(-5, 5)
        args = [lo, hi] if rng.random() < 0.5 else [lo, hi, rng.uniform(min(lo, hi), max(lo, hi))]
        if rng.random() < 0.1:
            args = [lo, lo]
        return {'method': m, 'args': args, 'kwargs': _repeat(rng, {})}
    if m in ('gauss', 'normalvariate', 'lognormvariate'):
        return {'method': m, 'args': [rng.uniform(-3, 3), rng.choice([0.0, 1.0, rng.uniform(0, 5), -1.0])],
                'kwargs': _repeat(rng, {})}
    if m == 'expovariate':
        args = [rng.choice([1.0, 0.5, 10.0, -1.0, 0.0])] if rng.random() < 0.8 else []
        return {'method': m, 'args': args, 'kwargs': _repeat(rng, {})}
    if m == 'vonmisesvariate':
        return {'method': m, 'args': [rng.uniform(-4, 4), rng.choice([0.0, 1e-7, 0.5, 4.0, 100.0])],
                'kwargs': _repeat(rng, {})}
    if m == 'gammavariate':
        return {'method': m, 'args': [rng.choice([0.5, 1.0, 2.5, 0.01, 0.0, -1.0]), rng.choice([1.0, 2.0, 0.0, -1.0])],
                'kwargs': _repeat(rng, {})}
    if m == 'betavariate':
        return {'method': m, 'args': [rng.choice([0.5, 1.0, 2.5]), rng.choice([0.5, 1.0, 3.0])], 'kwargs': _repeat(rng, {})}
    if m == 'paretovariate':
        return {'method': m, 'args': [rng.choice([0.5, 1.0, 3.0])], 'kwargs': _repeat(rng, {})}
    if m == 'weibullvariate':
        return {'method': m, 'args': [rng.choice([0.5, 1.0, 3.0]), rng.choice([0.5, 1.0, 2.0])], 'kwargs': _repeat(rng, {})}
    if m == 'binomialvariate':
        n = rng.choice([0, 1, 2, 5, 10, 20, 50, 100, 1000, 10**6, 10**12, 2**62, -1, rng.randint(0, 500)])
        p = rng.choice([0.0, 1.0, 0.5, 0.3, 0.7, 0.01, 0.99, 1e-9, 1 - 1e-9, 1.5, -0.1, 'nan', rng.random()])
        args = [n, p] if rng.random() < 0.9 else rng.choice([[], [n]])
        return {'method': m, 'args': args, 'kwargs': _repeat(rng, {})}
    if m == 'getstate':
        return {'method': m}
    raise AssertionError(m)


def python_request_for(version):
    """Random python-family requests for CPython `version` ("3.11" ...)."""
    def make(rng):
        request = {'family': 'python', 'seed': _python_seed(rng, version),
                   'calls': [_python_call(rng, version) for _ in range(rng.randint(1, 5))]}
        if version != '3.11' or rng.random() < 0.2:
            request['python'] = version
        return request
    return make


python_request = python_request_for('3.11')
GENERATORS['python'] = python_request


def mvn_request_for(family):
    """Requests of one to three multivariate_normal calls (differential.py
    --method multivariate_normal), on family's streams."""
    gen = family != 'legacy'

    def make(rng):
        if gen:
            request = _seed_options(rng, {'family': family, 'seed': _entropy(rng)})
        else:
            request = {'family': 'legacy', 'seed': _legacy_seed(rng)}
        request['calls'] = [mvn_call(rng, gen) for _ in range(rng.randint(1, 3))]
        return request
    return make
