# Triple-quoted strings span lines and keep quotes.
a = """first
second "quoted" line
third"""
print(a)
print(len(a.split('\n')))
b = '''it's a 'test' '''
print(b)
c = """\
no leading newline"""
print(c)
print('''a''' + """b""")
d = """tab\there
end"""
print(repr(d))
