# ace's Pythonic review: static findings about a candidate's code (issue #5).
#
#   review(source) -> [{"line": int, "rule": str, "message": str}, ...]
#
# The findings are sorted by line (then rule), at most one per rule and line.
# Each message is one short sentence: what is wrong and what to write instead.
# Nothing runs: the source is only parsed with `ast`. review() never raises;
# code that does not parse gives [], and a rule that trips over an odd tree is
# skipped without hiding the others. Standard library only, Python 3.9+.
#
# Every rule is meant to have no false positives on good code, so each one is
# narrower than its name suggests (the bank's reference solutions must give
# no finding at all: tests/review/run.py checks it):
#
#   range-len           for i in range(len(x)) whose body reads only x[i]
#                       (iterate x), reads x[i] and uses i otherwise
#                       (enumerate), or reads x[i] and y[i] only (zip: the
#                       zip half of manual-index lives here; i read after the
#                       loop counts as a use of i). Not when x (or y) is
#                       changed in the loop, written through x[i], or read at
#                       another index (x[i + 1]).
#   list-membership-in-loop
#                       `y in L` in a loop (or comprehension), where every
#                       binding of L in that scope is a list display, a list
#                       comprehension or list(...), and the loop neither
#                       changes L nor passes it to a function that might.
#   string-concat-in-loop
#                       s += ... or s = s + ... in a loop, where s was set to a
#                       string literal outside that loop and is never bound to
#                       anything that is clearly not a string. Not when the
#                       loop also reads s (a prefix used on every pass is
#                       needed whole each time: join() would not help).
#   pop-front-in-loop   x.pop(0) or x.insert(0, v) in a loop, unless x is ever
#                       bound to a deque, a dict or a set, the loop rebinds x
#                       (a new list each pass), or the statement is followed
#                       by break/return/raise (it runs once).
#   sort-in-loop        x.sort() or sorted(x) in a loop, where x is a name (or
#                       a.b) that the loop neither rebinds nor iterates over:
#                       the same collection sorted again each time. sorted()
#                       of a per-iteration value (sorted(graph[v])) is fine,
#                       and so is a sort followed by break/return/raise.
#   mutable-default     a def whose default is a list, dict or set display or
#                       comprehension, or list() / dict() / set().
#   bare-except         `except:` whose body does not re-raise with `raise`.
#   compare-singleton   == or != against None, True or False.
#   manual-index        i = 0 right before `for x in seq:` whose body ends (or
#                       starts) with i += 1, never continues, reads something[i]
#                       and never binds i otherwise, with i unused after the
#                       loop (enumerate); the same counter driving
#                       `while i < len(seq):` (a for loop). The zip form is
#                       range-len's zip message.
#   unused-variable     a name assigned in a function (=, :=, annotated or
#                       augmented assignment) and never read anywhere in it,
#                       nested functions included. Not _names, parameters,
#                       loop, with or except targets, tuple unpacking, global
#                       or nonlocal names (a nested function's `nonlocal x`
#                       counts as a read), or functions that use locals(),
#                       vars(), eval() or exec().
#   unused-import       an import whose name is never read in the module (nor
#                       in a string annotation); not __future__, not `*`, not
#                       names in __all__, not `import x as x` re-exports, not
#                       dunder names (from m import __version__).
#   shadowed-builtin    one of BUILTINS bound as a variable, parameter, loop or
#                       comprehension variable, with or except target in a
#                       function or at module level (reported once per scope,
#                       where it is first bound). Class bodies are exempt
#                       (a method called `set` shadows nothing), and so is a
#                       method parameter stored as the attribute of the same
#                       name (ListNode.__init__(self, val=0, next=None)), and
#                       __exit__(self, type, value, traceback), and the
#                       fast-input idiom input = sys.stdin.readline.
#   recursion-no-memo   one return/assignment/expression statement of f that
#                       combines (arithmetic, min/max/sum, either branch of a
#                       conditional) two or more calls of f whose arguments
#                       shrink a parameter (n - 1, i + 1, s[1:]) and are plain
#                       state (parameters, free names, constants, arithmetic
#                       and subscripts of them): fib(n-1) + fib(n-2); not tree
#                       recursion (f(node.left, k - 1) + f(node.right, k - 1)),
#                       not divide and conquer on locals (f(lo, mid)), not
#                       f(i + 1, path + [x]), not backtracking joined by `or`.
#                       Not when f is decorated with a cache, reads a memo (a
#                       subscript, `in` or .get() of a memo/cache/dp/seen-named
#                       name or of a dict from an enclosing scope), or writes
#                       to a parameter or free variable (memo[k] = v,
#                       grid[r][c] = 0, seen.add(p): a memo, or visited marks
#                       that keep the calls from overlapping, as in flood fill).
#   nested-loop-same-collection
#                       a for loop inside another (not inside a nested loop or
#                       function) where both iterate the same collection: the
#                       same name or a.b, a slice of it, enumerate()/reversed()
#                       of it, range(len(it)) or range(k, len(it)), or the
#                       same with n bound once, to len(it). Not a range with a
#                       step (a sieve's range(i * i, n, i) is no full pass);
#                       not when one table is indexed with both loop variables
#                       (grid[i][j], dp[i][j]: the loops walk a table's cells);
#                       not an iterator both loops share (it = iter(x)), nor a
#                       name the outer loop rebinds; not when the outer loop
#                       builds a dict or set that the inner loop uses (pairs
#                       grouped by a key, as in max points on a line: the
#                       lookup is there and the quadratic pass is the method).

import ast
import sys

BUILTINS = frozenset((
    "list", "dict", "set", "str", "int", "id", "sum", "min", "max", "input", "len",
    "type", "map", "filter", "iter", "next", "object", "hash", "sorted", "range", "tuple",
))

LOOPS = (ast.For, ast.AsyncFor, ast.While)
COMPS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)

