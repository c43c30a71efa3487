"""Turns the NumPy 2.5.2 vectors (*.jsonl, copied from shared/numpy2-vectors,
produced by NumPy's own C sources) into NAME.txt lines the C test reads:

  RELEASE SEED SIZE NARGS ARG... NVALUES VALUE... STATE HAS_UINT32 UINTEGER

RELEASE is 2.5.2 or 1.24.2 (values_1_24_2, skipped when null); arguments and
float values stay float.hex text (integers as decimal), STATE is the PCG64
128-bit state in hex. A vector argument (alpha, pvals) is its length and its
elements; vector results are flattened row-major. A RandomState line ends
with the MT19937 state instead: POS KEY_FNV1A64 HAS_GAUSS GAUSS.
Run: python3 to_txt.py wald geometric zipf binomial beta dirichlet multinomial legacy_multinomial
"""
import json
import sys


def text(v):
    return str(v) if isinstance(v, int) else v


def arg_fields(a):
    return [len(a)] + [text(x) for x in a] if isinstance(a, list) else [text(a)]


def flat(v):
    return [x for row in v for x in flat(row)] if isinstance(v, list) else [v]


for name in sys.argv[1:]:
    with open(name + ".jsonl") as src, open(name + ".txt", "w") as out:
        for line in src:
            r = json.loads(line)
            assert r["family"] in ("pcg64", "mt19937") and list(r["kwargs"]) == ["size"]
            for release, values, state in (("2.5.2", r["values"], r["state_after"]),
                                          ("1.24.2", r["values_1_24_2"], r.get("state_after_1_24_2"))):
                if values is None:
                    continue
                fields = [release, r["seed"], r["kwargs"]["size"], len(r["args"])]
                for a in r["args"]:
                    fields += arg_fields(a)
                values = flat(values)
                fields += [len(values)] + [text(v) for v in values]
                if r["family"] == "mt19937":
                    fields += [state["pos"], state["key_fnv1a64"], state["has_gauss"], state["gauss"]]
                else:
                    fields += [state["state"], state["has_uint32"], state["uinteger"]]
                out.write(" ".join(str(f) for f in fields) + "\n")
