def run():
    words = []
    for i in range(1500):
        words.append("w" + str(i % 97))
    text = " ".join(words)
    parts = text.split(" ")
    upper = text.upper().replace("W1", "x")
    counts = {}
    for p in parts:
        counts[p] = counts.get(p, 0) + 1
    return (len(text), len(parts), upper.count("x"), counts["w5"], max(counts.values()))


t0 = ticks_us()
r = run()
t1 = ticks_us()
print("str_build", ticks_diff(t1, t0), r)
