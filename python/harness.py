# ace judge harness: the Python side of the sandbox protocol.
#
# ace (C) starts this file as `python3 -I -S -B -c <this source>` inside the
# sandbox. It is the *zygote*: it loads the interpreter and the standard
# modules once, compiles the code it is given, and then forks one child per
# test case. Each child executes the module from scratch, so a global counter,
# a class attribute or a mutated default argument never carries over from one
# test to the next. The zygote itself never runs untrusted code.
#
# Wire protocol (fd 3 in, fd 4 out). Every message is a frame: a 4-byte
# big-endian length followed by that many bytes of UTF-8 JSON. Requests:
#
#   {"op": "load", "source": str, "filename": str, "kind": K, "name": str,
#    "arg_types": [..], "return_type": str, "tests_source": str|null,
#    "limits": {..}}
#       K is "function", "class", "asserts", "generator", "checker" or "script"
#       (no entry point: the module body is the work, its stdout the result).
#       Compiles the source in the zygote; no code runs here.
#       -> {"ok": true, "gen": g} | {"ok": false, "stage": "compile"|"tests", "result": R}
#   {"op": "spawn", "reap": [pid, ..]}   (no answer on fd 4)
#       Reaps the listed children (killed by ace), forks the next test's child
#       and hands it to ace over the spare socket (fd 5): a datagram
#       {"gen": g, "pid": p} carrying five descriptors: the child's request
#       pipe, its answer pipe, its stdout and stderr memfds and a pidfd.
#       On failure: {"gen": g, "error": str} and no descriptors.
#   {"op": "wait", "pid": p}
#       Waits for a child that ended without answering (ace killed it).
#       -> {"ok": true, "status": wait status, "cpu_ms": n, "maxrss_kb": n}
#   {"op": "hello"} / {"op": "status"}
#
# ace then talks to the child directly (src/sandbox/spare.c): it writes one
# frame, the test ({"op": "call", "id", "args" | "calls" | "test"} or
# {"op": "probe"}), on the request pipe, and the child answers with one frame
# {"ok": true, "value": v} | {"ok": false, "error": {"type", "message",
# "line", "traceback": [{"line", "name", "text"}]}, "memory"?, "assertion"?,
# "too_big"?}. ace measures the child from /proc, kills it and builds the
# test's result R = {"status": "ok"|"exception"|"timeout"|"memory"|"output"|
# "crash"|"no_result", "value", "cpu_ms", "wall_ms", "peak_kb", "stdout",
# "stderr", "stdout_bytes", "stderr_bytes", "error", "signal"}.
#
# Values cross the boundary as JSON. Tuples become lists, sets sorted lists,
# ListNode/TreeNode lists, ints beyond 64 bits {"$bigint": "..."}, and
# non-finite floats {"$float": "nan"}. Everything the child sends is
# untrusted: ace validates it, and compares values to expected results in its
# own process, never here.

import os
import sys
import json
import struct
import time
import resource
import signal
import traceback
import linecache
import random
import types
import gc
from collections.abc import Iterator

try:  # the C side of the box (src/sandbox/box.c); absent under an external interpreter
    import _acebox
except ImportError:
    _acebox = None

# Modules candidates commonly import, loaded once so that each child is fast.
import collections, heapq, bisect, functools, itertools, math, string, re  # noqa: E401,F401
import typing, operator, copy, array  # noqa: E401,F401

# Heavier modules, loaded into the zygote only when the loaded code names one
# (do_load). Whatever the zygote holds, every test pays for: its fork copies the
# page tables of that memory and its exit tears them down (dataclasses brings
# inspect, ast, dis and enum: 1.4 MB, a fifth of the zygote). A solution that
# imports one would pay more: 4-10 ms per test to import it in each child.
ON_DEMAND = frozenset({
    "dataclasses", "fractions", "decimal", "statistics", "enum", "datetime", "calendar",
    "textwrap", "graphlib", "numbers", "inspect", "ast", "dis", "pprint", "unicodedata",
    "fnmatch", "difflib", "contextlib", "abc", "weakref",
})

IN_FD, OUT_FD, SPARE_FD = 3, 4, 5
MAX_FRAME = 64 << 20
MAX_VALUE = 32 << 20
INT64 = 1 << 63


def read_exact(n):
    chunks = []
    while n:
        b = os.read(IN_FD, min(n, 1 << 20))
        if not b:
            return None
        chunks.append(b)
        n -= len(b)
    return b"".join(chunks)


def read_frame():
    head = read_exact(4)
    if head is None:
        return None
    (n,) = struct.unpack(">I", head)
    if n > MAX_FRAME:
        raise ValueError("frame too large")
    body = read_exact(n)
    if body is None:
        return None
    return json.loads(body.decode("utf-8"))


def write_frame(obj):
    body = json.dumps(obj, ensure_ascii=False, allow_nan=False).encode("utf-8", "surrogatepass")
    data = struct.pack(">I", len(body)) + body
    while data:
        n = os.write(OUT_FD, data)
        data = data[n:]


# --- values -------------------------------------------------------------

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%r)" % (self.val,)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


