# ace's mutant maker: small, plausible bugs planted in a reference solution.
#
# `ace bank mutants` loads this file in the judge's sandbox like any other
# code (kind "function", entry `mutants`) and calls it with a problem's
# solution.py. Each mutant is the whole source with one change of the kind an
# interviewer's tests are meant to catch:
#
#   compare     a wrong comparison: < and <=, > and >=, == and !=, in and not in
#   off_by_one  an integer constant, a range() bound or an index moved by one
#   arith       + and -, * and //, min() and max()
#   logic       and and or, a `not` dropped
#   edge_case   a guard clause (an `if` whose body returns, raises, breaks or
#               continues) removed: the missing edge case
#   return      a constant return value changed
#   delete      a statement (an assignment or a call) removed
#
# Then ace judges each mutant against the problem's tests: a mutant the tests
# reject is killed; one they accept survives, and either the tests are too
# weak there or the change does not alter behaviour (an equivalent mutant).
#
# Standard library only; runs under the candidate's interpreter (Python 3.9+
# for ast.unparse).

import ast
import copy
import random

COMPARE_SWAP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
                ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
                ast.Is: ast.IsNot, ast.IsNot: ast.Is}
ARITH_SWAP = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.FloorDiv: ast.Mult}
OP_TEXT = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
           ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
           ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//"}
KINDS = ("compare", "off_by_one", "edge_case", "arith", "logic", "return", "delete")


def exits(body):
    """True when a block ends by leaving: return, raise, break or continue."""
    return bool(body) and isinstance(body[-1], (ast.Return, ast.Raise, ast.Break, ast.Continue))


def sites(tree):
    """Every place a mutation applies: (kind, node index in ast.walk order, detail)."""
    out = []
    # Default argument values are left alone: changing them rarely changes what the code computes.
    skip = {id(n) for a in ast.walk(tree) if isinstance(a, ast.arguments)
            for d in a.defaults + [k for k in a.kw_defaults if k is not None] for n in ast.walk(d)}
    for i, node in enumerate(ast.walk(tree)):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Compare):
            for k, op in enumerate(node.ops):
                if type(op) in COMPARE_SWAP:
                    out.append(("compare", i, k))
        elif isinstance(node, ast.BinOp) and type(node.op) in ARITH_SWAP:
            out.append(("arith", i, None))
        elif isinstance(node, ast.AugAssign) and type(node.op) in ARITH_SWAP:
            out.append(("arith", i, None))
        elif isinstance(node, ast.BoolOp):
            out.append(("logic", i, None))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            out.append(("logic", i, None))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("min", "max")):
            out.append(("arith", i, "minmax"))
        elif (isinstance(node, ast.Constant) and type(node.value) is int
              and abs(node.value) <= 16):
            out.append(("off_by_one", i, 1))
            out.append(("off_by_one", i, -1))
        elif isinstance(node, ast.If) and exits(node.body) and not node.orelse:
            out.append(("edge_case", i, None))
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Constant):
            out.append(("return", i, None))
        if (isinstance(node, (ast.Assign, ast.AugAssign))
                or isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            out.append(("delete", i, None))
    return out


def apply(tree, kind, index, detail):
    """A mutated copy of tree and a description, or (None, None) when it does not apply."""
    tree = copy.deepcopy(tree)
    node = next(n for k, n in enumerate(ast.walk(tree)) if k == index)
    line = getattr(node, "lineno", 0)
    if kind == "compare":
        old = type(node.ops[detail])
        node.ops[detail] = COMPARE_SWAP[old]()
        desc = "%s became %s" % (OP_TEXT[old], OP_TEXT[COMPARE_SWAP[old]])
    elif kind == "arith" and detail == "minmax":
        old = node.func.id
        node.func.id = "max" if old == "min" else "min"
        desc = "%s() became %s()" % (old, node.func.id)
    elif kind == "arith":
        old = type(node.op)
        node.op = ARITH_SWAP[old]()
        desc = "%s became %s" % (OP_TEXT[old], OP_TEXT[ARITH_SWAP[old]])
    elif kind == "logic" and isinstance(node, ast.BoolOp):
        was_and = isinstance(node.op, ast.And)
        node.op = ast.Or() if was_and else ast.And()
        desc = "and became or" if was_and else "or became and"
    elif kind == "logic":
        # `not x` -> `x`: replace the UnaryOp by its operand in its parent.
        for parent in ast.walk(tree):
            for field, value in ast.iter_fields(parent):
                if value is node:
                    setattr(parent, field, node.operand)
                    break
                if isinstance(value, list) and any(v is node for v in value):
                    value[[id(v) for v in value].index(id(node))] = node.operand
                    break
        desc = "a `not` was dropped"
    elif kind == "off_by_one":
        old = node.value
        node.value = old + detail
        desc = "the constant %d became %d" % (old, node.value)
    elif kind in ("edge_case", "delete"):
        for parent in ast.walk(tree):
            for field, value in ast.iter_fields(parent):
                if isinstance(value, list) and any(v is node for v in value):
                    value.remove(node)
                    if not value:
                        value.append(ast.Pass())
                    break
        if kind == "edge_case":
            desc = "the guard `if %s:` was removed" % ast.unparse(node.test)
        else:
            text = ast.unparse(node)
            desc = "the statement `%s` was removed" % (text if len(text) <= 50 else text[:47] + "...")
    elif kind == "return":
        v = node.value.value
        if isinstance(v, bool):
            new = not v
        elif isinstance(v, int):
            new = v + 1 if v != -1 else 0
        elif isinstance(v, str):
            new = v + "x" if v else "x"
        elif v is None:
            return None, None
        else:
            return None, None
        node.value = ast.Constant(new)
        desc = "return %r became return %r" % (v, new)
    else:
        return None, None
    ast.fix_missing_locations(tree)
    return tree, "line %d: %s" % (line, desc)


def mutants(source, limit=8, seed=1):
    """Up to limit mutants of source: [{"kind", "line", "description", "source"}]."""
    tree = ast.parse(source)
    original = ast.unparse(tree)
    by_kind = {k: [] for k in KINDS}
    for s in sites(tree):
        by_kind[s[0]].append(s)
    rng = random.Random(seed)
    for k in KINDS:
        rng.shuffle(by_kind[k])
    out, seen = [], {original}
    # Round-robin over the kinds, so that every kind the code offers is tried.
    while len(out) < limit and any(by_kind.values()):
        for k in KINDS:
            if len(out) >= limit or not by_kind[k]:
                continue
            kind, index, detail = by_kind[k].pop()
            mutated, desc = apply(tree, kind, index, detail)
            if mutated is None:
                continue
            text = ast.unparse(mutated)
            if text in seen:
                continue
            try:
                compile(text, "mutant.py", "exec")
            except SyntaxError:
                continue
            seen.add(text)
            line = int(desc.split(":")[0].split()[1])
            out.append({"kind": kind, "line": line, "description": desc, "source": text + "\n"})
    return out
