// RUN: qcnn-opt %s --qcnn-lower-to-dataflow --qdf-verify -o %t.mlir
// RUN: FileCheck %s < %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 4
// RUN: qcnn-opt %s --qcnn-lower-to-dataflow --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC

// A fork/join (residual) graph written by hand: a standalone threshold whose result feeds a
// conv-like matmul + threshold (fused into an mvau), the residual add (qdf.add_streams) and a host op.
// Its three readers get one qdf.duplicate, output i to the i-th reader in block order (the host's
// qdf.output sits right after the threshold it reads). The NCHW transpose of the sum is returned: the
// stream stays NHWC, so the host gets it through qdf.output and a host transpose.

// Locations: each process has its qcnn op's (the ONNX node name); the fused mvau the matmul's; the
// DMA input its first reader's; the duplicate and the host's qdf.output their producer's; the NCHW
// result's qdf.output and host transpose the transpose's.
// LOC: "qdf.input"{{.*}} loc([[THA:#loc[0-9]*]])
// LOC-NEXT: "qdf.threshold"{{.*}} loc([[THA]])
// LOC-NEXT: "qdf.duplicate"{{.*}} loc([[THA]])
// LOC-NEXT: "qdf.output"{{.*}} loc([[THA]])
// LOC: "qdf.mvau"{{.*}} loc([[MM:#loc[0-9]*]])
// LOC-NEXT: "qdf.add_streams"{{.*}} loc([[ADD:#loc[0-9]*]])
// LOC-NEXT: "qdf.output"{{.*}} loc([[TR:#loc[0-9]*]])
// LOC-NEXT: "qcnn.transpose"{{.*}} loc([[TR]])
// LOC-DAG: [[THA]] = loc("th_a")
// LOC-DAG: [[MM]] = loc("mm")
// LOC-DAG: [[ADD]] = loc("add")
// LOC-DAG: [[TR]] = loc("tr")

// CHECK-LABEL: func.func @main
// CHECK: %[[IN:.*]] = "qdf.input"(%arg0) {{.*}} -> !qdf.stream<tensor<1x2x2x4x1xui4>, 4 : i32>
// CHECK-NEXT: %[[TH:.*]] = "qdf.threshold"(%[[IN]], %{{.*}}) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 2, 2>, output_dtype = "UINT2", pe = 1 : i64}
// CHECK-SAME: -> !qdf.stream<tensor<1x2x2x4x1xui2>, 2 : i32>
// CHECK-NEXT: %[[DUP:.*]]:3 = "qdf.duplicate"(%[[TH]]) {num_outputs = 3 : i64}
// CHECK-NEXT: %[[HOST:.*]] = "qdf.output"(%[[DUP]]#0) {{.*}} -> tensor<1x2x2x4xui2>
// CHECK-NEXT: "qcnn.mul"(%[[HOST]], %{{.*}}) {qcnn.region = "host"}
// CHECK-NEXT: %[[MV:.*]] = "qdf.mvau"(%[[DUP]]#1, %{{.*}}, %{{.*}}) {{.*}}mh = 4 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 2, 2>, output_dtype = "UINT2"
// CHECK-NEXT: %[[ADD:.*]] = "qdf.add_streams"(%[[MV]], %[[DUP]]#2) {channels = 4 : i64, pe = 1 : i64} : {{.*}} -> !qdf.stream<tensor<1x2x2x4x1xui3>, 3 : i32>
// CHECK-NEXT: %[[OUT:.*]] = "qdf.output"(%[[ADD]]) {folded_shape = array<i64: 1, 2, 2, 4, 1>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 4, 1>} : {{.*}} -> tensor<1x2x2x4xui3>
// CHECK-NEXT: %[[T:.*]] = "qcnn.transpose"(%[[OUT]]) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "host"} : (tensor<1x2x2x4xui3>) -> tensor<1x4x2x2xui3>
// CHECK-NEXT: return %[[T]], %{{.*}}
func.func @main(%x: tensor<1x2x2x4xui4>) -> (tensor<1x4x2x2xui3>, tensor<1x2x2x4xf32>) {
  %ta = arith.constant dense<[[2, 5, 9], [1, 7, 12], [0, 4, 8], [3, 6, 14]]> : tensor<4x3xsi8>
  %w = arith.constant dense<[[1, -2, 3, 0], [2, 1, -1, 1], [-3, 0, 2, 2], [1, 1, 1, -2]]> : tensor<4x4xsi4>
  %tb = arith.constant dense<[[-2, 1, 4]]> : tensor<1x3xsi8>
  %half = arith.constant dense<0.5> : tensor<f32>
  %a = "qcnn.multithreshold"(%x, %ta) {data_layout = "NHWC", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x2x2x4xui4>, tensor<4x3xsi8>) -> tensor<1x2x2x4xui2> loc("th_a")
  %h = "qcnn.mul"(%a, %half) {qcnn.region = "host"} : (tensor<1x2x2x4xui2>, tensor<f32>) -> tensor<1x2x2x4xf32>
  %m = "qcnn.matmul"(%a, %w) {qcnn.region = "dataflow"} : (tensor<1x2x2x4xui2>, tensor<4x4xsi4>) -> tensor<1x2x2x4xsi8> loc("mm")
  %b = "qcnn.multithreshold"(%m, %tb) {data_layout = "NHWC", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x2x2x4xsi8>, tensor<1x3xsi8>) -> tensor<1x2x2x4xui2> loc("th_b")
  %s = "qcnn.add"(%b, %a) {qcnn.region = "dataflow"} : (tensor<1x2x2x4xui2>, tensor<1x2x2x4xui2>) -> tensor<1x2x2x4xui3> loc("add")
  %t = "qcnn.transpose"(%s) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x2x2x4xui3>) -> tensor<1x4x2x2xui3> loc("tr")
  return %t, %h : tensor<1x4x2x2xui3>, tensor<1x2x2x4xf32>
}