def to_list_node(values):
    head = None
    for v in reversed(values or []):
        head = ListNode(v, head)
    return head


def to_tree_node(values):
    """Level order, None for a missing child: [3, 9, 20, None, None, 15, 7]."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = collections.deque([root])
    i, n = 1, len(values)
    while queue and i < n:
        node = queue.popleft()
        if values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < n and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


class Unserialisable(Exception):
    pass


class TooManyValues(Exception):
    """A container (list, tuple, set, dict, linked list, tree) over MAX_VALUES: ace would refuse it."""


# The most values an answer may hold (VALUE_NODES_MAX in src/sandbox/spare.c, which counts
# them in the answer's bytes whatever this side says). Checked here on each container's length,
# so that [0] * 10**7 is refused at once instead of after encoding ten million items.
MAX_VALUES = 1 << 20


def encode(value, depth=0):
    """Turn a Python value into JSON-ready data (see the header comment)."""
    if depth > 1000:
        raise Unserialisable("the return value is nested more than 1000 levels deep")
    t = type(value)
    if value is None or t is bool:
        return value
    if t is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Unserialisable("the return value has a lone surrogate: it is not valid Unicode text")
        return value
    if t is int or isinstance(value, int) and not isinstance(value, bool):
        v = int(value)
        if -INT64 <= v < INT64:
            return v
        return {"$bigint": str(v)}
    if t is float or isinstance(value, float):
        v = float(value)
        if v != v or v in (float("inf"), float("-inf")):
            return {"$float": repr(v)}
        return v
    if t is list or t is tuple or isinstance(value, (list, tuple)):
        if len(value) > MAX_VALUES:
            raise TooManyValues()
        return [encode(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        if len(value) > MAX_VALUES:
            raise TooManyValues()
        items = [encode(v, depth + 1) for v in value]
        try:
            items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        except TypeError:
            pass
        return items
    if isinstance(value, dict):
        if len(value) > MAX_VALUES:
            raise TooManyValues()
        out = {}
        for k, v in value.items():
            if isinstance(k, bool) or k is None:
                k = json.dumps(k)
            elif isinstance(k, (int, float)):
                k = repr(k)
            elif not isinstance(k, str):
                raise Unserialisable("a dict key of type %s cannot be compared" % type(k).__name__)
            out[k] = encode(v, depth + 1)
        return out
    if isinstance(value, ListNode):
        out, seen, node = [], set(), value
        while node is not None:
            if id(node) in seen:
                raise Unserialisable("the returned linked list has a cycle")
            if len(out) > MAX_VALUES:
                raise TooManyValues()
            seen.add(id(node))
            out.append(encode(node.val, depth + 1))
            node = node.next
        return out
    if isinstance(value, TreeNode):
        out, queue, seen = [], collections.deque([value]), set()
        while queue:
            node = queue.popleft()
            if node is None:
                out.append(None)
                continue
            if id(node) in seen:
                raise Unserialisable("the returned tree has a cycle")
            if len(out) > MAX_VALUES:
                raise TooManyValues()
            seen.add(id(node))
            out.append(encode(node.val, depth + 1))
            queue.append(node.left)
            queue.append(node.right)
        while out and out[-1] is None:
            out.pop()
        return out
    if isinstance(value, (types.GeneratorType, map, filter, zip, range, reversed, enumerate)):
        raise Unserialisable("returned a %s; return a list (e.g. list(...))" % type(value).__name__)
    raise Unserialisable("a value of type %s cannot be compared" % type(value).__name__)


def decode(value):
    """JSON data from a test back into Python values."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1:
            if "$bigint" in value:
                return int(value["$bigint"])
            if "$float" in value:
                return float(value["$float"])
        return {k: decode(v) for k, v in value.items()}
    return value


def convert_arg(value, kind):
    if kind == "list_node":
        return to_list_node(value)
    if kind == "tree_node":
        return to_tree_node(value)
    return value


# --- the zygote ---------------------------------------------------------

state = {}

PRELUDE = {
    "ListNode": ListNode,
    "TreeNode": TreeNode,
    "Optional": typing.Optional,
    "List": typing.List,
    "Dict": typing.Dict,
    "Tuple": typing.Tuple,
    "Set": typing.Set,
}


def error_info(exc, filename):
    """The exception, with the traceback trimmed to the candidate's own frames."""
    frames = []
    for fs in traceback.extract_tb(exc.__traceback__):
        if fs.filename != filename:
            continue
        last = frames[-1] if frames else None
        if last and last["line"] == fs.lineno and last["name"] == fs.name:
            last["repeated"] = last.get("repeated", 0) + 1  # deep recursion: one frame, counted
            continue
        frames.append({"file": fs.filename, "line": fs.lineno, "name": fs.name, "text": (fs.line or "")[:200]})
    line = frames[-1]["line"] if frames else None
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line = exc.lineno
        frames = [{"file": filename, "line": exc.lineno, "name": "<module>", "text": (exc.text or "").rstrip("\n")[:200]}]
    try:
        msg = str(exc)
    except Exception:  # a hostile __str__
        msg = "<unprintable exception>"
    return {"type": type(exc).__name__, "message": msg[:2000], "line": line, "traceback": frames[-20:]}


