# expect: shadowed-builtin@4, shadowed-builtin@6
import sys

input = sys.stdin.read
data = input().split()
sum = 0
for tok in data:
    sum += int(tok)
print(sum)
