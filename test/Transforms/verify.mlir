// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qcnn-verify | FileCheck %s

// Valid IR passes unchanged. Output sizes worked out by hand:
//   conv  8x8, k3 s2 p1/1 d1: (8+1+1-2-1)/2+1 = 4;  group 2: w is (6, 4/2, 3, 3)
//   maxpool 4x4, k3 s2 ceil: ceil((4-3)/2)+1 = 2;  averagepool 2x2, k2 s2: 1
// CHECK-LABEL: func.func @valid
// CHECK: "qcnn.conv"(%arg0, %arg1, %arg2) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<1x6x4x4xf32>
// CHECK: "qcnn.maxpool"
// CHECK: "qcnn.averagepool"
// CHECK: "qcnn.add"
// CHECK: "qcnn.matmul"
// CHECK: "qcnn.matmul"
// CHECK: "qcnn.gemm"
func.func @valid(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>, %bc: tensor<6x1x1xf32>,
                 %m: tensor<2x3x4xf32>, %n: tensor<4x5xf32>, %v: tensor<4xf32>, %ga: tensor<1x4xf32>,
                 %gb: tensor<3x4xf32>, %gc: tensor<3xf32>) -> (tensor<1x6x1x1xf32>, tensor<2x3x5xf32>, tensor<5xf32>, tensor<1x3xf32>) {
  %0 = "qcnn.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<1x6x4x4xf32>
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 1 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x6x4x4xf32>) -> tensor<1x6x2x2xf32>
  %2 = "qcnn.averagepool"(%1) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x6x2x2xf32>) -> tensor<1x6x1x1xf32>
  %3 = "qcnn.add"(%2, %bc) : (tensor<1x6x1x1xf32>, tensor<6x1x1xf32>) -> tensor<1x6x1x1xf32>
  %4 = "qcnn.matmul"(%m, %n) : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  %5 = "qcnn.matmul"(%v, %n) : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  %6 = "qcnn.gemm"(%ga, %gb, %gc) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  return %3, %4, %5, %6 : tensor<1x6x1x1xf32>, tensor<2x3x5xf32>, tensor<5xf32>, tensor<1x3xf32>
}

// -----