def do_load(req):
    filename = req.get("filename") or "solution.py"
    source = req["source"]
    state.clear()
    state.update(req)
    state["gen"] = generation[0] = generation[0] + 1
    state["filename"] = filename
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        state["code"] = compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
        info = error_info(e, filename)
        if isinstance(e, SyntaxError):
            info["line"] = e.lineno
        return {"ok": False, "stage": "compile", "result": {"status": "exception", "error": info}}
    if req.get("tests_source") is not None:
        try:
            state["tests_code"] = compile(req["tests_source"], "test_solution.py", "exec", dont_inherit=True)
        except SyntaxError as e:
            return {"ok": False, "stage": "tests", "result": {"status": "exception", "error": error_info(e, "test_solution.py")}}
    names = preload(state["code"], state.get("tests_code"))
    # What every test's child would otherwise do before its test, done once here:
    # each page a child writes costs it a copy. The module gets its name, file and
    # prelude but not its body (candidate code runs only in the children);
    sys.setrecursionlimit(1000 if req.get("kind") == "script" else 100000 + 50)  # a script runs as under python3; others get 100000, plus the harness's own frames
    state["module"] = new_module()
    # and random, which os.fork's at-fork hook would reseed, is reseeded only in
    # children of code that can reach it (reseeding wrote to about 25 pages).
    state["reseed"] = bool(names & {"random", "__import__", "importlib", "import_module"})
    state["vm_base"] = vm_size()
    # ace probes the module next: a child runs its body once and checks the entry point.
    return {"ok": True, "gen": state["gen"]}


def names_in(code):
    """Every name a code object and the code nested in it use (imports among them)."""
    names = set(code.co_names)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            names |= names_in(c)
    return names


def preload(*codes):
    """Import into the zygote the ON_DEMAND modules these codes name, before any fork.

    Returns the first components of every name the codes use."""
    names = set()
    for code in codes:
        if code is not None:
            names |= {n.split(".")[0] for n in names_in(code)}
    wanted = names & ON_DEMAND
    fresh = False
    for name in sorted(wanted - set(sys.modules)):
        try:
            __import__(name)
            fresh = True
        except BaseException:  # noqa: B036 - the child's own import reports it
            pass
    if fresh:
        gc.freeze()  # as in main(): the children's collector leaves them alone
    return names


def new_module():
    """The candidate's module, registered, before its body runs."""
    mod = types.ModuleType("solution")
    mod.__file__ = state["filename"]
    mod.__builtins__ = __builtins__
    mod.__dict__.update(PRELUDE)
    sys.modules["solution"] = mod
    return mod


def make_module():
    """In a child: the module made at load time, its body run."""
    mod = state["module"]
    exec(state["code"], mod.__dict__)
    return mod


def entry(mod):
    name = state.get("name")
    if not name:
        return None
    if name not in mod.__dict__:
        kind = "class" if state.get("kind") == "class" else "function"
        defined = sorted(k for k, v in mod.__dict__.items()
                         if not k.startswith("_") and callable(v) and k not in PRELUDE
                         and getattr(v, "__module__", None) == "solution")
        hint = (" (it defines: %s)" % ", ".join(defined[:8])) if defined else ""
        raise LookupError("%s defines no %s named '%s'%s" % (state["filename"], kind, name, hint))
    fn = mod.__dict__[name]
    if not callable(fn):
        raise LookupError("'%s' in %s is a %s, not a %s" % (
            name, state["filename"], type(fn).__name__,
            "class" if state.get("kind") == "class" else "function"))
    return fn


def fresh_args(req):
    """The call's arguments (or a class's calls), decoded anew: the call may mutate them."""
    if state.get("kind") == "class":
        return decode(req["calls"])
    args = decode(req.get("args") or [])
    types_ = state.get("arg_types") or []
    return [convert_arg(a, types_[i] if i < len(types_) else "json") for i, a in enumerate(args)]


def call_once(fn, args):
    """One call as the judge makes it; a lazy result (a generator, map, ...) is consumed."""
    if state.get("kind") == "class":
        if not args:
            return None
        obj = fn(*args[0][1:])
        for call in args[1:]:
            getattr(obj, call[0])(*call[1:])
        return None
    value = fn(*args)
    if isinstance(value, Iterator) and not isinstance(value, (str, bytes)):
        value = list(value)
    return value


# Bound now, before any candidate code runs: a module that patches time or gc
# cannot reach these names (the measurement is advice, never a verdict).
_thread_ns, _wall_ns, _gc_collect, _gc_disable, _gc_enable = (
    time.thread_time_ns, time.perf_counter_ns, gc.collect, gc.disable, gc.enable)


def _log2(k):
    return max(1, int(k).bit_length())


