#!/bin/sh
# Imports every .onnx under $1 and checks the IR with qcnn-opt; prints one line per model:
# "OK <path>" or "ERROR <path>: <first error>". Exits 1 if any import failed.
status=0
for f in $(find "$1" -name '*.onnx' | sort); do
  if err=$(qcnn-translate --import-onnx "$f" 2>&1 >/dev/null) &&
     qcnn-translate --import-onnx "$f" | qcnn-opt >/dev/null; then
    echo "OK ${f#$1/}"
  else
    echo "ERROR ${f#$1/}: $(echo "$err" | head -n 1 | sed 's/^[^ ]*: error: //')"
    status=1
  fi
done
exit $status
