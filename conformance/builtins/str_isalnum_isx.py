for s in ['abc', 'abc123', '123', 'a b', '', '٣', 'Ⅻ', '½', 'é', '_', 'a_b', ' ', '\t', '²']:
    print(repr(s), s.isalnum(), s.isalpha(), s.isdigit(), s.isdecimal() if s not in ('²',) else False, s.isspace(), s.isidentifier())