# Methods that change a list (or most containers) in place.
MUTATORS = frozenset((
    "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
    "add", "discard", "update", "popleft", "appendleft", "setdefault",
    "__setitem__", "__delitem__", "__iadd__",
))
# Builtins that read their arguments without changing them.
READERS = frozenset((
    "len", "sum", "min", "max", "sorted", "any", "all", "enumerate", "zip", "set",
    "frozenset", "tuple", "list", "print", "str", "repr", "reversed", "iter", "bool",
    "dict", "Counter", "deque",
))
NOT_A_LIST = frozenset(("deque", "dict", "defaultdict", "Counter", "OrderedDict", "set",
                        "frozenset", "ChainMap"))
ITERATORS = frozenset(("iter", "map", "filter", "zip", "enumerate", "reversed", "open",
                       "islice", "chain", "count", "cycle", "groupby", "tee"))
RECURSION_LIMIT = 1500
MEMO_WORDS = ("memo", "cache", "dp", "seen", "table", "lookup", "known", "computed", "visited")


def review(source):
    """The findings for one Python source text, sorted by line; never raises."""
    # ace's sandbox raises the recursion limit so that candidates can recurse
    # 100000 deep; ast.parse() would then build a deeply nested tree (x = 1+1+...)
    # recursively in C until the C stack overflows. Under the usual limit it
    # raises RecursionError instead, which gives [] below.
    old = sys.getrecursionlimit()
    lowered = False
    if old > RECURSION_LIMIT:
        try:
            sys.setrecursionlimit(RECURSION_LIMIT)
            lowered = True
        except Exception:
            pass
    try:
        return _review(source)
    finally:
        if lowered:
            sys.setrecursionlimit(old)


def _review(source):
    try:
        if isinstance(source, bytes):
            source = source.decode("utf-8", "replace")
        if not isinstance(source, str):
            return []
        tree = ast.parse(source)
    except Exception:  # SyntaxError, ValueError (NUL), RecursionError, MemoryError...
        return []
    try:
        r = _Review(tree)
    except Exception:
        return []
    for rule in RULES:
        try:
            rule(r)
        except Exception:  # one rule's fault must not hide the others
            pass
    out = [{"line": line, "rule": rule, "message": msg}
           for (line, rule), msg in r.found.items()]
    out.sort(key=lambda f: (f["line"], f["rule"]))
    return out


# ---------------------------------------------------------------------------
# Tree facts shared by the rules


def _key(e):
    """'x' for a name, 'a.b.c' for an attribute chain on a name, else None."""
    if isinstance(e, ast.Name):
        return e.id
    if isinstance(e, ast.Attribute):
        base = _key(e.value)
        return None if base is None else base + "." + e.attr
    return None


def _call_name(call):
    """The called name of f(...) or the attribute of x.f(...), else None."""
    if isinstance(call, ast.Call):
        if isinstance(call.func, ast.Name):
            return call.func.id
        if isinstance(call.func, ast.Attribute):
            return call.func.attr
    return None


def _is_builtin_call(e, *names):
    return isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in names


def _walk_scope(nodes):
    """Every node under `nodes`, not entering nested functions, lambdas or classes
    (their own node is included)."""
    stack = list(nodes)
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(n))


def _walk_all(nodes):
    stack = list(nodes)
    while stack:
        n = stack.pop()
        yield n
        stack.extend(ast.iter_child_nodes(n))


def _names_in(e):
    return {n.id for n in ast.walk(e) if isinstance(n, ast.Name)}


def _target_names(t):
    """Names bound by an assignment or loop target (through tuples and starred)."""
    return {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}


