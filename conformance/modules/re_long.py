# Long subjects and deep backtracking don't overflow the stack.
try:
    import ure as re
except ImportError:
    import re


s = "a" * 20000
m = re.match("a*", s)
print(len(m.group(0)))
m = re.match("(a|b)*", s + "b" * 1000)
print(len(m.group(0)), m.group(1))
m = re.match("(a|b)*?c", s + "c")
print(len(m.group(0)), m.group(1))
m = re.search("a*b", s[:1500])
print(m)
m = re.search("x", "y" * 50000 + "x")
print(m.group(0))
m = re.match(".*b", "a" * 5000 + "b" + "a" * 5000)
print(len(m.group(0)))
m = re.match("(a+)+$", "a" * 3000)
print(len(m.group(1)))
m = re.match("((((a))))*", "a" * 3000)
print(len(m.group(0)), m.group(4))
parts = re.compile(",").split(",".join(str(i) for i in range(2000)))
print(len(parts), parts[0], parts[-1])
words = re.compile("\\s+").split("word " * 1000)
print(len(words), words[:2], words[-1])
