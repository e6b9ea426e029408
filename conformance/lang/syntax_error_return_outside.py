# return at module level.
print('nope')
return 5
