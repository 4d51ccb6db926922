// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qcnn-verify=integer-only=true | FileCheck %s
// Without the option the float ops are fine:
// RUN: qcnn-opt %s --split-input-file --qcnn-verify | FileCheck %s --check-prefix=ANY

// An integer graph passes unchanged.
// CHECK-LABEL: func.func @integer
// CHECK: "qcnn.multithreshold"(%arg0, %arg1) {data_layout = "NCHW", out_bias = 0.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<1x4xsi8>, tensor<4x15xsi8>) -> tensor<1x4xui4>
// ANY-LABEL: func.func @integer
func.func @integer(%x: tensor<1x4xsi8>, %t: tensor<4x15xsi8>) -> tensor<1x4xui4> {
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT4", out_scale = 1.0 : f32} : (tensor<1x4xsi8>, tensor<4x15xsi8>) -> tensor<1x4xui4>
  return %0 : tensor<1x4xui4>
}

// -----

// ANY-LABEL: func.func @float_left
func.func @float_left(%x: tensor<1x4xsi8>, %s: tensor<1xf32>) -> tensor<1x4xf32> {
  // expected-error@+1 {{float op 'qcnn.mul' remains in the integer region}}
  %0 = "qcnn.mul"(%x, %s) : (tensor<1x4xsi8>, tensor<1xf32>) -> tensor<1x4xf32>
  // expected-error@+1 {{float op 'qcnn.relu' remains in the integer region}}
  %1 = "qcnn.relu"(%0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  // Not a qcnn op: arith.constant stays allowed.
  %c = arith.constant dense<1.0> : tensor<1x4xf32>
  return %1 : tensor<1x4xf32>
}
