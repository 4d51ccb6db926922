# lit configuration for qcnn. Tools come from the build tree; FileCheck, not, count and split-file
# from Debian's llvm-22-tools.
import os
import lit.formats

config.name = "qcnn"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".test", ".textproto"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "README.md"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.qcnn_obj_root, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.qcnn_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# Sanitizer runs must fail on the first report.
config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=1"
config.environment["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1"

onnx_include = os.path.dirname(os.path.dirname(config.onnx_proto))
# %onnx-encode: a text-format ModelProto on stdin -> binary .onnx on stdout.
config.substitutions.append(
    ("%onnx-encode", "%s --encode=onnx.ModelProto -I%s %s" % (config.protoc, onnx_include, config.onnx_proto)))
config.substitutions.append(("%python", config.python3))
config.substitutions.append(("%examples", os.path.join(config.qcnn_src_root, "examples")))
config.substitutions.append(("%srcroot", config.qcnn_src_root))

# Real public models live beside the project in ../shared/models during development; a user's clone
# does not have them, so tests that read them require this feature.
shared_models = os.path.join(os.path.dirname(config.qcnn_src_root), "shared", "models")
if os.path.isdir(shared_models):
    config.available_features.add("shared-models")
    config.substitutions.append(("%shared_models", shared_models))

onnx_testdata = "/usr/share/libonnx-testdata/data/node"
if os.path.isdir(onnx_testdata):
    config.available_features.add("onnx-testdata")
    config.substitutions.append(("%onnx_node_tests", onnx_testdata))

try:
    import subprocess
    subprocess.run([config.python3, "-c", "import numpy"], check=True, capture_output=True)
    config.available_features.add("numpy")
except Exception:
    pass
if config.sanitizers in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("sanitizers")
