#!/usr/bin/python3
"""Writes the continuous-kernel vectors read by harness/unit/test_kernels_continuous.c.

    /usr/bin/python3 oracle/kernel_vectors.py [OUT]   (default tests/data/kernels/continuous.txt)

Needs NumPy 1.24.2 (Debian's python3-numpy under /usr/bin/python3). For each
case: Generator(PCG64(seed)).<method>(*params, size=50) or
RandomState(seed).<method>(*params, size=50), optionally after `pre`
standard_normal() calls (legacy: so that the gaussian cache is full when the
method starts), the 50 values as IEEE bit patterns and the bit generator's
state afterwards, so the number of words drawn is checked too.

File format, one record per case, '#' to end of line is a comment:
    case <api> <method> <dtype> <seed> <pre> <nparams> <param>...
    values <count> <value>...
    pcg64 <state> <inc> <has_uint32> <uinteger>            (api generator)
    mt19937 <pos> <has_gauss> <gauss> <key_fnv1a>          (api legacy)
api is generator or legacy; dtype float64 or float32; params and float64
values are 16 hex digits (IEEE bits), float32 values 8; PCG64 state and inc
are 32 hex digits; key_fnv1a is FNV-1a 64 over the 624 key words (each word
xored in whole, then multiplied by the FNV prime), 16 hex digits.
"""
import os
import struct
import sys

import numpy as np

COUNT = 50
INF = float("inf")
NAN = float("nan")
PI = np.pi
SUBNORMAL = 5e-324

