// `parkgraph explain`: an entity's facts with the sentences they were read from.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace parkgraph::cli_testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class Explain : public CliTest {};

// "X高新区党工委副书记、管委会主任Y表示": explain Y shows holdsPosition, title and evidence.
TEST_F(Explain, PersonShowsPositionTitleAndEvidence) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r = run({"explain", "龚瑞平", "xiaogan.txt"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("龚瑞平"));
  EXPECT_THAT(r.out, HasSubstr("Person"));
  EXPECT_THAT(r.out, HasSubstr("holdsPosition"));
  EXPECT_THAT(r.out, HasSubstr("孝感高新区"));
  EXPECT_THAT(r.out, HasSubstr("党工委副书记、管委会主任"));
  EXPECT_THAT(r.out, HasSubstr("管委会主任龚瑞平表示"));  // the evidence sentence
  EXPECT_THAT(r.out, HasSubstr("xiaogan.txt"));
}

// Explaining the zone shows the incoming relation from the person.
TEST_F(Explain, ParkShowsIncomingRelation) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r = run({"explain", "孝感高新区", "xiaogan.txt"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Park"));
  EXPECT_THAT(r.out, HasSubstr("holdsPosition"));
  EXPECT_THAT(r.out, HasSubstr("龚瑞平"));
}

// An entity is found by an alias (the short form of a firm) and shows its full name.
TEST_F(Explain, FindsEntityByAlias) {
  put("zhuzhou.txt", kZhuzhouReport);
  put("followup.txt", kZhuzhouFollowUp);
  const RunResult r = run({"explain", "鸿拓集团", "zhuzhou.txt", "followup.txt"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("鸿拓国际集团"));
  EXPECT_THAT(r.out, HasSubstr("Company"));
  EXPECT_THAT(r.out, HasSubstr("zhuzhou.txt"));
  EXPECT_THAT(r.out, HasSubstr("followup.txt"));
}

// An entity is found by its id.
TEST_F(Explain, FindsEntityById) {
  put("xiaogan.txt", kXiaoganReport);
  ASSERT_EQ(run({"build", "xiaogan.txt", "-o", "g.json"}).exit_code, 0);
  const auto json = load_json(work() / "g.json");
  ASSERT_TRUE(json);
  const auto* person = find_entity(*json, "Person", "龚瑞平");
  ASSERT_NE(person, nullptr);
  const RunResult r = run({"explain", person->at("id").get<std::string>(), "xiaogan.txt"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("龚瑞平"));
  EXPECT_THAT(r.out, HasSubstr("holdsPosition"));
}

// An unknown name exits 1 with a message naming it.
TEST_F(Explain, UnknownNameExits1) {
  put("xiaogan.txt", kXiaoganReport);
  const RunResult r = run({"explain", "欧阳不存在", "xiaogan.txt"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("欧阳不存在"));
  EXPECT_THAT(r.out, Not(HasSubstr("holdsPosition")));
}

}  // namespace
}  // namespace parkgraph::cli_testing
