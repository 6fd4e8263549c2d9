def word_break(s: str, word_dict: list[str]) -> bool:
    # Correct but exponential: try every word as the next piece, remembering nothing.
    def can_split(start):
        if start == len(s):
            return True
        for word in word_dict:
            if s.startswith(word, start) and can_split(start + len(word)):
                return True
        return False

    return can_split(0)
