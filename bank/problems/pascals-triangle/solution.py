def pascals_triangle(num_rows: int) -> list[list[int]]:
    rows = []
    row = [1]
    for _ in range(num_rows):
        rows.append(row)
        # The next row: 1, the sums of neighbouring pairs, 1.
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
    return rows
