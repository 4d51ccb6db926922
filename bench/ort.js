// Runs an ONNX model under onnxruntime-node, single thread, and prints its throughput and output.
// Usage: node ort.js MODEL.onnx INPUT.npy RUNS
// The input is a float32 C-order .npy fed to the model's first input; one warm-up run is not timed.
'use strict';
const fs = require('fs');
const ort = require('onnxruntime-node');

function readNpyF32(path) {
  const buf = fs.readFileSync(path);
  const headerLen = buf.readUInt16LE(8);
  const header = buf.toString('latin1', 10, 10 + headerLen);
  if (!/'descr': '<f4'/.test(header) || /'fortran_order': True/.test(header)) throw new Error(`${path}: need float32 C order`);
  const shape = header.match(/'shape': \(([^)]*)\)/)[1].split(',').filter((s) => s.trim()).map(Number);
  const start = 10 + headerLen;
  const data = new Float32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + buf.length));
  return new ort.Tensor('float32', data, shape);
}

async function main() {
  const [model, input, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg);
  const session = await ort.InferenceSession.create(model, {
    intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 3,
  });
  const feeds = {[session.inputNames[0]]: readNpyF32(input)};
  let out = await session.run(feeds);
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < runs; k++) out = await session.run(feeds);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const y = out[session.outputNames[0]];
  const batch = feeds[session.inputNames[0]].dims[0];
  console.log(`onnxruntime: ${runs} runs of batch ${batch} in ${secs.toFixed(3)} s: ${(runs * batch / secs).toFixed(1)} images/s`);
  console.log(`onnxruntime output: [${Array.from(y.data).map((v) => Number(v.toPrecision(6))).join(', ')}]`);
}

main().catch((e) => { console.error(`ort.js: ${e.message}`); process.exit(1); });
