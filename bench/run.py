#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gatehouse benchmarks: run from the repo root through `./dev bench [NAME]...`.

Every figure is measured in this run, next to a peer's (curl, newman) for the same work, against a
loopback server (bench/benchserver.py). Wall times are medians of several runs; peak RSS is the
child's ru_maxrss from wait4(). Prints one table; nothing here is a test.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(os.environ.get("GATEHOUSE_BENCH_BIN", os.path.join(REPO, "build", "release", "bin")))
CLI = os.path.join(BIN, "gatehouse-cli")
APP = os.path.join(BIN, "gatehouse")
GUIBENCH = os.path.join(BIN, "gatehouse-guibench")
SOAKBENCH = os.path.join(BIN, "gatehouse-soakbench")
NODE_PREFIX = os.path.expanduser("~/.cache/gatehouse/bench-node")
RUNS = int(os.environ.get("GATEHOUSE_BENCH_RUNS", "11"))

rows = []  # (benchmark, metric, gatehouse, peer, target, verdict)
notes = []  # lines printed after the table (the newman-compat differences)


def row(bench, metric, value, peer, target, ok):
    rows.append((bench, metric, value, peer, target, "" if ok is None else ("ok" if ok else "MISSED")))


def measure(argv, env=None, stdin=None):
    """Runs argv; returns (wall seconds, peak RSS MiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin,
                            env=env or os.environ)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, proc.returncode


def median_of(argv, runs=RUNS, env=None):
    results = [measure(argv, env) for _ in range(runs)]
    codes = {r[2] for r in results}
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results), codes


def exit_note(codes):
    return "" if codes == {0} else " (exit %s)" % ",".join(str(c) for c in sorted(codes))


def ms(seconds):
    return "%.0f ms" % (seconds * 1000) if seconds < 10 else "%.1f s" % seconds


def mb(mib):
    return "%.0f MB" % mib


class Server:
    def __enter__(self):
        self.proc = subprocess.Popen([sys.executable, os.path.join(REPO, "bench", "benchserver.py")],
                                     stdout=subprocess.PIPE, text=True)
        self.port = int(self.proc.stdout.readline().split()[1])
        self.base = "http://127.0.0.1:%d" % self.port
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait()


def cli_env():
    env = dict(os.environ)
    # Keep the benchmark's history and cookies out of the user's data.
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="gh-bench-data-")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gh-bench-config-")
    return env


def bench_cli_send(server):
    url = server.base + "/get"
    env = cli_env()
    measure([CLI, "send", url], env)  # warm the page cache
    g = median_of([CLI, "send", url], env=env)
    c = median_of(["curl", "-s", "-o", "/dev/null", url])
    row("cli-send", "start→exit (median of %d)" % RUNS, ms(g[0]) + exit_note(g[2]), "curl " + ms(c[0]), "< 50 ms", g[0] < 0.050 and g[2] == {0})
    row("cli-send", "peak RSS", mb(g[1]), "curl " + mb(c[1]), "< 40 MB", g[1] < 40)


def bench_big_download(server):
    size = int(os.environ.get("GATEHOUSE_BENCH_BIG", str(1 << 30)))
    url = "%s/bytes/%d" % (server.base, size)
    out = tempfile.mkdtemp(prefix="gh-bench-big-")
    target = os.path.join(out, "body.bin")
    try:
        g = measure([CLI, "send", url, "-o", target], cli_env())
        got = os.path.getsize(target) if os.path.exists(target) else 0
        os.path.exists(target) and os.remove(target)
        c = measure(["curl", "-s", "-o", target, url])
        label = "%d MiB to file" % (size >> 20)
        note = "" if got == size else " (wrote %d of %d bytes, exit %d)" % (got, size, g[2])
        row("big-download", label + ": peak RSS", mb(g[1]) + note, "curl " + mb(c[1]), "< 100 MB", g[1] < 100 and got == size)
        row("big-download", label + ": wall", ms(g[0]), "curl " + ms(c[0]), "", None)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def bench_gui_startup(server):
    shot = os.path.join(tempfile.mkdtemp(prefix="gh-bench-shot-"), "s.png")
    env = cli_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    argv = [APP, "--playground", "--screenshot", shot]
    measure(argv, env)
    wall, rss, codes = median_of(argv, runs=max(3, RUNS // 2), env=env)
    row("gui-startup", "start→window painted (upper bound: start→screenshot written→exit)", ms(wall), "", "< 400 ms",
        wall < 0.400 and codes == {0})
    row("gui-startup", "RSS after first paint (peak)", mb(rss), "", "< 120 MB", rss < 120)


def guibench(args, env=None):
    env = env or cli_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run([GUIBENCH] + args, capture_output=True, text=True, env=env)
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError("gatehouse-guibench %s failed: %s" % (" ".join(args), proc.stderr.strip()[-500:]))


def bench_gui_big_json(server):
    size = 50 * 1000 * 1000
    url = "%s/json/%d" % (server.base, size)
    measure(["curl", "-s", "-o", "/dev/null", url])  # the server generates the document once, outside the figure
    r = guibench(["big-json", url])
    row("gui-big-json", "50 MB JSON: status + first screen of body", ms(r["firstScreenMs"] / 1000), "", "< 1 s", r["firstScreenMs"] < 1000)
    row("gui-big-json", "longest event-loop stall (load, pretty, highlight)", ms(r["longestStallMs"] / 1000), "", "< 100 ms",
        r["longestStallMs"] < 100)
    if r.get("receiveStallMs", -1) >= 0:
        row("gui-big-json", "  of which: while the engine receives the body", ms(r["receiveStallMs"] / 1000), "", "< 100 ms", r["receiveStallMs"] < 100)
        row("gui-big-json", "  of which: showing it (preview, whole body formatted)", ms(r["loadStallMs"] / 1000), "", "< 100 ms", r["loadStallMs"] < 100)
    if r.get("replaceStallMs", -1) >= 0:
        row("gui-big-json", "  of which: sending again (big body replaced)", ms(r["replaceStallMs"] / 1000), "", "< 100 ms", r["replaceStallMs"] < 100)
    row("gui-big-json", "pretty-printed body shown", ms(r["prettyMs"] / 1000) if r["prettyMs"] >= 0 else "not offered", "", "", None)
    if r.get("scrollMs", -1) >= 0:
        row("gui-big-json", "scrolling through it: worst jump + repaint (of 21)", ms(r["scrollMs"] / 1000), "", "< 16 ms", r["scrollMs"] < 16)
    row("gui-big-json", "peak RSS", mb(r["peakRssMb"]), "", "< 600 MB", r["peakRssMb"] < 600)


def bench_workspace_10k(server):
    r = guibench(["workspace", "10000"])
    row("workspace-10k", "10,000 requests: load + tree shown", ms(r["openMs"] / 1000), "", "< 1 s", r["openMs"] < 1000)
    row("workspace-10k", "filter answers (worst of %d)" % r["filters"], ms(r["filterMs"] / 1000), "", "< 100 ms", r["filterMs"] < 100)


def postman_10k(path, url, requests=10000, folders=200):
    """A Postman v2.1 collection of `requests` requests in `folders` folders, each request with a
    query parameter, two headers, a JSON body on every other one and a test script, as people write them."""
    per = requests // folders
    items = []
    for f in range(folders):
        children = []
        for r in range(per):
            n = f * per + r
            request = {
                "method": "POST" if n % 2 else "GET",
                "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Request", "value": "{{requestId}}-%d" % n}],
                "url": {"raw": "%s/get?page=%d" % (url, n), "protocol": "http", "host": ["127", "0", "0", "1"],
                        "path": ["get"], "query": [{"key": "page", "value": str(n)}]},
            }
            if n % 2:
                request["body"] = {"mode": "raw", "raw": json.dumps({"id": n, "name": "item %d" % n, "tags": ["a", "b"]}),
                                   "options": {"raw": {"language": "json"}}}
            children.append({"name": "Request %d" % n, "request": request,
                             "event": [{"listen": "test", "script": {"type": "text/javascript",
                                                                      "exec": ["pm.test('ok', function () {", "  pm.response.to.have.status(200);", "});"]}}]})
        items.append({"name": "Folder %d" % f, "item": children})
    doc = {"info": {"name": "Ten thousand", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items, "variable": [{"key": "requestId", "value": "bench"}]}
    with open(path, "w") as f:
        json.dump(doc, f, indent=2)


# The floor for the same work in the same run: Python's C JSON parser reading the same bytes
# (and, for the import, writing one small JSON file per request as a workspace does).
PY_PARSE_COLLECTION = "import json,sys; json.load(open(sys.argv[1]))"
PY_IMPORT_FLOOR = """
import json, os, sys
doc = json.load(open(sys.argv[1])); out = sys.argv[2]
for i, folder in enumerate(doc["item"]):
    d = os.path.join(out, "f%d" % i); os.makedirs(d)
    for j, item in enumerate(folder["item"]):
        with open(os.path.join(d, "%d.request.json" % j), "w") as f: json.dump(item, f, indent=2)
