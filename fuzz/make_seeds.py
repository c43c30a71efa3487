#!/usr/bin/env python3
"""Writes hand-made seed inputs for the fuzz targets into OUT/<target>/,
each named by the SHA-1 of its content: edge cases (dtype limits, 2**k+-1,
2**32, 2**63, 2**64-1, NaN/inf/subnormal parameters, seed arrays around 624
words, contract requests, oracle files with checksum placeholders). The byte
layouts mirror the decoding order in fuzz/provider.c and each target.
ci/fuzz-campaign.sh runs this and always keeps these inputs in
corpora/fuzz/<target>/, next to what libFuzzer found.

    python3 fuzz/make_seeds.py OUT_DIR [ORACLE_FILE SEEDS_JSON]

Standard library only; deterministic (fixed random seed)."""
import hashlib
import json
import os
import random
import struct
import sys

rng = random.Random(20240501)


def u8(v):
    return bytes([v & 0xFF])


def u32(v):
    return struct.pack("<I", v & 0xFFFFFFFF)


def u64(v):
    return struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)


def tail(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def write(out, target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# fz_count(max): a selector byte >= 224 then fz_range(0, max) (u32 when max > 255)
def count(n, max_):
    if n <= 3:
        return u8(n)
    if n <= 31:
        return u8(128 + n)
    return u8(224) + (u32(n) if max_ > 255 else u8(n))


def legacy_seed(out):
    t = "fuzz_legacy_seed"
    pre = u32(12345) + u32(624) + u8(0) + u8(0)  # start state, pos, has_gauss, use_err
    # mode 0: int seeds (fuzz_seed_int selector 0..5)
    for v in [0, 1, 4294967295, 2**31, 12345]:
        write(out, t, pre + u8(0) + u8(0) + u32(v) + tail(rng.choice([0, 16, 200])))
    for sel, k in [(6, 0), (7, 0), (11, 0), (9, 0), (5, 32), (4, 32)]:  # 2**32-1, 2**32, 2**64-1, 2**63, ...
        write(out, t, pre + u8(0) + u8(1) + u8(sel) + u8(k) + tail(40))
    write(out, t, pre + u8(0) + u8(2) + u8(1) + u8(0))  # -1
    write(out, t, pre + u8(0) + u8(4) + u8(0) + u8(0) + u8(2))  # 2**64
    write(out, t, pre + u8(0) + u8(4) + u8(0) + u8(0) + u8(0))  # -2**64
    write(out, t, pre + u8(0) + u8(5) + u64(7) + u64(2**63))  # far negative
    # mode 1: arrays of 0, 1, 2, 255, 256, 257, 623, 624, 625, 700 words
    for n in [0, 1, 2, 255, 256, 257, 623, 624, 625, 700]:
        words = b"".join(u8(14) + u8(0) + u32(rng.getrandbits(32)) for _ in range(n))
        write(out, t, pre + u8(1) + count(n, 700) + u8(200) + words + tail(64))
    for bad in [0, 1, 2, 3]:  # one bad word: -1, 2**32, INT64_MIN, random
        write(out, t, pre + u8(1) + count(3, 700) + u8(0) + u8(100) + u8(0) + u8(100) + u8(0) + u8(0) + u8(bad) +
              u64(-5) + tail(8))
    # mode 2: set_state with pos at and beyond the edges, has_gauss odd values
    for pos in [0, 1, 623, 624, 625, -1, -700]:
        key = b"".join(u32(rng.getrandbits(32)) for _ in range(624))
        body = u8(129) + u8(16) + u8(0) + key + u32(pos + 700) + u8(0)
        write(out, t, pre + u8(2) + body + tail(300))
    write(out, t, pre + u8(2) + u8(128) + u8(5) + u8(255) + u32(624 + 700) + tail(50))  # patterned key
    for n in range(12):
        write(out, t, tail(rng.choice([8, 64, 512, 3000])))


DTYPES = 9


def bounded(out):
    t = "fuzz_bounded"
    # edge_bound: u8 k, u8 sel (%14), extra, u8 modifier (%6: 0 neg, 1 +1, 2 -1)
    def edge(sel, k=0, mod=5):
        extra = b""
        if sel == 11 or sel == 12:
            extra = u64(rng.getrandbits(64))
        elif sel == 13:
            extra = u8(rng.getrandbits(8))
        return u8(k) + u8(sel) + extra + u8(mod)

    def helpers():
        return u8(rng.choice([6, 7, 9, 11, 12, 4])) + u8(rng.randrange(64)) + u8(3) + u8(rng.randrange(64)) + \
            u32(rng.getrandbits(32)) + u32(rng.randrange(625)) + u8(rng.getrandbits(1))

    cases = []
    for path in range(8):
        for dt in range(DTYPES):
            for lo, hi, closed in [
                (edge(0), edge(1), 1),            # [lo, hi] of the dtype
                (edge(0), edge(1, mod=1), 0),     # [lo, hi + 1)
                (edge(0, mod=2), edge(1), 1),     # lo - 1: out of bounds
                (edge(2), edge(2), 0),            # high <= 0
                (edge(2), edge(3), 0),            # [0, 1)
                (edge(3), edge(2), 1),            # low > high
                (edge(2), edge(8), 0),            # 2**32
                (edge(2), edge(9), 0),            # 2**63
                (edge(2), edge(10), 1),           # 2**64 - 1
                (edge(2), edge(6, k=rng.randrange(1, 64)), 1),  # 2**k - 1
                (edge(0, mod=0), edge(7, k=rng.randrange(1, 64)), 0),
            ]:
                cases.append((path, dt, lo, hi, closed))
    rng.shuffle(cases)
    for path, dt, lo, hi, closed in cases[:150]:
        n = rng.choice([0, 1, 2, 3, 7, 31, 33, 100, 300])
        masked = rng.getrandbits(1)
        body = u8(dt) + u8(0) + u8(closed) + u8(masked) + count(n, 300) + u32(rng.getrandbits(32)) + \
            u32(rng.randrange(625)) + lo + u8(0) + hi + helpers()
        write(out, t, u8(path) + body)
    # float dtypes: TypeError
    for path in [0, 6]:
        write(out, t, u8(path) + u8(4) + u8(255) + u8(1) + u8(0) + u8(5) + u8(1) + u32(1) + u32(0) + edge(2) +
              u8(2) + u8(3) + helpers())
    for n in range(10):
        write(out, t, tail(rng.choice([16, 64, 400])))


def params(out):
    t = "fuzz_params"
    start = u32(7) + u32(624) + u8(200)  # seed, pos, has_gauss no
    for m in range(11):
        for sel in [0, 3, 4, 6, 7, 11, 16, 5, 17]:  # NaN, inf, -inf, -0, subnormal, DBL_MAX, 1, 0, -1
            for sel2 in [16, 0, 6]:
                body = u8(3) + start + u8(m) + u8(sel) + u8(sel2) + u8(sel) + u8(130) + u8(255)
                if rng.random() < 0.2:
                    write(out, t, body + tail(rng.choice([0, 30])))
    for legacy in [0, 1]:
        for length in [0, 1, 3, 4, 5, -1, -3, -4, -6, -7, 100]:
            write(out, t, u8(1) + start + u8(legacy) + u8(length + 12) + u8(100))
        for n in range(6):
            write(out, t, u8(0) + start + u8(legacy) + tail(40))
    for which in range(4):
        for dt in range(7):
            write(out, t, u8(2) + start + u8(dt) + u8(which) + u8(140))
    for n in range(10):
        write(out, t, tail(rng.choice([32, 200, 1000])))


BATCH = [
    {"family": "legacy", "seed": 101, "calls": [{"method": "randint", "args": [1, 10], "kwargs": {"size": 5}},
                                                {"method": "standard_normal"}]},
    {"family": "legacy", "seed": 0, "calls": [{"method": "rand", "args": [2, 3]}, {"method": "randn", "args": [3]}]},
    {"family": "legacy", "seed": [1, 2, 3], "calls": [{"method": "get_state"}]},
    {"family": "legacy", "seed": [], "calls": []},
    {"family": "legacy", "seed": [1.5], "calls": []},
    {"family": "legacy", "seed": [-1], "calls": []},
    {"family": "legacy", "seed": [18446744073709551615], "calls": []},
    {"family": "legacy", "seed": [[1, 2]], "calls": []},
    {"family": "legacy", "seed": 4294967296, "calls": []},
    {"family": "legacy", "seed": -1, "calls": []},
    {"family": "legacy", "seed": 1.5, "calls": []},
    {"family": "legacy", "seed": "abc", "calls": []},
    {"family": "legacy", "seed": True, "calls": [{"method": "tomaxint", "kwargs": {"size": [2, 2]}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [0, 18446744073709551616],
                                               "kwargs": {"dtype": "uint64", "size": 3}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [-9223372036854775808, 9223372036854775807]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [0, 2], "kwargs": {"dtype": "bool", "size": 40}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [0, 256], "kwargs": {"dtype": "uint8", "size": 9}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": ["nan"]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [1e300]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [5], "kwargs": {"dtype": "float64"}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [5], "kwargs": {"dtype": "complex"}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "random_integers", "args": [1, 6], "kwargs": {"size": 4}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "bytes", "args": [0]}, {"method": "bytes", "args": [-7]},
                                              {"method": "bytes", "args": [13]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "bytes", "args": [-2]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "shuffle", "args": [[1, "a", None, [2, 3], 2.5]]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "shuffle", "args": [5]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "permutation", "args": [10]}, {"method": "permutation", "args": [[[1, 2], [3, 4]]]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "permutation", "args": [-3]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "choice", "args": [5, 3], "kwargs": {"replace": False}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "choice", "args": [[10, 20, 30]], "kwargs": {"p": [0.5, 0.5, 0], "size": 4}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "choice", "args": [3], "kwargs": {"p": ["nan", 0.5, 0.5]}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "choice", "args": [0], "kwargs": {"size": 0}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "choice", "args": [[]], "kwargs": {"size": 1}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "normal", "args": [0, "-inf"]}, {"method": "normal", "args": [0, -0.0]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "normal", "kwargs": {"loc": "inf", "scale": "nan", "size": 2}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "uniform", "args": [-1.7976931348623157e308, 1.7976931348623157e308]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "uniform", "args": [5e-324, 0]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "triangular", "args": [0, 0, 0]}, {"method": "triangular", "args": [0, 1, 0.5]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "triangular", "args": [0, 0.5, 1], "kwargs": {"size": [2, 0, 3]}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "exponential", "args": [1e308], "kwargs": {"size": 3}},
                                              {"method": "standard_exponential", "kwargs": {"size": None}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "random_sample", "kwargs": {"size": -1}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "random_sample", "kwargs": {"size": 2.5}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "random_sample", "args": [1, 2]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "random_sample", "kwargs": {"bogus": 1}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "random_sample", "args": [2], "kwargs": {"size": 2}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "no_such_method"}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": 5}]},
    {"family": "legacy", "seed": 5, "calls": {"method": "rand"}},
    {"family": "legacy", "seed": 5, "calls": [{"method": "rand", "args": {"a": 1}}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "rand", "kwargs": [1]}]},
    {"family": "legacy", "seed": 5, "calls": [{"method": "seed", "args": [7]}, {"method": "rand"}]},
    {"family": "legacy", "calls": [{"method": "rand"}]},
    {"family": "nope", "seed": 1},
    {"family": 5},
    {"seed": 1},
    {"family": "mt19937", "seed": 1, "calls": [{"method": "random"}]},
    {"family": "pcg64", "seed": [1, 2], "spawn_key": [3], "pool_size": 8,
     "calls": [{"method": "integers", "args": [0, 10], "kwargs": {"size": 5, "endpoint": True}}]},
    {"family": "philox", "seed": 1, "counter": [1, 2, 3, 4], "key": [5, 6], "jumped": 2, "calls": [{"method": "random_raw", "kwargs": {"size": 3}}]},
    {"family": "pcg64dxsm", "seed": 1, "advance": 12345678901234567890, "calls": [{"method": "standard_normal", "kwargs": {"size": 3}}]},
    {"family": "sfc64", "seed": 0, "calls": [{"method": "bytes", "args": [5]}]},
    {"family": "seedsequence", "seed": [1, 2, 3], "calls": [{"method": "generate_state", "args": [4], "kwargs": {"dtype": "uint64"}},
                                                          {"method": "spawn", "args": [2]}]},
    {"family": "python", "seed": {"str": "hello"}, "calls": [{"method": "random"}, {"method": "randint", "args": [1, 100]}]},
    {"family": "python", "seed": {"bytes": "00ff"}, "calls": [{"method": "getrandbits", "args": [70]}]},
    {"family": "python", "seed": -123456789012345678901234567890, "calls": [{"method": "random", "kwargs": {"size": 3}}]},
    {"family": "python", "seed": {"float": 1.5}, "calls": [{"method": "randbytes", "args": [5]}]},
]

RAW_LINES = [
    b"", b"{", b"}", b"[]", b"null", b"1", b"\"legacy\"", b"not json at all", b"{]",
    b'{"family": "legacy", "seed": 1e999, "calls": []}',
    b'{"family": "legacy", "seed": -0, "calls": [{"method": "rand"}]}',
    b'{"family": "legacy", "seed": 00012, "calls": []}',
    b'{"family": "legacy", "seed": 1.0e+2, "calls": []}',
    b'{"family": "legacy", "seed": 123456789012345678901234567890123456789012345678901234567890, "calls": []}',
    b'{"family": "legacy", "seed": 5, "calls": [{"method": "rand", "kwargs": {"size": 1, "size": 2}}]}',
    b'{"family": "legacy", "family": "python", "seed": 5}',
    b'{"family": "legacy", "seed": 5, "calls": [{"method": "rand\\u0000x"}]}',
    b'{"family": "leg\\"acy", "seed": "\\ud800"}',
    b'{"family": "legacy", "seed": 5, "calls": [{"method": "randint", "args": [-1e-7, 1]}]}',
    b'{"family":"legacy","seed":5,"calls":[{"method":"randint","args":[-9223372036854775809]}]}',
    b'{"family":"legacy","seed":5,"calls":[{"method":"choice","args":[3],"kwargs":{"p":[1e308,1e308,-1e308]}}]}',
    b'\xff\xfe{"family": "legacy"}',
    b'{"family": "legacy", "seed": 5, "calls": [{"method": "rand"}]} trailing',
    b'{"family": "legacy", "seed": [4294967295, 0, 18446744073709551616, -9223372036854775808], "calls": []}',
]


def batch(out):
    t = "fuzz_batch_json"
    for req in BATCH:
        write(out, t, json.dumps(req).encode())
    for line in RAW_LINES:
        write(out, t, line)


def oracle(out, oracle_file, seeds_file):
    t = "fuzz_oracle_reader"
    seeds = b"[0, 1, 4294967295, [1, 2, 3]]\n"
    header = {"case": "c", "family": "legacy", "format": "nprand-oracle/1",
              "request": {"calls": [{"method": "random_sample", "kwargs": {"size": 2}},
                                    {"method": "randint", "args": [10]}], "family": "legacy"},
              "seed_list": "seeds.json", "seed_list_sha512": "@SEEDS@"}

    def make(entries, trailer=None, seed_text=seeds, hdr=header):
        lines = [json.dumps(hdr)] + [json.dumps(e) for e in entries]
        if trailer is None:
            trailer = {"end": True, "entries": len(entries), "sha512": "@SHA@"}
        body = "\n".join(lines + [json.dumps(trailer)]) + "\n"
        return seed_text + b"\n=====\n" + body.encode()

    write(out, t, make([{"i": 0, "d": "0000000000000000"}, {"i": 1, "d": "1111111111111111"}]))
    write(out, t, make([{"i": 0, "t": [["f:3fe0000000000000", "f:0"], ["i:3"]]}, {"i": 3, "t": [[], []], "e": "x"}]))
    write(out, t, make([{"i": 2, "t": [["f:3fe0000000000000"]], "e": "ValueError: x"}]))
    write(out, t, make([{"i": 9, "d": "0"}]))  # index beyond the seed list
    write(out, t, make([{"i": -1, "d": "0"}]))
    write(out, t, make([{"i": 1e300, "d": "0"}]))
    write(out, t, make([{"i": "0", "d": "0"}]))
    write(out, t, make([{"d": "0"}]))
    write(out, t, make([{"i": 0, "d": "0"}], trailer={"entries": 5, "sha512": "@SHA@"}))
    write(out, t, make([{"i": 0, "d": "0"}], trailer={"entries": 1, "sha512": "deadbeef"}))
    write(out, t, make([{"i": 0, "d": "0"}], seed_text=b"{}"))
    write(out, t, make([{"i": 0, "d": "0"}], seed_text=b"not json"))
    h2 = dict(header, seed_list="../etc/passwd")
    write(out, t, make([{"i": 0, "d": "0"}], hdr=h2))
    h3 = dict(header, format="nprand-oracle/2")
    write(out, t, make([], hdr=h3))
    h4 = dict(header, request={"calls": [{"args": [1]}], "family": "legacy"})
    write(out, t, make([], hdr=h4))
    h5 = dict(header, request={"calls": [{"method": "choice", "args": [3], "kwargs": {"p": [0.2, 0.3, 0.5]}}],
                               "family": "python"})
    write(out, t, make([{"i": 0, "d": "0"}], hdr=h5))
    write(out, t, b"")
    write(out, t, b"\n")
    write(out, t, b"{}\n{}\n")
    write(out, t, b"x\n=====\n\n\n")
    if oracle_file:
        # the first entries of a real oracle file, its trailer recomputed
        with open(oracle_file, "rb") as f:
            lines = f.read().split(b"\n")
        with open(seeds_file, "rb") as f:
            real_seeds = f.read()
        hdr = json.loads(lines[0])
        hdr["seed_list_sha512"] = "@SEEDS@"
        body = [json.dumps(hdr, separators=(",", ":")).encode()] + lines[1:6]
        body.append(b'{"end":true,"entries":5,"sha512":"@SHA@"}')
        write(out, t, real_seeds + b"\n=====\n" + b"\n".join(body) + b"\n")


# --- provider encoders for the targets below -------------------------------

def i64(v):
    return struct.pack("<q", v)


def edge(v):
    """fz_edge_u64 returning v exactly: selector 15 (raw u64)."""
    return u8(15) + u8(0) + u64(v)


def rng_in(lo, hi, v):
    """fz_range(lo, hi) returning v."""
    span = hi - lo
    if span <= 0xFF:
        return u8(v - lo)
    if span <= 0xFFFFFFFF:
        return u32(v - lo)
    return u64(v - lo)


def words_of(v):
    out = []
    while v:
        out.append(v & 0xFFFFFFFF)
        v >>= 32
    return out


# fuzz_seedsequence: build_words() elements
def ss_int(v, negative=False, high_zero=False):
    w = words_of(v)
    return u8(0) + count(len(w), 40) + u8(0 if negative else 200) + b"".join(u8(15) + u8(0) + u64(x) for x in w) + \
        u8(1 if high_zero else 0)


def ss_u64(v):
    return u8(1) + edge(v)


def ss_i64(v):
    return u8(2) + i64(v) + u8(0)


def ss_list(vals):
    return u8(3) + count(len(vals), 8) + b"".join(edge(v) for v in vals)


def ss_words(elems):
    return count(len(elems), 16) + u8(0) + b"".join(elems)


def ss_raw(words):
    return count(0, 16) + u8(250) + count(len(words), 700) + \
        b"".join(u8(1) if w == 0 else u8(0) + u32(w) for w in words)


def ss_input(entropy, key=None, pool=b"\x00", children=b"\x00", n=8, m=4, spawn=2, draws=3, child=False):
    body = entropy + (u8(1) + key if key is not None else u8(0)) + pool + children
    body += count(n, 700) + rng_in(0, n, m) + count(spawn, 8) + count(draws, 40) + u8(1 if child else 0)
    if child:
        body += u8(0)
    return body


def seedsequence(out):
    t = "fuzz_seedsequence"
    w = lambda data: write(out, t, data)
    pool4 = u8(0)
    w(ss_input(ss_words([ss_u64(0)])))                                     # SeedSequence(0)
    w(ss_input(ss_words([])))                                              # SeedSequence([])
    w(ss_input(ss_words([ss_int(2**32 - 1), ss_int(2**32), ss_int(2**64 - 1)]), n=624, m=623))
    w(ss_input(ss_words([ss_int(2**1000 + 12345)]), n=700, m=700))         # 32 words
    w(ss_input(ss_words([ss_int(0, high_zero=True)]), n=1, m=0))
    w(ss_input(ss_words([ss_int(5, negative=True), ss_int(0, negative=True), ss_u64(7)])))  # -5 refused, -0 fine
    w(ss_input(ss_words([ss_i64(-1), ss_i64(2**63 - 1), ss_i64(-2**63)])))
    w(ss_input(ss_words([ss_list([1, 2**32, 2**64 - 1]), ss_list([])])))
    w(ss_input(ss_raw([0, 0, 1, 0, 0]), n=16, m=5))                         # uint32 array, zeros kept
    # spawn keys: entropy shorter than the pool (zero padding) and longer
    w(ss_input(ss_words([ss_u64(1)]), key=ss_words([ss_u64(3)]), spawn=5, child=True))
    w(ss_input(ss_words([ss_list([1, 2, 3, 4, 5, 6])]), key=ss_words([ss_u64(0), ss_int(2**40)]), spawn=3))
    w(ss_input(ss_words([ss_u64(9)]), key=ss_raw([]), spawn=1))
    # pool sizes: 0..3, negative, INT64_MIN (ValueError), 4, 11, 64
    for b in [u8(240) + u8(0), u8(240) + u8(1), u8(240) + u8(3), u8(255) + u8(1) + u8(11) + u8(0), u8(255) + u8(0),
              u8(7), u8(200) + u8(60)]:
        w(ss_input(ss_words([ss_u64(12345)]), pool=b, spawn=1, draws=2))
    # n_children_spawned near 2**32 - 1: spawn overflows (first or second call)
    w(ss_input(ss_words([ss_u64(3)]), children=u8(255), spawn=1))                 # 2**32 - 1 - 15
    w(ss_input(ss_words([ss_u64(3)]), children=u8(240), spawn=1))                 # 2**32 - 1
    w(ss_input(ss_words([ss_u64(3)]), children=u8(192) + u32(2**32 - 4), spawn=2))
    w(ss_input(ss_words([ss_u64(3)]), children=u8(192) + u32(2**31), spawn=8, child=True, draws=40))
    for n in range(8):
        w(tail(rng.choice([16, 64, 300])))


# fuzz_bitgens: seed_gen() then ops
G_MT, G_PCG, G_DXSM, G_PHILOX, G_SFC = range(5)


def bg_ops(gen):
    ops = u8(0) + u8(1) + u8(1) + u8(5) + u8(1) + u8(5) + u8(2) + u8(3) + u8(4)
    ops += u8(6) + u8(0) + u8(5) + (u8(0) if gen == G_PHILOX else b"")           # advance(5)
    ops += u8(6) + u8(4) + (u8(0) if gen == G_PHILOX else b"")                   # advance(-1)
    ops += u8(7) + u8(2) + edge(2**63) + edge(1) + u8(4) + (edge(1) * 4 if gen == G_PHILOX else b"")
    ops += u8(8) + u8(0) + u8(6) + u8(8) + u8(0) + u8(1)                          # jumped(2), jumped(-3)
    ops += u8(8) + u8(3) + i64(-2**63)                                            # jumped(INT64_MIN)
    ops += u8(9) + count(700, 2000) + u8(10) + edge(2**64 - 1) * 4 + u8(11) + count(10, 64) + u8(0)
    return ops


def bitgens(out):
    t = "fuzz_bitgens"
    w = lambda data: write(out, t, data)
    for gen in range(5):
        # from a SeedSequence: entropy [1, 2**64 - 1], spawn key (7,), pool 4
        w(u8(0) + u8(gen) + count(2, 4) + count(1, 2) + edge(1) + edge(2**64 - 1) + u32(7) + u8(0) + bg_ops(gen))
        w(u8(0) + u8(gen) + count(0, 4) + count(0, 2) + u8(0) + bg_ops(gen))
    w(u8(1) + u8(G_MT) + u32(5489) + bg_ops(G_MT))
    w(u8(2) + u8(G_MT) + count(0, 8) + bg_ops(G_MT))                                # init_by_array([])
    for pos in [0, 1, 623, 624]:
        w(u8(3) + u8(G_MT) + u8(200) + u32(pos) + bg_ops(G_MT))
    w(u8(3) + u8(G_MT) + u8(0) + b"\x00" * 4 * 624 + u32(624) + u8(0) + u8(1))     # all-zero key
    w(u8(1) + u8(G_MT) + u32(1) + u8(248) + u8(0) + u8(5) + u8(0))                 # MT jumped(1), once
    for gen in (G_PCG, G_DXSM):
        w(u8(1) + u8(gen) + edge(0) * 4 + bg_ops(gen))
        w(u8(1) + u8(gen) + edge(2**64 - 1) * 4 + bg_ops(gen))
        w(u8(3) + u8(gen) + edge(2**64 - 1) + edge(2**64 - 1) + edge(0) + edge(0) + u8(1) + u32(0xDEADBEEF) +
          bg_ops(gen))                                                              # even inc, buffered half
    for ctr in [0, 2**64 - 1]:
        w(u8(1) + u8(G_PHILOX) + edge(1) + edge(2) + edge(ctr) * 4 + u8(1) + bg_ops(G_PHILOX))
    w(u8(2) + u8(G_PHILOX) + edge(1) + edge(2) + edge(3) * 4 + bg_ops(G_PHILOX))    # seed and key: ValueError
    for pos in range(5):
        w(u8(3) + u8(G_PHILOX) + edge(2**64 - 1) * 6 + u64(1) * 4 + u8(pos) + u8(pos & 1) + u32(0x12345678) +
          bg_ops(G_PHILOX))
    w(u8(1) + u8(G_SFC) + edge(0) * 3 + bg_ops(G_SFC))
    w(u8(3) + u8(G_SFC) + edge(2**64 - 1) * 4 + u8(1) + u32(7) + bg_ops(G_SFC))
    for n in range(8):
        w(tail(rng.choice([32, 200, 1000])))


# fuzz_pyrandom_seed: start seed, mode, the mode's fields, then calls
PY_CALLS = u8(0) + u8(1) + u8(64) + u8(1) + u8(66) + u8(2) + u32(256) + u8(3) + u8(7) + u8(3) + u8(0) + \
    u8(4) + u8(4) + u8(4) + u8(0)


def py_int(v, style=0, zeros=1, unders=False):
    mag = abs(v)
    w = words_of(mag)
    body = u8(0) + count(len(w), 80) + u8(1 if v < 0 else 0) + b"".join(edge(x) for x in w) + u8(200)
    body += u8(style)
    body += b"".join(u8(i % 6) for i in range(style & 3))
    if style & 8:
        body += u8(zeros - 1)
    if style & 32:
        nd = len(str(mag))
        body += b"".join(u8(0 if unders else 255) for _ in range(nd - 1))
    body += b"".join(u8(i % 6) for i in range(style >> 6))
    return body


def py_text(s):
    return u8(1) + u8(1) + struct.pack("<H", len(s)) + s


def py_str(data, version=2, as_bytes=False):
    v = {2: u8(0), 1: u8(150)}.get(version)
    if v is None:
        v = u8(230) + u8(version & 0xFF)
    if as_bytes:
        return u8(3) + v + struct.pack("<H", len(data)) + data
    return u8(2) + v + u8(0) + struct.pack("<H", len(data)) + data


def py_float(bits):
    return u8(4) + u8(1) + u8(23) + u64(bits)  # fz_edge_double selector 23: raw bits


def pyrandom_seed(out):
    t = "fuzz_pyrandom_seed"
    w = lambda body: write(out, t, u8(7) + body + PY_CALLS)
    for v in [0, 1, -1, 2**32 - 1, 2**32, -2**64, 2**64 - 1, -(2**100 + 7), 10**200, 2**2559 - 1]:
        w(py_int(v))
    w(py_int(-123456789012345678901234567890, style=3 | 4 | 8 | 16 | 32 | 128, zeros=3, unders=True))
    w(py_int(12345678901234567890, style=4 | 8 | 64, zeros=2))
    w(py_int(0, style=8 | 16, zeros=3))
    for s in [b"  -1_000  ", b"\x1f5\x1c", b"\x0b7\x0c", b"1__0", b"_1", b"1_", b"+", b"-", b"", b"   ", b"-0",
              b"00", b"0_0", b"+-1", b"- 1", b"it's", b"x\x7f\x01\"'\\", b"\xd9\xa5", b"\xc2\xa05", b"9" * 300,
              b"1" + b"_1" * 150]:
        w(py_text(s))
    for s in ["", "hello", "\u00e9", "\u20ac", "\U0001f600", "a" * 111, "a" * 112, "b" * 127, "c" * 128]:
        for version in [1, 2]:
            w(py_str(s.encode(), version))
    w(py_str("x".encode(), 3))
    w(py_str("x".encode(), 0))
    w(py_str("x".encode(), -1))
    for raw in [b"\xed\xb2\x80", b"a\xed\xa0\x80\xed\xb0\x80b", b"\xed\xa0\x80x\xed\xb0\x80", b"\xc0\x80", b"\xe0\x80\x80",
                b"\xf4\x90\x80\x80", b"\xe2\x82", b"\x80", b"\xff", b"\xf0\x9f\x98", b"\xf5\x80\x80\x80"]:
        for version in [1, 2]:
            w(py_str(raw, version))
    for data in [b"", b"\x00", b"\x00\xff", b"\xff" * 111, b"\x00" * 112, bytes(range(256))[:200]]:
        for version in [1, 2, 3]:
            w(py_str(data, version, as_bytes=True))
    for d in [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.5, 5.0, -5.0, -1.0, 2.0**61, 2.0**61 - 2**9,
              5e-324, 1.7976931348623157e308, -2.0**-3, 0.1]:
        w(py_float(struct.unpack("<Q", struct.pack("<d", d))[0]))
    w(py_float(0xFFF8000000000001))                                             # negative NaN payload
    for v, as_hash in [(-1, 1), (-2, 1), (-2**63, 1), (-2**63, 0), (2**63 - 1, 0), (-5, 0)]:
        w(u8(5) + u8(0) + i64(v) + u8(as_hash))
    for version, pos in [(3, 624), (3, 0), (2, 5), (1, 0), (4, 0), (3, 625), (3, -1)]:
        vb = u8(0) if version == 3 else u8(255) + u8(version)
        pb = u8(0) + u32(pos) if 0 <= pos <= 624 else u8(255) + i64(pos)
        w(u8(6) + vb + pb + b"".join(u32(rng.getrandbits(32)) for _ in range(624)) + u8(1) + u8(16))
    for n in range(8):
        write(out, t, tail(rng.choice([16, 100, 700])))


def main():
    out = sys.argv[1]
    legacy_seed(out)
    bounded(out)
    params(out)
    batch(out)
    seedsequence(out)
    bitgens(out)
    pyrandom_seed(out)
    oracle(out, sys.argv[2] if len(sys.argv) > 2 else None, sys.argv[3] if len(sys.argv) > 3 else None)


if __name__ == "__main__":
    main()