# Work in C that a line count would miss, found in a line's bytecode and
# sized when the line runs: `x in seq`, seq.pop(i)/insert(i, x) (the tail that
# moves), remove/index/count, min/max/sum/any/all/list/tuple/set of a
# container, slices with plain bounds, and `a + b` of sequences. Each is
# charged one unit per element touched: what an interviewer counts.
_SIZED = (list, tuple, str, bytes, set, frozenset, dict, collections.deque, range)
_SEQ = (list, tuple, str, bytes, collections.deque)
_SCAN_METHODS = frozenset(("remove", "index", "count"))
_TAIL_METHODS = frozenset(("pop", "insert"))
_SCAN_BUILTINS = frozenset(("min", "max", "sum", "any", "all", "list", "tuple", "set", "frozenset"))
_MISSING = object()


def _simple_ref(ins, k):
    """The plain expression whose value instruction k leaves on the stack:
    (ref, first index) with ref ("n", name), ("g", name), ("c", value) or
    ("a", base, attr); (None, k) when it is not that simple."""
    if k < 0:
        return None, k
    op = ins[k].opname
    if op in ("LOAD_FAST", "LOAD_DEREF", "LOAD_NAME", "LOAD_CLOSURE"):
        return ("n", ins[k].argval), k
    if op == "LOAD_GLOBAL":
        return ("g", ins[k].argval), k
    if op == "LOAD_CONST":
        return ("c", ins[k].argval), k
    if op == "LOAD_ATTR":
        base, start = _simple_ref(ins, k - 1)
        if base is not None:
            return ("a", base, ins[k].argval), start
    if op == "BINARY_OP" and ins[k].arg in (0, 10):  # i + 1, j - 1 (slice bounds)
        right, rs = _simple_ref(ins, k - 1)
        left, ls = _simple_ref(ins, rs - 1) if right else (None, k)
        if left is not None:
            return ("bin", ins[k].arg, left, right), ls
    return None, k


def _first_arg(ins, i):
    """The first argument of the method loaded at i, when it is a plain
    expression; "none" when the call has no arguments."""
    if i + 1 < len(ins) and ins[i + 1].opname == "PRECALL":
        return "none"
    e = i + 1
    if e >= len(ins) or _simple_ref(ins, e)[0] is None:
        return None
    while e + 1 < len(ins) and ins[e + 1].opname == "LOAD_ATTR":
        e += 1
    ref, start = _simple_ref(ins, e)
    return ref if start == i + 1 else None


def hidden_work_ops(code):
    """{line: [op]} for one code object (see _SIZED above)."""
    try:
        import dis  # only when counting work: see ON_DEMAND
        ins = list(dis.get_instructions(code))
    except Exception:
        return {}
    out, line = {}, None
    for i, x in enumerate(ins):
        if x.starts_line is not None:
            line = x.starts_line
        op = None
        if x.opname == "CONTAINS_OP":  # a scan in a sequence; a set or dict lookup is O(1)
            ref, _ = _simple_ref(ins, i - 1)
            op = ref and ("scan", ref)
        elif x.opname == "LOAD_METHOD" and x.argval in (_SCAN_METHODS | _TAIL_METHODS | {"join"}):
            obj, _ = _simple_ref(ins, i - 1)
            first = _first_arg(ins, i)
            if x.argval in _SCAN_METHODS and obj:  # list.remove scans; set.remove does not
                op = ("scan", obj)
            elif x.argval in _TAIL_METHODS and obj and first not in (None, "none"):
                op = ("tail", obj, first)
            elif x.argval == "join" and first not in (None, "none"):
                op = ("len", first)
        elif x.opname == "LOAD_GLOBAL" and x.argval in _SCAN_BUILTINS:  # min(seq), sum(self.items)
            e = i + 1
            while e + 1 < len(ins) and ins[e + 1].opname == "LOAD_ATTR":
                e += 1
            if e + 1 < len(ins) and ins[e + 1].opname == "PRECALL" and ins[e + 1].argval == 1:
                ref, start = _simple_ref(ins, e)
                op = ref and start == i + 1 and ("len", ref)
        elif x.opname == "BUILD_SLICE" and i + 1 < len(ins) and ins[i + 1].opname == "BINARY_SUBSCR":
            refs, k = [], i - 1
            for _ in range(x.argval):
                ref, start = _simple_ref(ins, k)
                if ref is None:
                    break
                refs.append(ref)
                k = start - 1
            else:
                base, _ = _simple_ref(ins, k)
                refs.reverse()
                op = base and ("slice", base, refs[0], refs[1], refs[2] if len(refs) > 2 else ("c", None))
        elif x.opname == "BINARY_OP" and x.arg == 0:  # a + b
            right, start = _simple_ref(ins, i - 1)
            left, _ = _simple_ref(ins, start - 1) if right else (None, 0)
            if right or left:
                op = ("concat", left, right)
        if op:
            out.setdefault(line, []).append((x.offset, op))
    return out


