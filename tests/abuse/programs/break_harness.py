# expect: runtime_error two-sum
# Sabotaging the interpreter the harness shares with the code breaks only this test's answer.
import builtins
def two_sum(nums, target):
    builtins.isinstance = lambda *a: True
    builtins.len = lambda *a: 0
    return [0, 1]