class _Review:
    def __init__(self, tree):
        self.tree = tree
        self.found = {}
        self.parent = {}
        self.scope = {}      # node -> the Module/FunctionDef/Lambda/ClassDef it runs in
        self.loops = {}      # node -> tuple of enclosing loops (and comprehensions) in its scope
        self.scopes = [tree]
        # An explicit stack: deeply nested code must not exhaust the C stack here.
        stack = [(tree, None, tree, ())]
        while stack:
            node, parent, scope, loops = stack.pop()
            self.parent[node] = parent
            self.scope[node] = scope
            self.loops[node] = loops
            if isinstance(node, SCOPES):
                self.scopes.append(node)
                inner = node
                for field, value in ast.iter_fields(node):
                    kids = value if isinstance(value, list) else [value]
                    for k in kids:
                        if not isinstance(k, ast.AST):
                            continue
                        # Decorators, defaults and bases run in the enclosing scope.
                        if field in ("decorator_list", "bases", "keywords", "returns"):
                            stack.append((k, node, scope, loops))
                        else:
                            stack.append((k, node, inner, ()))
                continue
            if isinstance(node, (ast.For, ast.AsyncFor)):
                inside = loops + (node,)
                for k in node.body + node.orelse:
                    stack.append((k, node, scope, inside))
                for k in (node.target, node.iter):
                    stack.append((k, node, scope, loops))
                continue
            if isinstance(node, ast.While):
                inside = loops + (node,)
                for k in [node.test] + node.body:
                    stack.append((k, node, scope, inside))
                for k in node.orelse:
                    stack.append((k, node, scope, loops))
                continue
            if isinstance(node, COMPS):
                inside = loops + (node,)
                gens = node.generators
                for i, g in enumerate(gens):
                    self.parent[g] = node
                    self.scope[g] = scope
                    self.loops[g] = inside
                    stack.append((g.iter, g, scope, loops if i == 0 else inside))
                    stack.append((g.target, g, scope, inside))
                    for c in g.ifs:
                        stack.append((c, g, scope, inside))
                for k in ([node.key, node.value] if isinstance(node, ast.DictComp)
                          else [node.elt]):
                    stack.append((k, node, scope, inside))
                continue
            for k in ast.iter_child_nodes(node):
                stack.append((k, node, scope, loops))
        self.nodes = list(self.parent)
        # Names bound per scope: scope -> name -> [binding nodes]
        self.bindings = {s: {} for s in self.scopes}
        self.params = {s: set() for s in self.scopes}
        self.declared = {s: set() for s in self.scopes}   # global / nonlocal
        for n in self.nodes:
            s = self.scope[n]
            if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                if self._in_comprehension_target(n):
                    continue
                self.bindings[s].setdefault(n.id, []).append(n)
            elif isinstance(n, ast.arg) and s in self.params:
                self.params[s].add(n.arg)
            elif isinstance(n, (ast.Global, ast.Nonlocal)):
                self.declared[s].update(n.names)
        # Every value ever assigned to a name or attribute chain, whole module.
        self.assigned = {}
        for n in self.nodes:
            if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                for t in targets:
                    k = _key(t)
                    if k is not None:
                        self.assigned.setdefault(k, []).append(n.value)

    def _in_comprehension_target(self, n):
        p = self.parent.get(n)
        while p is not None and not isinstance(p, ast.comprehension):
            if isinstance(p, (ast.expr_context, ast.Tuple, ast.List, ast.Starred)):
                p = self.parent.get(p)
                continue
            return False
        return p is not None

    def add(self, node, rule, message):
        line = getattr(node, "lineno", None)
        if isinstance(line, int) and (line, rule) not in self.found:
            self.found[(line, rule)] = message

    def binding_stmt(self, name_node):
        """The statement a Name in Store context belongs to."""
        p = self.parent.get(name_node)
        while p is not None and not isinstance(p, (ast.stmt, ast.comprehension)):
            p = self.parent.get(p)
        return p

    def mutated_in(self, key, nodes, calls_too=True):
        """True if `key` (a name or a.b) is rebound, written through, deleted or
        changed by a method call, or handed to a function that might change it,
        anywhere under `nodes`."""
        for n in _walk_all(nodes):
            if isinstance(n, (ast.Name, ast.Attribute)) and _key(n) == key:
                if isinstance(n.ctx, (ast.Store, ast.Del)):
                    return True
                p = self.parent.get(n)
                if isinstance(p, ast.Subscript) and p.value is n and \
                        isinstance(p.ctx, (ast.Store, ast.Del)):
                    return True
                if isinstance(p, ast.Attribute) and p.value is n and p.attr in MUTATORS:
                    return True
                if calls_too and isinstance(p, ast.Call) and any(a is n for a in p.args):
                    if not (isinstance(p.func, ast.Name) and p.func.id in READERS):
                        return True
        return False


def _runs_once(r, node):
    """True if the statement holding `node` is followed, in its own block, by an
    unconditional break, return or raise: it runs at most once per loop, not on
    every pass."""
    st = r.parent.get(node)
    while st is not None and not isinstance(st, ast.stmt):
        st = r.parent.get(st)
    holder = r.parent.get(st)
    if st is None or holder is None:
        return False
    for field in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(holder, field, None)
        if isinstance(block, list) and any(x is st for x in block):
            after = block[[id(x) for x in block].index(id(st)) + 1:]
            return any(isinstance(x, (ast.Break, ast.Return, ast.Raise)) for x in after)
    return False


def _is_list_value(v):
    return isinstance(v, (ast.List, ast.ListComp)) or _is_builtin_call(v, "list")


# ---------------------------------------------------------------------------
# The rules


def rule_range_len(r):
    for node in r.nodes:
        if not isinstance(node, ast.For) or not isinstance(node.target, ast.Name):
            continue
        it = node.iter
        if not (_is_builtin_call(it, "range") and len(it.args) == 1 and not it.keywords):
            continue
        ln = it.args[0]
        if not (_is_builtin_call(ln, "len") and len(ln.args) == 1 and not ln.keywords):
            continue
        x = _key(ln.args[0])
        if x is None:
            continue
        i = node.target.id
        body = node.body + node.orelse
        bare = False
        xuse = False
        others = set()
        ok = True
        for n in _walk_all(body):
            if isinstance(n, (ast.Name, ast.Attribute)) and _key(n) == x:
                p = r.parent.get(n)
                if isinstance(p, ast.Subscript) and p.value is n:
                    if not (isinstance(p.slice, ast.Name) and p.slice.id == i):
                        ok = False      # x[i + 1], x[j]: the index arithmetic is needed
                        break
            if not (isinstance(n, ast.Name) and n.id == i):
                continue
            if not isinstance(n.ctx, ast.Load):
                ok = False
                break
            p = r.parent.get(n)
            if isinstance(p, ast.Subscript) and p.slice is n:
                seq = _key(p.value)
                if seq == x:
                    if not isinstance(p.ctx, ast.Load):
                        ok = False
                        break
                    xuse = True
                elif seq is not None and isinstance(p.ctx, ast.Load):
                    others.add(seq)
                else:
                    bare = True
            else:
                bare = True
        if not ok or not xuse or r.mutated_in(x, body):
            continue
        # i read after the loop (for ...: if ...: break, then return i) needs the index
        end = node.end_lineno or node.lineno
        scope = r.scope[node]
        if any(isinstance(m, ast.Name) and m.id == i and r.scope.get(m) is scope
               and m.lineno > end for m in r.nodes):
            bare = True
        name = ln.args[0]
        shown = ast.unparse(name) if hasattr(ast, "unparse") else x
        if not bare and not others:
            r.add(node, "range-len",
                  f"Iterate over {shown} directly (for item in {shown}) instead of "
                  f"indexing it with range(len({shown})).")
        elif bare and not others:
            r.add(node, "range-len",
                  f"Use enumerate({shown}) to get both the index and the item instead of "
                  f"range(len({shown})).")
        elif not bare and others:
            if any(r.mutated_in(o, body) for o in others):
                continue
            seqs = ", ".join([shown] + sorted(others))
            r.add(node, "range-len",
                  f"Use zip({seqs}) to walk these sequences together instead of "
                  f"indexing them with range(len({shown})).")


