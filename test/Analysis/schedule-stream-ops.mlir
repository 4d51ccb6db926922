// Schedules of the per-word and whole-frame processes. threshold, duplicate, add_streams: one word per
// cycle on every port. accpool: reads the frame, then writes channels/pe sums. labelselect: reads
// labels/pe words, then writes k indices. dwc: each cycle reads a word when it holds fewer than
// out_width bits, then writes one when it holds out_width bits; the pattern repeats every
// lcm(in_width, out_width) bits. input/output (DMA): one word per cycle.
// RUN: qcnn-opt %s --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json

// CHECK: {"name": "in_thr1", "op": "qdf.input", "cycles": 6, "first_write": 1, "latency": 2, {{.*}}, "reads": [], "writes": [6],
// CHECK-NEXT: "schedule": [{"n": 6, "r": [], "w": [1]}]}
// threshold, 2 channels, pe 1, 3 vectors: 6 words.
// CHECK: {"name": "thr_1", "op": "qdf.threshold", "cycles": 6, "first_write": 1, "latency": 2, {{.*}}, "reads": [6], "writes": [6],
// CHECK-NEXT: "schedule": [{"n": 6, "r": [1], "w": [1]}]}
// CHECK: {"name": "out_thr1", "op": "qdf.output", "cycles": 6, "first_write": 1, "latency": 2, {{.*}}, "reads": [6], "writes": [],
// CHECK-NEXT: "schedule": [{"n": 6, "r": [1], "w": []}]}
// threshold, 4 channels, pe 2, 2x2 vectors: 4*2 = 8 words.
// CHECK: {"name": "thr_2", "op": "qdf.threshold", "cycles": 8, {{.*}}, "reads": [8], "writes": [8],
// CHECK-NEXT: "schedule": [{"n": 8, "r": [1], "w": [1]}]}

// accpool, 3x3 positions of 2 channels, pe 1: 18 reads, 2 writes.
// CHECK: {"name": "acc_1", "op": "qdf.accpool", "cycles": 20, "first_write": 19, {{.*}}, "reads": [18], "writes": [2],
// CHECK-NEXT: "schedule": [{"n": 18, "r": [1], "w": [0]}, {"n": 2, "r": [0], "w": [1]}]}
// accpool, 2x2 positions of 4 channels, pe 2: 4*2 = 8 reads, 2 writes.
// CHECK: {"name": "acc_2", "op": "qdf.accpool", "cycles": 10, "first_write": 9, {{.*}}, "reads": [8], "writes": [2],
// CHECK-NEXT: "schedule": [{"n": 8, "r": [1], "w": [0]}, {"n": 2, "r": [0], "w": [1]}]}

// labelselect, 5 labels, pe 1, k 1: 5 reads, 1 write.
// CHECK: {"name": "ls_1", "op": "qdf.labelselect", "cycles": 6, "first_write": 6, {{.*}}, "reads": [5], "writes": [1],
// CHECK-NEXT: "schedule": [{"n": 5, "r": [1], "w": [0]}, {"n": 1, "r": [0], "w": [1]}]}
// labelselect, 10 labels, pe 5, k 3: 2 reads, 3 writes.
// CHECK: {"name": "ls_2", "op": "qdf.labelselect", "cycles": 5, "first_write": 3, {{.*}}, "reads": [2], "writes": [3],
// CHECK-NEXT: "schedule": [{"n": 2, "r": [1], "w": [0]}, {"n": 3, "r": [0], "w": [1]}]}

// dwc 4 -> 8 bits, 6 words in: per 8 bits a read, then a read+write; 3 times.
// CHECK: {"name": "dwc_up", "op": "qdf.dwc", "cycles": 6, "first_write": 2, "latency": 1, {{.*}}, "reads": [6], "writes": [3],
// CHECK-NEXT: "schedule": [{"loop": 3, "body": [{"n": 1, "r": [1], "w": [0]}, {"n": 1, "r": [1], "w": [1]}]}]}
// dwc 8 -> 4 bits, 3 words in: per 8 bits a read+write, then a write.
// CHECK: {"name": "dwc_down", "op": "qdf.dwc", "cycles": 6, "first_write": 1, {{.*}}, "reads": [3], "writes": [6],
// CHECK-NEXT: "schedule": [{"loop": 3, "body": [{"n": 1, "r": [1], "w": [1]}, {"n": 1, "r": [0], "w": [1]}]}]}
// dwc 6 -> 4 bits, 4 words in (24 bits, 2 periods of 12): held 0 -> read 6, write (2) -> read 8,
// write (4) -> write (0): 2 r+w then 1 w per period.
// CHECK: {"name": "dwc_odd", "op": "qdf.dwc", "cycles": 6, "first_write": 1, {{.*}}, "reads": [4], "writes": [6],
// CHECK-NEXT: "schedule": [{"loop": 2, "body": [{"n": 2, "r": [1], "w": [1]}, {"n": 1, "r": [0], "w": [1]}]}]}

