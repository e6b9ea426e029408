# Traceback lines point at the failing operation inside a statement that
# spans several lines.
def lookup(table,
           key):
    total = (table['base'] +
             table[key])
    return total
print(lookup({'base': 1, 'x': 2},
             'x'))
result = [lookup({'base': 1}, 'base'),
          lookup({'base': 1},
                 'missing')]
print('not reached')
