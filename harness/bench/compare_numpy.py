#!/usr/bin/env python3
"""Run nprand-bench and time the same operations in NumPy, in the same run.

    harness/bench/compare_numpy.py [--quick] [--markdown] [--filter SUBSTR]
                                   [--bench PATH] [nprand-bench options...]

nprand-bench --json gives, per operation, its ns/value, the sizes and
arguments it used, and the first and last values of one fill from a freshly
seeded state. This script seeds NumPy the same way (RandomState(12345) or
Generator(<BitGen>(12345))), makes the same fill, checks the values match
("same stream"), then times the operation with timeit the way nprand-bench
does: calls per run from autorange against the same minimum run time, best of
the same number of runs. It prints one table:

    operation | n | nprand ns/value | NumPy ns/value | ratio | same stream

ratio is nprand / NumPy (below 1: nprand is faster). NumPy's figures include
its per-call overhead and the allocation of each result array; nprand fills a
caller-owned buffer.

The Python used for NumPy is $NPRAND_PYTHON, else /usr/bin/python3, else the
first python3 on PATH that can import numpy (the script re-executes itself
under it). With none, it says so and prints nprand's figures alone.

nprand-bench is --bench PATH, else $NPRAND_BENCH, else build-bench/bin or
build/bin under the repository, else nprand-bench on PATH.

Exit status: 0, or 1 when some operation's stream differs from NumPy's (a
correctness signal; speed is never judged), 2 on usage or run errors.
"""

import argparse
import json
import math
import resource
import os
import platform
import shutil
import subprocess
import sys
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EXPECTED_NUMPY = "1.24.2"
REEXEC_MARK = "_NPRAND_COMPARE_REEXEC"


# ---- finding a Python with NumPy -------------------------------------------

