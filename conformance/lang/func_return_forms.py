# return with nothing, one value, a tuple, starred values.
def none(): return
def implicit(): pass
def one(): return 1
def tup(): return 1, 2
def star(): return (*range(3), 'x')
print(none(), implicit(), one(), tup(), star())
def early(x):
    if x:
        return 'early'
    print('fell through')
print(early(1), early(0))
a, b = tup()
print(a + b)
