// Sliding-window generator schedules (docs/dataflow-models.md). CF = channels/simd words per pixel,
// WW = kh*kw*CF words per window. Before window 0: read `first` = (span_h*W + span_w + 1)*CF words
// (span = (k-1)*dilation). Window p writes WW words; its first min(WW, next) cycles also read the `next`
// words window p+1 needs (next = stride_w*CF along a row, (stride_h*W - (OW-1)*stride_w)*CF at a row
// change, the rest of the frame after the last window), the remainder is read before window p+1.
// RUN: qcnn-opt %s --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json
// Independently of the expected schedules: expanding each schedule cycle by cycle, every output word
// (window p, offset (kh, kw, c) in im2col order) is written only after the input word it copies was read
// in an earlier cycle. Arguments: name H W C simd kh kw sh sw dh dw.
// RUN: sed -n 's|^// PY: \{0,1\}||p' %s > %t.py
// RUN: %python %t.py %t.json swg_1 4 4 1 1 2 2 1 1 1 1
// RUN: %python %t.py %t.json swg_2 5 5 4 2 3 3 2 2 1 1
// RUN: %python %t.py %t.json swg_3 5 5 1 1 2 2 2 2 1 1
// RUN: %python %t.py %t.json swg_4 5 6 3 3 2 2 1 2 2 1
// PY: import json, sys
// PY: name, (H, W, C, simd, kh, kw, sh, sw, dh, dw) = sys.argv[2], map(int, sys.argv[3:])
// PY: op = next(o for o in json.load(open(sys.argv[1]))['ops'] if o['name'] == name)
// PY: def cycles(nodes):
// PY:     for n in nodes:
// PY:         for _ in range(n.get('n', n.get('loop'))):
// PY:             yield from (cycles(n['body']) if 'loop' in n else [(n['r'][0], n['w'][0])])
// PY: cf = C // simd
// PY: OH, OW = (H - (kh - 1) * dh - 1) // sh + 1, (W - (kw - 1) * dw - 1) // sw + 1
// PY: ww = kh * kw * cf
// PY: read = written = 0
// PY: for r, w in cycles(op['schedule']):
// PY:     if w:
// PY:         p, off = divmod(written, ww)
// PY:         (oh, ow), (a, rest) = divmod(p, OW), divmod(off, kw * cf)
// PY:         b, c = divmod(rest, cf)
// PY:         need = ((oh * sh + a * dh) * W + ow * sw + b * dw) * cf + c
// PY:         assert need < read, (name, written, need, read)
// PY:         written += 1
// PY:     read += r
// PY: assert (read, written) == (H * W * cf, OH * OW * ww), (read, written)

// swg_1: 4x4x1, k 2x2, stride 1, simd 1: CF 1, WW 4, OW = OH = 3. first = (1*4 + 1 + 1) = 6,
// next = 1 in a row, (4 - 2) = 2 at a row change, 16 - (6 + 2*2 + 3*2*1) = 0 after the last window.
// Cycles 6 + 9*4 = 42; reads 16, writes 36.
// CHECK: {"name": "swg_1", "op": "qdf.swg", "cycles": 42, "first_write": 7, {{.*}}, "reads": [16], "writes": [36],
// CHECK-NEXT: "schedule": [{"n": 6, "r": [1], "w": [0]}, {"loop": 2, "body": [{"loop": 2, "body": [{"n": 1, "r": [1], "w": [1]}, {"n": 3, "r": [0], "w": [1]}]}, {"n": 2, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}]}, {"loop": 2, "body": [{"n": 1, "r": [1], "w": [1]}, {"n": 3, "r": [0], "w": [1]}]}, {"n": 4, "r": [0], "w": [1]}]}

// swg_2: 5x5x4, k 3x3, stride 2, simd 2: CF 2, WW 18, OH = OW = 2. first = (2*5 + 2 + 1)*2 = 26,
// next = 4 in a row, (2*5 - 2)*2 = 16 at the row change, 50 - (26 + 16 + 2*4) = 0 at the end.
// Windows: (4 r+w, 14 w), (16 r+w, 2 w), (4 r+w, 14 w), (18 w) merged with the 14 before it.
// Cycles 26 + 4*18 = 98; reads 50, writes 72.
// CHECK: {"name": "swg_2", "op": "qdf.swg", "cycles": 98, "first_write": 27, {{.*}}, "reads": [50], "writes": [72],
// CHECK-NEXT: "schedule": [{"n": 26, "r": [1], "w": [0]}, {"n": 4, "r": [1], "w": [1]}, {"n": 14, "r": [0], "w": [1]}, {"n": 16, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}, {"n": 4, "r": [1], "w": [1]}, {"n": 32, "r": [0], "w": [1]}]}

// swg_3: 5x5x1, k 2x2, stride 2 (the last row and column are never used), simd 1: WW 4, OH = OW = 2.
// first = (5 + 1 + 1) = 7, next = 2 in a row, (2*5 - 2) = 8 at the row change (4 of them after the
// window's writes), 25 - (7 + 8 + 2*2) = 6 at the end (2 after). Cycles 7 + 16 + 4 + 2 = 29.
// CHECK: {"name": "swg_3", "op": "qdf.swg", "cycles": 29, "first_write": 8, {{.*}}, "reads": [25], "writes": [16],
// CHECK-NEXT: "schedule": [{"n": 7, "r": [1], "w": [0]}, {"n": 2, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}, {"n": 4, "r": [1], "w": [1]}, {"n": 4, "r": [1], "w": [0]}, {"n": 2, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}, {"n": 4, "r": [1], "w": [1]}, {"n": 2, "r": [1], "w": [0]}]}

