# class: O(n)
# why: heapq.merge over two iterables keeps a heap of size 2, so each of the n outputs costs O(1)
import heapq


def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    return list(heapq.merge(a, b))