// A dynamic batch cannot be checked: a remark says so, and the op is accepted.
// CHECK-LABEL: func.func @dynamic
func.func @dynamic(%a: tensor<?x4xf32>, %b: tensor<4xf32>) -> tensor<?x4xf32> {
  // expected-remark@+1 {{'qcnn.add' op shape checks are partial: operand 0 has a dynamic dimension}}
  %0 = "qcnn.add"(%a, %b) : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

func.func @group_i32(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x1x1xf32>) -> tensor<1x4x8x8xf32> {
  // expected-error@+1 {{'qcnn.conv' op attribute 'group' must be a 64-bit signless integer (i64)}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i32, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x4x1x1xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// -----

func.func @alpha_f64(%a: tensor<1x4xf32>, %b: tensor<4x3xf32>) -> tensor<1x3xf32> {
  // expected-error@+1 {{attribute 'alpha' must be a 32-bit float (f32)}}
  %0 = "qcnn.gemm"(%a, %b) {alpha = 1.0 : f64, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<1x4xf32>, tensor<4x3xf32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// -----

func.func @kernel_len(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error@+1 {{'kernel_shape' has 1 values, expected 2 for 2 spatial dimensions}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// Each wrong list is its own error.
func.func @window_lists(%x: tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error@+3 {{'pads' has 2 values, expected 4 for 2 spatial dimensions}}
  // expected-error@+2 {{'strides' has 3 values, expected 2 for 2 spatial dimensions}}
  // expected-error@+1 {{'dilations' has 0 values, expected 2 for 2 spatial dimensions}}
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0>, strides = array<i64: 2, 2, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

func.func @pool_rank(%x: tensor<4x8xf32>) -> tensor<4x4xf32> {
  // expected-error@+1 {{input must have rank >= 3 (N, C, spatial...), got rank 2}}
  %0 = "qcnn.averagepool"(%x) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 2>, pads = array<i64: 0, 0>, strides = array<i64: 2>} : (tensor<4x8xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @group_divides_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<3x1x1x1xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error@+1 {{group 3 does not divide the 4 input channels}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 3 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<3x1x1x1xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @group_divides_outputs(%x: tensor<1x4x8x8xf32>, %w: tensor<5x2x1x1xf32>) -> tensor<1x5x8x8xf32> {
  // expected-error@+1 {{group 2 does not divide the 5 output channels of weight 5x2x1x1}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<5x2x1x1xf32>) -> tensor<1x5x8x8xf32>
  return %0 : tensor<1x5x8x8xf32>
}

// -----

func.func @weight_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) -> tensor<1x6x6x6xf32> {
  // expected-error@+1 {{weight 6x4x3x3 has 4 input channels per group, expected 2 (4 channels / group 2)}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

func.func @weight_rank(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3xf32>) -> tensor<1x6x6x6xf32> {
  // expected-error@+1 {{weight has rank 3, expected 4 like the input}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<6x4x3xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

func.func @weight_kernel(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) -> tensor<1x6x7x7xf32> {
  // expected-error@+1 {{weight 6x4x3x3 does not match kernel_shape on spatial axis 0 (2)}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>) -> tensor<1x6x7x7xf32>
  return %0 : tensor<1x6x7x7xf32>
}

// -----

func.func @bias_shape(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x6x6x6xf32> {
  // expected-error@+1 {{bias must have shape 6 (one per output channel), got 4}}
  %0 = "qcnn.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>, tensor<4xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

// 8x8, k3 s1 p0 d2: 8-2*2-1 = 3, +1 = 4 (not 6)
func.func @conv_extent(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) -> tensor<1x6x6x6xf32> {
  // expected-error@+1 {{result extent 6 on spatial axis 0, expected 4}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 2, 2>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

func.func @conv_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error@+1 {{result batch/channels are 1/4, expected 1/6}}
  %0 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @window_too_big(%x: tensor<1x4x2x2xf32>) -> tensor<1x4x1x1xf32> {
  // expected-error@+1 {{window (kernel 3, stride 1, dilation 1, pads 0/0) does not fit input extent 2 on spatial axis 0}}
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x2x2xf32>) -> tensor<1x4x1x1xf32>
  return %0 : tensor<1x4x1x1xf32>
}

// -----

// ceil_mode: 5x5, k2 s2: floor gives 2, ceil gives 3 (the last window starts at 4 < 5)
func.func @ceil_mode(%x: tensor<1x4x5x5xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error@+1 {{result extent 2 on spatial axis 0, expected 3}}
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 1 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>) -> tensor<1x4x2x2xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @matmul_inner(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) -> tensor<2x5xf32> {
  // expected-error@+1 {{'qcnn.matmul' op inner dimensions disagree: 3 (a) vs 4 (b)}}
  %0 = "qcnn.matmul"(%a, %b) : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

func.func @matmul_result(%a: tensor<2x3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  // expected-error@+1 {{result shape 3x5 differs from the expected 2x3x5}}
  %0 = "qcnn.matmul"(%a, %b) : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// trans_b = 1 reads b as (N, K): K is 3 here, not 4.
func.func @gemm_inner(%a: tensor<1x4xf32>, %b: tensor<4x3xf32>) -> tensor<1x4xf32> {
  // expected-error@+1 {{inner dimensions disagree: 4 (a) vs 3 (b) with trans_a=0 trans_b=1}}
  %0 = "qcnn.gemm"(%a, %b) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x4xf32>, tensor<4x3xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

func.func @gemm_bias(%a: tensor<1x4xf32>, %b: tensor<4x3xf32>, %c: tensor<4xf32>) -> tensor<1x3xf32> {
  // expected-error@+1 {{c shape 4 does not broadcast to 1x3}}
  %0 = "qcnn.gemm"(%a, %b, %c) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<1x4xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// -----

func.func @no_broadcast(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{'qcnn.sub' op operand shapes 2x3 and 4x3 do not broadcast}}
  %0 = "qcnn.sub"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// 2x1 and 3 broadcast to 2x3, not 3x3.
func.func @broadcast_result(%a: tensor<2x1xf32>, %b: tensor<3xf32>) -> tensor<3x3xf32> {
  // expected-error@+1 {{'qcnn.div' op result shape 3x3 differs from the expected 2x3}}
  %0 = "qcnn.div"(%a, %b) : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}
