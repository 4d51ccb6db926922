// Remarks are quiet by default and printed with --qcnn-explain.
// RUN: qcnn-opt %s --qcnn-verify 2>%t.quiet | FileCheck %s
// RUN: count 0 < %t.quiet
// RUN: qcnn-opt %s --qcnn-verify --qcnn-explain 2>&1 >/dev/null | FileCheck %s --check-prefix=EXPLAIN

// CHECK: func.func @dynamic
// EXPLAIN: explain.mlir:[[@LINE+2]]:8: remark: 'qcnn.add' op shape checks are partial: operand 0 has a dynamic dimension
func.func @dynamic(%a: tensor<?x4xf32>, %b: tensor<4xf32>) -> tensor<?x4xf32> {
  %0 = "qcnn.add"(%a, %b) : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