def _value(ref, frame):
    """The value of a plain expression in a running frame; _MISSING when unknown.
    Never runs candidate code: attributes come from an instance's __dict__."""
    if ref is None:
        return _MISSING
    kind = ref[0]
    if kind == "c":
        return ref[1]
    if kind == "n":
        loc = frame.f_locals
        if ref[1] in loc:
            return loc[ref[1]]
        return frame.f_globals.get(ref[1], _MISSING)
    if kind == "g":
        v = frame.f_globals.get(ref[1], _MISSING)
        return v if v is not _MISSING else frame.f_builtins.get(ref[1], _MISSING)
    if kind == "bin":
        a, b = _value(ref[2], frame), _value(ref[3], frame)
        if type(a) is int and type(b) is int:
            return a + b if ref[1] == 0 else a - b
        return _MISSING
    base = _value(ref[1], frame)
    try:
        return object.__getattribute__(base, "__dict__").get(ref[2], _MISSING)
    except (AttributeError, TypeError):
        return _MISSING


def _size(v, types=_SIZED):
    return len(v) if type(v) in types else 0


def hidden_work(ops, frame):
    """Units of hidden work of the ops of the line the frame is entering. A
    line entered in its middle (the FOR_ITER of `for x in seq[1:]:` on each
    iteration) runs only the ops from there on."""
    units = 0
    lasti = frame.f_lasti
    for offset, op in ops:
        if offset < lasti:
            continue
        kind = op[0]
        if kind == "len":
            units += _size(_value(op[1], frame))
        elif kind == "scan":
            units += _size(_value(op[1], frame), _SEQ)
        elif kind == "tail":
            seq, at = _value(op[1], frame), _value(op[2], frame)
            n = _size(seq, (list,))
            if n and type(at) is int:
                units += n - at if 0 <= at < n else (min(n, -at) if at < 0 else 0)
        elif kind == "slice":
            seq = _value(op[1], frame)
            n = _size(seq, _SEQ)
            if n:
                lo, hi, step = (_value(r, frame) for r in op[2:])
                if all(v is None or type(v) is int for v in (lo, hi, step)):
                    units += len(range(n)[slice(lo, hi, step)])
        elif kind == "concat":
            a, b = _value(op[1], frame), _value(op[2], frame)
            if type(a) in _SEQ or type(b) in _SEQ:
                units += _size(a, _SEQ) + _size(b, _SEQ)
    return units


def count_work(fn, args):
    """Work done by one call: Python lines executed, plus the work in C that
    can be counted: comparisons of sorts, heap and bisect steps, and what
    hidden_work finds in each line (`x in list`, list.pop(0), slices).

    A count is exact: it does not vary with the machine's load, so it tells
    O(n) from O(n log n) where timings blur. Other work in C only the timing
    sees; complexity.c weighs both. Runs in the child, after the timed calls; what it patches
    (builtins.sorted, heapq's and bisect's functions, and the solution's own
    names for them) is put back before it returns.
    """
    import bisect as bisect_mod
    import builtins
    work = [0]

    class Counted:
        __slots__ = ("v",)

        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            work[0] += 1
            return self.v < other.v

    real_sorted = builtins.sorted

    def counting_sorted(iterable, /, *, key=None, reverse=False):
        if key is None:
            return [c.v for c in real_sorted(map(Counted, iterable), reverse=reverse)]
        items = list(iterable)
        order = real_sorted(range(len(items)), key=lambda i: Counted(key(items[i])), reverse=reverse)
        return [items[i] for i in order]

    def log_of_first(orig, weight):
        # weight comparisons per level: 1 to sift up (push, bisect), 2 to sift down (pop)
        def wrapper(a, *rest, **kw):
            try:
                work[0] += weight * _log2(len(a) + 1)
            except TypeError:
                pass
            return orig(a, *rest, **kw)
        return wrapper

    def k_smallest(orig):  # nsmallest(k, iterable): n log k
        def wrapper(k, iterable, *rest, **kw):
            try:
                work[0] += len(iterable) * _log2(int(k) + 1)
            except TypeError:
                pass
            return orig(k, iterable, *rest, **kw)
        return wrapper

    def linear_in_first(orig):
        def wrapper(a, *rest, **kw):
            try:
                work[0] += len(a)
            except TypeError:
                pass
            return orig(a, *rest, **kw)
        return wrapper

    replaced = {}  # original function -> its counting wrapper
    patches = []

    def patch(ns, name, new):
        patches.append((ns, name, ns[name]))
        ns[name] = new

    replaced[real_sorted] = counting_sorted
    patch(vars(builtins), "sorted", counting_sorted)
    for mod, names in ((heapq, ("heappush", "heappop", "heappushpop", "heapreplace", "heapify",
                                "nsmallest", "nlargest")),
                       (bisect_mod, ("insort", "insort_left", "insort_right", "bisect", "bisect_left",
                                     "bisect_right"))):
        for name in names:
            orig = getattr(mod, name, None)
            if orig is None:
                continue
            if name == "heapify":
                new = linear_in_first(orig)
            elif name in ("nsmallest", "nlargest"):
                new = k_smallest(orig)
            else:
                new = log_of_first(orig, 2 if name in ("heappop", "heappushpop", "heapreplace") else 1)
            new = replaced.setdefault(orig, new)
            patch(vars(mod), name, new)
    solution_ns = sys.modules["solution"].__dict__ if "solution" in sys.modules else {}
    for name, value in list(solution_ns.items()):
        try:
            new = replaced.get(value)
        except TypeError:  # unhashable
            new = None
        if new is not None:
            patch(solution_ns, name, new)

    line_ops = {}  # code object -> {line: [op, ...]} (hidden_work_ops)

    def tracer(frame, event, arg):
        if event == "line":
            work[0] += 1
            code = frame.f_code
            ops = line_ops.get(code)
            if ops is None:  # the candidate's code only: the harness's own loops are not the work
                mine = code.co_filename == state.get("filename")
                ops = line_ops[code] = hidden_work_ops(code) if mine else {}
            here = ops.get(frame.f_lineno)
            if here:
                work[0] += hidden_work(here, frame)
        return tracer

    def profiler(frame, event, arg):
        if event != "c_call":
            return
        name = getattr(arg, "__name__", "")
        if name == "sort" and isinstance(getattr(arg, "__self__", None), list):
            data = arg.__self__
            before = work[0]
            try:  # the comparisons of the same sort in natural order (the key is out of sight)
                real_sorted(map(Counted, data))
            except Exception:
                work[0] = before + len(data) * _log2(len(data) + 1)

    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        call_once(fn, args)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
        for ns, name, old in reversed(patches):
            ns[name] = old
    return work[0]


