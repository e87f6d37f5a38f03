# What the programs learn at configure time: the version they report (--version) and where, relative
# to their own binary, the installed organization data lives. Nothing here is an absolute path baked
# into a binary: an installed or copied program finds its data beside itself.

# The git revision when built from a git checkout of this project (a tarball, or a tree inside some
# other repository, has none: --version then says so). Configure runs on every scripts/build.sh.
set(VNSEARCH_GIT_REVISION "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                  OUTPUT_VARIABLE git_toplevel RESULT_VARIABLE git_status
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  file(REAL_PATH "${PROJECT_SOURCE_DIR}" source_dir)
  if(git_status EQUAL 0 AND git_toplevel)
    file(REAL_PATH "${git_toplevel}" git_toplevel)
  endif()
  if(git_status EQUAL 0 AND git_toplevel STREQUAL source_dir)
    execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty --tags
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                    OUTPUT_VARIABLE VNSEARCH_GIT_REVISION OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
endif()

# The version and revision go into one generated source (service's build_info.cc), which configure
# rewrites only when they change: a new commit recompiles that one file, not the programs.
configure_file(${CMAKE_CURRENT_LIST_DIR}/build_info.cc.in ${PROJECT_BINARY_DIR}/generated/build_info.cc @ONLY)
set(VNSEARCH_BUILD_INFO_SOURCE ${PROJECT_BINARY_DIR}/generated/build_info.cc)

# The organization data directory as seen from the programs' directory: ../share/vnsearch/orgs-data
# for the usual layout. The build tree gets the same layout (a link to the source data), so a program
# run from build/ and an installed one look in the same relative place.
set(VNSEARCH_DATA_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/vnsearch/orgs-data)
file(RELATIVE_PATH VNSEARCH_DATA_FROM_BIN ${CMAKE_INSTALL_FULL_BINDIR}
     ${CMAKE_INSTALL_FULL_DATADIR}/vnsearch/orgs-data)
