# expect: unused-import@2, unused-import@3
from collections import deque, Counter
import heapq as hq, math


def smallest(nums):
    q = deque(nums)
    return hq.nsmallest(1, q)