"""
PY_PARSE_WORKSPACE = """
import json, os, sys
n = 0
for root, dirs, files in os.walk(sys.argv[1]):
    dirs[:] = [d for d in dirs if d != ".gatehouse"]
    for name in files:
        if name.endswith(".json"):
            with open(os.path.join(root, name), "rb") as f: json.loads(f.read()); n += 1
"""


def bench_import_10k(server):
    """gatehouse-cli import of a 10,000-request Postman collection (parse, map, write the workspace),
    then opening that workspace from disk (gatehouse-cli export --request: load every file, index,
    find one request). Peers: Python's json module doing the bare parse (and writes) of the same data."""
    work = tempfile.mkdtemp(prefix="gh-bench-import-")
    try:
        source = os.path.join(work, "ten-thousand.postman_collection.json")
        postman_10k(source, server.base)
        size = os.path.getsize(source) / 1e6
        env = cli_env()
        walls, rss, codes = [], [], set()
        runs = max(3, RUNS // 2)
        for i in range(runs):
            ws = os.path.join(work, "ws%d" % i)
            w, r, c = measure([CLI, "import", source, "--from", "postman", "--into", ws], env=env)
            walls.append(w), rss.append(r), codes.add(c)
        floor = []
        for i in range(runs):
            out = os.path.join(work, "py%d" % i)
            floor.append(measure([sys.executable, "-c", PY_IMPORT_FLOOR, source, out])[0])
        parse = median_of([sys.executable, "-c", PY_PARSE_COLLECTION, source], runs=runs)
        wall = statistics.median(walls)
        row("import-10k", "import 10,000 requests / 200 folders (%.0f MB Postman v2.1) into a workspace: wall" % size,
            ms(wall) + exit_note(codes), "python json: parse %s, parse + write files %s" % (ms(parse[0]), ms(statistics.median(floor))),
            "< 2 s", wall < 2 and codes == {0})
        row("import-10k", "import: peak RSS", mb(statistics.median(rss)), "python parse %s" % mb(parse[1]), "", None)

        ws = os.path.join(work, "ws0")
        files = sum(len([f for f in fs if f.endswith(".json")]) for root, _, fs in os.walk(ws) if ".gatehouse" not in root)
        g = median_of([CLI, "export", ws, "--format", "curl", "--request", "Ten thousand/Folder 199/Request 9999"], env=env)
        p = median_of([sys.executable, "-c", PY_PARSE_WORKSPACE, ws])
        row("import-10k", "open the workspace (%d files: parse + index + find one request): wall" % files, ms(g[0]) + exit_note(g[2]),
            "python json: read + parse the files %s" % ms(p[0]), "< 1 s", g[0] < 1 and g[2] == {0})
        row("import-10k", "open the workspace: peak RSS", mb(g[1]), "python %s" % mb(p[1]), "< 150 MB", g[1] < 150)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def newman_path():
    exe = os.path.join(NODE_PREFIX, "node_modules", ".bin", "newman")
    if os.path.exists(exe):
        return exe
    if not shutil.which("npm"):
        return None
    os.makedirs(NODE_PREFIX, exist_ok=True)
    print("bench: installing newman into %s (once)" % NODE_PREFIX, file=sys.stderr)
    # GATEHOUSE_BENCH_CAFILE: a CA bundle for npm when the network needs one (a TLS-inspecting proxy).
    cafile = os.environ.get("GATEHOUSE_BENCH_CAFILE")
    proc = subprocess.run(["npm", "install", "--prefix", NODE_PREFIX, "--no-audit", "--no-fund"]
                          + (["--cafile", cafile] if cafile else []) + ["newman@6"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600)
    if proc.returncode != 0 or not os.path.exists(exe):
        print("bench: newman could not be installed (offline?): %s" % proc.stderr.strip()[-300:], file=sys.stderr)
        return None
    return exe


def collection(path, url, test):
    doc = {
        "info": {"name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "one",
            "request": {"method": "GET", "url": url},
            "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": [test]}}],
        }],
    }
    with open(path, "w") as f:
        json.dump(doc, f)


