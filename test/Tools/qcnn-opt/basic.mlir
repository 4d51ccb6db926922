// RUN: qcnn-opt %s | FileCheck %s
// RUN: qcnn-opt < %s | FileCheck %s
// RUN: qcnn-opt - < %s | FileCheck %s
// RUN: rm -f %t.out && qcnn-opt %s -o %t.out && FileCheck %s < %t.out
// RUN: qcnn-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: qcnn-opt %s --mlir-print-debuginfo | FileCheck %s --check-prefix=DEBUG
// RUN: qcnn-opt %s --mlir-elide-elementsattrs-if-larger=2 | FileCheck %s --check-prefix=ELIDE
// RUN: qcnn-opt %s --mlir-elide-elementsattrs-if-larger=3 | FileCheck %s --check-prefix=NOELIDE

// Two top-level functions are wrapped in one module, as in mlir-opt.
// CHECK: module {
// CHECK-NEXT: func.func @scale(%arg0: tensor<3xf32>) -> tensor<3xf32> {
// CHECK-NEXT: %cst = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: %0 = "qcnn.mul"(%arg0, %cst) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK: func.func @second
// GENERIC: "builtin.module"() ({
// GENERIC: "func.func"() <{function_type = (tensor<3xf32>) -> tensor<3xf32>, sym_name = "scale"}>
// The ONNX node name is kept, and parser locations name the real file, not "-":
// DEBUG: loc("mul_0")
// DEBUG: loc("{{.*}}basic.mlir":[[@LINE+7]]:3)
// DEBUG-NOT: loc("-"
// ELIDE: dense_resource<__elided__> : tensor<3xf32>
// NOELIDE: dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]>
func.func @scale(%x: tensor<3xf32>) -> tensor<3xf32> {
  %c = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = "qcnn.mul"(%x, %c) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32> loc("mul_0")
  return %0 : tensor<3xf32>
}
func.func @second() {
  return
}