def peak_memory(fn, args):
    """The peak of memory allocated during one call, in bytes (tracemalloc)."""
    import tracemalloc
    _gc_collect()
    tracemalloc.start()
    try:
        value = call_once(fn, args)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del value
    return peak


def measure(req, fn):
    """The cost of one call on this input, for the complexity analysis (src/judge/complexity.c).

    Every repetition gets freshly decoded arguments and is timed alone in CPU
    time of this thread, with the cyclic GC off. The cost is the fastest
    repetition; but if the first call was ten times slower than every later one,
    the solution caches across calls (a module-level lru_cache), and only the
    first call is the real work. With "only", nothing is timed: one call
    counts its work ("count": count_work) and/or one call's memory peak is
    taken ("space": peak_memory).
    """
    m = req.get("measure") or {}
    budget = int(m.get("budget_ns") or 3000000)
    max_reps = max(1, int(m.get("reps") or 15))
    for _ in range(3 if m.get("warmup") is not None else 0):  # also lets 3.11 specialise the bytecode
        call_once(fn, fresh_args({"calls": m["warmup"], "args": m["warmup"]}))
    if m.get("only"):  # no timing: the work count and/or the memory peak of one call
        out = {}
        if m.get("count"):
            out["lines"] = count_work(fn, fresh_args(req))
        if m.get("space"):
            out["space"] = peak_memory(fn, fresh_args(req))
        return out
    times, walls, spent = [], [], 0
    # At least five repetitions unless a call is slow (10 ms): the best of
    # five shrugs off a page-fault storm or being descheduled mid-call.
    while len(times) < max_reps and (not times or spent < budget or
                                     (len(times) < 5 and times[0] < 10000000)):
        args = fresh_args(req)
        _gc_collect()
        _gc_disable()
        w0 = _wall_ns()
        t0 = _thread_ns()
        call_once(fn, args)
        t1 = _thread_ns()
        w1 = _wall_ns()
        _gc_enable()
        times.append(t1 - t0)
        walls.append(w1 - w0)
        spent += w1 - w0
        del args
    first = times[0]
    best = min(range(len(times)), key=times.__getitem__)
    rest = min(times[1:]) if len(times) > 1 else first
    memo = len(times) > 2 and first > 200000 and rest * 10 < first
    pick = 0 if memo else best
    out = {"ns": times[pick], "wall_ns": walls[pick], "reps": len(times), "memo": memo}
    return out


def child_main(req, fn):
    """Runs in the forked child, after the module was executed: the call itself."""
    op = req.get("op")
    kind = state.get("kind")
    if "measure" in req and op == "call" and kind in ("function", "class"):
        return measure(req, fn)
    if op == "probe" or kind == "script":
        return None  # a script's work is its module body, already run
    if kind == "asserts":
        ns = {"__name__": "test_solution", "__builtins__": __builtins__}
        exec(state["tests_code"], ns)
        test = ns.get(req["test"])
        if not callable(test):
            raise LookupError("test_solution.py has no test named %s" % req["test"])
        # What the test observed; ace compares it with the reference's, outside.
        return test()
    if kind == "class":
        calls = decode(req["calls"])
        if not calls:
            return []
        first = calls[0]
        obj = fn(*first[1:])
        out = [None]
        for call in calls[1:]:
            method = getattr(obj, call[0])
            out.append(method(*call[1:]))
        return out
    if kind == "generator":
        n, seed = req["args"]
        return fn(n, random.Random(seed))
    args = decode(req.get("args") or [])
    types_ = state.get("arg_types") or []
    args = [convert_arg(a, types_[i] if i < len(types_) else "json") for i, a in enumerate(args)]
    value = fn(*args)
    if value is None and state.get("return_type") in ("list_node", "tree_node"):
        return []  # the empty list or tree
    return value


