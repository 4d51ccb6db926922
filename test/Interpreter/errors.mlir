// Bad input gives one clear error and exit code 1, and never a partial output file.
// RUN: %python -c "import numpy as np; np.save('%t.ok.npy', np.zeros((1, 2), np.float32)); np.save('%t.shape.npy', np.zeros((2, 2), np.float32)); \
// RUN:   np.save('%t.int.npy', np.zeros((1, 2), np.int32)); np.save('%t.big.npy', np.array([[100, 100]], np.int8))"
// RUN: not qcnn-run %s --output y=%t.out.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: qcnn-run: error: missing input 'x' (give it with --input)
// RUN: not qcnn-run %s --input x=%t.shape.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: input 'x' ({{.*}}shape.npy): shape mismatch: value is 2x2 but the type is tensor<1x2xf32>
// RUN: not qcnn-run %s --input x=%t.int.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: error: input 'x' ({{.*}}int.npy): wrong dtype: int32 data for a value of type tensor<1x2xf32> (needs float32 or float64 data)
// RUN: not qcnn-run %s --input x=%t.nonexistent.npy 2>&1 | FileCheck %s --check-prefix=UNREADABLE
// UNREADABLE: qcnn-run: error: cannot read '{{.*}}nonexistent.npy'
// RUN: not qcnn-run %s --input z=%t.ok.npy 2>&1 | FileCheck %s --check-prefix=NAME
// NAME: qcnn-run: error: the model has no input named 'z' (input: 'x')
// RUN: not qcnn-run %s --input %s 2>&1 | FileCheck %s --check-prefix=NOTNPY
// NOTNPY: error: {{.*}}errors.mlir: not a .npy file (bad magic)
// RUN: not qcnn-run %s --input x=%t.ok.npy --compare y=%t.shape.npy 2>&1 | FileCheck %s --check-prefix=CMPSHAPE
// CMPSHAPE: error: output 'y': shape mismatch: the result is 1x2 but {{.*}}shape.npy holds 2x2
// RUN: not qcnn-run %s --bogus 2>&1 | FileCheck %s --check-prefix=FLAG
// FLAG: qcnn-run: error: unknown option '--bogus' (see --help)
// A result that does not fit its declared integer type is reported at the op (100 + 100 in si8).
// RUN: not qcnn-run %S/Inputs/overflow.mlir --input a=%t.big.npy 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: loc("add_0"): error: result 0 of 'qcnn.add': value 200 at flat index 0 is out of range for tensor<1x2xsi8>
// No output file is written when the run fails, and an existing one is left alone.
// RUN: rm -f %t.never.npy && not qcnn-run %S/Inputs/overflow.mlir --input a=%t.big.npy --output y=%t.never.npy 2> /dev/null
// RUN: not test -e %t.never.npy
// RUN: cp %t.ok.npy %t.keep.npy && not qcnn-run %s --input x=%t.int.npy --output y=%t.keep.npy 2> /dev/null
// RUN: cmp %t.ok.npy %t.keep.npy

func.func @main(%x: tensor<1x2xf32> {qcnn.name = "x"}) -> (tensor<1x2xf32> {qcnn.name = "y"}) {
  %y = "qcnn.relu"(%x) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
