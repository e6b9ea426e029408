# SystemExit is catchable and carries its code.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit', e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print(e.args[0])
print(issubclass(SystemExit, Exception))
