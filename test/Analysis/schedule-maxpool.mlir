// Maxpool schedules: input rows in raster order, CF = channels/pe words per pixel, W*CF words per row.
// Output row oh is complete after input row oh*stride_h + kh - 1; its OW*CF words are written in the
// first cycles of reading the next input row (read+write), or alone after the last input row.
// RUN: qcnn-opt %s --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json
// Independently: expanding each schedule cycle by cycle, every word of output row oh is written only
// after the last word of input row oh*sh + kh - 1 was read in an earlier cycle, and the counts are the
// frame's. Arguments: name H W C pe kh kw sh sw.
// RUN: sed -n 's|^// PY: \{0,1\}||p' %s > %t.py
// RUN: %python %t.py %t.json mp_1 4 4 1 1 2 2 2 2
// RUN: %python %t.py %t.json mp_2 3 4 4 2 2 2 2 2
// RUN: %python %t.py %t.json mp_3 3 3 2 1 2 2 1 1
// RUN: %python %t.py %t.json mp_4 6 2 1 1 2 2 2 2
// PY: import json, sys
// PY: name, (H, W, C, pe, kh, kw, sh, sw) = sys.argv[2], map(int, sys.argv[3:])
// PY: op = next(o for o in json.load(open(sys.argv[1]))['ops'] if o['name'] == name)
// PY: def cycles(nodes):
// PY:     for n in nodes:
// PY:         for _ in range(n.get('n', n.get('loop'))):
// PY:             yield from (cycles(n['body']) if 'loop' in n else [(n['r'][0], n['w'][0])])
// PY: cf = C // pe
// PY: OH, OW = (H - kh) // sh + 1, (W - kw) // sw + 1
// PY: read = written = 0
// PY: for r, w in cycles(op['schedule']):
// PY:     if w:
// PY:         need = (written // (OW * cf) * sh + kh) * W * cf - 1
// PY:         assert need < read, (name, written, need, read)
// PY:         written += 1
// PY:     read += r
// PY: assert (read, written) == (H * W * cf, OH * OW * cf), (read, written)

// mp_1: 4x4x1, k 2x2, stride 2, pe 1: OH = OW = 2, rows of 4 words, 2 output words per output row.
// Rows 0-1 read (8), row 2 reads 4 while writing output row 0 (2 r+w, 2 r), row 3 read (4, merged),
// then output row 1 alone (2 w). Cycles 16 + 2 = 18.
// CHECK: {"name": "mp_1", "op": "qdf.maxpool", "cycles": 18, "first_write": 9, "latency": 2, {{.*}}, "reads": [16], "writes": [4],
// CHECK-NEXT: "schedule": [{"n": 8, "r": [1], "w": [0]}, {"n": 2, "r": [1], "w": [1]}, {"n": 6, "r": [1], "w": [0]}, {"n": 2, "r": [0], "w": [1]}]}

// mp_2: 3x4x4, k 2x2, stride 2, pe 2: CF 2, OH 1, OW 2, rows of 8 words, 4 output words. Rows 0-1
// read (16); row 2 (never pooled) reads its 8 words while the output row is written (4 r+w, 4 r).
// Cycles 24 = all 12 pixels x 2 words.
// CHECK: {"name": "mp_2", "op": "qdf.maxpool", "cycles": 24, "first_write": 17, "latency": 2, {{.*}}, "reads": [24], "writes": [4],
// CHECK-NEXT: "schedule": [{"n": 16, "r": [1], "w": [0]}, {"n": 4, "r": [1], "w": [1]}, {"n": 4, "r": [1], "w": [0]}]}

// mp_3: 3x3x2, k 2x2, stride 1, pe 1: OH = OW = 2, rows of 6 words, 4 output words per row. Rows 0-1
// read (12), row 2 writes output row 0 in its first 4 cycles (4 r+w, 2 r), output row 1 alone (4 w).
// CHECK: {"name": "mp_3", "op": "qdf.maxpool", "cycles": 22, "first_write": 13, "latency": 2, {{.*}}, "reads": [18], "writes": [8],
// CHECK-NEXT: "schedule": [{"n": 12, "r": [1], "w": [0]}, {"n": 4, "r": [1], "w": [1]}, {"n": 2, "r": [1], "w": [0]}, {"n": 4, "r": [0], "w": [1]}]}