# (method, params, apis): apis is "GL" (both), "G" or "L". Parameters that
# make NumPy 1.24.2 loop forever are left out, and listed by the kernels:
# Generator beta with both a and b tiny (e.g. 1e-300), legacy vonmises with
# kappa above ~1.8e16 (see legacy_distributions.h).
CASES = [
    # standard_gamma: 0 (no draw), == 1 (exponential), < 1 (both rejection
    # branches), just around 1, > 1 (Marsaglia-Tsang), huge, inf, NaN.
    ("standard_gamma", (0.0,), "GL"),
    ("standard_gamma", (1.0,), "GL"),
    ("standard_gamma", (0.5,), "GL"),
    ("standard_gamma", (1e-3,), "GL"),
    ("standard_gamma", (SUBNORMAL,), "GL"),
    ("standard_gamma", (0.9999999,), "GL"),
    ("standard_gamma", (1.0000001,), "GL"),
    ("standard_gamma", (3.0,), "GL"),
    ("standard_gamma", (1e6,), "GL"),
    ("standard_gamma", (INF,), "GL"),
    ("standard_gamma", (NAN,), "GL"),
    ("gamma", (0.5, 2.0), "GL"),
    ("gamma", (3.0, 0.5), "GL"),
    ("gamma", (0.0, 1.0), "GL"),
    ("gamma", (2.0, 0.0), "GL"),
    ("gamma", (2.0, 1e-310), "GL"),
    ("gamma", (7.5, 1e300), "GL"),
    # beta: Johnk (a, b <= 1, with underflowing powers at 1e-3, and the
    # legacy log-space answer at 1e-300), mixed, both large, NaN.
    ("beta", (0.5, 0.5), "GL"),
    ("beta", (1.0, 1.0), "GL"),
    ("beta", (0.1, 0.9), "GL"),
    ("beta", (1e-3, 1e-3), "GL"),
    ("beta", (1e-200, 1.0), "GL"),
    ("beta", (1e-300, 1e-300), "L"),
    ("beta", (0.01, 1e-300), "L"),
    ("beta", (0.5, 3.0), "GL"),
    ("beta", (3.0, 0.5), "GL"),
    ("beta", (2.0, 5.0), "GL"),
    ("beta", (1e3, 1e3), "GL"),
    ("beta", (NAN, 0.5), "GL"),
    ("chisquare", (1e-10,), "GL"),
    ("chisquare", (0.5,), "GL"),
    ("chisquare", (1.0,), "GL"),
    ("chisquare", (3.0,), "GL"),
    ("chisquare", (1e10,), "GL"),
    ("chisquare", (INF,), "GL"),
    ("chisquare", (NAN,), "GL"),
    # f: asymmetric degrees of freedom, so that the draw order of the ratio
    # shows.
    ("f", (1.0, 1.0), "GL"),
    ("f", (3.0, 7.0), "GL"),
    ("f", (0.5, 20.0), "GL"),
    ("f", (50.0, 2.0), "GL"),
    ("f", (1e-3, 4.0), "GL"),
    ("f", (INF, 5.0), "GL"),
    ("f", (5.0, NAN), "GL"),
    # noncentral_chisquare: nonc == 0, df > 1, df <= 1 (Poisson below and
    # above lam = 10), NaN nonc (Generator: no draw; legacy: after the draws).
    ("noncentral_chisquare", (3.0, 0.0), "GL"),
    ("noncentral_chisquare", (0.5, 0.0), "GL"),
    ("noncentral_chisquare", (3.0, 2.0), "GL"),
    ("noncentral_chisquare", (5.0, 1e6), "GL"),
    ("noncentral_chisquare", (0.5, 2.0), "GL"),
    ("noncentral_chisquare", (1.0, 3.0), "GL"),
    ("noncentral_chisquare", (1.0, 30.0), "GL"),
    ("noncentral_chisquare", (0.9, 1e3), "GL"),
    ("noncentral_chisquare", (1e-3, 1e-3), "GL"),
    # Huge nonc with df <= 1: NumPy's Poisson converts an out-of-range
    # double to int64 (x86-64 gives INT64_MIN) and 2 * i wraps in int64.
    ("noncentral_chisquare", (0.5, 1e19), "GL"),
    ("noncentral_chisquare", (0.5, 1e300), "GL"),
    ("noncentral_chisquare", (0.5, INF), "GL"),
    ("noncentral_chisquare", (2.0, NAN), "GL"),
    ("noncentral_chisquare", (0.5, NAN), "GL"),
    ("noncentral_chisquare", (NAN, 2.0), "GL"),
    ("noncentral_f", (3.0, 7.0, 0.0), "GL"),
    ("noncentral_f", (3.0, 7.0, 2.0), "GL"),
    ("noncentral_f", (0.5, 5.0, 3.0), "GL"),
    ("noncentral_f", (1.0, 1.0, 40.0), "GL"),
    ("noncentral_f", (3.0, 7.0, NAN), "GL"),
    ("noncentral_f", (0.5, 2.0, NAN), "GL"),
    # gumbel, laplace, logistic: Generator kernels on both APIs (edge values
    # on the Generator only: RandomState runs the same code).
    ("gumbel", (0.0, 1.0), "GL"),
    ("gumbel", (2.5, 0.5), "GL"),
    ("gumbel", (0.0, 0.0), "GL"),
    ("gumbel", (-1e300, 1e300), "G"),
    ("gumbel", (0.0, INF), "G"),
    ("gumbel", (NAN, 1.0), "G"),
    ("laplace", (0.0, 1.0), "GL"),
    ("laplace", (-3.0, 2.0), "GL"),
    ("laplace", (0.0, 0.0), "GL"),
    ("laplace", (1e300, 1e300), "G"),
    ("laplace", (0.0, INF), "G"),
    ("laplace", (1.0, NAN), "G"),
    ("logistic", (0.0, 1.0), "GL"),
    ("logistic", (10.0, 3.0), "GL"),
    ("logistic", (0.0, 0.0), "GL"),
    ("logistic", (0.0, 1e-310), "G"),
    ("logistic", (0.0, INF), "G"),
    ("lognormal", (0.0, 1.0), "GL"),
    ("lognormal", (1.0, 0.25), "GL"),
    ("lognormal", (0.0, 0.0), "GL"),
    ("lognormal", (700.0, 1.0), "GL"),
    ("lognormal", (0.0, INF), "GL"),
    ("pareto", (0.5,), "GL"),
    ("pareto", (1.0,), "GL"),
    ("pareto", (3.0,), "GL"),
    ("pareto", (SUBNORMAL,), "GL"),
    ("pareto", (1e300,), "GL"),
    ("pareto", (INF,), "GL"),
    ("pareto", (NAN,), "GL"),
    ("power", (0.5,), "GL"),
    ("power", (3.0,), "GL"),
    ("power", (1e-3,), "GL"),
    ("power", (1e300,), "GL"),
    ("power", (INF,), "GL"),
    ("power", (NAN,), "GL"),
    ("rayleigh", (0.0,), "GL"),
    ("rayleigh", (1.0,), "GL"),
    ("rayleigh", (2.5,), "GL"),
    ("rayleigh", (1e-310,), "GL"),
    ("rayleigh", (INF,), "GL"),
    ("standard_cauchy", (), "GL"),
    ("standard_t", (0.5,), "GL"),
    ("standard_t", (1.0,), "GL"),
    ("standard_t", (3.0,), "GL"),
    ("standard_t", (1e6,), "GL"),
    ("standard_t", (INF,), "GL"),
    ("standard_t", (NAN,), "GL"),
    # vonmises: kappa 0, below 1e-8, the Taylor range below 1e-5, the
    # rejection range, above 1e6 (Generator: wrapped normal, mu = +-pi wraps),
    # inf, NaN; mu outside [-pi, pi] to exercise the fmod.
    ("vonmises", (0.0, 0.0), "GL"),
    ("vonmises", (1.0, 1e-9), "GL"),
    ("vonmises", (0.0, 5e-6), "GL"),
    ("vonmises", (0.0, 1e-5), "GL"),
    ("vonmises", (0.5, 0.5), "GL"),
    ("vonmises", (1.0, 5.0), "GL"),
    ("vonmises", (3.14159, 5.0), "GL"),
    ("vonmises", (-3.1415926, 2.0), "GL"),
    ("vonmises", (PI, 100.0), "GL"),
    ("vonmises", (10.0, 1.0), "GL"),
    ("vonmises", (0.0, 1e6), "GL"),
    ("vonmises", (0.0, 1e7), "GL"),
    ("vonmises", (PI, 1e7), "GL"),
    ("vonmises", (-PI, 1e7), "GL"),
    ("vonmises", (0.0, 1e16), "GL"),
    ("vonmises", (0.0, 1e100), "G"),
    ("vonmises", (1.0, INF), "G"),
    ("vonmises", (0.0, NAN), "GL"),
    ("vonmises", (NAN, 1.0), "GL"),
    ("wald", (1.0, 1.0), "GL"),
    ("wald", (0.5, 3.0), "GL"),
    ("wald", (1e-3, 1e3), "GL"),
    ("wald", (1e8, 1.0), "GL"),
    ("wald", (2.0, INF), "GL"),
    ("wald", (NAN, 1.0), "GL"),
    ("weibull", (0.0,), "GL"),
    ("weibull", (0.5,), "GL"),
    ("weibull", (3.0,), "GL"),
    ("weibull", (1e-300,), "GL"),
    ("weibull", (1e300,), "GL"),
    ("weibull", (INF,), "GL"),
    ("weibull", (NAN,), "GL"),
]

