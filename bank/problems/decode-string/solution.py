def decode_string(s: str) -> str:
    # One list of output pieces and a stack of open groups (where the group's text starts
    # in `out`, and its count). Closing a group joins only that group's pieces and replaces
    # them with the repeated text; a count of 1 needs no copy at all.
    out = []
    open_groups = []
    count = 0
    for ch in s:
        if "0" <= ch <= "9":
            count = count * 10 + ord(ch) - 48
        elif ch == "[":
            open_groups.append((len(out), count))
            count = 0
        elif ch == "]":
            start, k = open_groups.pop()
            if k != 1:
                piece = "".join(out[start:])
                del out[start:]
                out.append(piece * k)
        else:
            out.append(ch)
    return "".join(out)
