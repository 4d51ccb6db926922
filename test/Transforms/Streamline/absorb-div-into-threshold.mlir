// RUN: qcnn-opt %s --verify-diagnostics --qcnn-absorb-div-into-threshold | FileCheck %s
// RUN: qcnn-opt %s --qcnn-absorb-div-into-threshold -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0
// RUN: qcnn-opt %s --qcnn-streamline | FileCheck %s --check-prefix=STREAM

// Per-channel divisor [3, 255]: x/c >= t <=> x >= t*c, the smallest double >= the exact product:
// 3 * [0.5, 1, fl(1.7)] = [1.5, 3, 5.09999999999999986...] -> [1.5, 3.0, 5.1000000000000005] and
// 255 * [0.5, 1, fl(1.7)] = [127.5, 255, 433.49999999999998867...] -> [127.5, 255.0, 433.5].
// Through div-to-mul's fl(1/3) the 3 would become 3.0000000000000004 and the 127.5 127.50000000000001.
// CHECK-LABEL: func.func @main
// CHECK: %[[T:.*]] = arith.constant dense<{{\[\[}}1.500000e+00, 3.000000e+00, 5.1000000000000005], [1.275000e+02, 2.550000e+02, 4.335000e+02]]> : tensor<2x3xf64>
// CHECK: "qcnn.multithreshold"(%arg0, %[[T]])
// CHECK-NOT: "qcnn.div"
// qcnn-streamline gives the same thresholds (div-to-mul leaves this div alone).
// STREAM-LABEL: func.func @main
// STREAM: arith.constant dense<{{\[\[}}1.500000e+00, 3.000000e+00, 5.1000000000000005], [1.275000e+02, 2.550000e+02, 4.335000e+02]]>
// STREAM-NOT: "qcnn.mul"
func.func @main(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xui2> {
  %c = arith.constant dense<[[[3.0]], [[255.0]]]> : tensor<2x1x1xf32>
  %t = arith.constant dense<[[0.5, 1.0, 1.7]]> : tensor<1x3xf64>
  %0 = "qcnn.div"(%x, %c) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf64>) -> tensor<1x2x2x2xui2>
  return %1 : tensor<1x2x2x2xui2>
}

// Left alone: a negative divisor (the comparison would flip; div-to-mul and the mul rewrite handle it)
// and a constant divided by x.
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.div"(%arg0
// CHECK: "qcnn.div"(%{{.*}}, %arg0)
func.func @untouched(%x: tensor<1x1xf32>) -> (tensor<1x1xui1>, tensor<1x1xui1>) {
  %c = arith.constant dense<-2.0> : tensor<f32>
  %t = arith.constant dense<[[1.0]]> : tensor<1x1xf64>
  %0 = "qcnn.div"(%x, %c) : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x1xf32>, tensor<1x1xf64>) -> tensor<1x1xui1>
  %2 = "qcnn.div"(%c, %x) : (tensor<f32>, tensor<1x1xf32>) -> tensor<1x1xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x1xf32>, tensor<1x1xf64>) -> tensor<1x1xui1>
  return %1, %3 : tensor<1x1xui1>, tensor<1x1xui1>
}