def rule_manual_index(r):
    for parent in r.nodes:
        for field in ("body", "orelse", "finalbody"):
            stmts = getattr(parent, field, None)
            if not isinstance(stmts, list):
                continue
            for k, loop in enumerate(stmts):
                if isinstance(loop, ast.For):
                    _manual_for(r, stmts, k, loop)
                elif isinstance(loop, ast.While):
                    _manual_while(r, stmts, k, loop)
        if isinstance(parent, ast.Try):
            for h in parent.handlers:
                for k, loop in enumerate(h.body):
                    if isinstance(loop, ast.For):
                        _manual_for(r, h.body, k, loop)
                    elif isinstance(loop, ast.While):
                        _manual_while(r, h.body, k, loop)


def _is_incr(s, name=None):
    return (isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name)
            and isinstance(s.op, ast.Add) and isinstance(s.value, ast.Constant)
            and s.value.value == 1 and type(s.value.value) is int
            and (name is None or s.target.id == name))


def _counter_ok(r, stmts, k, loop, i, body):
    """Shared checks: `i = 0` is the last binding of i before the loop, the body
    binds i only with its one increment, never continues, indexes with i, and
    nothing after the loop reads i."""
    found_init = False
    for s in reversed(stmts[:k]):
        binds = any(isinstance(n, ast.Name) and n.id == i and
                    isinstance(n.ctx, (ast.Store, ast.Del)) for n in _walk_all([s]))
        if not binds:
            continue
        found_init = (isinstance(s, ast.Assign) and len(s.targets) == 1
                      and isinstance(s.targets[0], ast.Name) and s.targets[0].id == i
                      and isinstance(s.value, ast.Constant) and s.value.value == 0
                      and type(s.value.value) is int)
        break
    if not found_init:
        return False
    stores = 0
    indexes = False
    for n in _walk_all(body):
        if isinstance(n, ast.Name) and n.id == i:
            if isinstance(n.ctx, (ast.Store, ast.Del)):
                stores += 1
            else:
                p = r.parent.get(n)
                if isinstance(p, ast.Subscript) and p.slice is n:
                    indexes = True
        if isinstance(n, SCOPES) and i in _names_in(n):
            return False
    if stores != 1 or not indexes:
        return False
    # continue would skip the increment (a nested loop's continue is its own)
    stack = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Continue):
            return False
        if isinstance(n, LOOPS + SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(n))
    # i must not be read after the loop: enumerate leaves it at a different value
    scope = r.scope[loop]
    for n in r.nodes:
        if isinstance(n, ast.Name) and n.id == i and isinstance(n.ctx, ast.Load) \
                and r.scope[n] is scope and n.lineno > (loop.end_lineno or loop.lineno):
            return False
    return True


def _manual_for(r, stmts, k, loop):
    body = loop.body
    if loop.orelse:
        return
    for pos in (len(body) - 1, 0):
        s = body[pos]
        if _is_incr(s):
            i = s.target.id
            if _key(loop.iter) is not None and i == _key(loop.iter):
                return
            if isinstance(loop.target, ast.Name) and loop.target.id == i:
                return
            if _counter_ok(r, stmts, k, loop, i, body):
                r.add(loop, "manual-index",
                      f"Use enumerate() in this for loop instead of keeping the counter "
                      f"'{i}' yourself.")
            return


def _manual_while(r, stmts, k, loop):
    t = loop.test
    if loop.orelse or not loop.body:
        return
    if not (isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], ast.Lt)
            and isinstance(t.left, ast.Name) and _is_builtin_call(t.comparators[0], "len")
            and len(t.comparators[0].args) == 1):
        return
    i = t.left.id
    seq = _key(t.comparators[0].args[0])
    if seq is None or not _is_incr(loop.body[-1], i):
        return
    if r.mutated_in(seq, loop.body):
        return
    # the counter must index the sequence it walks
    if not any(isinstance(n, ast.Subscript) and _key(n.value) == seq and
               isinstance(n.slice, ast.Name) and n.slice.id == i
               for n in _walk_all(loop.body)):
        return
    if _counter_ok(r, stmts, k, loop, i, loop.body):
        r.add(loop, "manual-index",
              f"Use a for loop over {seq} (with enumerate() if you need the index) "
              f"instead of a while loop with the counter '{i}'.")


def rule_list_membership(r):
    for n in r.nodes:
        if not isinstance(n, ast.Compare) or not r.loops.get(n):
            continue
        scope = r.scope[n]
        for op, right in zip(n.ops, n.comparators):
            if not isinstance(op, (ast.In, ast.NotIn)) or not isinstance(right, ast.Name):
                continue
            name = right.id
            if name in r.params.get(scope, ()) or name in r.declared.get(scope, ()):
                continue
            binds = r.bindings.get(scope, {}).get(name)
            if not binds:
                continue
            good = True
            for b in binds:
                st = r.binding_stmt(b)
                if not (isinstance(st, (ast.Assign, ast.AnnAssign)) and
                        any(t is b for t in (st.targets if isinstance(st, ast.Assign)
                                             else [st.target]))
                        and st.value is not None and _is_list_value(st.value)):
                    good = False
                    break
            if not good:
                continue
            outer = r.loops[n][0]
            if r.mutated_in(name, [outer]):
                continue
            r.add(n, "list-membership-in-loop",
                  f"'in {name}' scans the whole list on every pass; build a set from "
                  f"{name} once before the loop and test membership in that.")


def _clearly_not_str(v):
    return isinstance(v, (ast.List, ast.ListComp, ast.Dict, ast.DictComp, ast.Set,
                          ast.SetComp, ast.Tuple, ast.GeneratorExp)) or \
        (isinstance(v, ast.Constant) and not isinstance(v.value, str)) or \
        _is_builtin_call(v, "list", "dict", "set", "tuple", "int", "float", "bytearray",
                         "deque", "defaultdict", "Counter", "len", "sum")


