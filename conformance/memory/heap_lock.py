# Drives allocation under micropython.heap_lock() to failure: a list, a bytearray and a big int each raise MemoryError until heap_unlock().
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

results = [None, None, None]
x = None
n = 100
micropython.heap_lock()
try:
    x = [1, 2, 3]
    results[0] = 'allocated'
except MemoryError:
    results[0] = 'MemoryError'
try:
    x = bytearray(16)
    results[1] = 'allocated'
except MemoryError:
    results[1] = 'MemoryError'
try:
    x = 1 << n
    results[2] = 'allocated'
except MemoryError:
    results[2] = 'MemoryError'
micropython.heap_unlock()
print('under heap_lock:', results, x)
gc.collect()
print('alive:', [1, 2, 3], bytearray(2), 1 << 100)
