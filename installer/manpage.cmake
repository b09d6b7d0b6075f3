# cmake -DREVALIGN=bin -DHELP2MAN=help2man -DOUT=revalign.1 -DWORK=dir -P manpage.cmake
# The man page is help2man's reading of `revalign --help`, with every verb's
# own --help as a section, so it can never drift from the program.
file(MAKE_DIRECTORY ${WORK})
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
# Run as plain `revalign` from PATH, so the usage lines name the command and
# not the build folder, and with HOME=~ so that default paths read "~/...".
get_filename_component(bindir ${REVALIGN} DIRECTORY)
set(ENV{PATH} "${bindir}:$ENV{PATH}")
set(ENV{HOME} "~")
set(REVALIGN revalign)
execute_process(COMMAND ${REVALIGN} --help OUTPUT_VARIABLE usage RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "revalign --help failed: ${rc}")
endif()
# The verb list is the usage's indented "  verb   summary" lines.
string(REGEX MATCHALL "\n  [a-z][a-z-]+ " lines "${usage}")
set(include "[VERBS]\nEvery verb takes \\fB\\-\\-help\\fR; what it prints follows.\n")
foreach(line ${lines})
    string(STRIP "${line}" verb)
    execute_process(COMMAND ${REVALIGN} ${verb} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "revalign ${verb} --help failed: ${rc}")
    endif()
    # roff: a leading dot or quote would be read as a request; backslashes escape.
    string(REPLACE "\\" "\\e" help "${help}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "\n${help}")
    string(REPLACE "—" "\\(em" help "${help}")
    string(APPEND include ".SS \"revalign ${verb}\"\n.nf${help}\n.fi\n")
endforeach()
string(APPEND include "[FILES]\n.TP\n\\fI~/.local/share/RevAlign/revalign.db\\fR\nThe default store.\n")
file(WRITE ${WORK}/verbs.h2m "${include}")
execute_process(COMMAND ${HELP2MAN} --no-info --section=1 "--name=revenue KPIs shared by marketing, sales and service"
                        --include=${WORK}/verbs.h2m --output=${OUT} ${REVALIGN}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed: ${rc}")
endif()
