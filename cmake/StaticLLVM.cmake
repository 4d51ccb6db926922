# QCNN_STATIC_LLVM: link LLVM's static component libraries instead of libLLVM.so. Loading the
# shared library (symbol relocations and page faults) is most of each tool's start-up time, which
# dominates compiling a small model (bench/README.md, "Pipeline compile time").
#
# Debian's MLIR targets name the dylib as "LLVM" in their link interfaces; this rewrites every MLIR
# target reachable from the given ones to name QcnnStaticLLVM: the LLVMSupport and LLVMDemangle
# archives and the system libraries they call. Not LLVMSupport's own link interface: it wants z3 (not
# needed by MLIR, and slow to load) and a zstd CMake package Debian's runtime package lacks.
function(qcnn_use_static_llvm)
  find_library(QCNN_ZSTD_LIBRARY NAMES zstd libzstd.so.1 REQUIRED)
  find_package(ZLIB REQUIRED)
  add_library(QcnnStaticLLVM INTERFACE)
  target_link_libraries(QcnnStaticLLVM INTERFACE $<TARGET_FILE:LLVMSupport> $<TARGET_FILE:LLVMDemangle>
                        ZLIB::ZLIB ${QCNN_ZSTD_LIBRARY} rt dl m)
  set(queue ${ARGN})
  set(seen "")
  while(queue)
    list(POP_FRONT queue t)
    if(NOT TARGET ${t} OR t IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${t})
    get_target_property(deps ${t} INTERFACE_LINK_LIBRARIES)
    if(deps)
      list(TRANSFORM deps REPLACE "^LLVM$" "QcnnStaticLLVM")
      set_target_properties(${t} PROPERTIES INTERFACE_LINK_LIBRARIES "${deps}")
      list(APPEND queue ${deps})
    endif()
  endwhile()
endfunction()
