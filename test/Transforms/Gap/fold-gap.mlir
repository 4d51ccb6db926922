// RUN: qcnn-opt %s --verify-diagnostics --qcnn-fold-gap | FileCheck %s
// RUN: qcnn-opt %s --qcnn-fold-gap --qcnn-round-thresholds | FileCheck %s --check-prefix=ROUND
// RUN: qcnn-opt %s --qcnn-fold-gap -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 1e-6 --atol 0

// Three heads on integer feature maps, none a power of two (1/(H*W) has no exact binary value):
// %a: 3x3 map -> flatten -> gemm -> threshold. The sum is 9x the mean, so the thresholds become 9t:
//     1.0 -> 9 exactly (1/fl(1/9) would be 9.000000000000002, ceil 10: a sum of exactly 9 has mean
//     exactly 1.0 and must reach the threshold), 1.7 -> smallest double >= 9 * fl(1.7) = 15.3 (fl(9 *
//     fl(1.7)) rounds down to 15.299999999999999), ceil 16.
// %b: non-square 2x4 map -> flatten -> matmul -> argmax: the positive 1/8 is dropped. (With a
//     non-dyadic 1/n the float original can break an exact tie of two logits either way through
//     rounding; the folded graph keeps the exact order, so --equiv would see the float graph's noise.)
// %c: 3x3 map -> flatten -> gemm -> output scale: no threshold, the 1/9 stays a float mul (host tail).
// %d: 2x2 map -> flatten -> topk whose values are unused: only the order matters, the 1/4 is dropped.
// Accumulator widths: ui4 + ceil(log2 9) = ui8, si3 + log2 8 = si6, ui2 + 4 = ui6; gemm/matmul
// results bits(x) + bits(w) + 1 + ceil(log2 K): 8+4+1+1 = si14, 6+2+1+2 = si11, 6+4+1+0 = si11.
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[T:.*]] = arith.constant dense<{{\[}}[9.000000e+00, 1.530000e+01]]> : tensor<1x2xf64>
// CHECK-DAG: %[[INV9:.*]] = arith.constant dense<0.1111{{[0-9]*}}> : tensor<f64>
// CHECK: %[[AA:.*]] = "qcnn.global_acc_pool"(%arg0) : (tensor<1x2x3x3xui4>) -> tensor<1x2x1x1xui8>
// CHECK: %[[AF:.*]] = "qcnn.flatten"(%[[AA]]) {axis = 1 : i64} : (tensor<1x2x1x1xui8>) -> tensor<1x2xui8>
// CHECK: %[[AG:.*]] = "qcnn.gemm"(%[[AF]], %{{.*}}) {{.*}} : (tensor<1x2xui8>, tensor<3x2xsi4>) -> tensor<1x3xsi14>
// CHECK: "qcnn.multithreshold"(%[[AG]], %[[T]])
// CHECK: %[[BA:.*]] = "qcnn.global_acc_pool"(%arg1) : (tensor<1x3x2x4xsi3>) -> tensor<1x3x1x1xsi6>
// CHECK: %[[BF:.*]] = "qcnn.flatten"(%[[BA]])
// CHECK: %[[BM:.*]] = "qcnn.matmul"(%[[BF]], %{{.*}}) : (tensor<1x3xsi6>, tensor<3x4xsi2>) -> tensor<1x4xsi11>
// CHECK: "qcnn.argmax"(%[[BM]])
// CHECK: %[[CA:.*]] = "qcnn.global_acc_pool"(%arg2) : (tensor<1x1x3x3xui2>) -> tensor<1x1x1x1xui6>
// CHECK: %[[CF:.*]] = "qcnn.flatten"(%[[CA]])
// CHECK: %[[CG:.*]] = "qcnn.gemm"(%[[CF]], %{{.*}}) {{.*}} -> tensor<1x1xsi11>
// CHECK: %[[CS:.*]] = "qcnn.mul"(%[[CG]], %[[INV9]]) : (tensor<1x1xsi11>, tensor<f64>) -> tensor<1x1xf32>
// CHECK: "qcnn.mul"(%[[CS]], %{{.*}})
// CHECK: %[[DA:.*]] = "qcnn.global_acc_pool"(%arg3) : (tensor<1x3x2x2xui2>) -> tensor<1x3x1x1xui4>
// CHECK: %[[DF:.*]] = "qcnn.flatten"(%[[DA]])
// CHECK: "qcnn.topk"(%[[DF]])
// CHECK-NOT: global_avg_pool
// ROUND-LABEL: func.func @main
// ROUND: arith.constant dense<{{\[}}[9, 16]]> : tensor<1x2xsi{{[0-9]+}}>
func.func @main(%a: tensor<1x2x3x3xui4>, %b: tensor<1x3x2x4xsi3>, %c: tensor<1x1x3x3xui2>, %d: tensor<1x3x2x2xui2>)
    -> (tensor<1x3xui2>, tensor<1xi64>, tensor<1x1xf32>, tensor<1x2xi64>) {
  %wa = arith.constant dense<[[1, 0], [-2, 3], [7, -8]]> : tensor<3x2xsi4>
  %ta = arith.constant dense<[[1.0, 1.7]]> : tensor<1x2xf64>
  %a0 = "qcnn.global_avg_pool"(%a) : (tensor<1x2x3x3xui4>) -> tensor<1x2x1x1xf32>
  %a1 = "qcnn.flatten"(%a0) {axis = 1 : i64} : (tensor<1x2x1x1xf32>) -> tensor<1x2xf32>
  %a2 = "qcnn.gemm"(%a1, %wa) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64}
      : (tensor<1x2xf32>, tensor<3x2xsi4>) -> tensor<1x3xf32>
  %a3 = "qcnn.multithreshold"(%a2, %ta) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32}
      : (tensor<1x3xf32>, tensor<1x2xf64>) -> tensor<1x3xui2>
  %wb = arith.constant dense<[[1, -1, 0, 1], [-2, 1, 1, 0], [0, 1, -1, -2]]> : tensor<3x4xsi2>
  %b0 = "qcnn.global_avg_pool"(%b) : (tensor<1x3x2x4xsi3>) -> tensor<1x3x1x1xf32>
  %b1 = "qcnn.flatten"(%b0) {axis = 1 : i64} : (tensor<1x3x1x1xf32>) -> tensor<1x3xf32>
  %b2 = "qcnn.matmul"(%b1, %wb) : (tensor<1x3xf32>, tensor<3x4xsi2>) -> tensor<1x4xf32>
  %b3 = "qcnn.argmax"(%b2) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<1x4xf32>) -> tensor<1xi64>
  %wc = arith.constant dense<[[-5]]> : tensor<1x1xsi4>
  %sc = arith.constant dense<0.25> : tensor<f32>
  // expected-remark@+1 {{the 1/9 of global_avg_pool stays a float mul: no threshold or argmax follows}}
  %c0 = "qcnn.global_avg_pool"(%c) : (tensor<1x1x3x3xui2>) -> tensor<1x1x1x1xf32>
  %c1 = "qcnn.flatten"(%c0) {axis = 1 : i64} : (tensor<1x1x1x1xf32>) -> tensor<1x1xf32>
  %c2 = "qcnn.gemm"(%c1, %wc) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64}
      : (tensor<1x1xf32>, tensor<1x1xsi4>) -> tensor<1x1xf32>
  %c3 = "qcnn.mul"(%c2, %sc) : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
  %d0 = "qcnn.global_avg_pool"(%d) : (tensor<1x3x2x2xui2>) -> tensor<1x3x1x1xf32>
  %d1 = "qcnn.flatten"(%d0) {axis = 1 : i64} : (tensor<1x3x1x1xf32>) -> tensor<1x3xf32>
  %dv, %di = "qcnn.topk"(%d1) {axis = 1 : i64, k = 2 : i64, largest = 1 : i64, sorted = 1 : i64} : (tensor<1x3xf32>) -> (tensor<1x2xf32>, tensor<1x2xi64>)
  return %a3, %b3, %c3, %di : tensor<1x3xui2>, tensor<1xi64>, tensor<1x1xf32>, tensor<1x2xi64>
}

// Left alone: a float input (its sum would round), with a remark.
// CHECK-LABEL: func.func @float_input
// CHECK: "qcnn.global_avg_pool"
func.func @float_input(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32> {
  // expected-remark@+1 {{global_avg_pool on a float input is not folded: only a sum of integers is exact (quantize the input of the pool)}}
  %0 = "qcnn.global_avg_pool"(%x) : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  return %0 : tensor<1x2x1x1xf32>
}
