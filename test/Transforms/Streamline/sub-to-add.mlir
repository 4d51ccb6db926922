// RUN: qcnn-opt %s --verify-diagnostics --qcnn-sub-to-add | FileCheck %s
// RUN: qcnn-opt %s --qcnn-sub-to-add -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -8,8

// x - c becomes x + (-c); a per-channel constant keeps its shape, the negation is exact.
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[S:.*]] = arith.constant dense<-2.500000e-01> : tensor<f32>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<{{\[\[\[}}-1.000000e+00]], {{\[\[}}2.000000e+00]], {{\[\[}}-3.000000e+00]]]> : tensor<3x1x1xf32>
// CHECK: %[[A:.*]] = "qcnn.add"(%arg0, %[[S]]) : (tensor<1x3x2x2xf32>, tensor<f32>) -> tensor<1x3x2x2xf32>
// CHECK: "qcnn.add"(%[[A]], %[[C]]) : (tensor<1x3x2x2xf32>, tensor<3x1x1xf32>) -> tensor<1x3x2x2xf32>
// CHECK-NOT: qcnn.sub
func.func @main(%x: tensor<1x3x2x2xf32>) -> tensor<1x3x2x2xf32> {
  %s = arith.constant dense<0.25> : tensor<f32>
  %c = arith.constant dense<[[[1.0]], [[-2.0]], [[3.0]]]> : tensor<3x1x1xf32>
  %0 = "qcnn.sub"(%x, %s) : (tensor<1x3x2x2xf32>, tensor<f32>) -> tensor<1x3x2x2xf32>
  %1 = "qcnn.sub"(%0, %c) : (tensor<1x3x2x2xf32>, tensor<3x1x1xf32>) -> tensor<1x3x2x2xf32>
  return %1 : tensor<1x3x2x2xf32>
}

// Left alone: c - x (not "x op c"), x - y of two variables, and a constant that broadcasts x larger.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-3: "qcnn.sub"
// CHECK-NOT: qcnn.add
func.func @untouched(%x: tensor<4xf32>, %y: tensor<4xf32>, %z: tensor<1xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %c = arith.constant dense<1.0> : tensor<4xf32>
  %0 = "qcnn.sub"(%c, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "qcnn.sub"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = "qcnn.sub"(%z, %c) : (tensor<1xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// Integer x: x - c is x + (-c) exactly as well; -c keeps c's type where it fits: not -(-128) in si8,
// nor any negative value in ui8 (f64 then).
// CHECK-LABEL: func.func @integer
// CHECK-DAG: %[[A:.*]] = arith.constant dense<-3> : tensor<si8>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<1.280000e+02> : tensor<f64>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<-5.000000e+00> : tensor<f64>
// CHECK: "qcnn.add"(%arg0, %[[A]])
// CHECK: "qcnn.add"(%arg0, %[[B]])
// CHECK: "qcnn.add"(%arg0, %[[C]])
func.func @integer(%x: tensor<4xsi16>) -> (tensor<4xsi16>, tensor<4xsi16>, tensor<4xsi16>) {
  %c = arith.constant dense<3> : tensor<si8>
  %m = arith.constant dense<-128> : tensor<si8>
  %u = arith.constant dense<5> : tensor<ui8>
  %0 = "qcnn.sub"(%x, %c) : (tensor<4xsi16>, tensor<si8>) -> tensor<4xsi16>
  %1 = "qcnn.sub"(%x, %m) : (tensor<4xsi16>, tensor<si8>) -> tensor<4xsi16>
  %2 = "qcnn.sub"(%x, %u) : (tensor<4xsi16>, tensor<ui8>) -> tensor<4xsi16>
  return %0, %1, %2 : tensor<4xsi16>, tensor<4xsi16>, tensor<4xsi16>
}