def limits_of(limits):
    """(cpu_ms, wall_ms, mem_mb, out_cap bytes) with defaults."""
    cpu_ms = int(limits.get("cpu_ms") or 2000)
    wall_ms = int(limits.get("wall_ms") or (cpu_ms * 2 + 1000))
    return cpu_ms, wall_ms, int(limits.get("mem_mb") or 256), int(limits.get("out_kb") or 64) * 1024


def vm_size():
    """The zygote's address-space size: the base the child's memory limit adds to."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[0]) * resource.getpagesize()
    except OSError:
        return 64 << 20


def child_limits():
    """(cpu_s, address space, file size) for a test's child: its rlimits.

    ace enforces each test's CPU limit from outside; RLIMIT_CPU is only the backstop."""
    _, _, mem_mb, out_cap = limits_of(state.get("limits") or {})
    return 121, state.get("vm_base", 64 << 20) + (mem_mb << 20), out_cap + 1


def enter_child():
    """In the child (external interpreter), last thing before untrusted code: the limits."""
    cpu_s, as_cap, fsize = child_limits()
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_AS, (as_cap, as_cap))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))


# How many times code was loaded: spares of older code are dropped by ace.
generation = [0]
# Children ace has killed, reaped while the next one is forked.
to_reap = []


def reap():
    """Collect killed children that have finished exiting; block only if many are pending."""
    for pid in list(to_reap):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG if len(to_reap) < 16 else 0)
        except ChildProcessError:
            done = pid
        if done:
            to_reap.remove(pid)


def child_run(req, warm):
    """The child's test; returns the bytes of its answer (never raises)."""
    msg = {"ok": True}
    try:
        fn, error = warm
        if error is not None:
            raise error
        value = child_main(req, fn)
        try:
            msg["value"] = encode(value)
        except RecursionError:
            raise Unserialisable("the return value is nested too deeply")
    except BaseException as e:  # noqa: B036 - SystemExit too: the candidate never ends a test
        if isinstance(e, MemoryError):
            msg = {"ok": False, "memory": True, "error": error_info(e, state["filename"])}
        elif isinstance(e, TooManyValues):
            msg = {"ok": False, "too_many": True}
        else:
            asserts = state.get("kind") == "asserts"
            fname = "test_solution.py" if asserts and isinstance(e, AssertionError) else state["filename"]
            msg = {"ok": False, "error": error_info(e, fname)}
            if isinstance(e, AssertionError) and asserts:
                msg["error"]["traceback"] = error_info(e, "test_solution.py")["traceback"]
                msg["assertion"] = True
            if isinstance(e, Unserialisable):
                msg["error"]["type"] = "unserialisable"
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    try:
        data = encode_answer(msg).encode("utf-8", "surrogatepass")
    except (ValueError, MemoryError, RecursionError, TypeError):
        data = b'{"ok": false, "error": {"type": "unserialisable", "message": "the return value cannot be sent"}}'
    if len(data) > MAX_VALUE:
        data = b'{"ok": false, "too_big": true}'
    return data


# Every object a child touches costs it a page copy (its pages are the zygote's,
# copy-on-write), so the per-test path is kept short: the JSON encoder of the
# answer and the scanner of the request are the C objects json.dumps and
# json.loads would build on every call, made once here in the zygote.
_scan_request = json.JSONDecoder().scan_once
if json.encoder.c_make_encoder is not None:
    _answer_chunks = json.encoder.c_make_encoder(
        None, json.JSONEncoder().default, json.encoder.encode_basestring_ascii, None, ": ", ", ",
        False, False, False)

    def encode_answer(msg):
        """json.dumps(msg, allow_nan=False) for the plain data encode() makes (no cycles)."""
        return "".join(_answer_chunks(msg, 0))
else:
    def encode_answer(msg):
        return json.dumps(msg, allow_nan=False)


def read_pipe(fd, n):
    """n bytes from fd, or None at its end."""
    data = os.read(fd, n)
    while len(data) < n:  # a request larger than one read
        more = os.read(fd, n - len(data))
        if not more:
            return None
        data += more
    return data


def read_request(fd):
    """In a spare: its request, a frame from ace (None when the pipe closed first)."""
    head = read_pipe(fd, 4)
    body = read_pipe(fd, int.from_bytes(head, "big")) if head else None
    return _scan_request(body.decode("utf-8"), 0)[0] if body is not None else None


def fork_spare():
    """Fork a fresh child of the zygote and let it get ready for a test.

    The child seals itself (limits, seccomp) and runs the candidate's module
    body before its request exists, so that fork, copy-on-write faults and
    the import happen off the critical path, while the previous test runs.
    Every test still gets its own fresh child; the zygote never runs
    candidate code. (Used only under an external interpreter: in ace's box,
    _acebox.serve forks in C and the child goes straight to child_after_fork.)
    """
    fd_out = os.memfd_create("stdout")
    fd_err = os.memfd_create("stderr")
    req_r, req_w = os.pipe()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # --- child ---
        try:
            os.close(r)
            os.close(req_w)
            os.setpgid(0, 0)
            os.dup2(devnull_fd, 0)
            os.dup2(fd_out, 1)
            os.dup2(fd_err, 2)
            for fd in (IN_FD, OUT_FD, SPARE_FD, devnull_fd, fd_out, fd_err):
                if fd > 2:
                    os.close(fd)
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            enter_child()
        except BaseException:
            os._exit(70)
        child_after_fork(req_r, w)
    os.close(req_r)
    os.close(w)
    return pid, (req_w, r, fd_out, fd_err)


