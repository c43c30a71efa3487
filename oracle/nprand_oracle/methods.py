"""The method rows, read from `nprand --list --json`: the oracle's method
sets, the distribution cases of the corpus and the random distribution calls
of the differential test all follow from the library's method tables
(lib/include/nprand/methods_*.h), not from lists kept here.

The CLI is $NPRAND_CLI, else build/bin/nprand of this checkout."""
import functools
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli_path():
    return os.environ.get('NPRAND_CLI') or os.path.join(ROOT, 'build', 'bin', 'nprand')


@functools.lru_cache(maxsize=None)
def listing():
    path = cli_path()
    try:
        out = subprocess.run([path, '--list', '--json'], check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit('nprand_oracle: cannot read the method rows from %s --list --json (%s); '
                         'build first or set NPRAND_CLI' % (path, e))
    return {f['name']: f for f in json.loads(out)['families']}


def method_names(family):
    return {m['name'] for m in listing()[family]['methods']}


def distribution_rows(family):
    """The family's table rows: name, id, signature, out, params (name, type,
    constraint), float32."""
    return [m for m in listing()[family]['methods'] if m['kind'] == 'distribution']


# --- parameter values by NumPy constraint kind ---------------------------------
# VALID: ordinary values; EDGE: accepted edges (zero, subnormal, huge, inf,
# NaN where the kind lets NaN through); INVALID: what the kind refuses.
VALID = {
    'NONE': [0.0, -1.5, 2.5, 10.0],
    'NON_NEGATIVE': [0.5, 1.0, 2.5, 7.0],
    'POSITIVE': [0.5, 1.0, 3.0, 20.0],
    'POSITIVE_NOT_NAN': [0.5, 1.0, 3.0],
    'BOUNDED_0_1': [0.0, 0.25, 0.5, 0.9, 1.0],
    'BOUNDED_GT_0_1': [0.1, 0.5, 1.0],
    'BOUNDED_LT_0_1': [0.0, 0.3, 0.9],
    'GT_1': [1.5, 2.0, 5.0],
    'GTE_1': [1.0, 2.0, 5.0],
    'POISSON': [0.0, 1.0, 9.5, 10.0, 50.0],
    'LEGACY_POISSON': [0.0, 1.0, 9.5, 10.0, 50.0],
}
EDGE = {
    'NONE': ['nan', 'inf', '-inf', -0.0, 5e-324, 1e300, -1e300],
    'NON_NEGATIVE': [0.0, 5e-324, 1e-300, 1e300, 'inf', 'nan'],
    'POSITIVE': [5e-324, 1e-300, 1e300, 'inf', 'nan'],
    'POSITIVE_NOT_NAN': [5e-324, 1e300, 'inf'],
    'BOUNDED_0_1': [5e-324, 1 - 2**-53],
    'BOUNDED_GT_0_1': [5e-324, 1e-300, 1 - 2**-53],
    'BOUNDED_LT_0_1': [5e-324, 1 - 2**-53],
    'GT_1': [1 + 2**-52, 1e300],
    'GTE_1': [1 + 2**-52, 1e300],
    'POISSON': [5e-324, 1e6],
    'LEGACY_POISSON': [5e-324, 1e6],
}
INVALID = {
    'NONE': [],
    'NON_NEGATIVE': [-1.0, -0.0, '-inf', -5e-324],
    'POSITIVE': [0.0, -1.0, '-inf'],
    'POSITIVE_NOT_NAN': ['nan', 0.0, -2.0],
    'BOUNDED_0_1': [-0.1, 1.5, 'nan'],
    'BOUNDED_GT_0_1': [0.0, 1.5, 'nan'],
    'BOUNDED_LT_0_1': [-0.1, 1.0, 'nan'],
    'GT_1': [1.0, 0.5, 'nan'],
    'GTE_1': [0.5, 'nan'],
    'POISSON': [-1.0, 'nan', 1e19],
    'LEGACY_POISSON': [-1.0, 'nan', 1e19],
}
INT_VALID = {'NONE': [0, 1, 5, 20], 'NON_NEGATIVE': [0, 1, 5, 20], 'POSITIVE': [1, 5, 20], 'GTE_1': [1, 5, 20]}


def value(rng, param, invalid_rate=0.05, edge_rate=0.15):
    """One parameter value for a row's parameter."""
    cons = param['constraint']
    if param['type'] == 'int64':
        return rng.choice(INT_VALID.get(cons, [1, 5]))
    r = rng.random()
    if r < invalid_rate and INVALID[cons]:
        return rng.choice(INVALID[cons])
    if r < invalid_rate + edge_rate:
        return rng.choice(EDGE[cons])
    base = rng.choice(VALID[cons])
    if cons in ('NONE', 'NON_NEGATIVE', 'POSITIVE') and rng.random() < 0.5:
        base = base * rng.uniform(0.5, 2.0)
    return base


def nest(flat, shape):
    """A flat list as nested lists of shape."""
    if not shape:
        return flat[0]
    step = len(flat) // shape[0] if shape[0] else 0
    return [nest(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def prod(shape):
    n = 1
    for d in shape:
        n *= d
    return n


# Inputs on which NumPy 1.24.2 never returns (nprand refuses them with
# NotImplementedError; README "Known limits"): the oracle must not ask NumPy.
def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _zipf_stuck(a):
    """NumPy 1.24's zipf loops forever from a = 1025 (and inf) and takes
    seconds to years per value for a just above 1."""
    return a == 'inf' or (_num(a) and (a >= 1025 or 1 < a < 1.001))


NEVER_RETURNS = {
    # (api, method): (parameter index, test on its value)
    ('generator', 'beta'): (1, lambda b: _num(b) and b < 1e-6),
    ('legacy', 'vonmises'): (1, lambda k: k == 'inf' or (_num(k) and k > 1e15)),
    ('generator', 'zipf'): (0, _zipf_stuck),
    ('legacy', 'zipf'): (0, _zipf_stuck),
}


def _api(family):
    return 'legacy' if family == 'legacy' else 'generator'


def safe_value(family, method, index, v, fallback):
    """v, or fallback where it could make NumPy loop forever."""
    rule = NEVER_RETURNS.get((_api(family), method))
    if rule and rule[0] == index and rule[1](v):
        return fallback
    return v


def _shape(rng):
    return rng.choice([(), (), (1,), (3,), (2, 1), (1, 3), (2, 3), (0,)])


def random_call(rng, family):
    """A random call of one of the family's distribution rows: each parameter
    a scalar or an array of a random (mostly broadcastable) shape, size None,
    the broadcast shape, a bigger compatible one or a random one, invalid
    values now and then, also inside arrays."""
    rows = distribution_rows(family)
    row = rng.choice(rows)
    args = []
    shapes = []
    for p in row['params']:
        shape = _shape(rng) if rng.random() < 0.5 else ()
        shapes.append(shape)
        j = len(args)
        fallback = 2.0 if row['name'] == 'zipf' else 0.5
        vals = [safe_value(family, row['name'], j, value(rng, p), fallback) for _ in range(prod(shape))]
        if row['name'] == 'triangular' and not shape:
            vals = vals  # ordered below when all are scalars
        args.append(nest(vals, list(shape)) if shape else vals[0])
    if row['name'] == 'triangular' and all(not s for s in shapes) and rng.random() < 0.9:
        xs = sorted(float(x) if not isinstance(x, str) else 0.0 for x in args)
        if xs[0] == xs[2]:
            xs[2] += 1.0
        args = xs
    kwargs = {}
    r = rng.random()
    if r < 0.45:
        pass
    elif r < 0.75:
        kwargs['size'] = rng.choice([0, 1, 2, 5, [2, 3], [4, 2, 3], [3, 1], [1]])
    elif r < 0.9:
        longest = max(shapes, key=len) if shapes else ()
        kwargs['size'] = [rng.choice([1, 2])] + list(longest)
    else:
        kwargs['size'] = rng.choice([-1, [2, -1], [3], [2, 2]])
    if row.get('float32') and rng.random() < 0.3:
        kwargs['dtype'] = 'float32'
    return {'method': row['name'], 'args': args, 'kwargs': kwargs}
