// Deliberately wrong definitions for op-table.test: each op below disagrees with Ops.def.
irdl.dialect @qdf {
  irdl.type @stream {
    %tensor = irdl.base "!builtin.tensor"
    %width = irdl.base "#builtin.integer"
    irdl.parameters(tensor: %tensor, width: %width)
  }
  // Operand renamed (x -> in).
  irdl.operation @fifo {
    %s = irdl.base @qdf::@stream
    irdl.operands(in: %s)
    irdl.results(y: %s)
    %depth = irdl.base "#builtin.integer"
    %impl = irdl.base "#builtin.string"
    irdl.attributes {"depth" = %depth, "impl" = %impl}
  }
  // Required thresholds made optional; a missing (pe) and an extra (simd) attribute.
  irdl.operation @threshold {
    %x = irdl.base @qdf::@stream
    %thresholds = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, thresholds: optional %thresholds)
    %y = irdl.base @qdf::@stream
    irdl.results(y: %y)
    %a = irdl.base "#builtin.integer"
    irdl.attributes {"act_val" = %a, "channels" = %a, "num_input_vectors" = %a, "output_dtype" = %a, "simd" = %a}
  }
  // A variadic operand where Ops.def has two single ones.
  irdl.operation @add_streams {
    %s = irdl.base @qdf::@stream
    irdl.operands(a: variadic %s)
    irdl.results(y: %s)
    %a = irdl.base "#builtin.integer"
    irdl.attributes {"channels" = %a, "pe" = %a}
  }
  // Not in Ops.def.
  irdl.operation @bogus {
    %s = irdl.base @qdf::@stream
    irdl.operands(x: %s)
    irdl.results(y: %s)
  }
}

// Correct, but qcnn.relu is already defined in dialects/qcnn.irdl.mlir.
irdl.dialect @qcnn {
  irdl.operation @relu {
    %x = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(y: %x)
  }
}
