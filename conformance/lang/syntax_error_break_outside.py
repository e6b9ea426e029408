# break outside a loop.
for i in range(3):
    pass
break
