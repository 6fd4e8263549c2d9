def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    # A trie of the words; "$" in a node holds the word that ends there.
    root = {}
    for w in words:
        node = root
        for ch in w:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node["$"] = w

    rows, cols = len(board), len(board[0])
    found = []

    def dfs(r, c, parent):
        ch = board[r][c]
        node = parent[ch]
        word = node.pop("$", None)       # report each word once
        if word is not None:
            found.append(word)
        board[r][c] = "#"                # mark the cell as used on this path
        if r > 0 and board[r - 1][c] in node:
            dfs(r - 1, c, node)
        if r + 1 < rows and board[r + 1][c] in node:
            dfs(r + 1, c, node)
        if c > 0 and board[r][c - 1] in node:
            dfs(r, c - 1, node)
        if c + 1 < cols and board[r][c + 1] in node:
            dfs(r, c + 1, node)
        board[r][c] = ch
        if not node:                     # prune: nothing left to find below this letter
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                dfs(r, c, root)
    return found