def bench_runner_vs_newman(server):
    work = tempfile.mkdtemp(prefix="gh-bench-run-")
    try:
        small = os.path.join(work, "small.json")
        collection(small, server.base + "/get", "pm.test('ok', function () { pm.response.to.have.status(200); });")
        measure(["curl", "-s", "-o", "/dev/null", "%s/json/%d" % (server.base, 50 * 1000 * 1000)])
        big = os.path.join(work, "big.json")
        collection(big, "%s/json/%d" % (server.base, 50 * 1000 * 1000),
                   "pm.test('json', function () { pm.expect(pm.response.json().items.length).to.be.above(0); });")
        newman = newman_path()
        iterations = int(os.environ.get("GATEHOUSE_BENCH_ITERATIONS", "1000"))
        env = cli_env()

        def both(label, argv_g, argv_n, target, check, runs=1, newman_runs=None):
            g = median_of(argv_g, runs=runs, env=env)
            n = median_of(argv_n, runs=newman_runs or runs) if newman else None
            return g, n

        # A run of 1,000 iterations takes about a third of a second, so one run moves with every
        # hiccup of the machine: the median of five (newman's single run takes seconds).
        g, n = both("1", [CLI, "run", small, "-n", str(iterations)], [newman, "run", small, "-n", str(iterations)] if newman else None, None, None,
                    runs=5, newman_runs=1)
        rate = iterations / g[0]
        peer = ("newman %.0f req/s" % (iterations / n[0])) if n else "newman: not installed"
        row("runner-vs-newman", "%d iterations, 1 pm.test: requests/s (median of 5)" % iterations, "%.0f req/s" % rate + exit_note(g[2]), peer, "≥ 3000 req/s",
            rate >= 3000 and g[2] == {0})
        row("runner-vs-newman", "%d iterations: peak RSS" % iterations, mb(g[1]), ("newman " + mb(n[1])) if n else "", "< 60 MB", g[1] < 60)
        g, n = both("1", [CLI, "run", small], [newman, "run", small] if newman else None, None, None, runs=5)
        row("runner-vs-newman", "one request run: wall", ms(g[0]) + exit_note(g[2]), ("newman " + ms(n[0])) if n else "", "< 100 ms", g[0] < 0.1 and g[2] == {0})
        g, n = both("1", [CLI, "run", big], [newman, "run", big] if newman else None, None, None)
        row("runner-vs-newman", "50 MB JSON + pm.response.json(): wall", ms(g[0]) + exit_note(g[2]), ("newman " + ms(n[0])) if n else "", "< 1.5 s",
            g[0] < 1.5 and g[2] == {0})
        row("runner-vs-newman", "50 MB JSON + pm.response.json(): peak RSS", mb(g[1]) + exit_note(g[2]), ("newman " + mb(n[1])) if n else "", "< 600 MB",
            g[1] < 600 and g[2] == {0})
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_soak(server):
    # Issue 8: the window left sending a request every 100 ms for 30 minutes (GATEHOUSE_SOAK_SECONDS).
    seconds = float(os.environ.get("GATEHOUSE_SOAK_SECONDS", "1800"))
    warmup = float(os.environ.get("GATEHOUSE_SOAK_WARMUP", str(min(120.0, seconds / 5))))
    env = cli_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    errors = tempfile.NamedTemporaryFile(prefix="gh-bench-soak-", suffix=".log", delete=False)
    proc = subprocess.Popen([SOAKBENCH, "%g" % seconds, "%g" % warmup], stdout=subprocess.PIPE, stderr=errors,
                            text=True, env=env)
    summary = None
    pixmaps = None
    for line in proc.stdout:
        if not line.startswith("{"):
            continue
        data = json.loads(line)
        if data.get("summary"):
            summary = data
        elif "pixmapCacheHeapMb" in data:
            pixmaps = data
        else:
            print("soak: %5.0f s  RSS %6.1f MB  heap %5.1f MB  fds %3d  threads %2d  sent %d"
                  % (data["t"], data["rssMb"], data["heapMb"], data["fds"], data["threads"], data["sent"]),
                  file=sys.stderr, flush=True)
    proc.wait()
    if summary is None:
        raise RuntimeError("gatehouse-soakbench gave no summary (exit %d, stderr in %s)" % (proc.returncode, errors.name))
    os.remove(errors.name)
    w, e = summary["warm"], summary["end"]
    label = "%.1f min, a request every 100 ms unless one is in flight" % (summary["seconds"] / 60)
    row("soak", label + ": answered", "%d of %d sent (%.1f/s; %d rounds of %d)" % (
        summary["finished"], summary["sent"], summary["sent"] / summary["seconds"], summary["rounds"],
        summary["requestsPerRound"]), "", "every one", summary["finished"] >= summary["sent"] - 1 and summary["sent"] > 0)
    row("soak", "RSS after %.0f s warm-up → end" % w["t"], "%.1f → %.1f MB (%+.1f)" % (w["rssMb"], e["rssMb"], summary["rssGrowthMb"]),
        "", "growth < 10 MB", summary["rssGrowthMb"] < 10)
    if "anonMb" in w:
        row("soak", "  of which anonymous (heap, stacks) warm-up → end", "%.1f → %.1f MB (%+.1f)" % (w["anonMb"], e["anonMb"], e["anonMb"] - w["anonMb"]),
            "", "", None)
    row("soak", "malloc heap in use warm-up → end", "%.1f → %.1f MB (%+.1f)" % (w["heapMb"], e["heapMb"], summary["heapGrowthMb"]),
        "", "", None)
    if pixmaps:
        row("soak", "Qt's pixmap cache at the end (heap freed by clearing it)", "%.1f MB" % pixmaps["pixmapCacheHeapMb"], "",
            "", None)
    if "widgets" in w:
        row("soak", "live widgets warm-up → end", "%d → %d" % (w["widgets"], e["widgets"]), "", "", None)
    row("soak", "open file descriptors warm-up → end", "%d → %d" % (w["fds"], e["fds"]), "", "no growth", summary["fdGrowth"] <= 0)
    row("soak", "threads warm-up → end", "%d → %d" % (w["threads"], e["threads"]), "", "no growth", summary["threadGrowth"] <= 0)


