// RUN: qcnn-opt %s --verify-diagnostics --qcnn-round-thresholds | FileCheck %s
// RUN: qcnn-opt %s --qcnn-round-thresholds -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0

// ui4 input (0..15): ceil of [-3.5, 0.2, 7, 7.000001, 20] is [-3, 1, 7, 8, 20], clipped to [0, 16]:
// [0, 1, 7, 8, 16], held in si6 (the narrowest signed type holding 0..16; si5 stops at 15).
// si4 input (-8..7): ceil of [-9.5, -0.5, 0.5, 100] is [-9, 0, 1, 100], clipped to [-8, 8]: si5;
// the second row [-100, -8, -7.9, -8.5] gives [-8, -8, -7, -8].
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[U:.*]] = arith.constant dense<{{\[\[}}0, 1, 7, 8, 16]]> : tensor<1x5xsi6>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<{{\[\[}}-8, 0, 1, 8], [-8, -8, -7, -8]]> : tensor<2x4xsi5>
// CHECK: "qcnn.multithreshold"(%arg0, %[[U]])
// CHECK: "qcnn.multithreshold"(%arg1, %[[S]])
func.func @main(%u: tensor<1x2x2xui4>, %s: tensor<1x2x2xsi4>) -> (tensor<1x2x2xui3>, tensor<1x2x2xui3>) {
  %tu = arith.constant dense<[[-3.5, 0.2, 7.0, 7.000001, 20.0]]> : tensor<1x5xf64>
  %ts = arith.constant dense<[[-9.5, -0.5, 0.5, 100.0], [-100.0, -8.0, -7.9, -8.5]]> : tensor<2x4xf64>
  %0 = "qcnn.multithreshold"(%u, %tu) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT3", out_scale = 1.0 : f32} : (tensor<1x2x2xui4>, tensor<1x5xf64>) -> tensor<1x2x2xui3>
  %1 = "qcnn.multithreshold"(%s, %ts) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT3", out_scale = 1.0 : f32} : (tensor<1x2x2xsi4>, tensor<2x4xf64>) -> tensor<1x2x2xui3>
  return %0, %1 : tensor<1x2x2xui3>, tensor<1x2x2xui3>
}

// Left alone: a float input (a threshold between integers matters there), and thresholds already
// rounded (the pass is idempotent).
// CHECK-LABEL: func.func @untouched
// CHECK-DAG: arith.constant dense<2.500000e-01> : tensor<1x1xf32>
// CHECK-DAG: arith.constant dense<3> : tensor<1x1xsi5>
func.func @untouched(%x: tensor<1x2xf32>, %i: tensor<1x2xsi4>) -> (tensor<1x2xui1>, tensor<1x2xui1>) {
  %t = arith.constant dense<0.25> : tensor<1x1xf32>
  %r = arith.constant dense<3> : tensor<1x1xsi5>
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x1xf32>) -> tensor<1x2xui1>
  %1 = "qcnn.multithreshold"(%i, %r) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2xsi4>, tensor<1x1xsi5>) -> tensor<1x2xui1>
  return %0, %1 : tensor<1x2xui1>, tensor<1x2xui1>
}
