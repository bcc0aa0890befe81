# One INTERFACE target carries the language standard, warnings and Qt strictness for every target.
option(GRAMDESK_WERROR "Treat warnings as errors (on in CI)" OFF)
option(ENABLE_ASAN "Build with AddressSanitizer" OFF)
option(ENABLE_UBSAN "Build with UndefinedBehaviorSanitizer" OFF)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(gramdesk_options INTERFACE)
target_compile_features(gramdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(gramdesk_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(GRAMDESK_WERROR)
  target_compile_options(gramdesk_options INTERFACE -Werror)
endif()
target_compile_definitions(gramdesk_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  GRAMDESK_VERSION="${PROJECT_VERSION}")

set(_sanitizers "")
if(ENABLE_ASAN)
  list(APPEND _sanitizers address)
endif()
if(ENABLE_UBSAN)
  list(APPEND _sanitizers undefined)
endif()
if(_sanitizers)
  list(JOIN _sanitizers "," _san)
  target_compile_options(gramdesk_options INTERFACE -fsanitize=${_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(gramdesk_options INTERFACE -fsanitize=${_san})
endif()
