b = b'Hello World 123 \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b'abc'.isalpha(), b'ab1'.isalnum(), b'12'.isdigit(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b''.isalpha(), b'\xe9'.isalpha())
print(b'Title Case'.istitle(), b'x'.center(5), b'x'.ljust(3, b'-'), b'x'.rjust(3, b'0'), b'-5'.zfill(4))
