// The qdf dialect: streaming hardware processes connected by FIFO channels (DESIGN section 4.2).
// Rationale and conventions: dialects/qdf.md. The op list must match include/qcnn/Ops.def
// (test/Dialect/op-table.test checks it). The dataflow issue refines these ops.
//
// Constraint conventions: channel operands and results are !qdf.stream, weights and thresholds are
// builtin ranked tensors (constants); attributes as in qcnn.irdl.mlir. Folding constraints
// (mw % simd == 0, mh % pe == 0, channels % pe == 0, ...) are checked by a verifier pass.
irdl.dialect @qdf {
  // A FIFO channel: the folded tensor one image makes on it (shape and element type) and the
  // word width in bits, e.g. !qdf.stream<tensor<1x64x64x4x2xui4>, 8 : i32>.
  irdl.type @stream {
    %tensor = irdl.base "!builtin.tensor"
    %width = irdl.base "#builtin.integer"
    irdl.parameters(tensor: %tensor, width: %width)
  }

  // DMA boundary into the accelerator: a host tensor of `normal_shape` becomes a stream of
  // `folded_shape` words, `packed_shape` being its byte-packed form in host memory.
  irdl.operation @input {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %folded_shape = irdl.base "#builtin.dense_array"
    %normal_shape = irdl.base "#builtin.dense_array"
    %packed_shape = irdl.base "#builtin.dense_array"
    irdl.attributes {"folded_shape" = %folded_shape, "normal_shape" = %normal_shape, "packed_shape" = %packed_shape}
  }

  // DMA boundary out of the accelerator: the inverse of qdf.input.
  irdl.operation @output {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base "!builtin.tensor"
    irdl.results(y: %y)
    %folded_shape = irdl.base "#builtin.dense_array"
    %normal_shape = irdl.base "#builtin.dense_array"
    %packed_shape = irdl.base "#builtin.dense_array"
    irdl.attributes {"folded_shape" = %folded_shape, "normal_shape" = %normal_shape, "packed_shape" = %packed_shape}
  }

  // Matrix-vector-activation unit: for each of num_input_vectors input vectors of mw elements, mh dot
  // products with the weights ([mw, mh]) computed pe rows x simd columns per cycle; with thresholds
  // ([mh or 1, steps]) the accumulators are thresholded and act_val added.
  irdl.operation @mvau {
    %x = irdl.base @qdf::@stream
    %weights = irdl.base "!builtin.tensor"
    %thresholds = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, weights: %weights, thresholds: optional %thresholds)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %act_val = irdl.base "#builtin.integer"
    %input_dtype = irdl.base "#builtin.string"
    %mem_style_auto = irdl.is "auto"
    %mem_style_block = irdl.is "block"
    %mem_style_distributed = irdl.is "distributed"
    %mem_style_ultra = irdl.is "ultra"
    %mem_style = irdl.any_of(%mem_style_auto, %mem_style_block, %mem_style_distributed, %mem_style_ultra)
    %mh = irdl.base "#builtin.integer"
    %mw = irdl.base "#builtin.integer"
    %num_input_vectors = irdl.base "#builtin.dense_array"
    %output_dtype = irdl.base "#builtin.string"
    %pe = irdl.base "#builtin.integer"
    %simd = irdl.base "#builtin.integer"
    %weight_dtype = irdl.base "#builtin.string"
    irdl.attributes {"act_val" = %act_val, "input_dtype" = %input_dtype, "mem_style" = %mem_style, "mh" = %mh, "mw" = %mw, "num_input_vectors" = %num_input_vectors, "output_dtype" = %output_dtype, "pe" = %pe, "simd" = %simd, "weight_dtype" = %weight_dtype}
  }

  // Sliding-window generator: turns an NHWC feature map into the im2col stream a conv's mvau reads.
  irdl.operation @swg {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %channels = irdl.base "#builtin.integer"
    %dilation = irdl.base "#builtin.dense_array"
    %ifm_dim = irdl.base "#builtin.dense_array"
    %kernel = irdl.base "#builtin.dense_array"
    %ofm_dim = irdl.base "#builtin.dense_array"
    %simd = irdl.base "#builtin.integer"
    %stride = irdl.base "#builtin.dense_array"
    irdl.attributes {"channels" = %channels, "dilation" = %dilation, "ifm_dim" = %ifm_dim, "kernel" = %kernel, "ofm_dim" = %ofm_dim, "simd" = %simd, "stride" = %stride}
  }

  // Constant padding of an NHWC feature map with the integer `value` (pads as in ONNX: begins, ends).
  irdl.operation @pad {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %channels = irdl.base "#builtin.integer"
    %ifm_dim = irdl.base "#builtin.dense_array"
    %pads = irdl.base "#builtin.dense_array"
    %simd = irdl.base "#builtin.integer"
    %value = irdl.base "#builtin.integer"
    irdl.attributes {"channels" = %channels, "ifm_dim" = %ifm_dim, "pads" = %pads, "simd" = %simd, "value" = %value}
  }

  // Max pooling of an NHWC feature map, pe channels per cycle.
  irdl.operation @maxpool {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %channels = irdl.base "#builtin.integer"
    %ifm_dim = irdl.base "#builtin.dense_array"
    %kernel = irdl.base "#builtin.dense_array"
    %pe = irdl.base "#builtin.integer"
    %stride = irdl.base "#builtin.dense_array"
    irdl.attributes {"channels" = %channels, "ifm_dim" = %ifm_dim, "kernel" = %kernel, "pe" = %pe, "stride" = %stride}
  }

  // Standalone multithreshold, pe channels per cycle: y = #{t : x >= t} + act_val.
  irdl.operation @threshold {
    %x = irdl.base @qdf::@stream
    %thresholds = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, thresholds: %thresholds)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %act_val = irdl.base "#builtin.integer"
    %channels = irdl.base "#builtin.integer"
    %num_input_vectors = irdl.base "#builtin.dense_array"
    %output_dtype = irdl.base "#builtin.string"
    %pe = irdl.base "#builtin.integer"
    irdl.attributes {"act_val" = %act_val, "channels" = %channels, "num_input_vectors" = %num_input_vectors, "output_dtype" = %output_dtype, "pe" = %pe}
  }

  // Global accumulation pool: the sum over all ifm_dim positions per channel.
  irdl.operation @accpool {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %channels = irdl.base "#builtin.integer"
    %ifm_dim = irdl.base "#builtin.dense_array"
    %pe = irdl.base "#builtin.integer"
    irdl.attributes {"channels" = %channels, "ifm_dim" = %ifm_dim, "pe" = %pe}
  }

  // Indices of the k largest of `labels` values (top-k), pe values per cycle.
  irdl.operation @labelselect {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %k = irdl.base "#builtin.integer"
    %labels = irdl.base "#builtin.integer"
    %pe = irdl.base "#builtin.integer"
    irdl.attributes {"k" = %k, "labels" = %labels, "pe" = %pe}
  }

  // Data-width converter: the same values re-packed from in_width-bit to out_width-bit words.
  irdl.operation @dwc {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %in_width = irdl.base "#builtin.integer"
    %out_width = irdl.base "#builtin.integer"
    irdl.attributes {"in_width" = %in_width, "out_width" = %out_width}
  }

  // Fans one stream out to num_outputs identical streams (a FIFO channel has one reader).
  irdl.operation @duplicate {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    irdl.results(outs: variadic %x)
    %num_outputs = irdl.base "#builtin.integer"
    irdl.attributes {"num_outputs" = %num_outputs}
  }

  // Element-wise sum of two streams of the same folded shape, pe channels per cycle.
  irdl.operation @add_streams {
    %a = irdl.base @qdf::@stream
    %b = irdl.base @qdf::@stream
    irdl.operands(a: %a, b: %b)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %channels = irdl.base "#builtin.integer"
    %pe = irdl.base "#builtin.integer"
    irdl.attributes {"channels" = %channels, "pe" = %pe}
  }

  // A FIFO of `depth` words, implemented as `impl`; passes its stream through unchanged.
  irdl.operation @fifo {
    %x = irdl.base @qdf::@stream
    irdl.operands(x: %x)
    irdl.results(y: %x)
    %depth = irdl.base "#builtin.integer"
    %impl_srl = irdl.is "srl"
    %impl_lutram = irdl.is "lutram"
    %impl_bram = irdl.is "bram"
    %impl_uram = irdl.is "uram"
    %impl = irdl.any_of(%impl_srl, %impl_lutram, %impl_bram, %impl_uram)
    irdl.attributes {"depth" = %depth, "impl" = %impl}
  }
}