# standard_gamma(shape, dtype=np.float32): the float kernel; shapes that are
# not floats exactly (0.1) check the conversion too.
FLOAT32_SHAPES = [0.0, 1.0, 0.5, 0.1, 1e-3, 1e-45, 0.99999, 1.00001, 3.0, 1e6, 1e30, INF, NAN]

# Legacy cases run again after one standard_normal(), so the gaussian cache
# is full when the method starts (it carries across methods in RandomState).
PRE_NORMAL_LEGACY = [
    ("standard_gamma", (3.0,)),
    ("gamma", (0.5, 2.0)),
    ("beta", (2.0, 5.0)),
    ("chisquare", (3.0,)),
    ("f", (3.0, 7.0)),
    ("noncentral_chisquare", (3.0, 2.0)),
    ("noncentral_f", (3.0, 7.0, 2.0)),
    ("standard_cauchy", ()),
    ("standard_t", (3.0,)),
    ("lognormal", (1.0, 0.25)),
    ("wald", (0.5, 3.0)),
]


def f64_hex(v):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]


def f32_hex(v):
    return "%08x" % struct.unpack("<I", struct.pack("<f", v))[0]


def fnv1a_words(words):
    h = 0xCBF29CE484222325
    for w in words:
        h ^= int(w)
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def case_line(api, method, dtype, seed, pre, params):
    fields = ["case", api, method, dtype, str(seed), str(pre), str(len(params))]
    fields += [f64_hex(p) for p in params]
    return " ".join(fields) + "  # " + method + repr(tuple(params))


