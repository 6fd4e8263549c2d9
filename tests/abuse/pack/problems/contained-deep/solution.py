def solve():
    return "contained"
