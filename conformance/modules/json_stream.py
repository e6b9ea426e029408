# dump(obj, stream) writes the text of dumps(obj); load(stream) reads a
# whole stream: StringIO objects and files from open().
try:
    import ujson as json
except ImportError:
    import json
try:
    import uio as io
except ImportError:
    import io

buf = io.StringIO()
r = json.dump({"a": [1, 2, 3], "b": None}, buf)
print(r, repr(buf.getvalue()))
json.dump([True, "x"], buf)
print(repr(buf.getvalue()))

print(json.load(io.StringIO('{"k": [1.5, "v", null]}')))
src = io.StringIO('  [1, {"x": 2}]  ')
print(json.load(src), repr(src.read()))

# A stream that only has write().
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

sink = Sink()
json.dump({"z": [None]}, sink)
print("".join(sink.parts))

# A stream that only has read().
class Source:
    def read(self, n=-1):
        return '{"from": "source"}'

print(json.load(Source()))

# Files.
with open("json_stream_test.json", "w") as f:
    json.dump({"saved": [1, 2, {"deep": "yes"}]}, f)
with open("json_stream_test.json") as f:
    print(json.load(f))
with open("json_stream_test.json") as f:
    print(f.read())
try:
    import uos as os
except ImportError:
    import os
os.remove("json_stream_test.json")

bad = io.StringIO("[1, 2")
try:
    json.load(bad)
except ValueError:
    print("ValueError")