NEWMAN_DATA = os.path.join(REPO, "tests", "runner", "data", "newman")


def rewrite_text(text, ports, https_variables=()):
    """Points the hosts newman's suites talk to at bench/echoserver.py's servers: postman-echo.com ->
    echo (http), newman's :4041 -> raw, :4042 -> redirect (localhost becomes 127.0.0.1, the IPv4
    loopback the servers listen on; 127.x spellings keep theirs), expired.badssl.com -> tls. A URL
    written https://{{NAME}} where NAME is a variable holding postman-echo.com becomes http://{{NAME}}."""
    echo = "127.0.0.1:%d" % ports["echo"]
    text = re.sub(r'https?(:[\\/]*)((?:[^\s"/\\]*@)?)postman-echo\.com', lambda m: "http" + m.group(1) + m.group(2) + echo, text)
    text = re.sub(r'(?<![\w.-])postman-echo\.com', echo, text)
    text = re.sub(r'https?://expired\.badssl\.com', "https://127.0.0.1:%d" % ports["tls"], text)
    for old, new in (("4041", ports["raw"]), ("4042", ports["redirect"])):
        text = re.sub(r'(localhost|127\.0\.0\.1|127\.1):' + old + r'(?!\d)',
                      lambda m: ("127.0.0.1" if m.group(1) == "localhost" else m.group(1)) + ":%d" % new, text)
    for name in https_variables:
        text = text.replace("https://{{%s}}" % name, "http://{{%s}}" % name)
    return text