// duplicate to 2, 8 words; add_streams of its two copies, pe 1: one word per cycle on every port.
// CHECK: {"name": "dup_2", "op": "qdf.duplicate", "cycles": 8, "first_write": 1, "latency": 1, {{.*}}, "reads": [8], "writes": [8, 8],
// CHECK-NEXT: "schedule": [{"n": 8, "r": [1], "w": [1, 1]}]}
// CHECK: {"name": "add_1", "op": "qdf.add_streams", "cycles": 8, "first_write": 1, "latency": 2, {{.*}}, "reads": [8, 8], "writes": [8],
// CHECK-NEXT: "schedule": [{"n": 8, "r": [1, 1], "w": [1]}]}
// duplicate to 3 and add_streams at pe 2 over 1x3 pixels of 4 channels: 6 words.
// CHECK: {"name": "dup_3", "op": "qdf.duplicate", "cycles": 6, {{.*}}, "reads": [6], "writes": [6, 6, 6],
// CHECK-NEXT: "schedule": [{"n": 6, "r": [1], "w": [1, 1, 1]}]}
// CHECK: {"name": "add_2", "op": "qdf.add_streams", "cycles": 6, {{.*}}, "reads": [6, 6], "writes": [6],
// CHECK-NEXT: "schedule": [{"n": 6, "r": [1, 1], "w": [1]}]}

