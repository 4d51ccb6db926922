// An output path that is a device (or pipe) is written in place: renaming a temporary file over
// /dev/null would replace the device node with a regular file.
// RUN: qcnn-opt %s -o /dev/null
// RUN: test -c /dev/null
// RUN: qcnn-opt %s -o /dev/stdout | FileCheck %s
// CHECK: qcnn.relu
func.func @f(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}
