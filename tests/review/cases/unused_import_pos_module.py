# expect: unused-import@2
import os
import sys


def argv():
    return sys.argv
