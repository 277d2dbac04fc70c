# `cmake --install build --prefix P` puts the three static libraries, their public headers,
# the parkgraph program and a CMake package under P, so that other projects can write
#   find_package(parkgraph REQUIRED)
#   target_link_libraries(app PRIVATE parkgraph::parkgraph)
# (tests/cli/install_test.cpp builds examples/queries that way).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(PARKGRAPH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/parkgraph)

set_target_properties(parkgraph_extract PROPERTIES EXPORT_NAME extract)
set_target_properties(parkgraph_graph PROPERTIES EXPORT_NAME graph)
set_target_properties(parkgraph_export PROPERTIES EXPORT_NAME export)
foreach(library parkgraph_extract parkgraph_graph parkgraph_export)
  target_include_directories(${library} INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
endforeach()

install(TARGETS parkgraph_extract parkgraph_graph parkgraph_export parkgraph_library
        EXPORT parkgraphTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS parkgraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(layer extract graph export)
  install(DIRECTORY ${CMAKE_SOURCE_DIR}/${layer}/include/parkgraph
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endforeach()
install(EXPORT parkgraphTargets NAMESPACE parkgraph:: DESTINATION ${PARKGRAPH_CMAKE_DIR})

configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/parkgraphConfig.cmake.in
                              ${CMAKE_BINARY_DIR}/parkgraphConfig.cmake
                              INSTALL_DESTINATION ${PARKGRAPH_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/parkgraphConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/parkgraphConfig.cmake
              ${CMAKE_BINARY_DIR}/parkgraphConfigVersion.cmake
        DESTINATION ${PARKGRAPH_CMAKE_DIR})
