// Expectations that do not hold, one kind per chunk (see verify-diagnostics.mlir).
func.func @not_produced(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  // expected-error@+1 {{this is never reported}}
  %0 = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

func.func @unexpected(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %0 = "qcnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @wrong_line(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error@+2 {{do not broadcast}}
  %0 = "qcnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @wrong_severity(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-warning@+1 {{do not broadcast}}
  %0 = "qcnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @malformed(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  // expected-error@+1 no braces
  return %x : tensor<1x4xf32>
}
