# Escape sequences in string literals.
print('tab\there')
print('line1\nline2')
print('quote \' and \"')
print("back\\slash")
print("it's", 'say "hi"')
print('\x41\x42')
