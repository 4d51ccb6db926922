// --print writes each result as `name: TYPE = [...]`: numpy-like nesting on one line, %g floats,
// exact integers; above --print-limit elements each dimension longer than 6 shows its first and
// last 3 entries around "...", as numpy's threshold/edgeitems do. Expected lines written by hand.
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.arange(14, dtype=np.float32).reshape(2, 7) - 3.5); \
// RUN:   np.save('%t.n.npy', np.array([[-128, 127, 0]], np.int8))"
// RUN: qcnn-run %s --input x=%t.x.npy --input n=%t.n.npy --print | FileCheck %s
// CHECK: relu: tensor<2x7xf32> = {{\[}}[0, 0, 0, 0, 0.5, 1.5, 2.5], [3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5]]
// CHECK-NEXT: ident: tensor<1x3xsi8> = {{\[}}[-128, 127, 0]]
// CHECK-NEXT: output 2: tensor<2x7xf32> = {{\[}}[-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5], [3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5]]
// CHECK-NOT: {{.}}
// RUN: qcnn-run %s --input x=%t.x.npy --input n=%t.n.npy --print --print-limit 13 | FileCheck %s --check-prefix=ELIDE
// ELIDE: relu: tensor<2x7xf32> = {{\[}}[0, 0, 0, ..., 0.5, 1.5, 2.5], [3.5, 4.5, 5.5, ..., 7.5, 8.5, 9.5]]
// ELIDE-NEXT: ident: tensor<1x3xsi8> = {{\[}}[-128, 127, 0]]
// Without --print nothing reaches stdout.
// RUN: qcnn-run %s --input x=%t.x.npy --input n=%t.n.npy | count 0
// RUN: not qcnn-run %s --print-limit x 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: --print-limit expects a number, got 'x'

func.func @main(%x: tensor<2x7xf32> {qcnn.name = "x"}, %n: tensor<1x3xsi8> {qcnn.name = "n"})
    -> (tensor<2x7xf32> {qcnn.name = "relu"}, tensor<1x3xsi8> {qcnn.name = "ident"}, tensor<2x7xf32>) {
  %r = "qcnn.relu"(%x) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  %i = "qcnn.identity"(%n) : (tensor<1x3xsi8>) -> tensor<1x3xsi8>
  return %r, %i, %x : tensor<2x7xf32>, tensor<1x3xsi8>, tensor<2x7xf32>
}
