#!/bin/sh
# Fill corpus/compile_run with the committed seeds and the conformance
# scripts (run from firmware/vm/fuzz).
set -e
mkdir -p corpus/compile_run
cp seeds/*.py corpus/compile_run/
for f in ../../../conformance/*/*.py; do
    area=$(basename "$(dirname "$f")")
    cp "$f" "corpus/compile_run/${area}_$(basename "$f")"
done
echo "corpus: $(ls corpus/compile_run | wc -l) files"
