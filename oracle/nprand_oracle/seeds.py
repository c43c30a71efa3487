"""Seed lists per family. Deterministic: the committed corpus and its drift
check draw from one stream, the live mode from another, so live seeds are new
seeds."""
import random

# Seeds every case of a family checks first, with full values.
LEGACY_FIXED = [0, 1, 4, 10, 42, 101, 2**31 - 1, 2**31, 2**32 - 1]
LEGACY_ARRAY_LENGTHS = [1, 2, 623, 624, 625, 1000]

STREAMS = {'committed': 'nprand oracle: committed corpus', 'live': 'nprand oracle: live mode'}


def legacy_seeds(count, stream):
    """Fixed seeds, array seeds of the required lengths, then random 32-bit ints."""
    rng = random.Random(STREAMS[stream])
    seeds = list(LEGACY_FIXED)
    seeds += [[rng.getrandbits(32) for _ in range(n)] for n in LEGACY_ARRAY_LENGTHS]
    seen = set(LEGACY_FIXED)
    if stream == 'live':
        committed = legacy_seeds_committed_ints()
        seen |= committed
    while len(seeds) < count:
        s = rng.getrandbits(32)
        if s not in seen:
            seen.add(s)
            seeds.append(s)
    return seeds


def legacy_seeds_committed_ints(count=1000):
    return {s for s in legacy_seeds(count, 'committed') if isinstance(s, int)}


# SeedSequence entropy: ints of any size and lists of them.
ENTROPY_FIXED = [0, 1, 4, 10, 42, 101, 2**31 - 1, 2**32 - 1, 2**32, 2**63, 2**64 - 1, 2**64,
                 2**128 + 1, 2**1000 + 12345, [1, 2, 3], [2**64 + 5, 7], [0], [], [2**100, 0, 3]]
ENTROPY_FULL = 6


def entropy_seeds(count, stream):
    """Fixed entropy, then random ints of 1 to 256 bits and short lists."""
    rng = random.Random(STREAMS[stream] + ' entropy')
    seeds = list(ENTROPY_FIXED)
    while len(seeds) < count:
        if rng.random() < 0.8:
            seeds.append(rng.getrandbits(rng.choice([8, 32, 63, 64, 65, 128, 256])))
        else:
            seeds.append([rng.getrandbits(rng.choice([16, 32, 64, 96])) for _ in range(rng.randint(1, 4))])
    return seeds


# CPython random.seed(a): ints of any size and sign, str (empty, non-ASCII),
# bytes (empty too), floats.
PYTHON_FIXED = [0, 1, 4, 10, 42, 101, -1, -42, 2**32 - 1, 2**32, 2**64, -(2**64), 2**200 + 7,
                61731 + (24903 << 32) + (614 << 64) + (42143 << 96), {'str': ''}, {'str': 'hello'},
                {'str': 'é日本語'}, {'bytes': ''}, {'bytes': '00ff10'}, {'float': 0.0}, {'float': -0.0},
                {'float': 1.5}, {'float': -2.75e10}, {'float': 'inf'}]
PYTHON_FULL = 10


def python_seeds(count, stream):
    rng = random.Random(STREAMS[stream] + ' python')
    seeds = list(PYTHON_FIXED)
    while len(seeds) < count:
        r = rng.random()
        if r < 0.55:
            seeds.append(rng.choice([1, -1]) * rng.getrandbits(rng.choice([8, 31, 32, 33, 64, 65, 128, 300])))
        elif r < 0.75:
            seeds.append({'str': ''.join(chr(rng.choice([rng.randint(32, 126), rng.randint(160, 0x2FFF)]))
                                         for _ in range(rng.randint(0, 12)))})
        elif r < 0.9:
            seeds.append({'bytes': bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40))).hex()})
        else:
            seeds.append({'float': rng.uniform(-1e9, 1e9)})
    return seeds


def python_seeds_no_float(count, stream):
    """For CPython 3.12+ in pyodide: a 32-bit build, where hash(float) and so
    seed(float) differ from every 64-bit CPython. The same stream with the
    float seeds left out."""
    seeds = [s for s in python_seeds(count * 2, stream) if not (isinstance(s, dict) and 'float' in s)]
    return seeds[:count]


SEEDERS = {'legacy': legacy_seeds, 'python': python_seeds}
FULL_COUNT = {'legacy': len(LEGACY_FIXED), 'python': PYTHON_FULL}
for _fam in ('python-3.12', 'python-3.13', 'python-3.14'):
    SEEDERS[_fam] = python_seeds_no_float
    FULL_COUNT[_fam] = PYTHON_FULL
for _fam in ('mt19937', 'pcg64', 'pcg64dxsm', 'philox', 'sfc64', 'seedsequence'):
    SEEDERS[_fam] = entropy_seeds
    FULL_COUNT[_fam] = ENTROPY_FULL


def seeds_for(family, count, stream):
    return SEEDERS[family](count, stream)
