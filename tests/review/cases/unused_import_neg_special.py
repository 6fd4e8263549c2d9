# expect: none
from __future__ import annotations

from typing import Deque
from os import path as path
from json import dumps

__all__ = ["dumps"]


def f(q: "Deque[int]") -> int:
    return len(q)