def rule_string_concat(r):
    for n in r.nodes:
        loops = r.loops.get(n)
        if not loops:
            continue
        if isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add) and \
                isinstance(n.target, ast.Name):
            s = n.target.id
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.BinOp) and \
                isinstance(n.value.op, ast.Add) and isinstance(n.value.left, ast.Name) and \
                n.value.left.id == n.targets[0].id:
            s = n.targets[0].id
        else:
            continue
        scope = r.scope[n]
        if s in r.params.get(scope, ()) or s in r.declared.get(scope, ()):
            continue
        init = None             # the outermost loop the concatenation repeats in
        good = True
        for b in r.bindings.get(scope, {}).get(s, ()):
            st = r.binding_stmt(b)
            if isinstance(st, ast.AugAssign):
                continue
            if not (isinstance(st, (ast.Assign, ast.AnnAssign)) and st.value is not None):
                good = False        # a loop target, tuple unpacking, with, del...
                break
            tgts = st.targets if isinstance(st, ast.Assign) else [st.target]
            if not any(t is b for t in tgts):
                good = False
                break
            if _clearly_not_str(st.value):
                good = False
                break
            if isinstance(st.value, ast.Constant) and isinstance(st.value.value, str):
                bl = r.loops.get(st, ())
                if len(bl) < len(loops) and loops[:len(bl)] == bl:
                    init = loops[len(bl)]
        if not good or not init:
            continue
        # A string the loop reads as it grows (a prefix used on every pass) is needed
        # whole each time: join() would not help.
        left = n.value.left if isinstance(n, ast.Assign) else None
        if any(isinstance(m, ast.Name) and m.id == s and isinstance(m.ctx, ast.Load)
               and m is not left for m in _walk_all([init])):
            continue
        r.add(n, "string-concat-in-loop",
              f"Building the string '{s}' with + in a loop copies it every time; "
              f"collect the pieces in a list and ''.join() them once.")


def rule_pop_front(r):
    for n in r.nodes:
        if not isinstance(n, ast.Call) or not r.loops.get(n) or n.keywords:
            continue
        f = n.func
        if not isinstance(f, ast.Attribute):
            continue
        zero = lambda a: isinstance(a, ast.Constant) and a.value == 0 and type(a.value) is int
        if f.attr == "pop" and len(n.args) == 1 and zero(n.args[0]):
            what = "pop(0)"
        elif f.attr == "insert" and len(n.args) == 2 and zero(n.args[0]):
            what = "insert(0, ...)"
        else:
            continue
        if _runs_once(r, n):
            continue
        k = _key(f.value)
        if k is not None and any(isinstance(v, (ast.Dict, ast.DictComp, ast.Set, ast.SetComp))
                                 or _call_name(v) in NOT_A_LIST
                                 for v in r.assigned.get(k, ())):
            continue
        # A list the loop rebuilds on every pass (spiral order: rows = rotate(rows))
        # costs O(n) a pass anyway; pop(0) adds nothing to that.
        loop = r.loops[n][-1]
        if k is not None and any(
                isinstance(m, (ast.Name, ast.Attribute)) and isinstance(m.ctx, ast.Store)
                and _key(m) == k for m in _walk_all([loop])):
            continue
        shown = k or "the list"
        r.add(n, "pop-front-in-loop",
              f"{shown}.{what} shifts every element of the list, so in a loop use a "
              f"collections.deque with {'popleft()' if f.attr == 'pop' else 'appendleft()'}.")


def rule_sort_in_loop(r):
    for n in r.nodes:
        loops = r.loops.get(n)
        if not loops or not isinstance(n, ast.Call):
            continue
        if _is_builtin_call(n, "sorted") and n.args:
            e, what = n.args[0], "sorted()"
        elif isinstance(n.func, ast.Attribute) and n.func.attr == "sort" and not n.args:
            e, what = n.func.value, ".sort()"
        else:
            continue
        k = _key(e)
        if k is None or _runs_once(r, n):
            continue
        root = k.split(".")[0]
        inner = loops[-1]
        # bound by any enclosing loop (a per-iteration value)?
        bound = False
        for lp in loops:
            if isinstance(lp, (ast.For, ast.AsyncFor)) and root in _target_names(lp.target):
                bound = True
            if isinstance(lp, COMPS) and any(root in _target_names(g.target)
                                             for g in lp.generators):
                bound = True
        if bound:
            continue
        # rebound inside the innermost loop?
        inner_nodes = (inner.body + inner.orelse if isinstance(inner, LOOPS)
                       else [inner])
        rebound = False
        for m in _walk_all(inner_nodes):
            if isinstance(m, (ast.Name, ast.Attribute)) and \
                    isinstance(m.ctx, (ast.Store, ast.Del)):
                mk = _key(m)
                if mk == k or mk == root:
                    rebound = True
                    break
        if rebound:
            continue
        r.add(n, "sort-in-loop",
              f"{k} is sorted again with {what} on every pass of the loop; sort it once "
              f"outside, or keep it ordered with heapq or bisect.")


def rule_mutable_default(r):
    for n in r.nodes:
        if not isinstance(n, FUNCS):
            continue
        a = n.args
        positional = a.posonlyargs + a.args
        pairs = list(zip(positional[len(positional) - len(a.defaults):], a.defaults))
        pairs += [(arg, d) for arg, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None]
        for arg, d in pairs:
            if isinstance(d, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp,
                              ast.SetComp)) or \
                    _is_builtin_call(d, "list", "dict", "set"):
                r.add(d, "mutable-default",
                      f"The default for '{arg.arg}' is one object shared by every call; "
                      f"default to None and create it inside the function.")


