# An unclosed bracket at the end of the file.
print('not printed')
values = [1, 2,
          3, 4
