# pass in every block kind.
def f():
    pass
class C:
    pass
if True:
    pass
while False:
    pass
for _ in range(2):
    pass
try:
    pass
except:
    pass
finally:
    pass
print(f(), C.__name__, _)
