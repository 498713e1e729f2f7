# Fails when a user-visible string has no translation: runs lupdate over the sources into scratch copies of the .ts
# files (the real ones are not touched) and counts the unfinished messages in each.
# cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB originals "${SOURCE_DIR}/translations/*.ts")
file(COPY ${originals} DESTINATION "${WORK_DIR}")
file(GLOB copies "${WORK_DIR}/*.ts")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none
                        "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/models" "${SOURCE_DIR}/providers"
                        -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
set(failed 0)
foreach(ts ${copies})
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    get_filename_component(name "${ts}" NAME)
    if(count GREATER 0)
        message(SEND_ERROR "${name}: ${count} string(s) without translation. Run: cmake --build build/dev --target update_translations, then translate them in translations/${name}")
        set(failed 1)
    else()
        message(STATUS "${name}: complete")
    endif()
endforeach()