// swg_4: 5x6x3, k 2x2, dilation (2, 1), stride (1, 2), simd 3: CF 1, WW 4, OH = OW = 3.
// first = (2*6 + 1 + 1) = 14, next = 2 in a row, (6 - 2*2) = 2 at a row change,
// 30 - (14 + 2*2 + 3*2*2) = 0 at the end. Cycles 14 + 9*4 = 50.
// CHECK: {"name": "swg_4", "op": "qdf.swg", "cycles": 50, "first_write": 15, {{.*}}, "reads": [30], "writes": [36],
// CHECK-NEXT: "schedule": [{"n": 14, "r": [1], "w": [0]}, {"loop": 2, "body": [{"loop": 2, "body": [{"n": 2, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}]}, {"n": 2, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}]}, {"loop": 2, "body": [{"n": 2, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}]}, {"n": 4, "r": [0], "w": [1]}]}

func.func @main(%a: tensor<1x4x4x1xui2>, %b: tensor<1x5x5x4xui2>, %c: tensor<1x5x5x1xui2>, %d: tensor<1x5x6x3xui2>)
    -> (tensor<1x3x3x4xui2>, tensor<1x2x2x36xui2>, tensor<1x2x2x4xui2>, tensor<1x3x3x12xui2>) {
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 4, 4, 1, 1>, normal_shape = array<i64: 1, 4, 4, 1>, packed_shape = array<i64: 1, 4, 4, 1>} : (tensor<1x4x4x1xui2>) -> !qdf.stream<tensor<1x4x4x1x1xui2>, 2 : i32> loc("in_1")
  %a1 = "qdf.swg"(%a0) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, ofm_dim = array<i64: 3, 3>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x4x4x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x3x3x4x1xui2>, 2 : i32> loc("swg_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 3, 3, 4, 1>, normal_shape = array<i64: 1, 3, 3, 4>, packed_shape = array<i64: 1, 3, 3, 1>} : (!qdf.stream<tensor<1x3x3x4x1xui2>, 2 : i32>) -> tensor<1x3x3x4xui2> loc("out_1")

  %b0 = "qdf.input"(%b) {folded_shape = array<i64: 1, 5, 5, 2, 2>, normal_shape = array<i64: 1, 5, 5, 4>, packed_shape = array<i64: 1, 5, 5, 1>} : (tensor<1x5x5x4xui2>) -> !qdf.stream<tensor<1x5x5x2x2xui2>, 4 : i32> loc("in_2")
  %b1 = "qdf.swg"(%b0) {channels = 4 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 5, 5>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 2, 2>, simd = 2 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x5x5x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x18x2xui2>, 4 : i32> loc("swg_2")
  %yb = "qdf.output"(%b1) {folded_shape = array<i64: 1, 2, 2, 18, 2>, normal_shape = array<i64: 1, 2, 2, 36>, packed_shape = array<i64: 1, 2, 2, 9>} : (!qdf.stream<tensor<1x2x2x18x2xui2>, 4 : i32>) -> tensor<1x2x2x36xui2> loc("out_2")

  %c0 = "qdf.input"(%c) {folded_shape = array<i64: 1, 5, 5, 1, 1>, normal_shape = array<i64: 1, 5, 5, 1>, packed_shape = array<i64: 1, 5, 5, 1>} : (tensor<1x5x5x1xui2>) -> !qdf.stream<tensor<1x5x5x1x1xui2>, 2 : i32> loc("in_3")
  %c1 = "qdf.swg"(%c0) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 5, 5>, kernel = array<i64: 2, 2>, ofm_dim = array<i64: 2, 2>, simd = 1 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x5x5x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x2x2x4x1xui2>, 2 : i32> loc("swg_3")
  %yc = "qdf.output"(%c1) {folded_shape = array<i64: 1, 2, 2, 4, 1>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x4x1xui2>, 2 : i32>) -> tensor<1x2x2x4xui2> loc("out_3")

  %d0 = "qdf.input"(%d) {folded_shape = array<i64: 1, 5, 6, 1, 3>, normal_shape = array<i64: 1, 5, 6, 3>, packed_shape = array<i64: 1, 5, 6, 1>} : (tensor<1x5x6x3xui2>) -> !qdf.stream<tensor<1x5x6x1x3xui2>, 6 : i32> loc("in_4")
  %d1 = "qdf.swg"(%d0) {channels = 3 : i64, dilation = array<i64: 2, 1>, ifm_dim = array<i64: 5, 6>, kernel = array<i64: 2, 2>, ofm_dim = array<i64: 3, 3>, simd = 3 : i64, stride = array<i64: 1, 2>} : (!qdf.stream<tensor<1x5x6x1x3xui2>, 6 : i32>) -> !qdf.stream<tensor<1x3x3x4x3xui2>, 6 : i32> loc("swg_4")
  %yd = "qdf.output"(%d1) {folded_shape = array<i64: 1, 3, 3, 4, 3>, normal_shape = array<i64: 1, 3, 3, 12>, packed_shape = array<i64: 1, 3, 3, 3>} : (!qdf.stream<tensor<1x3x3x4x3xui2>, 6 : i32>) -> tensor<1x3x3x12xui2> loc("out_4")
  return %ya, %yb, %yc, %yd : tensor<1x3x3x4xui2>, tensor<1x2x2x36xui2>, tensor<1x2x2x4xui2>, tensor<1x3x3x12xui2>
}
