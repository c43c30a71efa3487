// Runs python-family contract requests through the CPython inside a pyodide
// npm package (offline: the package folder holds the interpreter and its
// standard library). Reads JSON Lines requests on stdin, writes one reply
// line per request on stdout, values as oracle tokens (see
// nprand_oracle/pyfamily.py run_line).
//
//   node oracle/pyodide_runner.mjs <pyodide package folder> < requests.jsonl
//   node oracle/pyodide_runner.mjs <pyodide package folder> --version
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [pkg, flag] = process.argv.slice(2);
if (!pkg) {
  process.stderr.write("usage: pyodide_runner.mjs <pyodide package folder> [--version]\n");
  process.exit(2);
}
const { loadPyodide } = await import(pathToFileURL(join(pkg, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: pkg + "/", stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
if (flag === "--version") {
  process.stdout.write(py.runPython("import sys; '%d.%d.%d' % sys.version_info[:3]") + "\n");
  process.exit(0);
}

// The oracle package is copied into pyodide's in-memory file system: only the
// numpy-free modules the python family needs.
py.FS.mkdirTree("/oracle/nprand_oracle");
for (const name of ["__init__.py", "pyfamily.py", "tokens.py"]) {
  py.FS.writeFile(`/oracle/nprand_oracle/${name}`, readFileSync(join(here, "nprand_oracle", name)));
}
py.runPython("import sys; sys.path.insert(0, '/oracle'); from nprand_oracle import pyfamily");
const runLine = py.globals.get("pyfamily").run_line;

// stdin may be a non-blocking pipe: read it as a stream, not readFileSync(0)
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = Buffer.concat(chunks).toString("utf8");
const out = [];
for (const line of input.split("\n")) {
  if (line.trim() === "") continue;
  try {
    out.push(runLine(line));
  } catch (e) {
    // a harness bug (wrong version, bad line): name it without pyodide's stack
    process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
    process.stderr.write(String(e.message || e).trim().split("\n").pop() + "\n");
    process.exit(1);
  }
  if (out.length >= 256) {
    process.stdout.write(out.join("\n") + "\n");
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
