"""Runs a contract request (../../../shared/CONTRACT.md) through NumPy or
CPython and returns the reply as Python values: {"results": [[...], ...]} and
"error" on failure. The same function feeds the oracle files and the
differential tests, so both speak exactly what `nprand --batch` speaks."""
import random as _pyrandom
import warnings

import numpy as np

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


# --- families ----------------------------------------------------------------

class Legacy:
    type_name = 'RandomState'
    methods = {'random_sample', 'random', 'ranf', 'sample', 'rand', 'randint', 'random_integers',
               'tomaxint', 'bytes', 'shuffle', 'permutation', 'choice', 'standard_normal', 'randn',
               'normal', 'standard_exponential', 'exponential', 'uniform', 'triangular',
               'get_state', 'seed'}
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


FAMILIES = {'legacy': Legacy()}


def run(request):
    """The reply to one request, exactly as the contract words it."""
    if not isinstance(request, dict):
        return {'error': 'TypeError: a request must be a JSON object'}
    name = request.get('family')
    if not isinstance(name, str):
        return {'error': 'KeyError: request has no "family" string'}
    fam = FAMILIES.get(name)
    if fam is None:
        return {'error': "ValueError: unknown family '%s'" % name}
    calls = request.get('calls') or []
    for call in calls:
        if call.get('method') not in fam.methods:
            return {'error': "AttributeError: '%s' object has no attribute '%s'"
                             % (fam.type_name, call.get('method'))}
    results = []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            stream = fam.open(request)
        except Exception as e:  # the library's error is the oracle's answer
            return {'results': results, 'error': error_text(e)}
        for call in calls:
            args = [_arg(a) for a in call.get('args') or []]
            kwargs = {k: _arg(v) for k, v in (call.get('kwargs') or {}).items()}
            try:
                results.append(flatten(fam.call(stream, call['method'], args, kwargs)))
            except Exception as e:
                return {'results': results, 'error': error_text(e)}
    return {'results': results}


def versions():
    import platform
    return {'numpy': np.__version__, 'python': platform.python_version()}
