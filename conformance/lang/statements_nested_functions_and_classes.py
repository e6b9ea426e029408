# Definitions nested inside loops, conditionals and try blocks.
made = []
for i in range(3):
    class K:
        n = i
    made.append(K)
print([k.n for k in made], made[0] is made[1])
try:
    def risky():
        return 'defined in try'
except Exception:
    pass
print(risky())
if len(made) == 3:
    def chosen():
        return 'three'
else:
    def chosen():
        return 'other'
print(chosen())
