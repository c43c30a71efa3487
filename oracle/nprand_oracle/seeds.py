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


SEEDERS = {'legacy': legacy_seeds}
FULL_COUNT = {'legacy': len(LEGACY_FIXED)}


def seeds_for(family, count, stream):
    return SEEDERS[family](count, stream)
