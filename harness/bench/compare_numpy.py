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


def run_bench(bench, args):
    cmd = [bench, "--json"] + args
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
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
    """A fresh seeded fill() for op (returning the filled array), or None when
    this script does not know the method."""
    family, method, n = op["family"], op["method"], op["n"]
    params = op.get("params", {})
    if family == "legacy":
        rs = np.random.RandomState(seed)
        if method == "random_sample":
            return lambda: rs.random_sample(n)
        if method.startswith("randint_"):
            low, high, dtype = params["low"], params["high"], np.dtype(params["dtype"])
            return lambda: rs.randint(low, high, size=n, dtype=dtype)
        if method == "standard_normal":
            return lambda: rs.standard_normal(n)
        if method == "standard_exponential":
            return lambda: rs.standard_exponential(n)
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
    if method == "random":
        return lambda: g.random(n)
    if method.startswith("integers_"):
        low, high, dtype = params["low"], params["high"], np.dtype(params["dtype"])
        return lambda: g.integers(low, high, size=n, dtype=dtype)
    if method == "standard_normal":
        return lambda: g.standard_normal(n)
    if method == "standard_exponential":
        return lambda: g.standard_exponential(n, method=params.get("method", "zig"))
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
    return [v.item() for v in values]


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


def render(rows, markdown):
    headers = ["operation", "n", "nprand ns/value", "NumPy ns/value", "ratio", "same stream"]
    align = ["<", ">", ">", ">", ">", "^"]
    table = []
    for r in rows:
        ratio = "n/a"
        if r["nprand"] is not None and r["numpy"]:
            ratio = "%.2f" % (r["nprand"] / r["numpy"])
        same = {True: "\u2713", False: "\u2717", None: "-"}[r["same"]]
        table.append(["`%s`" % r["id"] if markdown else r["id"], str(r["n"]), fmt_ns(r["nprand"]), fmt_ns(r["numpy"]), ratio, same])
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
    for flag in ("filter", "size", "shuffle_size", "min_time", "repeat", "clock"):
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
               "numpy": None, "same": None, "note": op.get("error", "")}
        if np is not None:
            row["numpy"], row["same"], row["note"] = numpy_side(np, seed, op, min_time, repeat, args.clock)
            if row["same"] is False:
                mismatches += 1
        rows.append(row)

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