// mp_4: 6x2x1, k 2x2, stride 2: OH 3, OW 1: a loop over the 2 output rows followed by another row pair.
// Rows 0-1 (4 r); twice: 1 r+w, then 1 + 2 reads; then 1 w. Cycles 12 + 1 = 13.
// CHECK: {"name": "mp_4", "op": "qdf.maxpool", "cycles": 13, "first_write": 5, "latency": 2, {{.*}}, "reads": [12], "writes": [3],
// CHECK-NEXT: "schedule": [{"n": 4, "r": [1], "w": [0]}, {"loop": 2, "body": [{"n": 1, "r": [1], "w": [1]}, {"n": 3, "r": [1], "w": [0]}]}, {"n": 1, "r": [0], "w": [1]}]}

func.func @main(%a: tensor<1x4x4x1xui2>, %b: tensor<1x3x4x4xui2>, %c: tensor<1x3x3x2xui2>, %d: tensor<1x6x2x1xui2>)
    -> (tensor<1x2x2x1xui2>, tensor<1x1x2x4xui2>, tensor<1x2x2x2xui2>, tensor<1x3x1x1xui2>) {
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 4, 4, 1, 1>, normal_shape = array<i64: 1, 4, 4, 1>, packed_shape = array<i64: 1, 4, 4, 1>} : (tensor<1x4x4x1xui2>) -> !qdf.stream<tensor<1x4x4x1x1xui2>, 2 : i32> loc("in_1")
  %a1 = "qdf.maxpool"(%a0) {channels = 1 : i64, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, pe = 1 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x4x4x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x2x2x1x1xui2>, 2 : i32> loc("mp_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 2, 2, 1, 1>, normal_shape = array<i64: 1, 2, 2, 1>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x1x1xui2>, 2 : i32>) -> tensor<1x2x2x1xui2> loc("out_1")

  %b0 = "qdf.input"(%b) {folded_shape = array<i64: 1, 3, 4, 2, 2>, normal_shape = array<i64: 1, 3, 4, 4>, packed_shape = array<i64: 1, 3, 4, 1>} : (tensor<1x3x4x4xui2>) -> !qdf.stream<tensor<1x3x4x2x2xui2>, 4 : i32> loc("in_2")
  %b1 = "qdf.maxpool"(%b0) {channels = 4 : i64, ifm_dim = array<i64: 3, 4>, kernel = array<i64: 2, 2>, pe = 2 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x3x4x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x1x2x2x2xui2>, 4 : i32> loc("mp_2")
  %yb = "qdf.output"(%b1) {folded_shape = array<i64: 1, 1, 2, 2, 2>, normal_shape = array<i64: 1, 1, 2, 4>, packed_shape = array<i64: 1, 1, 2, 1>} : (!qdf.stream<tensor<1x1x2x2x2xui2>, 4 : i32>) -> tensor<1x1x2x4xui2> loc("out_2")

  %c0 = "qdf.input"(%c) {folded_shape = array<i64: 1, 3, 3, 2, 1>, normal_shape = array<i64: 1, 3, 3, 2>, packed_shape = array<i64: 1, 3, 3, 1>} : (tensor<1x3x3x2xui2>) -> !qdf.stream<tensor<1x3x3x2x1xui2>, 2 : i32> loc("in_3")
  %c1 = "qdf.maxpool"(%c0) {channels = 2 : i64, ifm_dim = array<i64: 3, 3>, kernel = array<i64: 2, 2>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x3x3x2x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x2x2x2x1xui2>, 2 : i32> loc("mp_3")
  %yc = "qdf.output"(%c1) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x2x1xui2>, 2 : i32>) -> tensor<1x2x2x2xui2> loc("out_3")

  %d0 = "qdf.input"(%d) {folded_shape = array<i64: 1, 6, 2, 1, 1>, normal_shape = array<i64: 1, 6, 2, 1>, packed_shape = array<i64: 1, 6, 2, 1>} : (tensor<1x6x2x1xui2>) -> !qdf.stream<tensor<1x6x2x1x1xui2>, 2 : i32> loc("in_4")
  %d1 = "qdf.maxpool"(%d0) {channels = 1 : i64, ifm_dim = array<i64: 6, 2>, kernel = array<i64: 2, 2>, pe = 1 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x6x2x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x3x1x1x1xui2>, 2 : i32> loc("mp_4")
  %yd = "qdf.output"(%d1) {folded_shape = array<i64: 1, 3, 1, 1, 1>, normal_shape = array<i64: 1, 3, 1, 1>, packed_shape = array<i64: 1, 3, 1, 1>} : (!qdf.stream<tensor<1x3x1x1x1xui2>, 2 : i32>) -> tensor<1x3x1x1xui2> loc("out_4")
  return %ya, %yb, %yc, %yd : tensor<1x2x2x1xui2>, tensor<1x1x2x4xui2>, tensor<1x2x2x2xui2>, tensor<1x3x1x1xui2>
}
