# expect: none
import sys

input = sys.stdin.readline


def main():
    n = int(input())
    values = [int(x) for x in input().split()]
    print(sum(values[:n]))
