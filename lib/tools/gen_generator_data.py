#!/usr/bin/env python3
"""Writes the NumPy reference vectors read by harness/unit/test_generator_*.c.

    /usr/bin/python3 lib/tools/gen_generator_data.py

Needs numpy 1.24.2 (Debian's /usr/bin/python3). Every stream is MT19937 with
legacy seeding, which nprand reproduces with npr_mt19937_seed. Ziggurat cases
pick the first seed whose first COUNT draws reach the tail (|x| >= r), so the
tests exercise that branch; the seed is recorded in the file.

File format (tests/data/generator/<name>.txt): '#' comment lines (the first
holds the Python that produced the values), then "seed S", "count N" and N
values, one per line: float64 and float32 as the hex of their IEEE bits,
integers in decimal.
"""
import os
import struct

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data",
                   "generator")
COUNT = 1000
NOR_R = 3.6541528853610088
EXP_R = 7.6971174701310497


def gen(seed):
    bg = np.random.MT19937()
    bg._legacy_seeding(seed)
    return np.random.Generator(bg)


def fmt(v, kind):
    if kind == "f64":
        return "%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]
    if kind == "f32":
        return "%08x" % struct.unpack("<I", struct.pack("<f", float(v)))[0]
    return "%d" % int(v)


def write(name, expr, seed, values, kind):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".txt"), "w", newline="\n") as f:
        f.write("# " + expr.replace("SEED", str(seed)) + "\n")
        f.write("# (g = Generator(MT19937) legacy-seeded: bg = np.random.MT19937(); "
                "bg._legacy_seeding(SEED); g = np.random.Generator(bg))\n")
        f.write("seed %d\ncount %d\n" % (seed, len(values)))
        for v in values:
            f.write(fmt(v, kind) + "\n")
    print("wrote", name, "seed", seed, "count", len(values))


def tail_seed(draw, r):
    for seed in range(1000):
        x = draw(gen(seed))
        if np.any(np.abs(x.astype(np.float64)) >= r):
            return seed, x
    raise RuntimeError("no seed reaches the tail")


def main():
    cases = [
        ("normal_f64", "g.standard_normal(%d)" % COUNT,
         lambda g: g.standard_normal(COUNT), NOR_R, "f64"),
        ("normal_f32", "g.standard_normal(%d, dtype=np.float32)" % COUNT,
         lambda g: g.standard_normal(COUNT, dtype=np.float32), float(np.float32(NOR_R)), "f32"),
        ("exp_zig_f64", "g.standard_exponential(%d)" % COUNT,
         lambda g: g.standard_exponential(COUNT), EXP_R, "f64"),
        ("exp_zig_f32", "g.standard_exponential(%d, dtype=np.float32)" % COUNT,
         lambda g: g.standard_exponential(COUNT, dtype=np.float32),
         float(np.float32(EXP_R)), "f32"),
    ]
    for name, expr, draw, r, kind in cases:
        seed, x = tail_seed(draw, r)
        write(name, "SEED -> " + expr, seed, x, kind)

    plain = [
        ("random_f64", 12345, "g.random(%d)" % COUNT, lambda g: g.random(COUNT), "f64"),
        ("random_f32", 12345, "g.random(%d, dtype=np.float32)" % COUNT,
         lambda g: g.random(COUNT, dtype=np.float32), "f32"),
        ("exp_inv_f64", 7, "g.standard_exponential(%d, method='inv')" % COUNT,
         lambda g: g.standard_exponential(COUNT, method="inv"), "f64"),
        ("exp_inv_f32", 7, "g.standard_exponential(%d, dtype=np.float32, method='inv')" % COUNT,
         lambda g: g.standard_exponential(COUNT, dtype=np.float32, method="inv"), "f32"),
        ("normal_loc_scale", 3, "g.normal(2.5, 0.75, %d)" % COUNT,
         lambda g: g.normal(2.5, 0.75, COUNT), "f64"),
        ("exponential_scale", 3, "g.exponential(4.0, %d)" % COUNT,
         lambda g: g.exponential(4.0, COUNT), "f64"),
        ("uniform", 11, "g.uniform(-3.0, 5.0, %d)" % COUNT,
         lambda g: g.uniform(-3.0, 5.0, COUNT), "f64"),
        ("triangular", 13, "g.triangular(-1.0, 0.25, 2.0, %d)" % COUNT,
         lambda g: g.triangular(-1.0, 0.25, 2.0, COUNT), "f64"),
        ("choice_tail_shuffle", 17, "g.choice(20000, 500, replace=False)",
         lambda g: g.choice(20000, 500, replace=False), "int"),
        ("choice_tail_noshuffle", 17, "g.choice(20000, 1500, replace=False, shuffle=False)",
         lambda g: g.choice(20000, 1500, replace=False, shuffle=False), "int"),
        ("choice_floyd_large", 19, "g.choice(20000, 300, replace=False)",
         lambda g: g.choice(20000, 300, replace=False), "int"),
        ("permutation_int", 23, "g.permutation(300)", lambda g: g.permutation(300), "int"),
    ]
    for name, seed, expr, draw, kind in plain:
        write(name, "SEED -> " + expr, seed, draw(gen(seed)), kind)


if __name__ == "__main__":
    main()
