// RUN: qcnn-opt %s --verify-diagnostics --qcnn-partition | FileCheck %s
// RUN: qcnn-opt %s --qcnn-partition -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1
// RUN: rm -f %t.bad.mlir
// RUN: not qcnn-opt %S/Inputs/partition-not-contiguous.mlir --qcnn-partition -o %t.bad.mlir 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not test -e %t.bad.mlir

// A uint8-style input divided by 255, quantized, two integer layers, an integer argmax (FINN's
// LabelSelect: hardware), then the float output scale, a softmax and an argmax on floats.
// CHECK-LABEL: func.func @main
// CHECK: "qcnn.mul"(%arg0, {{.*}}qcnn.region = "host"
// CHECK-NEXT: "qcnn.multithreshold"{{.*}}qcnn.region = "host"
// CHECK-NEXT: "qcnn.matmul"{{.*}}qcnn.region = "dataflow"
// CHECK-NEXT: "qcnn.multithreshold"{{.*}}qcnn.region = "dataflow"
// CHECK-NEXT: "qcnn.matmul"{{.*}}qcnn.region = "dataflow"
// CHECK-NEXT: "qcnn.argmax"{{.*}}qcnn.region = "dataflow"
// CHECK-NEXT: "qcnn.mul"{{.*}}qcnn.region = "host"
// CHECK-NEXT: "qcnn.softmax"{{.*}}qcnn.region = "host"
// CHECK-NEXT: "qcnn.argmax"{{.*}}qcnn.region = "host"
// CHECK-NEXT: return
func.func @main(%x: tensor<1x4xf32>) -> (tensor<1x3xf32>, tensor<1x1xi64>, tensor<1x1xi64>) {
  %c255 = arith.constant dense<0.00392156886> : tensor<f32>
  %t0 = arith.constant dense<[[0.25, 0.5, 0.75]]> : tensor<1x3xf64>
  %w1 = arith.constant dense<[[1, -2, 3], [4, 5, -6], [-7, 8, 9], [1, 1, 1]]> : tensor<4x3xsi8>
  %t1 = arith.constant dense<[[0, 2, 4]]> : tensor<1x3xsi16>
  %w2 = arith.constant dense<[[1, 0, -1], [2, 1, 0], [0, -3, 1]]> : tensor<3x3xsi8>
  %half = arith.constant dense<0.5> : tensor<f64>
  // expected-remark @+1 {{'qcnn.mul' stays on the host: it computes on floats before any integer op (pre-processing of the graph input)}}
  %s = "qcnn.mul"(%x, %c255) : (tensor<1x4xf32>, tensor<f32>) -> tensor<1x4xf32>
  // expected-remark @+1 {{'qcnn.multithreshold' stays on the host: float input scaling (quantizes a float input to integers)}}
  %q = "qcnn.multithreshold"(%s, %t0) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x4xf32>, tensor<1x3xf64>) -> tensor<1x4xui2>
  %a = "qcnn.matmul"(%q, %w1) : (tensor<1x4xui2>, tensor<4x3xsi8>) -> tensor<1x3xsi16>
  %t = "qcnn.multithreshold"(%a, %t1) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x3xsi16>, tensor<1x3xsi16>) -> tensor<1x3xui2>
  %b = "qcnn.matmul"(%t, %w2) : (tensor<1x3xui2>, tensor<3x3xsi8>) -> tensor<1x3xsi16>
  %i = "qcnn.argmax"(%b) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64} : (tensor<1x3xsi16>) -> tensor<1x1xi64>
  // expected-remark @+1 {{'qcnn.mul' stays on the host: float tail after the last integer result}}
  %f = "qcnn.mul"(%b, %half) : (tensor<1x3xsi16>, tensor<f64>) -> tensor<1x3xf32>
  // expected-remark @+1 {{'qcnn.softmax' stays on the host: softmax (a float exponential)}}
  %p = "qcnn.softmax"(%f) {axis = 1 : i64} : (tensor<1x3xf32>) -> tensor<1x3xf32>
  // expected-remark @+1 {{'qcnn.argmax' stays on the host: it reads floats (on integers it would be a hardware LabelSelect)}}
  %j = "qcnn.argmax"(%f) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64} : (tensor<1x3xf32>) -> tensor<1x1xi64>
  return %p, %i, %j : tensor<1x3xf32>, tensor<1x1xi64>, tensor<1x1xi64>
}

// ERR: partition-not-contiguous.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'qcnn.multithreshold' computes on floats between integer ops: the dataflow region would not be contiguous
// ERR-NOT: error
