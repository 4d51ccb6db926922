irdl.dialect @qcnn {
  // {-1,+1}: the element type of BipolarQuant results and binary weights.
  irdl.type @bipolar {
    irdl.parameters()
  }

  irdl.operation @quant {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %o3 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_narrow = irdl.base "#builtin.integer"
    %a_rounding_mode = irdl.base "#builtin.string"
    %a_signed = irdl.base "#builtin.integer"
    irdl.operands(x: %o0, scale: %o1, zeropt: %o2, bitwidth: %o3)
    irdl.results(y: %r)
    irdl.attributes {"narrow" = %a_narrow, "rounding_mode" = %a_rounding_mode, "signed" = %a_signed}
  }
  irdl.operation @bipolar_quant {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0, scale: %o1)
    irdl.results(y: %r)
  }
  irdl.operation @trunc {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %o3 = irdl.base "!builtin.tensor"
    %o4 = irdl.base "!builtin.tensor"
    %o5 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_narrow = irdl.base "#builtin.integer"
    %a_rounding_mode = irdl.base "#builtin.string"
    %a_signed = irdl.base "#builtin.integer"
    irdl.operands(x: %o0, scale: %o1, zeropt: %o2, in_bitwidth: %o3, out_scale: %o4, out_bitwidth: %o5)
    irdl.results(y: %r)
    irdl.attributes {"narrow" = %a_narrow, "rounding_mode" = %a_rounding_mode, "signed" = %a_signed}
  }
  irdl.operation @multithreshold {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_data_layout = irdl.base "#builtin.string"
    %a_out_bias = irdl.base "#builtin.float"
    %a_out_dtype = irdl.base "#builtin.string"
    %a_out_scale = irdl.base "#builtin.float"
    irdl.operands(x: %o0, thresholds: %o1)
    irdl.results(y: %r)
    irdl.attributes {"data_layout" = %a_data_layout, "out_bias" = %a_out_bias, "out_dtype" = %a_out_dtype, "out_scale" = %a_out_scale}
  }
  irdl.operation @quant_avg_pool {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_data_layout = irdl.base "#builtin.string"
    %a_ibits = irdl.base "#builtin.integer"
    %a_kernel = irdl.base "#builtin.integer"
    %a_obits = irdl.base "#builtin.integer"
    %a_signed = irdl.base "#builtin.integer"
    %a_stride = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"data_layout" = %a_data_layout, "ibits" = %a_ibits, "kernel" = %a_kernel, "obits" = %a_obits, "signed" = %a_signed, "stride" = %a_stride}
  }
  irdl.operation @conv {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_dilations = irdl.base "#builtin.dense_array"
    %a_group = irdl.base "#builtin.integer"
    %a_kernel_shape = irdl.base "#builtin.dense_array"
    %a_pads = irdl.base "#builtin.dense_array"
    %a_strides = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0, w: %o1, b: optional %o2)
    irdl.results(y: %r)
    irdl.attributes {"dilations" = %a_dilations, "group" = %a_group, "kernel_shape" = %a_kernel_shape, "pads" = %a_pads, "strides" = %a_strides}
  }
  irdl.operation @matmul {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
  }
  irdl.operation @gemm {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_alpha = irdl.base "#builtin.float"
    %a_beta = irdl.base "#builtin.float"
    %a_trans_a = irdl.base "#builtin.integer"
    %a_trans_b = irdl.base "#builtin.integer"
    irdl.operands(a: %o0, b: %o1, c: optional %o2)
    irdl.results(y: %r)
    irdl.attributes {"alpha" = %a_alpha, "beta" = %a_beta, "trans_a" = %a_trans_a, "trans_b" = %a_trans_b}
  }
  irdl.operation @batchnorm {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %o3 = irdl.base "!builtin.tensor"
    %o4 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %o0, scale: %o1, b: %o2, mean: %o3, var: %o4)
    irdl.results(y: %r)
    irdl.attributes {"epsilon" = %a_epsilon}
  }
  irdl.operation @relu {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
  }
  irdl.operation @clip {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0, min: %o1, max: %o2)
    irdl.results(y: %r)
  }
  irdl.operation @sigmoid {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
  }
  irdl.operation @sign {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
  }
  irdl.operation @add {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
  }
  irdl.operation @sub {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
  }
  irdl.operation @mul {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
  }
  irdl.operation @div {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
  }
  irdl.operation @maxpool {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_ceil_mode = irdl.base "#builtin.integer"
    %a_dilations = irdl.base "#builtin.dense_array"
    %a_kernel_shape = irdl.base "#builtin.dense_array"
    %a_pads = irdl.base "#builtin.dense_array"
    %a_strides = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"ceil_mode" = %a_ceil_mode, "dilations" = %a_dilations, "kernel_shape" = %a_kernel_shape, "pads" = %a_pads, "strides" = %a_strides}
  }
  irdl.operation @averagepool {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_ceil_mode = irdl.base "#builtin.integer"
    %a_count_include_pad = irdl.base "#builtin.integer"
    %a_kernel_shape = irdl.base "#builtin.dense_array"
    %a_pads = irdl.base "#builtin.dense_array"
    %a_strides = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"ceil_mode" = %a_ceil_mode, "count_include_pad" = %a_count_include_pad, "kernel_shape" = %a_kernel_shape, "pads" = %a_pads, "strides" = %a_strides}
  }
  irdl.operation @global_avg_pool {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
  }
  irdl.operation @global_acc_pool {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
  }
  irdl.operation @pad {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_mode = irdl.base "#builtin.string"
    %a_pads = irdl.base "#builtin.dense_array"
    %a_value = irdl.base "#builtin.float"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"mode" = %a_mode, "pads" = %a_pads, "value" = %a_value}
  }
  irdl.operation @concat {
    %o0 = irdl.base "!builtin.tensor"
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axis = irdl.base "#builtin.integer"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
    irdl.attributes {"axis" = %a_axis}
  }
  irdl.operation @slice {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axes = irdl.base "#builtin.dense_array"
    %a_ends = irdl.base "#builtin.dense_array"
    %a_starts = irdl.base "#builtin.dense_array"
    %a_steps = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"axes" = %a_axes, "ends" = %a_ends, "starts" = %a_starts, "steps" = %a_steps}
  }
  irdl.operation @transpose {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_perm = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"perm" = %a_perm}
  }
  irdl.operation @reshape {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_shape = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"shape" = %a_shape}
  }
  irdl.operation @flatten {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axis = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"axis" = %a_axis}
  }
  irdl.operation @squeeze {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axes = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"axes" = %a_axes}
  }
  irdl.operation @unsqueeze {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axes = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"axes" = %a_axes}
  }
  irdl.operation @identity {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
  }
  irdl.operation @softmax {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axis = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"axis" = %a_axis}
  }
  irdl.operation @topk {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axis = irdl.base "#builtin.integer"
    %a_k = irdl.base "#builtin.integer"
    %a_largest = irdl.base "#builtin.integer"
    %a_sorted = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    %r2 = irdl.base "!builtin.tensor"
    irdl.results(values: %r, indices: %r2)
    irdl.attributes {"axis" = %a_axis, "k" = %a_k, "largest" = %a_largest, "sorted" = %a_sorted}
  }
  irdl.operation @argmax {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %a_axis = irdl.base "#builtin.integer"
    %a_keepdims = irdl.base "#builtin.integer"
    %a_select_last_index = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"axis" = %a_axis, "keepdims" = %a_keepdims, "select_last_index" = %a_select_last_index}
  }
}