def numpy_version_of(python):
    """NumPy's version under `python`, or None if it cannot import numpy."""
    try:
        out = subprocess.run(
            [python, "-c", "import numpy; print(numpy.__version__)"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60,
            universal_newlines=True)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.strip() or None


def find_numpy_python():
    """(python, numpy_version, note) of the interpreter to use; python is None
    when there is none. note explains what was tried."""
    tried = []
    env = os.environ.get("NPRAND_PYTHON")
    if env:
        version = numpy_version_of(env)
        if version:
            return env, version, "from NPRAND_PYTHON"
        tried.append("NPRAND_PYTHON=%s (cannot import numpy)" % env)
        sys.stderr.write("compare_numpy: NPRAND_PYTHON=%s cannot import numpy; "
                         "looking further\n" % env)
    if os.path.exists("/usr/bin/python3"):
        version = numpy_version_of("/usr/bin/python3")
        if version:
            return "/usr/bin/python3", version, "Debian's python3"
        tried.append("/usr/bin/python3 (cannot import numpy)")
    else:
        tried.append("/usr/bin/python3 (missing)")
    seen = set()
    for d in os.environ.get("PATH", "").split(os.pathsep):
        cand = os.path.join(d or ".", "python3")
        if not (os.path.isfile(cand) and os.access(cand, os.X_OK)):
            continue
        real = os.path.realpath(cand)
        if real in seen:
            continue
        seen.add(real)
        version = numpy_version_of(cand)
        if version:
            return cand, version, "python3 on PATH"
        tried.append("%s (cannot import numpy)" % cand)
    return None, None, "; ".join(tried) or "no python3 found"


def same_interpreter(python):
    try:
        probe = subprocess.run(
            [python, "-c", "import sys; print(sys.executable); print(sys.prefix)"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60,
            universal_newlines=True).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return False
    return (len(probe) >= 2 and os.path.realpath(probe[0]) == os.path.realpath(sys.executable)
            and probe[1] == sys.prefix)


# ---- running nprand-bench ----------------------------------------------------

def find_bench(explicit):
    if explicit:
        return explicit
    env = os.environ.get("NPRAND_BENCH")
    if env:
        return env
    for build in ("build-bench", "build"):
        cand = os.path.join(REPO, build, "bin", "nprand-bench")
        if os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return shutil.which("nprand-bench")


def run_bench(bench, args, env=None):
    cmd = [bench, "--json"] + args
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, env=env)
    if proc.returncode not in (0, 1):  # 1: some operation failed, still JSON
        sys.stderr.write("compare_numpy: %s exited with %d\n%s" %
                         (" ".join(cmd), proc.returncode, proc.stderr))
        sys.exit(2)
    try:
        return json.loads(proc.stdout)
    except ValueError as e:
        sys.stderr.write("compare_numpy: nprand-bench printed invalid JSON: %s\n" % e)
        sys.exit(2)


# ---- the NumPy side ------------------------------------------------------------

def numpy_op(np, seed, op):
    """A fresh seeded fill() for op (returning the filled array or list), or
    None when this script does not know the method. *_scalar methods are n
    one-value calls (size=None), as a Python caller makes them."""
    family, method, n = op["family"], op["method"], op["n"]
    params = op.get("params", {})
    if family == "legacy":
        rs = np.random.RandomState(seed)
        if method == "random_sample":
            return lambda: rs.random_sample(n)
        if method == "random_sample_scalar":
            return lambda: [rs.random_sample() for _ in range(n)]
        if method == "randint_scalar":
            low, high = params["low"], params["high"]
            return lambda: [rs.randint(low, high) for _ in range(n)]
        if method == "standard_normal_scalar":
            return lambda: [rs.standard_normal() for _ in range(n)]
        if method.startswith("randint_"):
            low, high, dtype = params["low"], params["high"], np.dtype(params["dtype"])
            return lambda: rs.randint(low, high, size=n, dtype=dtype)
        if method == "standard_normal":
            return lambda: rs.standard_normal(n)
        if method == "standard_exponential":
            return lambda: rs.standard_exponential(n)
        if method == "bytes":
            return lambda: np.frombuffer(rs.bytes(n), dtype=np.uint8)
        if method == "shuffle":
            arr = np.arange(n, dtype=np.int64)

            def shuffle():
                rs.shuffle(arr)
                return arr
            return shuffle
        if method == "choice_p":
            a = params["a"]
            p = (np.arange(a, dtype=np.float64) + 1) / (a * (a + 1) // 2)
            return lambda: rs.choice(a, size=n, p=p)
        return None
    bitgen_cls = getattr(np.random, family, None)
    if bitgen_cls is None:
        return None
    g = np.random.Generator(bitgen_cls(seed))
    dtype = np.dtype(params.get("dtype", "float64"))
    if method in ("random", "random_f32"):
        return lambda: g.random(n, dtype=dtype)
    if method == "random_scalar":
        return lambda: [g.random() for _ in range(n)]
    if method == "integers_scalar":
        low, high = params["low"], params["high"]
        return lambda: [g.integers(low, high) for _ in range(n)]
    if method == "standard_normal_scalar":
        return lambda: [g.standard_normal() for _ in range(n)]
    if method.startswith("integers_"):
        low, high = params["low"], params["high"]
        return lambda: g.integers(low, high, size=n, dtype=dtype)
    if method in ("standard_normal", "standard_normal_f32"):
        return lambda: g.standard_normal(n, dtype=dtype)
    if method in ("standard_exponential", "standard_exponential_f32"):
        return lambda: g.standard_exponential(n, dtype=dtype, method=params.get("method", "zig"))
    if method == "shuffle":
        arr = np.arange(n, dtype=np.int64)

        def shuffle():
            g.shuffle(arr)
            return arr
        return shuffle
    if method == "bytes":
        return lambda: np.frombuffer(g.bytes(n), dtype=np.uint8)
    if method == "random_raw":
        bg = g.bit_generator
        return lambda: bg.random_raw(n)
    return None


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}


def time_fill(fill, min_time, repeat, clock="cpu"):
    """timeit: autorange's 1, 2, 5, 10, ... calls until a run takes min_time,
    then the best of `repeat` runs, in seconds per call. clock "cpu" (the
    default, as in nprand-bench) counts this process's CPU time only, so
    other work on a shared machine does not land in either column."""
    timer = timeit.Timer(fill, timer=CLOCKS[clock])
    i = 0
    while True:
        for base in (1, 2, 5):
            number = base * 10 ** i
            if timer.timeit(number) >= min_time or number >= 10 ** 8:
                return min(timer.repeat(repeat, number)) / number
        i += 1


def as_py(values):
    return [v.item() if hasattr(v, "item") else v for v in values]


def numpy_side(np, seed, op, min_time, repeat, clock="cpu"):
    """(ns_per_value or None, same_stream True/False/None, note)."""
    if "error" in op:
        return None, None, "nprand failed: " + op["error"]
    fill = numpy_op(np, seed, op)
    if fill is None:
        return None, None, "no NumPy counterpart known"
    n = op["n"]
    first = fill()
    head, tail = as_py(first[:len(op["head"])]), as_py(first[n - len(op["tail"]):])
    same = head == op["head"] and tail == op["tail"]
    note = ""
    if not same:
        note = "stream differs: nprand head %s tail %s, NumPy head %s tail %s" % (
            op["head"], op["tail"], head, tail)
    per_call = time_fill(fill, min_time, repeat, clock)
    return per_call * 1e9 / n, same, note


# ---- output --------------------------------------------------------------------

def fmt_ns(v):
    if v is None:
        return "n/a"
    return "%.2f" % v if v < 100 else "%.1f" % v


def table_text(headers, align, table, markdown):
    if markdown:
        out = ["| " + " | ".join(headers) + " |",
               "|" + "|".join({"<": ":--", ">": "--:", "^": ":-:"}[a] for a in align) + "|"]
        out += ["| " + " | ".join(row) + " |" for row in table]
        return "\n".join(out)
    widths = [max(len(h), *(len(row[i]) for row in table)) if table else len(h)
              for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(format(c, a + str(w))
                                   for c, a, w in zip(cells, align, widths)).rstrip()
    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in table]
    return "\n".join(out)


def render(rows, markdown):
    headers = ["operation", "n", "nprand ns/value", "NumPy ns/value", "ratio", "MT19937 path",
               "scalar path ns/value", "same stream"]
    align = ["<", ">", ">", ">", ">", "^", ">", "^"]
    table = []
    for r in rows:
        ratio = "n/a"
        if r["nprand"] is not None and r["numpy"]:
            ratio = "%.2f" % (r["nprand"] / r["numpy"])
        same = {True: "\u2713", False: "\u2717", None: "-"}[r["same"]]
        table.append(["`%s`" % r["id"] if markdown else r["id"], str(r["n"]), fmt_ns(r["nprand"]),
                      fmt_ns(r["numpy"]), ratio, r.get("simd", "-"),
                      fmt_ns(r["scalar_path"]) if r.get("scalar_path") else "-", same])
    return table_text(headers, align, table, markdown)


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def mt_word_row(r):
    """The rows issue 14's 3x MT19937 target names: words straight to values."""
    fam, _, method = r["id"].partition(".")
    if r["scalar"]:
        return False
    if fam == "legacy":
        return method == "random_sample" or method.startswith("randint_")
    if fam == "MT19937":
        return method in ("random", "random_f32", "random_raw") or method.startswith("integers_")
    return False


def summary(rows):
    """Speed-ups (NumPy / nprand), geometric means over groups of rows."""
    def speedups(pred):
        return [r["numpy"] / r["nprand"] for r in rows
                if r["nprand"] and r["numpy"] and pred(r)]
    groups = [
        ("bulk rows", lambda r: not r["scalar"]),
        ("MT19937-based bulk rows", lambda r: not r["scalar"] and r.get("simd", "-") != "-"),
        ("MT19937 word rows (legacy random_sample and randint, MT19937 random, integers, "
         "random_raw)", mt_word_row),
        ("scalar-call rows", lambda r: r["scalar"]),
    ]
    out = []
    for name, pred in groups:
        sp = speedups(pred)
        g = geomean(sp)
        if g:
            out.append("%s: geometric mean speed-up %.2fx over %d rows (slowest %.2fx)"
                       % (name, g, len(sp), min(sp)))
    return out


def md_escape(text):
    return "".join("\\" + c if c in "\\`*_<>[]|" else c for c in text)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for l in f:
                if l.startswith("model name"):
                    return l.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


SCALING_OPS = ["legacy.random_sample", "legacy.randint_int64", "MT19937.random",
               "PCG64.random", "PCG64.integers_int64", "SFC64.standard_normal"]


def scaling_table(np, bench, args, min_time, repeat):
    sizes = []
    n = 1000
    while n <= args.scaling_max:
        sizes.append(n)
        n *= 10
    headers = ["operation"] + ["%.0e" % n for n in sizes]
    table = []
    for op_id in SCALING_OPS:
        cells = [op_id]
        for n in sizes:
            res = run_bench(bench, ["--op", op_id, "--size", str(n), "--min-time", str(min_time),
                                    "--repeat", str(repeat), "--clock", args.clock])
            if not res["ops"]:
                cells.append("n/a")
                continue
            op = res["ops"][0]
            ours = op.get("ns_per_value")
            theirs, same, _ = numpy_side(np, res["seed"], op, min_time, repeat, args.clock)
            mark = "" if same else " \u2717"
            cells.append("%s / %s%s" % (fmt_ns(ours), fmt_ns(theirs), mark))
        table.append(cells)
    return headers, table


def scaling_md(scaling):
    headers, table = scaling
    return table_text(headers, ["<"] + [">"] * (len(headers) - 1), table, True)


def cli_table(bench, args):
    """nprand end to end, output to /dev/null: float rows against integer rows."""
    cli = os.path.join(os.path.dirname(os.path.abspath(bench)), "nprand")
    if not os.path.isfile(cli):
        return None
    n = 10000 if args.quick else 1000000
    runs = [("pcg64 random", ["pcg64", "--seed", "1", "random"]),
            ("pcg64 integers 0 10**9", ["pcg64", "--seed", "1", "integers", "0", "1000000000"]),
            ("legacy standard_normal", ["legacy", "--seed", "1", "standard_normal"]),
            ("legacy randint 0 10**9", ["legacy", "--seed", "1", "randint", "0", "1000000000"])]
    lines = ["CLI end to end (`nprand FAMILY --seed 1 METHOD ... --size %d > /dev/null`, "
             "best of 3, CPU time of the process):" % n, ""]
    table = []
    for name, argv in runs:
        best = None
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            with open(os.devnull, "w") as devnull:
                subprocess.run([cli] + argv + ["--size", str(n)], stdout=devnull, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best = t if best is None else min(best, t)
        table.append([name, "%.3f" % best, fmt_ns(best * 1e9 / n)])
    lines.append(table_text(["command", "seconds", "ns/value"], ["<", ">", ">"], table,
                            args.markdown))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(
        description="nprand-bench next to NumPy: ns/value, ratio, and a same-stream check.")
    ap.add_argument("--bench", help="path of nprand-bench")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    ap.add_argument("--filter", help="only operations whose id contains this")
    ap.add_argument("--size", help="values per fill (default 1e6)")
    ap.add_argument("--shuffle-size", help="shuffled array length (default 1e5)")
    ap.add_argument("--min-time", help="seconds per timed run, at least (default 0.2)")
    ap.add_argument("--repeat", help="timed runs, best counts (default 3)")
    ap.add_argument("--scalar-size", help="one-value calls per run of *_scalar rows (1e5)")
    ap.add_argument("--scaling-max", type=float, default=1e7,
                    help="largest fill of the scaling table (default 1e7; 1e8 needs ~2 GB)")
    ap.add_argument("--no-scaling", action="store_true", help="skip the scaling table")
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI end-to-end table")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="cpu",
                    help="cpu: process CPU time (default; fair on a shared machine), "
                         "wall: elapsed time")
    args = ap.parse_args()

    # Pick the interpreter first; re-execute under it if it is not this one.
    np = None
    py_note = ""
    if os.environ.get(REEXEC_MARK):
        py, version, why = sys.executable, None, "re-executed"
    else:
        py, version, why = find_numpy_python()
        if py and not same_interpreter(py):
            env = dict(os.environ, **{REEXEC_MARK: "1"})
            sys.stdout.flush()
            os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)
    if py:
        try:
            import numpy as np  # noqa: F811
        except ImportError:
            np = None
            py_note = "%s cannot import numpy" % sys.executable
    else:
        py_note = "no Python with NumPy found (%s)" % why

    bench = find_bench(args.bench)
    if not bench:
        sys.stderr.write("compare_numpy: nprand-bench not found; build it with\n"
                         "  cmake -S %s -B %s/build-bench -DCMAKE_BUILD_TYPE=Release && "
                         "cmake --build %s/build-bench -j2\nor pass --bench PATH\n"
                         % (REPO, REPO, REPO))
        return 2
    passthrough = []
    if args.quick:
        passthrough.append("--quick")
    for flag in ("filter", "size", "shuffle_size", "scalar_size", "min_time", "repeat", "clock"):
        value = getattr(args, flag)
        if value is not None:
            passthrough += ["--" + flag.replace("_", "-"), value]

    sys.stderr.write("running %s ...\n" % " ".join([bench, "--json"] + passthrough))
    result = run_bench(bench, passthrough)
    seed, min_time, repeat = result["seed"], result["min_time"], result["repeat"]

    rows = []
    mismatches = 0
    if np is None:
        sys.stderr.write("compare_numpy: NumPy unavailable: %s.\n"
                         "Set NPRAND_PYTHON to a python3 with numpy %s for the comparison; "
                         "nprand's figures follow alone.\n" % (py_note, EXPECTED_NUMPY))
    else:
        sys.stderr.write("timing NumPy %s under %s ...\n" % (np.__version__, sys.executable))
    for op in result["ops"]:
        row = {"id": op["id"], "n": op["n"], "nprand": op.get("ns_per_value"),
               "numpy": None, "same": None, "note": op.get("error", ""),
               "scalar": op.get("scalar", False), "simd": op.get("simd", "-")}
        if np is not None:
            row["numpy"], row["same"], row["note"] = numpy_side(np, seed, op, min_time, repeat,
                                                                args.clock)
            if row["same"] is False:
                mismatches += 1
        rows.append(row)

    # The MT19937 rows again on the portable C kernels, for the SIMD gain.
    if any(r["simd"] not in ("-", "scalar") for r in rows):
        env = dict(os.environ, NPRAND_MT19937_PATH="scalar")
        base = [a for a in passthrough]
        if "--filter" in base:
            i = base.index("--filter")
            del base[i:i + 2]
        pinned = {}
        for fam in ("legacy.", "MT19937."):
            if args.filter and fam not in args.filter and args.filter not in fam:
                if not args.filter.startswith(fam.rstrip(".")):
                    continue
            for op in run_bench(bench, base + ["--filter", args.filter or fam], env)["ops"]:
                pinned[op["id"]] = op.get("ns_per_value")
        for r in rows:
            if r["simd"] != "-" and not r["scalar"]:
                r["scalar_path"] = pinned.get(r["id"])

    scaling = None
    if np is not None and not args.quick and not args.no_scaling:
        scaling = scaling_table(np, bench, args, min_time, repeat)
    cli = None
    if not args.no_cli:
        cli = cli_table(bench, args)

    mode = "quick (tiny sizes; figures meaningless)" if result.get("quick") else (
        "fills of %d values (shuffle: %d), runs of >= %g s, best of %d"
        % (result["size"], result["shuffle_size"], min_time, repeat))
    header = [
        "nprand-bench vs NumPy: %s" % mode,
        "CPU: %s; nprand-bench: %s" % (cpu_model(), bench),
        "NumPy: %s" % ("%s (%s)" % (np.__version__, sys.executable) if np is not None
                       else "unavailable - " + py_note),
        "seed %d: RandomState(seed) / Generator(<BitGen>(seed)); "
        "ratio = nprand / NumPy (< 1: nprand faster)" % seed,
    ]
    if np is not None and np.__version__ != EXPECTED_NUMPY:
        header.append("warning: NumPy %s is not %s; streams may legitimately differ"
                      % (np.__version__, EXPECTED_NUMPY))
    if args.markdown:
        print("\n".join("- " + md_escape(h) for h in header))
        print()
    else:
        print("\n".join(header))
        print()
    print(render(rows, args.markdown))
    print()
    for line in summary(rows):
        print(("- " if args.markdown else "") + line)
    if scaling:
        print()
        print("Scaling: ns/value, nprand / NumPy, by fill size (flat = no per-fill cost "
              "beyond the values; nprand allocates nothing per fill)")
        print()
        print(scaling if not args.markdown else scaling_md(scaling))
    if cli:
        print()
        print(cli)
    notes = [(r["id"], r["note"]) for r in rows if r["note"]]
    if notes:
        print()
        for op_id, note in notes:
            if args.markdown:
                print("- `%s`: %s" % (op_id, md_escape(note)))
            else:
                print("%s: %s" % (op_id, note))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
