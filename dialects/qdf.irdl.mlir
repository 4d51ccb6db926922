irdl.dialect @qdf {
  // A FIFO channel: the folded tensor it carries (shape and element type) and its word width in bits.
  irdl.type @stream {
    %t = irdl.base "!builtin.tensor"
    %w = irdl.base "#builtin.integer"
    irdl.parameters(tensor: %t, width: %w)
  }

  irdl.operation @input {
    %o0 = irdl.base "!builtin.tensor"
    %r = irdl.base @qdf::@stream
    %a_folded_shape = irdl.base "#builtin.dense_array"
    %a_normal_shape = irdl.base "#builtin.dense_array"
    %a_packed_shape = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"folded_shape" = %a_folded_shape, "normal_shape" = %a_normal_shape, "packed_shape" = %a_packed_shape}
  }
  irdl.operation @output {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base "!builtin.tensor"
    %a_folded_shape = irdl.base "#builtin.dense_array"
    %a_normal_shape = irdl.base "#builtin.dense_array"
    %a_packed_shape = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"folded_shape" = %a_folded_shape, "normal_shape" = %a_normal_shape, "packed_shape" = %a_packed_shape}
  }
  irdl.operation @mvau {
    %o0 = irdl.base @qdf::@stream
    %o1 = irdl.base "!builtin.tensor"
    %o2 = irdl.base "!builtin.tensor"
    %r = irdl.base @qdf::@stream
    %a_act_val = irdl.base "#builtin.integer"
    %a_input_dtype = irdl.base "#builtin.string"
    %a_mem_style = irdl.base "#builtin.string"
    %a_mh = irdl.base "#builtin.integer"
    %a_mw = irdl.base "#builtin.integer"
    %a_num_input_vectors = irdl.base "#builtin.dense_array"
    %a_output_dtype = irdl.base "#builtin.string"
    %a_pe = irdl.base "#builtin.integer"
    %a_simd = irdl.base "#builtin.integer"
    %a_weight_dtype = irdl.base "#builtin.string"
    irdl.operands(x: %o0, weights: %o1, thresholds: optional %o2)
    irdl.results(y: %r)
    irdl.attributes {"act_val" = %a_act_val, "input_dtype" = %a_input_dtype, "mem_style" = %a_mem_style, "mh" = %a_mh, "mw" = %a_mw, "num_input_vectors" = %a_num_input_vectors, "output_dtype" = %a_output_dtype, "pe" = %a_pe, "simd" = %a_simd, "weight_dtype" = %a_weight_dtype}
  }
  irdl.operation @swg {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_channels = irdl.base "#builtin.integer"
    %a_dilation = irdl.base "#builtin.dense_array"
    %a_ifm_dim = irdl.base "#builtin.dense_array"
    %a_kernel = irdl.base "#builtin.dense_array"
    %a_ofm_dim = irdl.base "#builtin.dense_array"
    %a_simd = irdl.base "#builtin.integer"
    %a_stride = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"channels" = %a_channels, "dilation" = %a_dilation, "ifm_dim" = %a_ifm_dim, "kernel" = %a_kernel, "ofm_dim" = %a_ofm_dim, "simd" = %a_simd, "stride" = %a_stride}
  }
  irdl.operation @pad {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_channels = irdl.base "#builtin.integer"
    %a_ifm_dim = irdl.base "#builtin.dense_array"
    %a_pads = irdl.base "#builtin.dense_array"
    %a_simd = irdl.base "#builtin.integer"
    %a_value = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"channels" = %a_channels, "ifm_dim" = %a_ifm_dim, "pads" = %a_pads, "simd" = %a_simd, "value" = %a_value}
  }
  irdl.operation @maxpool {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_channels = irdl.base "#builtin.integer"
    %a_ifm_dim = irdl.base "#builtin.dense_array"
    %a_kernel = irdl.base "#builtin.dense_array"
    %a_pe = irdl.base "#builtin.integer"
    %a_stride = irdl.base "#builtin.dense_array"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"channels" = %a_channels, "ifm_dim" = %a_ifm_dim, "kernel" = %a_kernel, "pe" = %a_pe, "stride" = %a_stride}
  }
  irdl.operation @threshold {
    %o0 = irdl.base @qdf::@stream
    %o1 = irdl.base "!builtin.tensor"
    %r = irdl.base @qdf::@stream
    %a_act_val = irdl.base "#builtin.integer"
    %a_channels = irdl.base "#builtin.integer"
    %a_num_input_vectors = irdl.base "#builtin.dense_array"
    %a_output_dtype = irdl.base "#builtin.string"
    %a_pe = irdl.base "#builtin.integer"
    irdl.operands(x: %o0, thresholds: %o1)
    irdl.results(y: %r)
    irdl.attributes {"act_val" = %a_act_val, "channels" = %a_channels, "num_input_vectors" = %a_num_input_vectors, "output_dtype" = %a_output_dtype, "pe" = %a_pe}
  }
  irdl.operation @accpool {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_channels = irdl.base "#builtin.integer"
    %a_ifm_dim = irdl.base "#builtin.dense_array"
    %a_pe = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"channels" = %a_channels, "ifm_dim" = %a_ifm_dim, "pe" = %a_pe}
  }
  irdl.operation @labelselect {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_k = irdl.base "#builtin.integer"
    %a_labels = irdl.base "#builtin.integer"
    %a_pe = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"k" = %a_k, "labels" = %a_labels, "pe" = %a_pe}
  }
  irdl.operation @dwc {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_in_width = irdl.base "#builtin.integer"
    %a_out_width = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"in_width" = %a_in_width, "out_width" = %a_out_width}
  }
  irdl.operation @duplicate {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_num_outputs = irdl.base "#builtin.integer"
    irdl.operands(x: %o0)
    irdl.results(outs: variadic %r)
    irdl.attributes {"num_outputs" = %a_num_outputs}
  }
  irdl.operation @add_streams {
    %o0 = irdl.base @qdf::@stream
    %o1 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_channels = irdl.base "#builtin.integer"
    %a_pe = irdl.base "#builtin.integer"
    irdl.operands(a: %o0, b: %o1)
    irdl.results(y: %r)
    irdl.attributes {"channels" = %a_channels, "pe" = %a_pe}
  }
  irdl.operation @fifo {
    %o0 = irdl.base @qdf::@stream
    %r = irdl.base @qdf::@stream
    %a_depth = irdl.base "#builtin.integer"
    %a_impl = irdl.base "#builtin.string"
    irdl.operands(x: %o0)
    irdl.results(y: %r)
    irdl.attributes {"depth" = %a_depth, "impl" = %a_impl}
  }
}
