// The qcnn dialect: a quantized CNN as a graph of ONNX/QONNX ops on builtin ranked tensors.
// Rationale and conventions: dialects/qcnn.md. The op list must match include/qcnn/Ops.def
// (test/Dialect/op-table.test checks it).
//
// Constraint conventions (IRDL checks kinds only; qcnn-verify checks widths, shapes and values):
// - every operand and result is a ranked tensor, each with its own constraint variable, because one
//   IRDL variable binds a single type for all its uses in an op;
// - integer attributes are IntegerAttr (i64 by convention), 0/1 flags are exactly `0 : i64` or
//   `1 : i64`, float attributes FloatAttr (f32), integer lists DenseI64ArrayAttr, strings
//   StringAttr, enumerated strings one of their listed values;
// - every listed attribute is required: the importer writes ONNX defaults explicitly.
irdl.dialect @qcnn {
  // {-1,+1}: the element type of BipolarQuant results and binary weights.
  irdl.type @bipolar {
    irdl.parameters()
  }

  // QONNX Quant: y = (clamp(round(x / scale + zeropt)) - zeropt) * scale on the integer range of
  // `bitwidth` bits given by `signed` and `narrow` (0 or 1).
  irdl.operation @quant {
    %x = irdl.base "!builtin.tensor"
    %scale = irdl.base "!builtin.tensor"
    %zeropt = irdl.base "!builtin.tensor"
    %bitwidth = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, scale: %scale, zeropt: %zeropt, bitwidth: %bitwidth)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %narrow = irdl.any_of(%false, %true)
    %rounding_mode_round = irdl.is "ROUND"
    %rounding_mode_ceil = irdl.is "CEIL"
    %rounding_mode_floor = irdl.is "FLOOR"
    // IntQuant also rounds UP (away from zero), DOWN (toward zero), HALF_UP and HALF_DOWN.
    %rounding_mode_up = irdl.is "UP"
    %rounding_mode_down = irdl.is "DOWN"
    %rounding_mode_half_up = irdl.is "HALF_UP"
    %rounding_mode_half_down = irdl.is "HALF_DOWN"
    %rounding_mode = irdl.any_of(%rounding_mode_round, %rounding_mode_ceil, %rounding_mode_floor, %rounding_mode_up, %rounding_mode_down, %rounding_mode_half_up, %rounding_mode_half_down)
    %signed = irdl.any_of(%false, %true)
    irdl.attributes {"narrow" = %narrow, "rounding_mode" = %rounding_mode, "signed" = %signed}
  }

  // QONNX BipolarQuant: y = (x >= 0 ? +1 : -1) * scale.
  irdl.operation @bipolar_quant {
    %x = irdl.base "!builtin.tensor"
    %scale = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, scale: %scale)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // QONNX Trunc, always in the v2 operand layout (v1's out_scale = scale * 2^(in_bitwidth - out_bitwidth)):
  // drops the low in_bitwidth - out_bitwidth bits of a quantized value.
  irdl.operation @trunc {
    %x = irdl.base "!builtin.tensor"
    %scale = irdl.base "!builtin.tensor"
    %zeropt = irdl.base "!builtin.tensor"
    %in_bitwidth = irdl.base "!builtin.tensor"
    %out_scale = irdl.base "!builtin.tensor"
    %out_bitwidth = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, scale: %scale, zeropt: %zeropt, in_bitwidth: %in_bitwidth, out_scale: %out_scale, out_bitwidth: %out_bitwidth)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %narrow = irdl.any_of(%false, %true)
    %rounding_mode_round = irdl.is "ROUND"
    %rounding_mode_ceil = irdl.is "CEIL"
    %rounding_mode_floor = irdl.is "FLOOR"
    %rounding_mode = irdl.any_of(%rounding_mode_round, %rounding_mode_ceil, %rounding_mode_floor)
    %signed = irdl.any_of(%false, %true)
    irdl.attributes {"narrow" = %narrow, "rounding_mode" = %rounding_mode, "signed" = %signed}
  }

  // QONNX MultiThreshold: y = out_scale * #{t in thresholds[c] : x >= t} + out_bias; thresholds is [C or 1, steps].
  irdl.operation @multithreshold {
    %x = irdl.base "!builtin.tensor"
    %thresholds = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, thresholds: %thresholds)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %data_layout_nchw = irdl.is "NCHW"
    %data_layout_nhwc = irdl.is "NHWC"
    %data_layout = irdl.any_of(%data_layout_nchw, %data_layout_nhwc)
    %out_bias = irdl.base "#builtin.float"
    %out_dtype = irdl.base "#builtin.string"
    %out_scale = irdl.base "#builtin.float"
    irdl.attributes {"data_layout" = %data_layout, "out_bias" = %out_bias, "out_dtype" = %out_dtype, "out_scale" = %out_scale}
  }

  // QONNX QuantAvgPool2d: sum pooling over a kernel x kernel window, then a right shift from ibits to obits.
  irdl.operation @quant_avg_pool {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %data_layout_nchw = irdl.is "NCHW"
    %data_layout_nhwc = irdl.is "NHWC"
    %data_layout = irdl.any_of(%data_layout_nchw, %data_layout_nhwc)
    %ibits = irdl.base "#builtin.integer"
    %kernel = irdl.base "#builtin.integer"
    %obits = irdl.base "#builtin.integer"
    %signed = irdl.any_of(%false, %true)
    %stride = irdl.base "#builtin.integer"
    irdl.attributes {"data_layout" = %data_layout, "ibits" = %ibits, "kernel" = %kernel, "obits" = %obits, "signed" = %signed, "stride" = %stride}
  }

  // ONNX Conv; auto_pad is resolved into explicit `pads` by the importer.
  irdl.operation @conv {
    %x = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, w: %w, b: optional %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %dilations = irdl.base "#builtin.dense_array"
    %group = irdl.base "#builtin.integer"
    %kernel_shape = irdl.base "#builtin.dense_array"
    %pads = irdl.base "#builtin.dense_array"
    %strides = irdl.base "#builtin.dense_array"
    irdl.attributes {"dilations" = %dilations, "group" = %group, "kernel_shape" = %kernel_shape, "pads" = %pads, "strides" = %strides}
  }

  // ONNX MatMul (numpy matmul semantics).
  irdl.operation @matmul {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Gemm: y = alpha * op(a) * op(b) + beta * c; a linear layer is trans_b = 1.
  irdl.operation @gemm {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %c = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b, c: optional %c)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %alpha = irdl.base "#builtin.float"
    %beta = irdl.base "#builtin.float"
    %trans_a = irdl.any_of(%false, %true)
    %trans_b = irdl.any_of(%false, %true)
    irdl.attributes {"alpha" = %alpha, "beta" = %beta, "trans_a" = %trans_a, "trans_b" = %trans_b}
  }

  // ONNX BatchNormalization in inference mode.
  irdl.operation @batchnorm {
    %x = irdl.base "!builtin.tensor"
    %scale = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %mean = irdl.base "!builtin.tensor"
    %var = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, scale: %scale, b: %b, mean: %mean, var: %var)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %epsilon = irdl.base "#builtin.float"
    irdl.attributes {"epsilon" = %epsilon}
  }

  // ONNX Relu.
  irdl.operation @relu {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Clip; min and max are always operands (opset < 11 attributes become constants).
  irdl.operation @clip {
    %x = irdl.base "!builtin.tensor"
    %min = irdl.base "!builtin.tensor"
    %max = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, min: %min, max: %max)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Sigmoid.
  irdl.operation @sigmoid {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Sign.
  irdl.operation @sign {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Add (numpy broadcasting); likewise sub, mul, div.
  irdl.operation @add {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }
  irdl.operation @sub {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }
  irdl.operation @mul {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }
  irdl.operation @div {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX MaxPool (Y output only); auto_pad resolved into `pads`.
  irdl.operation @maxpool {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %ceil_mode = irdl.any_of(%false, %true)
    %dilations = irdl.base "#builtin.dense_array"
    %kernel_shape = irdl.base "#builtin.dense_array"
    %pads = irdl.base "#builtin.dense_array"
    %strides = irdl.base "#builtin.dense_array"
    irdl.attributes {"ceil_mode" = %ceil_mode, "dilations" = %dilations, "kernel_shape" = %kernel_shape, "pads" = %pads, "strides" = %strides}
  }

  // ONNX AveragePool; auto_pad resolved into `pads`.
  irdl.operation @averagepool {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %ceil_mode = irdl.any_of(%false, %true)
    %count_include_pad = irdl.any_of(%false, %true)
    %kernel_shape = irdl.base "#builtin.dense_array"
    %pads = irdl.base "#builtin.dense_array"
    %strides = irdl.base "#builtin.dense_array"
    irdl.attributes {"ceil_mode" = %ceil_mode, "count_include_pad" = %count_include_pad, "kernel_shape" = %kernel_shape, "pads" = %pads, "strides" = %strides}
  }

  // ONNX GlobalAveragePool: the mean over all spatial positions.
  irdl.operation @global_avg_pool {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // The sum over all spatial positions (global_avg_pool without the 1/(H*W)); made by qcnn-fold-gap.
  irdl.operation @global_acc_pool {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Pad with pads, mode and constant value as attributes; `pads` covers every axis.
  irdl.operation @pad {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %mode_constant = irdl.is "constant"
    %mode_reflect = irdl.is "reflect"
    %mode_edge = irdl.is "edge"
    %mode_wrap = irdl.is "wrap"
    %mode = irdl.any_of(%mode_constant, %mode_reflect, %mode_edge, %mode_wrap)
    %pads = irdl.base "#builtin.dense_array"
    %value = irdl.base "#builtin.float"
    irdl.attributes {"mode" = %mode, "pads" = %pads, "value" = %value}
  }

  // QONNX Im2Col (NHWC): each output pixel holds its padded window, flattened in (kh, kw, C) order.
  irdl.operation @im2col {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %depthwise = irdl.any_of(%false, %true)
    %dilations = irdl.base "#builtin.dense_array"
    %kernel_size = irdl.base "#builtin.dense_array"
    %pad_amount = irdl.base "#builtin.dense_array"
    %pad_value = irdl.base "#builtin.integer"
    %stride = irdl.base "#builtin.dense_array"
    irdl.attributes {"depthwise" = %depthwise, "dilations" = %dilations, "kernel_size" = %kernel_size, "pad_amount" = %pad_amount, "pad_value" = %pad_value, "stride" = %stride}
  }

  // Binary ONNX Concat: an N-ary Concat imports as a chain of these (IRDL binds one type to a
  // whole variadic group, and concatenated operands usually differ in shape).
  irdl.operation @concat {
    %a = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    irdl.operands(a: %a, b: %b)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %axis = irdl.base "#builtin.integer"
    irdl.attributes {"axis" = %axis}
  }

  // ONNX Slice with static starts/ends/axes/steps; ONNX Split imports as one slice per output.
  irdl.operation @slice {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %axes = irdl.base "#builtin.dense_array"
    %ends = irdl.base "#builtin.dense_array"
    %starts = irdl.base "#builtin.dense_array"
    %steps = irdl.base "#builtin.dense_array"
    irdl.attributes {"axes" = %axes, "ends" = %ends, "starts" = %starts, "steps" = %steps}
  }

  // ONNX Transpose.
  irdl.operation @transpose {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %perm = irdl.base "#builtin.dense_array"
    irdl.attributes {"perm" = %perm}
  }

  // ONNX Reshape; `shape` is the final static output shape (no 0 or -1 entries).
  irdl.operation @reshape {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %shape = irdl.base "#builtin.dense_array"
    irdl.attributes {"shape" = %shape}
  }

  // ONNX Flatten.
  irdl.operation @flatten {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %axis = irdl.base "#builtin.integer"
    irdl.attributes {"axis" = %axis}
  }

  // ONNX Squeeze with the axes as an attribute.
  irdl.operation @squeeze {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %axes = irdl.base "#builtin.dense_array"
    irdl.attributes {"axes" = %axes}
  }

  // ONNX Unsqueeze with the axes as an attribute.
  irdl.operation @unsqueeze {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %axes = irdl.base "#builtin.dense_array"
    irdl.attributes {"axes" = %axes}
  }

  // ONNX Identity.
  irdl.operation @identity {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
  }

  // ONNX Softmax (opset 13 semantics: along one axis).
  irdl.operation @softmax {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %axis = irdl.base "#builtin.integer"
    irdl.attributes {"axis" = %axis}
  }

  // ONNX TopK with k as an attribute; results are the values and their i64 indices.
  irdl.operation @topk {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %values = irdl.base "!builtin.tensor"
    %indices = irdl.base "!builtin.tensor"
    irdl.results(values: %values, indices: %indices)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %axis = irdl.base "#builtin.integer"
    %k = irdl.base "#builtin.integer"
    %largest = irdl.any_of(%false, %true)
    %sorted = irdl.any_of(%false, %true)
    irdl.attributes {"axis" = %axis, "k" = %k, "largest" = %largest, "sorted" = %sorted}
  }

  // ONNX ArgMax.
  irdl.operation @argmax {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %false = irdl.is 0 : i64
    %true = irdl.is 1 : i64
    %axis = irdl.base "#builtin.integer"
    %keepdims = irdl.any_of(%false, %true)
    %select_last_index = irdl.any_of(%false, %true)
    irdl.attributes {"axis" = %axis, "keepdims" = %keepdims, "select_last_index" = %select_last_index}
  }
}
