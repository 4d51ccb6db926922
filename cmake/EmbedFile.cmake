# qcnn_embed_file(<input> <output.c> <symbol>): turn a text file into a C array `const char <symbol>[]`
# (NUL-terminated) at build time, so installed tools need no data files.
function(qcnn_embed_file input output symbol)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DIN=${input} -DOUT=${output} -DSYM=${symbol}
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFileScript.cmake
    DEPENDS ${input} ${CMAKE_SOURCE_DIR}/cmake/EmbedFileScript.cmake
    COMMENT "Embedding ${input}")
endfunction()
