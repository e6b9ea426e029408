# regex.split(string[, max_split]).
try:
    import ure as re
except ImportError:
    import re


def sp(p, s, *n):
    print(repr(p), repr(s), n, re.compile(p).split(s, *n))


sp(",", "a,b,c")
sp(",", "a,b,c", 1)
sp(",", "a,b,c", 2)
sp(",", "a,b,c", 5)
sp(",", ",a,,b,")
sp(",", "")
sp(",", "abc")
sp(" +", "a  b   c")
sp("\\s*;\\s*", "x ; y;z  ;  w")
sp("[,;]", "1,2;3")
sp("\\d", "a1b2c3")
sp("ab", "xabyabz", 1)
sp("\\W+", "Words, words, words.")
sp("\\W+", "Words, words, words.", 1)
sp("\\W+", "Words, words, words.", 0)
# the groups of each match come between the pieces
sp("(,)", "a,b,c")
sp("(-)|(\\+)", "1-2+3")
sp("(\\d)(x)?", "a1b2xc", 1)
# empty matches
sp("x*", "axbc")
sp("^", "abc")
sp("$", "abc")
sp("a?", "baac")