def echo_variables(paths):
    """Names of the variables in these environment/globals files whose value is postman-echo.com."""
    names = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                doc = json.loads(f.read().decode("utf-8-sig"))
        except ValueError:  # not UTF-8 (a UTF-16 environment): left alone, as in rewrite_text's callers
            continue
        names += [v.get("key") for v in doc.get("values", []) if "postman-echo.com" in str(v.get("value", ""))]
    return names


def rewrite_collection(src, dst, ports, https_variables=()):
    """rewrite_text on the file, then the URL objects' host, port and protocol the same way; nothing
    else changes, so both tools read the same file, as close to newman's CI as loopback allows."""
    with open(src, "rb") as f:
        doc = json.loads(rewrite_text(f.read().decode("utf-8-sig", "replace"), ports, https_variables))
    targets = {("postman-echo.com", None): ("http", ports["echo"], True), ("expired.badssl.com", None): ("https", ports["tls"], True)}
    for host in ("localhost", "127.0.0.1", "127.1"):
        targets[(host, "4041")] = ("http", ports["raw"], host == "localhost")
        targets[(host, "4042")] = ("http", ports["redirect"], host == "localhost")

    def walk(node):
        if isinstance(node, dict):
            url = node.get("url")
            if isinstance(url, dict) and "host" in url:
                host = url["host"] if isinstance(url["host"], str) else ".".join(url["host"])
                port = str(url["port"]) if url.get("port") not in (None, "") else None
                target = targets.get((host, port))
                if target:
                    if target[2]:
                        url["host"] = ["127", "0", "0", "1"]
                    url["port"] = str(target[1])
                    if url.get("protocol") or port is None:
                        url["protocol"] = target[0]
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(doc)
    with open(dst, "w") as f:
        json.dump(doc, f)


