for s in ['hello world', "they're bill's friends", '1st place', 'HELLO', 'mIxEd CaSe', '', 'a', 'éclair au café']:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