def generator_record(method, params, seed, dtype="float64"):
    bg = np.random.PCG64(seed)
    g = np.random.Generator(bg)
    if dtype == "float32":
        vals = g.standard_gamma(*params, size=COUNT, dtype=np.float32)
        values = [f32_hex(v) for v in vals]
    else:
        vals = getattr(g, method)(*params, size=COUNT)
        values = [f64_hex(v) for v in vals]
    st = bg.state
    return [
        case_line("generator", method, dtype, seed, 0, params),
        "values %d %s" % (COUNT, " ".join(values)),
        "pcg64 %032x %032x %d %d" % (st["state"]["state"], st["state"]["inc"], st["has_uint32"],
                                     st["uinteger"]),
    ]


def legacy_record(method, params, seed, pre):
    rs = np.random.RandomState(seed)
    for _ in range(pre):
        rs.standard_normal()
    vals = getattr(rs, method)(*params, size=COUNT)
    _, key, pos, has_gauss, gauss = rs.get_state()
    return [
        case_line("legacy", method, "float64", seed, pre, params),
        "values %d %s" % (COUNT, " ".join(f64_hex(v) for v in vals)),
        "mt19937 %d %d %s %016x" % (pos, has_gauss, f64_hex(gauss), fnv1a_words(key)),
    ]


def legacy_gamma_rejects_a_normal(seed, shape):
    """Whether RandomState(seed).standard_gamma(shape, size=COUNT) redraws a
    gauss for 1 + c * X <= 0 (rare near shape 1): the Marsaglia-Tsang loop
    replayed on RandomState's own gauss and uniform draws, only to pick a seed
    that reaches that branch; the recorded values are NumPy's."""
    rs = np.random.RandomState(seed)
    b = shape - 1.0 / 3.0
    c = 1.0 / np.sqrt(9 * b)
    for _ in range(COUNT):
        while True:
            x = rs.standard_normal()
            v = 1.0 + c * x
            if v <= 0.0:
                return True
            v = v * v * v
            u = rs.random_sample()
            if u < 1.0 - 0.0331 * (x * x) * (x * x):
                break
            if np.log(u) < 0.5 * x * x + b * (1.0 - v + np.log(v)):
                break
    return False


def main():
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data",
                           "kernels", "continuous.txt")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    assert np.__version__ == "1.24.2", "NumPy 1.24.2 is the oracle, found " + np.__version__
    lines = [
        "# NumPy %s continuous-kernel vectors, written by oracle/kernel_vectors.py;" % np.__version__,
        "# the format is described there. Do not edit by hand.",
    ]
    seed = 20240
    for method, params, apis in CASES:
        if "G" in apis:
            seed += 7919
            lines += generator_record(method, params, seed)
        if "L" in apis:
            seed += 7919
            lines += legacy_record(method, params, seed % 2**32, 0)
    for shape in FLOAT32_SHAPES:
        seed += 7919
        lines += generator_record("standard_gamma", (shape,), seed, "float32")
    for method, params in PRE_NORMAL_LEGACY:
        seed += 7919
        lines += legacy_record(method, params, seed % 2**32, 1)
    # The legacy gamma's redraw of a normal with 1 + c * X <= 0, at the first
    # seed from here whose 50 draws reach it.
    seed += 7919
    while not legacy_gamma_rejects_a_normal(seed, 1.0000001):
        seed += 1
    lines += legacy_record("standard_gamma", (1.0000001,), seed, 0)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
