def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    total = 0
    tank = 0
    start = 0
    for i in range(len(gas)):
        delta = gas[i] - cost[i]
        total += delta
        tank += delta
        if tank < 0:
            # No start in [start, i] survives the leg out of depot i.
            start = i + 1
            tank = 0
    return start if total >= 0 else -1