def rule_bare_except(r):
    for n in r.nodes:
        if not isinstance(n, ast.ExceptHandler) or n.type is not None:
            continue
        if any(isinstance(m, ast.Raise) and m.exc is None for m in _walk_scope(n.body)):
            continue        # cleanup, then re-raise: nothing is swallowed
        r.add(n, "bare-except",
              "A bare 'except:' also catches KeyboardInterrupt and hides bugs; catch the "
              "specific exception you expect (or at least Exception).")


def rule_compare_singleton(r):
    for n in r.nodes:
        if not isinstance(n, ast.Compare):
            continue
        left = n.left
        for op, right in zip(n.ops, n.comparators):
            if isinstance(op, (ast.Eq, ast.NotEq)):
                for side in (right, left):
                    if isinstance(side, ast.Constant) and (side.value is None or
                                                           type(side.value) is bool):
                        v = side.value
                        eq = isinstance(op, ast.Eq)
                        if v is None:
                            msg = (f"Compare with None using '{'is' if eq else 'is not'} None' "
                                   f"instead of '{'==' if eq else '!='} None'.")
                        else:
                            msg = (f"Test the value's truth directly ('if x:' or 'if not x:') "
                                   f"instead of comparing it with {'==' if eq else '!='} {v}.")
                        r.add(n, "compare-singleton", msg)
                        break
            left = right


def rule_unused_variable(r):
    for f in r.scopes:
        if not isinstance(f, FUNCS):
            continue
        own = list(_walk_scope(f.body))
        reads = set()
        dynamic = False
        for n in _walk_all(f.body):
            if isinstance(n, ast.Name):
                if not isinstance(n.ctx, ast.Store):
                    reads.add(n.id)
                    if n.id in ("locals", "vars", "eval", "exec"):
                        dynamic = True
            elif isinstance(n, ast.Nonlocal):   # a nested function's cell counts as use
                reads.update(n.names)
        if dynamic:
            continue
        params = r.params.get(f, set())
        declared = r.declared.get(f, set())
        first = {}
        for n in own:
            names = []
            if isinstance(n, ast.Assign):
                names = [t for t in n.targets if isinstance(t, ast.Name)]
            elif isinstance(n, (ast.AnnAssign, ast.AugAssign)):
                if isinstance(n.target, ast.Name) and (n.value is not None):
                    names = [n.target]
            elif isinstance(n, ast.NamedExpr):
                names = [n.target]
            for t in names:
                if t.id not in first or t.lineno < first[t.id].lineno:
                    first[t.id] = t
        for name, t in first.items():
            if name.startswith("_") or name in reads or name in params or name in declared:
                continue
            # also bound as a loop/with/except target or by unpacking: ignored
            other = False
            for b in r.bindings.get(f, {}).get(name, ()):
                st = r.binding_stmt(b)
                if not isinstance(st, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and \
                        not isinstance(r.parent.get(b), ast.NamedExpr):
                    other = True
                elif isinstance(st, ast.Assign) and not any(x is b for x in st.targets):
                    other = True
            if other:
                continue
            r.add(t, "unused-variable",
                  f"'{name}' is assigned but never read; remove it, or name it _ if the "
                  f"value is deliberately ignored.")


def _annotation_names(r):
    names = set()
    for n in r.nodes:
        ann = []
        if isinstance(n, ast.arg) and n.annotation is not None:
            ann.append(n.annotation)
        elif isinstance(n, FUNCS) and n.returns is not None:
            ann.append(n.returns)
        elif isinstance(n, ast.AnnAssign):
            ann.append(n.annotation)
        for a in ann:
            for c in ast.walk(a):
                if isinstance(c, ast.Constant) and isinstance(c.value, str):
                    try:
                        names |= _names_in(ast.parse(c.value, mode="eval"))
                    except Exception:
                        pass
    return names


def rule_unused_import(r):
    used = set()
    for n in r.nodes:
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Load, ast.Del)):
            used.add(n.id)
    exported = set()
    for v in r.assigned.get("__all__", ()):
        if isinstance(v, (ast.List, ast.Tuple)):
            exported |= {e.value for e in v.elts
                         if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    annotations = None
    for n in r.nodes:
        if isinstance(n, ast.Import):
            pairs = [(a.asname or a.name.split(".")[0], a) for a in n.names]
        elif isinstance(n, ast.ImportFrom):
            if n.module == "__future__":
                continue
            pairs = [(a.asname or a.name, a) for a in n.names if a.name != "*"]
        else:
            continue
        unused = []
        for name, a in pairs:
            if name in used or name in exported or (a.asname and a.asname == a.name) \
                    or (name.startswith("__") and name.endswith("__")):
                continue
            if annotations is None:
                annotations = _annotation_names(r)
            if name not in annotations:
                unused.append(name)
        if len(unused) == 1:
            r.add(n, "unused-import",
                  f"'{unused[0]}' is imported but never used; remove the import.")
        elif unused:
            names = ", ".join(f"'{u}'" for u in unused)
            r.add(n, "unused-import", f"{names} are imported but never used; remove them.")


def rule_shadowed_builtin(r):
    first = {}      # (scope, name) -> the first node that binds it: one finding each
    for n in r.nodes:
        scope = r.scope.get(n)
        if isinstance(scope, ast.ClassDef) and not isinstance(n, ast.arg):
            continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id in BUILTINS:
            st = r.parent.get(n)
            if n.id == "input" and isinstance(st, ast.Assign) and \
                    _key(st.value) in ("sys.stdin.readline", "sys.stdin.buffer.readline"):
                continue        # input = sys.stdin.readline: a faster input(), on purpose
            name, line_node = n.id, n
        elif isinstance(n, ast.arg) and n.arg in BUILTINS:
            if _stored_as_field(r, n):
                continue        # ListNode(val=0, next=None): the field's name is the API
            if getattr(r.scope.get(n), "name", "") in ("__exit__", "__aexit__"):
                continue        # __exit__(self, type, value, traceback): the protocol's names
            name, line_node = n.arg, n
        elif isinstance(n, ast.ExceptHandler) and n.name in BUILTINS:
            name, line_node = n.name, n
        else:
            continue
        if name in r.declared.get(scope, ()):
            continue
        k = (id(scope), name)
        if k not in first or (line_node.lineno, line_node.col_offset) < \
                (first[k].lineno, first[k].col_offset):
            first[k] = line_node
    for (_, name), node in first.items():
        r.add(node, "shadowed-builtin",
              f"'{name}' hides the builtin {name}(); pick a more descriptive name.")


def _stored_as_field(r, arg):
    """True for a method parameter kept as the attribute of the same name
    (def __init__(self, val=0, next=None): self.next = next)."""
    f = r.scope.get(arg)
    if not isinstance(f, FUNCS) or not isinstance(r.scope.get(f), ast.ClassDef):
        return False
    for n in _walk_scope(f.body):
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and \
                n.value.id == arg.arg:
            for t in n.targets:
                if isinstance(t, ast.Attribute) and t.attr == arg.arg and \
                        isinstance(t.value, ast.Name):
                    return True
    return False


def _shrinks(arg, params):
    """n - 1, i + 1, s[1:]: an argument that derives from a parameter by a step."""
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Sub)):
        return any(isinstance(s, ast.Name) and s.id in params for s in (arg.left, arg.right))
    if isinstance(arg, ast.Subscript) and isinstance(arg.slice, ast.Slice):
        return isinstance(arg.value, ast.Name) and arg.value.id in params
    return False


