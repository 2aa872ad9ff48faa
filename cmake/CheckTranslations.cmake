# SPDX-License-Identifier: GPL-3.0-or-later
# ctest -R translations: re-extract every tr() string from the sources into a copy of each .ts
# file and fail on any string without a finished translation, so new strings cannot slip
# through untranslated. Arguments: LUPDATE, GENERATOR (Qt's GenerateLUpdateProject.cmake),
# PROJECT_IN (the lupdate project .cmake file), WORK (scratch dir), TS_FILES (;-list).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project")
endif()
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK}")
    execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -ts "${WORK}/${name}" -no-obsolete -locations none -silent
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${err}")
    endif()
    file(STRINGS "${WORK}/${name}" lines)
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            list(APPEND failed "${name}: ${source}")
        endif()
    endforeach()
endforeach()
if(failed)
    list(JOIN failed "\n  " text)
    message(FATAL_ERROR "Untranslated strings (run the update_translations target and translate them):\n  ${text}")
endif()
message(STATUS "every string is translated")
