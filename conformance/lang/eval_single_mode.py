# single mode: expression statements print their values.
exec(compile('1 + 1', '<s>', 'single'))
exec(compile('for i in range(2): i * 10\n', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('x = 5', '<s>', 'single'))
exec(compile('if 1:\n  "text"\n  (1, 2)\n', '<s>', 'single'))
exec(compile('def f():\n  3\n', '<s>', 'single'))
print(f())
