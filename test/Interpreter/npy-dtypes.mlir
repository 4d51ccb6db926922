// Every .npy dtype in and out: each input goes through identity and comes back with the dtype its
// element type maps to (bool for i1, int8 for bipolar, the smallest intK/uintK for siN/uiN).
// RUN: %python -c "import numpy as np; d = dict(f32=np.float32, f64=np.float64, i8=np.int8, i16=np.int16, i32=np.int32, i64=np.int64, \
// RUN:   u8=np.uint8, u16=np.uint16, u32=np.uint32, u64=np.uint64); [np.save('%t.' + k + '.npy', np.array([1, 0, 3], v)) for k, v in d.items()]; \
// RUN:   np.save('%t.b.npy', np.array([True, False, True])); np.save('%t.bp.npy', np.array([1, -1, 1], np.int8))"
// RUN: qcnn-run %s --input %t.f32.npy --input %t.f64.npy --input %t.i8.npy --input %t.i16.npy --input %t.i32.npy \
// RUN:   --input %t.i64.npy --input %t.u8.npy --input %t.u16.npy --input %t.u32.npy --input %t.u64.npy --input %t.b.npy \
// RUN:   --input %t.bp.npy --output %t.o0.npy --output %t.o1.npy --output %t.o2.npy --output %t.o3.npy --output %t.o4.npy \
// RUN:   --output %t.o5.npy --output %t.o6.npy --output %t.o7.npy --output %t.o8.npy --output %t.o9.npy --output %t.o10.npy --output %t.o11.npy
// RUN: %python -c "import numpy as np; [print(a.dtype, a.tolist()) for a in [np.load('%t.o%d.npy' % i) for i in range(12)]]" | FileCheck %s
// CHECK: float32 [1.0, 0.0, 3.0]
// CHECK-NEXT: float64 [1.0, 0.0, 3.0]
// CHECK-NEXT: int8 [1, 0, 3]
// CHECK-NEXT: int16 [1, 0, 3]
// CHECK-NEXT: int32 [1, 0, 3]
// CHECK-NEXT: int64 [1, 0, 3]
// CHECK-NEXT: uint8 [1, 0, 3]
// CHECK-NEXT: uint16 [1, 0, 3]
// CHECK-NEXT: uint32 [1, 0, 3]
// CHECK-NEXT: uint64 [1, 0, 3]
// CHECK-NEXT: bool [True, False, True]
// CHECK-NEXT: int8 [1, -1, 1]
// A value outside the element type is rejected: 3 is not a bipolar value.
// RUN: not qcnn-run %s --input %t.f32.npy --input %t.f64.npy --input %t.i8.npy --input %t.i16.npy --input %t.i32.npy \
// RUN:   --input %t.i64.npy --input %t.u8.npy --input %t.u16.npy --input %t.u32.npy --input %t.u64.npy --input %t.b.npy \
// RUN:   --input %t.i8.npy 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: error: input 11 ({{.*}}i8.npy): value 0 at flat index 1 is out of range for tensor<3x!qcnn.bipolar>

func.func @main(%a: tensor<3xf32>, %b: tensor<3xf64>, %c: tensor<3xsi8>, %d: tensor<3xsi16>, %e: tensor<3xsi32>, %f: tensor<3xi64>,
                %g: tensor<3xui8>, %h: tensor<3xui16>, %i: tensor<3xui32>, %j: tensor<3xui64>, %k: tensor<3xi1>, %l: tensor<3x!qcnn.bipolar>)
    -> (tensor<3xf32>, tensor<3xf64>, tensor<3xsi8>, tensor<3xsi16>, tensor<3xsi32>, tensor<3xi64>, tensor<3xui8>, tensor<3xui16>,
        tensor<3xui32>, tensor<3xui64>, tensor<3xi1>, tensor<3x!qcnn.bipolar>) {
  %0 = "qcnn.identity"(%a) : (tensor<3xf32>) -> tensor<3xf32>
  %1 = "qcnn.identity"(%b) : (tensor<3xf64>) -> tensor<3xf64>
  %2 = "qcnn.identity"(%c) : (tensor<3xsi8>) -> tensor<3xsi8>
  %3 = "qcnn.identity"(%d) : (tensor<3xsi16>) -> tensor<3xsi16>
  %4 = "qcnn.identity"(%e) : (tensor<3xsi32>) -> tensor<3xsi32>
  %5 = "qcnn.identity"(%f) : (tensor<3xi64>) -> tensor<3xi64>
  %6 = "qcnn.identity"(%g) : (tensor<3xui8>) -> tensor<3xui8>
  %7 = "qcnn.identity"(%h) : (tensor<3xui16>) -> tensor<3xui16>
  %8 = "qcnn.identity"(%i) : (tensor<3xui32>) -> tensor<3xui32>
  %9 = "qcnn.identity"(%j) : (tensor<3xui64>) -> tensor<3xui64>
  %10 = "qcnn.identity"(%k) : (tensor<3xi1>) -> tensor<3xi1>
  %11 = "qcnn.identity"(%l) : (tensor<3x!qcnn.bipolar>) -> tensor<3x!qcnn.bipolar>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : tensor<3xf32>, tensor<3xf64>, tensor<3xsi8>, tensor<3xsi16>, tensor<3xsi32>, tensor<3xi64>, tensor<3xui8>, tensor<3xui16>, tensor<3xui32>, tensor<3xui64>, tensor<3xi1>, tensor<3x!qcnn.bipolar>
}