def rehearse():
    """In a child waiting for its test: walk the test's own path on a dummy.

    The pages that path writes (the scanner, the encoder, the streams, ...) are
    copied now, while the child waits, instead of on the test's clock."""
    try:
        msg = {"ok": True, "value": encode(_scan_request('{"args": [0]}', 0)[0]["args"])}
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        struct.pack(">I", len(encode_answer(msg).encode("utf-8", "surrogatepass")))
    except BaseException:  # noqa: B036 - a rehearsal; the test itself reports
        pass


def child_after_fork(req_r, w):
    """In a sealed test child: the module body, then the test when it comes. Never returns."""
    code = 0
    try:
        if _acebox is not None and state["reseed"]:
            random.seed()  # what os.fork's at-fork hook does (fewer pages written than seeding from 16 bytes)
        # From here on, untrusted code.
        try:
            fn = entry(make_module())
            warm = (fn, None)
        except BaseException as e:  # noqa: B036 - reported with the test
            warm = (None, e)
        rehearse()
        req = read_request(req_r)
        if req is None:
            os._exit(0)
        data = child_run(req, warm)
        view = memoryview(struct.pack(">I", len(data)) + data)
        while view:
            n = os.write(w, view)
            view = view[n:]
        # Stay alive until ace has read this process's CPU time and peak memory
        # from /proc (an exiting process has no memory to report) and kills it.
        time.sleep(60)
    except BaseException:
        code = 70
    os._exit(code)


def send_spare():
    """Fork the next test's child and hand it to ace (see the protocol above).

    Under an external interpreter only; in ace's box _acebox.serve does this in C."""
    head = {"gen": state.get("gen", 0)}
    if "code" not in state:
        head["error"] = "a test was run before any code was loaded"
        fds = ()
    else:
        try:
            pid, fds = fork_spare()
            head["pid"] = pid
        except OSError as e:
            head["error"] = "cannot start a test process: %s" % (e.strerror or e,)
            fds = ()
    payload = json.dumps(head).encode()
    try:
        if "pid" not in head:
            os.write(SPARE_FD, payload)
        else:
            import socket
            pidfd = os.pidfd_open(head["pid"])
            sock = socket.socket(fileno=os.dup(SPARE_FD))
            try:
                socket.send_fds(sock, [payload], list(fds) + [pidfd])
            finally:
                sock.close()
                os.close(pidfd)
    finally:
        for fd in fds:
            os.close(fd)


def next_request():
    """The next request that is not a spawn, or None at the end of the input.

    In ace's box, _acebox.serve answers spawn requests in C without returning
    (see box.c for why); in a child it forks, it returns the child's pipes and
    the child never comes back here."""
    if _acebox is None:
        return read_frame()
    cpu_s, as_cap, fsize = child_limits()
    got = _acebox.serve(IN_FD, SPARE_FD, devnull_fd, state.get("gen", 0), "code" in state,
                        cpu_s, as_cap, fsize)
    if got is None:
        return None
    if isinstance(got, tuple):
        child_after_fork(*got)
    return json.loads(got.decode("utf-8"))


devnull_fd = os.open("/dev/null", os.O_RDONLY)


def main():
    # The zygote ignores the signals a child might send it; it dies only when ace closes fd 3.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Objects that exist now are never collected: the children's collector skips
    # them, so a fork does not turn into a storm of copy-on-write faults.
    gc.freeze()
    while True:
        req = next_request()
        if req is None:
            return
        op = req.get("op")
        if op == "hello":
            write_frame({"ok": True, "python": sys.version.split()[0], "pid": os.getpid()})
        elif op == "status":
            box = json.loads(_acebox.status()) if _acebox is not None else None
            write_frame({"ok": True, "box": box, "python": sys.version.split()[0]})
        elif op == "load":
            write_frame(do_load(req))
        elif op == "spawn":
            for pid in req.get("reap") or ():
                if isinstance(pid, int) and pid > 1:
                    to_reap.append(pid)
            reap()
            send_spare()
        elif op == "wait":
            try:
                _, status, ru = os.wait4(int(req.get("pid")), 0)
                write_frame({"ok": True, "status": status, "maxrss_kb": ru.ru_maxrss,
                             "cpu_ms": round((ru.ru_utime + ru.ru_stime) * 1000.0, 3)})
            except (ChildProcessError, TypeError, ValueError) as e:
                write_frame({"ok": False, "message": str(e)})
        else:
            write_frame({"status": "internal", "message": "unknown op %r" % (op,)})


main()