func.func @main(%a: tensor<1x3x2xui4>, %b: tensor<1x2x2x4xui4>, %c: tensor<1x3x3x2xui2>, %d: tensor<1x2x2x4xui2>,
                %e: tensor<1x5xsi8>, %f: tensor<1x10xsi8>, %g: tensor<1x12xui2>, %h: tensor<1x12xui2>,
                %i: tensor<1x12xui2>, %j: tensor<1x2x2x2xui3>, %k: tensor<1x1x3x4xui3>)
    -> (tensor<1x3x2xui2>, tensor<1x2x2x4xui2>, tensor<1x2xui6>, tensor<1x4xui5>, tensor<1x1xui8>, tensor<1x3xui8>,
        tensor<1x12xui2>, tensor<1x12xui2>, tensor<1x12xui2>, tensor<1x2x2x2xui4>, tensor<1x1x3x4xui4>, tensor<1x1x3x4xui3>) {
  %t1 = arith.constant dense<[[1, 2, 3], [1, 2, 3]]> : tensor<2x3xsi5>
  %t2 = arith.constant dense<[[1, 2, 3]]> : tensor<1x3xsi5>

  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 3, 2, 1>, normal_shape = array<i64: 1, 3, 2>, packed_shape = array<i64: 1, 3, 2>} : (tensor<1x3x2xui4>) -> !qdf.stream<tensor<1x3x2x1xui4>, 4 : i32> loc("in_thr1")
  %a1 = "qdf.threshold"(%a0, %t1) {act_val = 0 : i64, channels = 2 : i64, num_input_vectors = array<i64: 1, 3>, output_dtype = "UINT2", pe = 1 : i64} : (!qdf.stream<tensor<1x3x2x1xui4>, 4 : i32>, tensor<2x3xsi5>) -> !qdf.stream<tensor<1x3x2x1xui2>, 2 : i32> loc("thr_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 3, 2, 1>, normal_shape = array<i64: 1, 3, 2>, packed_shape = array<i64: 1, 3, 2>} : (!qdf.stream<tensor<1x3x2x1xui2>, 2 : i32>) -> tensor<1x3x2xui2> loc("out_thr1")

  %b0 = "qdf.input"(%b) {folded_shape = array<i64: 1, 2, 2, 2, 2>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 2>} : (tensor<1x2x2x4xui4>) -> !qdf.stream<tensor<1x2x2x2x2xui4>, 8 : i32> loc("in_thr2")
  %b1 = "qdf.threshold"(%b0, %t2) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 2, 2>, output_dtype = "UINT2", pe = 2 : i64} : (!qdf.stream<tensor<1x2x2x2x2xui4>, 8 : i32>, tensor<1x3xsi5>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32> loc("thr_2")
  %yb = "qdf.output"(%b1) {folded_shape = array<i64: 1, 2, 2, 2, 2>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> tensor<1x2x2x4xui2> loc("out_thr2")

  %c0 = "qdf.input"(%c) {folded_shape = array<i64: 1, 3, 3, 2, 1>, normal_shape = array<i64: 1, 3, 3, 2>, packed_shape = array<i64: 1, 3, 3, 1>} : (tensor<1x3x3x2xui2>) -> !qdf.stream<tensor<1x3x3x2x1xui2>, 2 : i32> loc("in_acc1")
  %c1 = "qdf.accpool"(%c0) {channels = 2 : i64, ifm_dim = array<i64: 3, 3>, pe = 1 : i64} : (!qdf.stream<tensor<1x3x3x2x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x2x1xui6>, 6 : i32> loc("acc_1")
  %yc = "qdf.output"(%c1) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x2x1xui6>, 6 : i32>) -> tensor<1x2xui6> loc("out_acc1")

  %d0 = "qdf.input"(%d) {folded_shape = array<i64: 1, 2, 2, 2, 2>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 1>} : (tensor<1x2x2x4xui2>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32> loc("in_acc2")
  %d1 = "qdf.accpool"(%d0) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, pe = 2 : i64} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2xui5>, 10 : i32> loc("acc_2")
  %yd = "qdf.output"(%d1) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x2x2xui5>, 10 : i32>) -> tensor<1x4xui5> loc("out_acc2")

  %e0 = "qdf.input"(%e) {folded_shape = array<i64: 1, 5, 1>, normal_shape = array<i64: 1, 5>, packed_shape = array<i64: 1, 5>} : (tensor<1x5xsi8>) -> !qdf.stream<tensor<1x5x1xsi8>, 8 : i32> loc("in_ls1")
  %e1 = "qdf.labelselect"(%e0) {k = 1 : i64, labels = 5 : i64, pe = 1 : i64} : (!qdf.stream<tensor<1x5x1xsi8>, 8 : i32>) -> !qdf.stream<tensor<1x1x1xui8>, 8 : i32> loc("ls_1")
  %ye = "qdf.output"(%e1) {folded_shape = array<i64: 1, 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<1x1x1xui8>, 8 : i32>) -> tensor<1x1xui8> loc("out_ls1")

  %f0 = "qdf.input"(%f) {folded_shape = array<i64: 1, 2, 5>, normal_shape = array<i64: 1, 10>, packed_shape = array<i64: 1, 10>} : (tensor<1x10xsi8>) -> !qdf.stream<tensor<1x2x5xsi8>, 40 : i32> loc("in_ls2")
  %f1 = "qdf.labelselect"(%f0) {k = 3 : i64, labels = 10 : i64, pe = 5 : i64} : (!qdf.stream<tensor<1x2x5xsi8>, 40 : i32>) -> !qdf.stream<tensor<1x3x1xui8>, 8 : i32> loc("ls_2")
  %yf = "qdf.output"(%f1) {folded_shape = array<i64: 1, 3, 1>, normal_shape = array<i64: 1, 3>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x3x1xui8>, 8 : i32>) -> tensor<1x3xui8> loc("out_ls2")

  %g0 = "qdf.input"(%g) {folded_shape = array<i64: 1, 6, 2>, normal_shape = array<i64: 1, 12>, packed_shape = array<i64: 1, 3>} : (tensor<1x12xui2>) -> !qdf.stream<tensor<1x6x2xui2>, 4 : i32> loc("in_up")
  %g1 = "qdf.dwc"(%g0) {in_width = 4 : i64, out_width = 8 : i64} : (!qdf.stream<tensor<1x6x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x3x4xui2>, 8 : i32> loc("dwc_up")
  %yg = "qdf.output"(%g1) {folded_shape = array<i64: 1, 3, 4>, normal_shape = array<i64: 1, 12>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x3x4xui2>, 8 : i32>) -> tensor<1x12xui2> loc("out_up")

  %h0 = "qdf.input"(%h) {folded_shape = array<i64: 1, 3, 4>, normal_shape = array<i64: 1, 12>, packed_shape = array<i64: 1, 3>} : (tensor<1x12xui2>) -> !qdf.stream<tensor<1x3x4xui2>, 8 : i32> loc("in_down")
  %h1 = "qdf.dwc"(%h0) {in_width = 8 : i64, out_width = 4 : i64} : (!qdf.stream<tensor<1x3x4xui2>, 8 : i32>) -> !qdf.stream<tensor<1x6x2xui2>, 4 : i32> loc("dwc_down")
  %yh = "qdf.output"(%h1) {folded_shape = array<i64: 1, 6, 2>, normal_shape = array<i64: 1, 12>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x6x2xui2>, 4 : i32>) -> tensor<1x12xui2> loc("out_down")

  %i0 = "qdf.input"(%i) {folded_shape = array<i64: 1, 4, 3>, normal_shape = array<i64: 1, 12>, packed_shape = array<i64: 1, 3>} : (tensor<1x12xui2>) -> !qdf.stream<tensor<1x4x3xui2>, 6 : i32> loc("in_odd")
  %i1 = "qdf.dwc"(%i0) {in_width = 6 : i64, out_width = 4 : i64} : (!qdf.stream<tensor<1x4x3xui2>, 6 : i32>) -> !qdf.stream<tensor<1x6x2xui2>, 4 : i32> loc("dwc_odd")
  %yi = "qdf.output"(%i1) {folded_shape = array<i64: 1, 6, 2>, normal_shape = array<i64: 1, 12>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x6x2xui2>, 4 : i32>) -> tensor<1x12xui2> loc("out_odd")

  %j0 = "qdf.input"(%j) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 1>} : (tensor<1x2x2x2xui3>) -> !qdf.stream<tensor<1x2x2x2x1xui3>, 3 : i32> loc("in_dup2")
  %j1:2 = "qdf.duplicate"(%j0) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x2x2x2x1xui3>, 3 : i32>) -> (!qdf.stream<tensor<1x2x2x2x1xui3>, 3 : i32>, !qdf.stream<tensor<1x2x2x2x1xui3>, 3 : i32>) loc("dup_2")
  %j2 = "qdf.add_streams"(%j1#0, %j1#1) {channels = 2 : i64, pe = 1 : i64} : (!qdf.stream<tensor<1x2x2x2x1xui3>, 3 : i32>, !qdf.stream<tensor<1x2x2x2x1xui3>, 3 : i32>) -> !qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32> loc("add_1")
  %yj = "qdf.output"(%j2) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>) -> tensor<1x2x2x2xui4> loc("out_dup2")

  %k0 = "qdf.input"(%k) {folded_shape = array<i64: 1, 1, 3, 2, 2>, normal_shape = array<i64: 1, 1, 3, 4>, packed_shape = array<i64: 1, 1, 3, 2>} : (tensor<1x1x3x4xui3>) -> !qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32> loc("in_dup3")
  %k1:3 = "qdf.duplicate"(%k0) {num_outputs = 3 : i64} : (!qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>) -> (!qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>, !qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>, !qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>) loc("dup_3")
  %k2 = "qdf.add_streams"(%k1#0, %k1#1) {channels = 4 : i64, pe = 2 : i64} : (!qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>, !qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>) -> !qdf.stream<tensor<1x1x3x2x2xui4>, 8 : i32> loc("add_2")
  %yk = "qdf.output"(%k2) {folded_shape = array<i64: 1, 1, 3, 2, 2>, normal_shape = array<i64: 1, 1, 3, 4>, packed_shape = array<i64: 1, 1, 3, 2>} : (!qdf.stream<tensor<1x1x3x2x2xui4>, 8 : i32>) -> tensor<1x1x3x4xui4> loc("out_dup3")
  %yl = "qdf.output"(%k1#2) {folded_shape = array<i64: 1, 1, 3, 2, 2>, normal_shape = array<i64: 1, 1, 3, 4>, packed_shape = array<i64: 1, 1, 3, 2>} : (!qdf.stream<tensor<1x1x3x2x2xui3>, 6 : i32>) -> tensor<1x1x3x4xui3> loc("out_dup3b")
  return %ya, %yb, %yc, %yd, %ye, %yf, %yg, %yh, %yi, %yj, %yk, %yl : tensor<1x3x2xui2>, tensor<1x2x2x4xui2>, tensor<1x2xui6>, tensor<1x4xui5>, tensor<1x1xui8>, tensor<1x3xui8>, tensor<1x12xui2>, tensor<1x12xui2>, tensor<1x12xui2>, tensor<1x2x2x2xui4>, tensor<1x1x3x4xui4>, tensor<1x1x3x4xui3>
}
