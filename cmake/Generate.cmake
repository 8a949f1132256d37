# Writes what `cpcost --generate WHAT` prints to OUTPUT, whole or not at all:
#   cmake -DCPCOST=path/to/cpcost -DWHAT=man -DOUTPUT=man1/cpcost.1 -P Generate.cmake
foreach(variable CPCOST WHAT OUTPUT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "Generate.cmake needs -D${variable}=...")
  endif()
endforeach()

get_filename_component(directory "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${directory}")
execute_process(COMMAND "${CPCOST}" --generate "${WHAT}"
                OUTPUT_FILE "${OUTPUT}.part" ERROR_VARIABLE error RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUTPUT}.part")
  message(FATAL_ERROR "${CPCOST} --generate ${WHAT} failed (${result}): ${error}")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
