// RUN: qcnn-opt %s --qcnn-lower-to-dataflow --qdf-verify -o %t.mlir
// RUN: FileCheck %s < %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 5
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.array([[1, -1, 1, 1]], dtype=np.int8))"
// RUN: qcnn-run %t.mlir --input %t.x.npy --print | FileCheck %s --check-prefix=VALUE

// Binarized layers (FINN's BNN form): the bipolar threshold y = 2 * #{t : acc >= t} - 1 fuses into
// the mvau as act_val = 0 with output_dtype BIPOLAR (a bipolar stream holds the bit b as 2b - 1); an
// identity in the region is the same stream.
// By hand for x = [1, -1, 1, 1]: acc = x * W = [1 - 1 - 1 + 1, -1 - 1 + 1 + 0] = [0, -1]; threshold 0
// gives bits [1, 0], i.e. [+1, -1]; times W2 = [[1], [-1]]: 1 + 1 = 2.
// VALUE: output 0: tensor<1x1xsi4> = {{\[\[}}2]]

// CHECK: %[[IN:.*]] = "qdf.input"(%arg0) {{.*}} -> !qdf.stream<tensor<1x4x1x!qcnn.bipolar>, 1 : i32>
// CHECK-NEXT: %[[M:.*]] = "qdf.mvau"(%[[IN]], %{{.*}}, %{{.*}}) {act_val = 0 : i64, input_dtype = "BIPOLAR", {{.*}}output_dtype = "BIPOLAR", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT2"}
// CHECK-SAME: -> !qdf.stream<tensor<1x2x1x!qcnn.bipolar>, 1 : i32>
// CHECK-NEXT: %[[M2:.*]] = "qdf.mvau"(%[[M]], %{{.*}}) {act_val = 0 : i64, input_dtype = "BIPOLAR", {{.*}}output_dtype = "INT4"
// CHECK-NEXT: "qdf.output"(%[[M2]])
func.func @main(%x: tensor<1x4x!qcnn.bipolar>) -> tensor<1x1xsi4> {
  %w = arith.constant dense<[[1, -1], [1, 1], [-1, 1], [1, 0]]> : tensor<4x2xsi2>
  %t = arith.constant dense<[[0]]> : tensor<1x1xsi4>
  %w2 = arith.constant dense<[[1], [-1]]> : tensor<2x1xsi2>
  %0 = "qcnn.matmul"(%x, %w) {qcnn.region = "dataflow"} : (tensor<1x4x!qcnn.bipolar>, tensor<4x2xsi2>) -> tensor<1x2xsi4>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = -1.0 : f32, out_dtype = "BIPOLAR", out_scale = 2.0 : f32, qcnn.region = "dataflow"} : (tensor<1x2xsi4>, tensor<1x1xsi4>) -> tensor<1x2x!qcnn.bipolar>
  %2 = "qcnn.identity"(%1) {qcnn.region = "dataflow"} : (tensor<1x2x!qcnn.bipolar>) -> tensor<1x2x!qcnn.bipolar>
  %3 = "qcnn.matmul"(%2, %w2) {qcnn.region = "dataflow"} : (tensor<1x2x!qcnn.bipolar>, tensor<2x1xsi2>) -> tensor<1x1xsi4>
  return %3 : tensor<1x1xsi4>
}