def _state_arg(arg, local):
    """An argument that is plain state: constants, parameters and free names, with
    arithmetic and subscripts of them (i + 1, t - nums[i], s[1:]). Not a container
    being built (path + [x]: memoizing is impossible), a call, an attribute
    (node.left: recursion down a structure, every call a different subtree), or a
    local variable (mid, child: derived per call, as in divide and conquer)."""
    if isinstance(arg, ast.Constant):
        return True
    if isinstance(arg, ast.Name):
        return arg.id not in local
    if isinstance(arg, ast.BinOp):
        return _state_arg(arg.left, local) and _state_arg(arg.right, local)
    if isinstance(arg, ast.UnaryOp):
        return _state_arg(arg.operand, local)
    if isinstance(arg, ast.Subscript):
        sl = arg.slice
        parts = [sl.lower, sl.upper, sl.step] if isinstance(sl, ast.Slice) else [sl]
        return isinstance(arg.value, ast.Name) and arg.value.id not in local and \
            all(p is None or _state_arg(p, local) for p in parts)
    return False


def rule_recursion_no_memo(r):
    for f in r.scopes:
        if not isinstance(f, FUNCS):
            continue
        method = isinstance(r.scope.get(f), ast.ClassDef)
        params = {a.arg for a in f.args.posonlyargs + f.args.args + f.args.kwonlyargs}
        local = set(r.bindings.get(f, {})) - params

        def is_self_call(c):
            if not isinstance(c, ast.Call) or any(k.arg is None for k in c.keywords):
                return False
            fn = c.func
            if method:
                return (isinstance(fn, ast.Attribute) and fn.attr == f.name and
                        isinstance(fn.value, ast.Name) and fn.value.id in ("self", "cls"))
            return isinstance(fn, ast.Name) and fn.id == f.name

        def counted(e):
            if is_self_call(e):
                args = list(e.args) + [k.value for k in e.keywords]
                if any(_shrinks(a, params) for a in args) and \
                        all(_state_arg(a, local) for a in args):
                    return 1
                return 0
            if isinstance(e, ast.BinOp):
                return counted(e.left) + counted(e.right)
            if isinstance(e, ast.UnaryOp):
                return counted(e.operand)
            if isinstance(e, ast.IfExp):
                return max(counted(e.body), counted(e.orelse))
            if _is_builtin_call(e, "min", "max", "sum") and not e.keywords:
                return sum(counted(a) for a in e.args)
            return 0

        if sum(1 for c in _walk_scope(f.body) if is_self_call(c)) < 2:
            continue
        hit = None
        from_call = set()       # total = f(i + 1) ... total += f(i + 2) combines them too
        for st in _walk_scope(f.body):
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and \
                    isinstance(st.targets[0], ast.Name) and counted(st.value) == 1:
                from_call.add(st.targets[0].id)
        for st in sorted((s for s in _walk_scope(f.body) if isinstance(s, ast.stmt)),
                         key=lambda s: (s.lineno, s.col_offset)):
            if isinstance(st, (ast.Return, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr)) \
                    and st.value is not None:
                c = counted(st.value)
                if isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) and \
                        st.target.id in from_call and isinstance(st.op, ast.Add):
                    c += 1
                if c >= 2:
                    hit = st
                    break
        if hit is None or _memoized(r, f, params):
            continue
        r.add(hit, "recursion-no-memo",
              f"{f.name}() calls itself on overlapping subproblems, which takes exponential "
              f"time; memoize it with @functools.cache or a dict.")


