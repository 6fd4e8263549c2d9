def word_pattern(pattern: str, s: str) -> bool:
    words = s.split()
    if len(words) != len(pattern):
        return False
    letter_to_word = {}
    word_to_letter = {}
    for letter, word in zip(pattern, words):
        # setdefault stores the pair the first time and returns what is stored from then on.
        if letter_to_word.setdefault(letter, word) != word:
            return False                # this letter already stands for another word
        if word_to_letter.setdefault(word, letter) != letter:
            return False                # this word already belongs to another letter
    return True
