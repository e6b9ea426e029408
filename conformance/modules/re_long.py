# Long subjects and deep backtracking don't overflow the stack (sized for a board's heap).
try:
    import ure as re
except ImportError:
    import re


s = "a" * 300
m = re.match("a*", s)
print(len(m.group(0)))
m = re.match("(a|b)*", s + "b" * 50)
print(len(m.group(0)), m.group(1))
m = re.match("(a|b)*?c", s + "c")
print(len(m.group(0)), m.group(1))
m = re.search("a*b", s[:1500])
print(m)
m = re.search("x", "y" * 10000 + "x")
print(m.group(0))
m = re.match(".*b", "a" * 1000 + "b" + "a" * 1000)
print(len(m.group(0)))
m = re.match("(a+)+$", "a" * 600)
print(len(m.group(1)))
m = re.match("((((a))))*", "a" * 150)
print(len(m.group(0)), m.group(4))
parts = re.compile(",").split(",".join(str(i) for i in range(400)))
print(len(parts), parts[0], parts[-1])
words = re.compile("\\s+").split("word " * 200)
print(len(words), words[:2], words[-1])
