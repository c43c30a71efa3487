"""The `python` family's oracle: a contract request run through the CPython
that imports this module (Debian's 3.11, or 3.12/3.13/3.14 inside pyodide).

Needs nothing but the standard library, because pyodide's offline npm
package ships no NumPy. A request's "python" field names the version it
expects ("3.11" when absent); a request for another version than the running
interpreter is a harness bug and raises RuntimeError instead of answering."""
import random as _pyrandom
import sys
import warnings

NONFINITE = {'nan': float('nan'), 'inf': float('inf'), '-inf': float('-inf')}
DEFAULT_PYTHON = '3.11'
RUNNING = '%d.%d' % sys.version_info[:2]


def arg(v):
    """A JSON argument as Python: non-finite float strings become floats."""
    if isinstance(v, str) and v in NONFINITE:
        return NONFINITE[v]
    if isinstance(v, list):
        return [arg(x) for x in v]
    return v


def flatten(r):
    """A result as the contract's flat list of values."""
    if r is None:
        return []
    if isinstance(r, (bytes, bytearray)):
        return [bytes(r)]
    if isinstance(r, (list, tuple)):
        out = []
        for x in r:
            out.extend(flatten(x))
        return out
    if isinstance(r, (bool, int, float, str)):
        return [r]
    raise TypeError('unexpected result type %r' % type(r))


def error_text(e):
    return '%s: %s' % (type(e).__name__, e)


class PythonRandom:
    """CPython's random.Random; "size": N calls the method N times."""
    type_name = 'Random'
    # Every version's public methods: one a version lacks (binomialvariate
    # before 3.12) is Python's own AttributeError at call time.
    methods = {'random', 'getrandbits', 'randbytes', 'randrange', 'randint', 'choice', 'choices', 'shuffle',
               'sample', 'uniform', 'triangular', 'gauss', 'normalvariate', 'lognormvariate', 'expovariate',
               'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate',
               'binomialvariate', 'getstate', 'seed'}

    @staticmethod
    def seed_value(seed):
        if isinstance(seed, dict):
            if 'str' in seed:
                return seed['str']
            if 'bytes' in seed:
                return bytes.fromhex(seed['bytes'])
            if 'float' in seed:
                return float(arg(seed['float']))
        return seed

    @staticmethod
    def population(x):
        """{"range": [start, stop, step]} is range(...): the only way to
        pass a population whose indices or elements leave int64."""
        if isinstance(x, dict) and 'range' in x:
            return range(*x['range'])
        return x

    def __init__(self, module=None):
        self.module = module

    def open(self, request):
        wanted = request.get('python') or DEFAULT_PYTHON
        if self.module is not None:
            return self.module.Random(self.seed_value(request.get('seed')))
        if wanted != RUNNING:
            raise RuntimeError('request for Python %s given to Python %s' % (wanted, RUNNING))
        return _pyrandom.Random(self.seed_value(request.get('seed')))

    def call(self, r, method, args, kwargs):
        size = kwargs.pop('size', None)
        if method in ('choice', 'choices', 'sample') and args:
            args = [self.population(args[0])] + list(args[1:])
        if method == 'shuffle':
            # size N: N shuffles in a row of the same list, each result kept
            x, results = self.population(args[0]), []
            x = list(x) if isinstance(x, list) else x
            for _ in range(1 if size is None else size):
                r.shuffle(x)
                results.append(list(x))
            return results
        if method == 'getstate':
            version, words, gauss_next = r.getstate()
            return [version, *words, gauss_next]
        if method == 'seed':
            args = [self.seed_value(args[0])] + list(args[1:]) if args else args
            r.seed(*args, **kwargs)
            return None
        fn = getattr(r, method)
        if size is None:
            return fn(*args, **kwargs)
        return [fn(*args, **kwargs) for _ in range(size)]


def run(request, module=None):
    """The reply to one python-family request, as the contract words it.
    module: another version's Lib/random.py loaded into this interpreter
    (see pyodide.run_hosted); None is this interpreter's own random."""
    fam = PythonRandom(module)
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
        except RuntimeError:
            raise
        except Exception as e:  # the library's error is the oracle's answer
            return {'results': results, 'error': error_text(e)}
        for call in calls:
            args = [arg(a) for a in call.get('args') or []]
            kwargs = {k: arg(v) for k, v in (call.get('kwargs') or {}).items()}
            try:
                results.append(flatten(fam.call(stream, call['method'], args, kwargs)))
            except Exception as e:
                return {'results': results, 'error': error_text(e)}
    return {'results': results}


def run_line(line):
    """One JSON request line in, one JSON reply line out, values as oracle
    tokens (exact across the JSON hop: floats as bits, bytes as hex)."""
    import json
    from . import tokens
    reply = run(json.loads(line))
    out = {'results': tokens.reply_tokens(reply)} if 'results' in reply else {}
    if reply.get('error') is not None:
        out['error'] = reply['error']
    return json.dumps(out)
