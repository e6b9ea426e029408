# Unicode identifiers and strings.
café = 'coffee'
print(café)
π = 3
Δx = 2
print(π * Δx)
def grüß(name):
    return 'hallo ' + name
print(grüß('welt'))
class Ñandú:
    größe = 5
print(Ñandú.größe)
s = 'naïve 日本語'
print(len(s), s[2], s[-1])
