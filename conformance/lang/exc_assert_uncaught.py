# A failing assert at module level.
def positive(v):
    assert v > 0, 'must be positive'
    return v
print(positive(3))
positive(-3)
