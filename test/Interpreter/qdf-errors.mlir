// Bad qdf input: one clear error at the op, exit 1, no output file. The graph below is valid (checked
// first, with expected values by hand: 4·7 = 28 and 4·(−8) = −32); each error case is a sed edit of it.
// RUN: %python -c "import numpy as np; np.save('%t.ones.npy', np.ones((1, 4), np.int8)); np.save('%t.big.npy', np.full((1, 4), 7, np.int8)); np.save('%t.onesf.npy', np.ones((1, 4), np.float32)); \
// RUN:   np.save('%t.m.npy', np.arange(32).reshape(1, 4, 4, 2).astype(np.uint8) % 4); np.save('%t.y.npy', np.array([[28, -32]], np.int8))"
// RUN: qcnn-run %s --input x=%t.ones.npy --input m=%t.m.npy --compare y=%t.y.npy --rtol 0 --atol 0
//
// The accumulators overflow the output type: 4·7·7 = 196 > 127.
// RUN: rm -f %t.out.npy && not qcnn-run %s --input x=%t.big.npy --input m=%t.m.npy --output y=%t.out.npy 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: loc("fc0"): error: result 0 of 'qdf.mvau': value 196 at flat index 0 is out of range for tensor<1x1x2xsi8>
// RUN: not test -e %t.out.npy
//
// mw does not match the input vectors.
// RUN: sed 's/mw = 4 : i64/mw = 3 : i64/' %s > %t.mw.mlir
// RUN: not qcnn-run %t.mw.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=MW
// MW: loc("fc0"): error: operand 0 !qdf.stream<tensor<1x2x2xsi4>, 8 : i32> does not hold vectors of mw = 3
//
// The weights are not [mw, mh].
// RUN: sed 's/mh = 2 : i64/mh = 3 : i64/' %s > %t.mh.mlir
// RUN: not qcnn-run %t.mh.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=MH
// MH: loc("fc0"): error: operand 1 tensor<4x2xsi4> does not hold integer weights of shape [mw, mh] = [4, 3]
//
// num_input_vectors disagrees with the stream.
// RUN: sed 's/num_input_vectors = array<i64: 1>/num_input_vectors = array<i64: 1, 2>/' %s > %t.niv.mlir
// RUN: not qcnn-run %t.niv.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=NIV
// NIV: loc("fc0"): error: num_input_vectors make 2 vectors, the input stream holds 1
//
// A stream type that does not hold what its producer computes.
// RUN: sed 's/tensor<1x2x1xsi8>/tensor<1x3x1xsi8>/g' %s > %t.count.mlir
// RUN: not qcnn-run %t.count.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// COUNT: loc("dwc0"): error: result 0: the op computes 2 elements per frame, its type tensor<1x3x1xsi8> holds 3
//
// An NHWC process whose ifm_dim is not its input's.
// RUN: sed 's/ifm_dim = array<i64: 4, 4>/ifm_dim = array<i64: 4, 2>/' %s > %t.ifm.mlir
// RUN: not qcnn-run %t.ifm.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=IFM
// IFM: loc("pool0"): error: operand 0 !qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32> does not hold an NHWC map of ifm_dim 4x2 and 2 channels
//
// add_streams of two streams of different shapes (the map before and after pooling).
// RUN: sed '/^  %join = /c\  %join = "qdf.add_streams"(%mp1, %ms) {channels = 2 : i64, pe = 2 : i64} : (!qdf.stream<tensor<1x2x2x1x2xui2>, 4 : i32>, !qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x1x2xui3>, 6 : i32> loc("add0")' %s > %t.add.mlir
// RUN: not qcnn-run %t.add.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=ADD
// ADD: loc("add0"): error: operand 1 !qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32> does not hold the same unfolded shape as operand 0
//
// A DMA boundary whose host tensor is not its normal_shape.
// RUN: sed 's/normal_shape = array<i64: 1, 4>/normal_shape = array<i64: 4, 1>/' %s > %t.normal.mlir
// RUN: not qcnn-run %t.normal.mlir --input x=%t.ones.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=NORMAL
// NORMAL: loc("dma_in"): error: the host tensor tensor<1x4xsi4> does not have normal_shape
//
// A stream of floats (qdf processes compute on integers only).
// RUN: sed 's/tensor<1x2x2xsi4>/tensor<1x2x2xf32>/g; s/tensor<1x4xsi4>/tensor<1x4xf32>/g' %s > %t.float.mlir
// RUN: not qcnn-run %t.float.mlir --input x=%t.onesf.npy --input m=%t.m.npy 2>&1 | FileCheck %s --check-prefix=FLOAT
// FLOAT: loc("fc0"): error: operand 0 !qdf.stream<tensor<1x2x2xf32>, 8 : i32> does not hold integers

func.func @main(%x: tensor<1x4xsi4> {qcnn.name = "x"}, %m: tensor<1x4x4x2xui2> {qcnn.name = "m"})
    -> (tensor<1x2xsi8> {qcnn.name = "y"}, tensor<1x2x2x2xui3> {qcnn.name = "z"}) {
  %w = arith.constant dense<[[7, -8], [7, -8], [7, -8], [7, -8]]> : tensor<4x2xsi4>
  %s = "qdf.input"(%x) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 2>} : (tensor<1x4xsi4>) -> !qdf.stream<tensor<1x2x2xsi4>, 8 : i32> loc("dma_in")
  %a = "qdf.mvau"(%s, %w) {act_val = 0 : i64, input_dtype = "INT4", mem_style = "auto", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 2 : i64, simd = 2 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x2x2xsi4>, 8 : i32>, tensor<4x2xsi4>) -> !qdf.stream<tensor<1x1x2xsi8>, 16 : i32> loc("fc0")
  %b = "qdf.dwc"(%a) {in_width = 16 : i64, out_width = 8 : i64} : (!qdf.stream<tensor<1x1x2xsi8>, 16 : i32>) -> !qdf.stream<tensor<1x2x1xsi8>, 8 : i32> loc("dwc0")
  %y = "qdf.output"(%b) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x2x1xsi8>, 8 : i32>) -> tensor<1x2xsi8>

  %ms = "qdf.input"(%m) {folded_shape = array<i64: 1, 4, 4, 1, 2>, normal_shape = array<i64: 1, 4, 4, 2>, packed_shape = array<i64: 1, 4, 4, 1>} : (tensor<1x4x4x2xui2>) -> !qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>
  %mdup:2 = "qdf.duplicate"(%ms) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>) -> (!qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>, !qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>)
  %mp0 = "qdf.maxpool"(%mdup#0) {channels = 2 : i64, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, pe = 2 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x1x2xui2>, 4 : i32> loc("pool0")
  %mp1 = "qdf.maxpool"(%mdup#1) {channels = 2 : i64, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, pe = 2 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x4x4x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x1x2xui2>, 4 : i32> loc("pool1")
  %join = "qdf.add_streams"(%mp1, %mp0) {channels = 2 : i64, pe = 2 : i64} : (!qdf.stream<tensor<1x2x2x1x2xui2>, 4 : i32>, !qdf.stream<tensor<1x2x2x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x1x2xui3>, 6 : i32> loc("add0")
  %z = "qdf.output"(%join) {folded_shape = array<i64: 1, 2, 2, 1, 2>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x1x2xui3>, 6 : i32>) -> tensor<1x2x2x2xui3>
  return %y, %z : tensor<1x2xsi8>, tensor<1x2x2x2xui3>
}