def assertion_verdicts(report, newman):
    """[(request, assertion, passed, message)] in run order, from either tool's JSON report. Request
    errors and script errors count as failed pseudo-assertions "<request error>", "<script error>"."""
    verdicts = []
    run = report.get("run", {})
    previous = None
    for ex in run.get("executions", []):
        if newman:
            # A request that auth replays (Digest: the 401, then the answer) appears twice with the
            # same cursor, each listing the one test run's assertions; newman's stats count it once.
            ref = ex.get("cursor", {}).get("ref")
            if ref and ref == previous:
                continue
            previous = ref
        name = ex.get("item", {}).get("name") if newman else ex.get("name")
        if ex.get("requestError"):
            error = ex["requestError"]
            verdicts.append((name, "<request error>", False, str(error.get("message") or error.get("code") or error)))
        for a in ex.get("assertions", []) or []:
            if a.get("skipped"):
                continue
            error = a.get("error") or {}
            if a.get("scriptError"):
                verdicts.append((name, "<script error>", False, error.get("message", "")))
            else:
                verdicts.append((name, a.get("assertion"), "error" not in a, error.get("message", "")))
    if newman:  # newman reports script errors only as failures "at" a script, not among assertions
        for f in run.get("failures", []):
            if f.get("at") in ("test-script", "prerequest-script"):
                verdicts.append((f.get("source", {}).get("name"), "<script error>", False, f.get("error", {}).get("message", "")))
    return verdicts


