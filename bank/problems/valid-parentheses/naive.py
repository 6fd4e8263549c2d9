def is_valid(s: str) -> bool:
    # Correct but O(n^2): deletes innermost pairs one layer per round. A string
    # nested n/2 deep needs n/2 rounds, each scanning the whole string.
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
