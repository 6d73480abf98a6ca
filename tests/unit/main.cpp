// The doctest runner for every tests/unit/test_<source>.cpp. The catalogues are the build tree's
// (the unit tests are not beside the library), so every test of Dutch text runs, under ctest or not.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>

int main(int argc, char** argv) {
  ::setenv("MBOV_LOCALEDIR", MBOV_TEST_LOCALEDIR, 0);  // a value already set wins
  return doctest::Context(argc, argv).run();
}
