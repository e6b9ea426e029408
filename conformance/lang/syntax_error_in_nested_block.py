# A syntax error deep inside nested blocks reports its own line.
def outer():
    for i in range(3):
        if i:
            while True:
                x = [1, 2
                break
    return 0
print(outer())
