# expect: none
from json import __doc__
from os import path as path
import typing


def f(x: typing.Any) -> None:
    return None