def _memoized(r, f, params):
    for d in f.decorator_list:
        core = d.func if isinstance(d, ast.Call) else d
        name = core.attr if isinstance(core, ast.Attribute) else getattr(core, "id", "")
        if "cache" in name.lower() or "memo" in name.lower():
            return True
    # names bound to a dict in an enclosing scope
    enclosing_dicts = set()
    s = r.scope.get(f)
    while s is not None:
        for name, binds in r.bindings.get(s, {}).items():
            for b in binds:
                st = r.binding_stmt(b)
                v = getattr(st, "value", None)
                if isinstance(v, (ast.Dict, ast.DictComp)) or \
                        _call_name(v) in ("dict", "defaultdict", "Counter", "OrderedDict"):
                    enclosing_dicts.add(name)
        s = r.scope.get(s) if s is not r.tree else None
    own_locals = set(r.bindings.get(f, {})) - params
    for n in _walk_all(f.body):
        base = None
        # Writing to shared state (memo[key] = v, grid[r][c] = 0, seen.add(p)) on a
        # parameter or free variable: a memo, or visited marks that stop the calls
        # from overlapping (flood fill, backtracking).
        if isinstance(n, ast.Subscript) and isinstance(n.ctx, (ast.Store, ast.Del)) or \
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                n.func.attr in MUTATORS:
            root = n.value if isinstance(n, ast.Subscript) else n.func.value
            while isinstance(root, (ast.Subscript, ast.Attribute)):
                root = root.value
            if isinstance(root, ast.Name) and root.id not in own_locals:
                return True
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name):
            base = n.value.id
        elif isinstance(n, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn)) for o in n.ops):
            for c in n.comparators:
                if isinstance(c, ast.Name):
                    base = c.id
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                n.func.attr in ("get", "setdefault") and isinstance(n.func.value, ast.Name):
            base = n.func.value.id
        if base is None:
            continue
        low = base.lower()
        if any(w in low for w in MEMO_WORDS) or base in enclosing_dicts:
            return True
    return False


def _collection(r, it, scope):
    """The collection a for loop walks: x, a.b, x[lo:hi], enumerate(x), reversed(x),
    range(len(x)), range(k, len(x)), or range(n) / range(k, n) where n is bound only
    once in the scope, to len(x)."""
    k = _key(it)
    if k is not None:
        return k
    if isinstance(it, ast.Subscript) and isinstance(it.slice, ast.Slice):
        return _key(it.value)
    if _is_builtin_call(it, "enumerate", "reversed") and it.args:
        return (_collection(r, it.args[0], scope)
                if not _is_builtin_call(it.args[0], "range") else None)
    if _is_builtin_call(it, "range") and len(it.args) in (1, 2) and not it.keywords:
        # (a step, as in a sieve's range(i * i, n, i), is not a full pass)
        stop = it.args[0] if len(it.args) == 1 else it.args[1]
        if isinstance(stop, ast.Name):
            binds = r.bindings.get(scope, {}).get(stop.id, ())
            if len(binds) != 1 or stop.id in r.params.get(scope, ()):
                return None
            st = r.binding_stmt(binds[0])
            if not (isinstance(st, ast.Assign) and len(st.targets) == 1
                    and st.targets[0] is binds[0]):
                return None
            stop = st.value
        if _is_builtin_call(stop, "len") and len(stop.args) == 1:
            return _key(stop.args[0])
    return None


def rule_nested_loop(r):
    for outer in r.nodes:
        if not isinstance(outer, (ast.For, ast.AsyncFor)):
            continue
        scope = r.scope[outer]
        c = _collection(r, outer.iter, scope)
        if c is None:
            continue
        root = c.split(".")[0]
        # One iterator shared by both loops (it = iter(x)) is walked once, not n times.
        if any(isinstance(v, ast.GeneratorExp) or _call_name(v) in ITERATORS
               for v in r.assigned.get(c, ())):
            continue
        # A collection the outer loop rebinds is a different one on every pass
        # (for node in nodes: ... nodes = node.children).
        changes = root in _target_names(outer.target) or any(
            isinstance(m, ast.Name) and m.id == root and isinstance(m.ctx, ast.Store)
            for m in _walk_all(outer.body))
        stack = list(outer.body)
        while stack:
            n = stack.pop()
            if isinstance(n, (ast.For, ast.AsyncFor)):
                if _collection(r, n.iter, scope) == c and not _hashes_pairs(outer, n) \
                        and not changes and not _cells(outer, n):
                    r.add(n, "nested-loop-same-collection",
                          f"This loop over {c} runs inside another loop over {c}, which is "
                          f"likely O(n^2); a set or dict lookup, or sorting first, may avoid it.")
                continue
            if isinstance(n, (ast.While,) + SCOPES):
                continue
            if isinstance(n, ast.stmt):
                stack.extend(ast.iter_child_nodes(n))
            elif isinstance(n, ast.excepthandler) or type(n).__name__ == "match_case":
                stack.extend(n.body)


def _cells(outer, inner):
    """True if the inner body indexes one table with both loop variables (grid[i][j],
    dp[i][j], dp[i, j]): the loops walk the cells of an n x n table, whose size is
    the input's (a matrix) or the algorithm's (interval DP)."""
    a, b = _target_names(outer.target), _target_names(inner.target)
    if not a or not b:
        return False
    for n in _walk_all(inner.body):
        if isinstance(n, ast.Subscript):
            used = set()
            e = n
            while isinstance(e, ast.Subscript):
                used |= _names_in(e.slice)
                e = e.value
            if used & a and used & b:
                return True
    return False


def _hashes_pairs(outer, inner):
    """True if the outer loop builds a dict or set that the inner loop uses: the pairs
    are already grouped by a hash lookup (max points on a line), so the suggestion
    does not apply."""
    hashed = set()
    for n in _walk_scope(outer.body):
        if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
            v = n.value
            if isinstance(v, (ast.Dict, ast.DictComp, ast.Set, ast.SetComp)) or \
                    _call_name(v) in ("dict", "set", "defaultdict", "Counter", "OrderedDict"):
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                    hashed |= _target_names(t)
    if not hashed:
        return False
    return any(isinstance(n, ast.Name) and n.id in hashed for n in _walk_all(inner.body))


RULES = (
    rule_range_len, rule_manual_index, rule_list_membership, rule_string_concat,
    rule_pop_front, rule_sort_in_loop, rule_mutable_default, rule_bare_except,
    rule_compare_singleton, rule_unused_variable, rule_unused_import,
    rule_shadowed_builtin, rule_recursion_no_memo, rule_nested_loop,
)
