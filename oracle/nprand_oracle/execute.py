"""Runs a contract request (../../../shared/CONTRACT.md) through NumPy or
CPython and returns the reply as Python values: {"results": [[...], ...]} and
"error" on failure. The same function feeds the oracle files and the
differential tests, so both speak exactly what `nprand --batch` speaks."""
import warnings

import numpy as np

from . import methods as method_rows
from . import pyfamily

NONFINITE = {'nan': float('nan'), 'inf': float('inf'), '-inf': float('-inf')}


def _arg(v):
    """A JSON argument as Python: non-finite float strings become floats."""
    if isinstance(v, str) and v in NONFINITE:
        return NONFINITE[v]
    if isinstance(v, list):
        return [_arg(x) for x in v]
    return v


def _size(v):
    return tuple(v) if isinstance(v, list) else v


def flatten(r):
    """A Python/NumPy result as the contract's flat list of values."""
    if r is None:
        return []
    if isinstance(r, np.ndarray):
        return [flatten_scalar(x) for x in r.ravel().tolist()]
    if isinstance(r, (bytes, bytearray)):
        return [bytes(r)]
    if isinstance(r, (list, tuple)):
        out = []
        for x in r:
            out.extend(flatten(x))
        return out
    return [flatten_scalar(r)]


def flatten_scalar(x):
    if isinstance(x, np.generic):
        x = x.item()
    if isinstance(x, (bool, int, float, str, bytes)):
        return x
    raise TypeError('unexpected result type %r' % type(x))


def error_text(e):
    return '%s: %s' % (type(e).__name__, e)


# Methods whose warnings the reply records ("warnings", nprand's extension of
# the contract): every warning they issue, as Python names it. Other methods'
# warnings stay ignored, as before the extension.
WARNING_METHODS = {'multivariate_normal'}


def warning_text(w):
    return '%s: %s' % (w.category.__name__, w.message)


# --- families ----------------------------------------------------------------

class Legacy:
    type_name = 'RandomState'
    aliases = {'ranf': 'random_sample', 'sample': 'random_sample'}

    def open(self, request):
        return np.random.RandomState(request.get('seed'))

    def call(self, rs, method, args, kwargs):
        if 'size' in kwargs:
            kwargs['size'] = _size(kwargs['size'])
        if method == 'shuffle':
            x = list(args[0]) if isinstance(args[0], list) else args[0]
            rs.shuffle(x)
            return x
        if method == 'get_state':
            name, key, pos, has_gauss, gauss = rs.get_state()
            return [name, key, pos, has_gauss, gauss]
        return getattr(rs, self.aliases.get(method, method))(*args, **kwargs)


def _seed_sequence(request):
    """The SeedSequence a Generator-family request describes."""
    kwargs = {}
    if request.get('spawn_key') is not None:
        kwargs['spawn_key'] = tuple(request['spawn_key'])
    if request.get('pool_size') is not None:
        kwargs['pool_size'] = request['pool_size']
    return np.random.SeedSequence(request.get('seed'), **kwargs)


class GeneratorFamily:
    type_name = 'Generator'

    def __init__(self, bitgen_name):
        self.bitgen_name = bitgen_name

    def open(self, request):
        cls = getattr(np.random, self.bitgen_name)
        if self.bitgen_name == 'Philox' and ('key' in request or 'counter' in request):
            seed = request.get('seed')
            kwargs = {k: request[k] for k in ('key', 'counter') if request.get(k) is not None}
            if seed is not None or request.get('spawn_key') is not None or request.get('pool_size') is not None:
                seed = _seed_sequence(request) if seed is not None else None
            bg = cls(seed, **kwargs)
        else:
            bg = cls(_seed_sequence(request))
        if request.get('jumped') is not None:
            bg = bg.jumped(request['jumped'])
        if request.get('advance') is not None:
            bg.advance(request['advance'])
        return np.random.Generator(bg)

    def call(self, g, method, args, kwargs):
        if 'size' in kwargs:
            kwargs['size'] = _size(kwargs['size'])
        if method == 'random_raw':
            return g.bit_generator.random_raw(*args, **kwargs)
        if method == 'shuffle':
            x = np.array(args[0]) if isinstance(args[0], list) else args[0]
            g.shuffle(x, *args[1:], **kwargs)
            return x
        if kwargs.get('out') is not None:
            kwargs['out'] = np.empty(np.shape(kwargs['out']), dtype=kwargs.get('dtype', 'float64'))
        if method in ('permutation', 'permuted', 'choice') and args and isinstance(args[0], list):
            args = [np.array(args[0])] + list(args[1:])
        return getattr(g, method)(*args, **kwargs)


class SeedSequenceFamily:
    type_name = 'SeedSequence'

    def open(self, request):
        return _seed_sequence(request)

    def call(self, ss, method, args, kwargs):
        if method == 'generate_state':
            return ss.generate_state(*args, **kwargs)
        children = ss.spawn(*args, **kwargs)
        return [c.generate_state(4) for c in children]


FAMILIES = {
    'legacy': Legacy(),
    'mt19937': GeneratorFamily('MT19937'),
    'pcg64': GeneratorFamily('PCG64'),
    'pcg64dxsm': GeneratorFamily('PCG64DXSM'),
    'philox': GeneratorFamily('Philox'),
    'sfc64': GeneratorFamily('SFC64'),
    'seedsequence': SeedSequenceFamily(),
    'python': pyfamily.PythonRandom(),
}


def run(request):
    """The reply to one request, exactly as the contract words it."""
    if not isinstance(request, dict):
        return {'error': 'TypeError: a request must be a JSON object'}
    name = request.get('family')
    if not isinstance(name, str):
        return {'error': 'KeyError: request has no "family" string'}
    if name == 'python':
        return pyfamily.run(request)
    fam = FAMILIES.get(name)
    if fam is None:
        return {'error': "ValueError: unknown family '%s'" % name}
    calls = request.get('calls') or []
    known = method_rows.method_names(name)  # nprand's rows: what it has, the oracle offers
    for call in calls:
        if call.get('method') not in known:
            return {'error': "AttributeError: '%s' object has no attribute '%s'"
                             % (fam.type_name, call.get('method'))}
    results = []
    issued = []

    def reply(**more):
        out = {'results': results}
        if issued:
            out['warnings'] = list(issued)
        out.update(more)
        return out

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('ignore')
        try:
            stream = fam.open(request)
        except Exception as e:  # the library's error is the oracle's answer
            return reply(error=error_text(e))
        for call in calls:
            args = [_arg(a) for a in call.get('args') or []]
            kwargs = {k: _arg(v) for k, v in (call.get('kwargs') or {}).items()}
            recorded = call['method'] in WARNING_METHODS
            if recorded:
                warnings.simplefilter('always')
            del caught[:]
            failure = None
            try:
                results.append(flatten(fam.call(stream, call['method'], args, kwargs)))
            except Exception as e:
                failure = error_text(e)
            if recorded:
                issued.extend(warning_text(w) for w in caught)
                warnings.simplefilter('ignore')
            if failure is not None:
                return reply(error=failure)
    return reply()


def versions():
    import platform
    return {'numpy': np.__version__, 'python': platform.python_version()}
