def min_window(s, t):
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    missing = len(t)                  # letters of t the window does not cover yet
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, c in enumerate(s):
        if c in need:
            if need[c] > 0:
                missing -= 1
            need[c] -= 1              # negative: the window has spare copies of c
        if missing == 0:
            # Drop letters from the left while the window still covers t.
            while True:
                d = s[left]
                if d in need:
                    if need[d] == 0:
                        break         # dropping d would uncover a letter of t
                    need[d] += 1
                left += 1
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            # Give up the leftmost letter; it is needed, so the window stops covering t.
            need[s[left]] += 1
            missing += 1
            left += 1
    return "" if best_len > len(s) else s[best_start:best_start + best_len]