def verdict_keys(verdicts):
    """{(request, assertion, nth occurrence): (passed, message)}; random parts of assertion names
    (UUIDs, numbers) are masked so runs with different random values still line up."""
    out, seen = {}, {}
    for request, assertion, passed, message in verdicts:
        name = re.sub(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<uuid>", str(assertion))
        name = re.sub(r"\d+", "<n>", name)
        key = (request, name)
        seen[key] = seen.get(key, 0) + 1
        out[key + (seen[key],)] = (passed, message)
    return out


def bench_newman_compat(server):
    """Not a speed figure: runs newman's integration suites with newman and with gatehouse-cli against
    the same loopback servers and compares every assertion's verdict (name + pass/fail)."""
    newman = newman_path()
    if not newman:
        row("newman-compat", "newman's integration suites", "skipped", "newman: not installed", "same verdicts", None)
        return
    with open(os.path.join(NEWMAN_DATA, "expectations.json")) as f:
        suites = json.load(f)["integration"]
    echo = subprocess.Popen([sys.executable, os.path.join(REPO, "bench", "echoserver.py")], stdout=subprocess.PIPE, text=True)
    ports = {k: int(v) for k, v in (p.split("=") for p in echo.stdout.readline().split()[1:])}
    work = tempfile.mkdtemp(prefix="gh-bench-compat-")
    # Body files are named relative to newman's repository (newman runs there); gatehouse-cli resolves
    # them against the collection file's folder, so that folder gets the repository's test/ too.
    os.symlink(os.path.join(NEWMAN_DATA, "test"), os.path.join(work, "test"))
    env = cli_env()
    same = 0
    differences, both_failed = [], []
    try:
        for suite in suites:
            name = suite["suite"]
            coll = os.path.join(work, name + ".json")
            scoped = [os.path.join(NEWMAN_DATA, suite[k]) for k in ("environment", "globals") if suite.get(k)]
            https_variables = echo_variables(scoped)
            rewrite_collection(os.path.join(NEWMAN_DATA, suite["collection"]), coll, ports, https_variables)
            extra = []
            for key, flag in (("environment", "-e"), ("globals", "-g"), ("iterationData", "-d")):
                if suite.get(key):
                    path = os.path.join(work, "%s-%s%s" % (name, key, os.path.splitext(suite[key])[1]))
                    with open(os.path.join(NEWMAN_DATA, suite[key]), "rb") as f:
                        raw = f.read()
                    try:  # rewritten like the collection; files that are not UTF-8 (a UTF-16 environment) stay as they are
                        text = raw.decode("utf-8")
                        raw = rewrite_text(text, ports, https_variables).encode("utf-8")
                    except UnicodeDecodeError:
                        pass
                    with open(path, "wb") as f:
                        f.write(raw)
                    extra += [flag, path]
            # As newman's npm/test-integration.js: the suite's _config.json "run" options apply.
            options = {}
            if suite.get("config"):
                with open(os.path.join(NEWMAN_DATA, suite["config"])) as f:
                    options = json.load(f).get("run", {})
            for key, value in options.items():
                if key == "insecure" and value:
                    extra.append("-k")
                elif key == "iterationCount":
                    extra += ["-n", str(value)]
                else:
                    differences.append("%s: run option %s=%r not passed on by this benchmark" % (name, key, value))
            reports = {}
            for tool, exe in (("newman", newman), ("gatehouse", CLI)):
                out = os.path.join(work, "%s-%s.json" % (name, tool))
                subprocess.run([exe, "run", coll] + extra + ["--reporters", "json", "--timeout-request", "10000", "--reporter-json-export", out],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=NEWMAN_DATA, env=env, timeout=180)
                try:
                    with open(out) as f:
                        reports[tool] = verdict_keys(assertion_verdicts(json.load(f), tool == "newman"))
                except (OSError, ValueError):
                    reports[tool] = None
            n, g = reports["newman"], reports["gatehouse"]
            if n is None or g is None:
                row("newman-compat", name, "no report" if g is None else "report", "no report" if n is None else "report", "same verdicts", False)
                continue
            nfail = sum(1 for v in n.values() if not v[0])
            gfail = sum(1 for v in g.values() if not v[0])
            diff = [k for k in list(n) + [k for k in g if k not in n] if (n.get(k) or (None,))[0] != (g.get(k) or (None,))[0]]
            same += not diff
            both_failed += ["%s: %s / %s — newman: %s; gatehouse: %s" % (name, k[0], k[1], n[k][1][:120], g[k][1][:120])
                            for k in n if k in g and not n[k][0] and not g[k][0]]
            for k in diff:
                said = lambda r: "absent" if r is None else ("passed" if r[0] else "failed: %s" % r[1][:160])  # noqa: E731
                differences.append("%s: %s / %s%s — newman %s; gatehouse %s" % (name, k[0], k[1], " (#%d)" % k[2] if k[2] > 1 else "",
                                                                             said(n.get(k)), said(g.get(k))))
            row("newman-compat", name, "%d assertions, %d failed" % (len(g), gfail), "newman %d assertions, %d failed" % (len(n), nfail),
                "same verdicts", not diff)
        row("newman-compat", "suites with the same verdicts", "%d of %d" % (same, len(suites)), "", "", None)
    finally:
        echo.terminate()
        echo.wait()
        shutil.rmtree(work, ignore_errors=True)
    notes.extend(["newman-compat differences (%d):" % len(differences)] + ["- " + d for d in differences])
    # newman's CI runs these suites without failures: what fails under both tools is where the
    # loopback stand-ins (or the missing internet) differ from the real servers.
    notes.extend(["newman-compat assertions failed under both tools (%d):" % len(both_failed)] + ["- " + d for d in both_failed])


BENCHMARKS = {
    "cli-send": bench_cli_send,
    "big-download": bench_big_download,
    "gui-startup": bench_gui_startup,
    "gui-big-json": bench_gui_big_json,
    "workspace-10k": bench_workspace_10k,
    "import-10k": bench_import_10k,
    "runner-vs-newman": bench_runner_vs_newman,
    "newman-compat": bench_newman_compat,
    "soak": bench_soak,
}
# Run only when named: the soak takes 30 minutes.
ON_DEMAND = {"soak"}


def main(argv):
    names = argv or [n for n in BENCHMARKS if n not in ON_DEMAND]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print("bench: unknown benchmark %s; choose from: %s" % (", ".join(unknown), ", ".join(BENCHMARKS)), file=sys.stderr)
        return 2
    with Server() as server:
        for name in names:
            print("bench: %s ..." % name, file=sys.stderr, flush=True)
            try:
                BENCHMARKS[name](server)
            except Exception as e:  # one broken benchmark does not hide the others' figures
                row(name, "error", str(e)[:80], "", "", False)
    headers = ("benchmark", "metric", "Gatehouse", "peer (same run)", "target", "")
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
    if notes:
        print("\n" + "\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
