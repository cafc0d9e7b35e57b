# honest: 0
# %% q1_answer
chunks = []
while True:
    chunks.append(bytearray(64 * 2**20))
    for i in range(0, len(chunks[-1]), 4096):
        chunks[-1][i] = 1
