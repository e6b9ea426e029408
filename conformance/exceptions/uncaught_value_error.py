# An uncaught ValueError after some output.
for i in range(3):
    print('step', i)
raise ValueError('stopped at step 3')
