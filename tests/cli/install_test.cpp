// `cmake --install` gives a package other projects use with find_package(parkgraph): the
// example project examples/queries is configured and built against a temporary install
// prefix, and one of its programs answers a query.
#include <cstdlib>
#include <gmock/gmock.h>

#include "cli/cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;

TEST_F(CliTest, ExampleProjectBuildsAgainstTheInstalledPackage) {
  if (!have_tool("cmake")) GTEST_SKIP() << "cmake is not on PATH";
  // scripts/test-sanitize sets ASAN_OPTIONS: its libraries need the sanitizer runtime, which
  // the example project, built plainly, does not link. The normal build runs this test.
  if (std::getenv("ASAN_OPTIONS") != nullptr) GTEST_SKIP() << "sanitizer build";
  const fs::path build_dir = fs::path(PARKGRAPH_BINARY).parent_path();
  const fs::path source = PARKGRAPH_SOURCE_DIR;
  const fs::path prefix = work() / "prefix";
  RunResult r = run_shell("cmake --install " + quote(build_dir.string()) + " --prefix " +
                          quote(prefix.string()));
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  // Public headers only; the internals of */src stay out.
  EXPECT_TRUE(fs::is_regular_file(prefix / "include/parkgraph/query.hpp"));
  EXPECT_TRUE(fs::is_regular_file(prefix / "include/parkgraph/load.hpp"));
  EXPECT_FALSE(fs::exists(prefix / "include/parkgraph/detail.hpp"));
  EXPECT_TRUE(fs::is_regular_file(prefix / "lib/cmake/parkgraph/parkgraphConfig.cmake"));

  const std::string launcher = have_tool("ccache") ? " -DCMAKE_CXX_COMPILER_LAUNCHER=ccache" : "";
  r = run_shell("cmake -S " + quote((source / "examples/queries").string()) +
                " -B consumer -DCMAKE_PREFIX_PATH=" + quote(prefix.string()) + launcher);
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  // Two of its programs are enough to prove the package; all of them compile in the main build.
  r = run_shell("cmake --build consumer -j2 --target query_path query_find");
  ASSERT_EQ(r.exit_code, 0) << describe(r);

  r = run({"build", (source / "examples/corpus").string(), "-o", "g.json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  r = run_shell("consumer/query_path g.json 南昌恒舟生物材料有限公司 江西瑞康微创医疗器械有限公司");
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out,
            "南昌恒舟生物材料有限公司 -locatedIn-> 南昌高新区 <-locatedIn- "
            "江西瑞康微创医疗器械有限公司\n");
  r = run_shell("consumer/query_find g.json 南昌高新區");
  EXPECT_THAT(r.out, HasSubstr("normalised: 南昌高新区 [Park]"));
}

}  // namespace
}  // namespace parkgraph::cli_testing
