// Relation extraction: each test names the pattern it covers.
#include <gtest/gtest.h>

#include "extract_test_support.hpp"

namespace parkgraph::testing {
namespace {

using enum RelationType;

// A title chain before a name: one holdsPosition with the whole title, held in the park.
TEST(Relate, TitleChainGivesOnePositionWithTheWholeTitle) {
  const Extraction ex = run("成都高新区党工委副书记、管委会主任刘振华表示，将持续优化营商环境。");
  const Fact* f = find_fact(ex, "刘振华", HoldsPosition, "成都高新区");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "党工委副书记、管委会主任");
}

// A zone run together with a district names it in brackets (杭州高新区(滨江)), by a short name
// the text never spells out: its organs are still named, and offices still held in the zone.
TEST(Relate, ZoneWithItsDistrictInBrackets) {
  const Extraction ex =
      run("杭州高新区（滨江）管委会与浙江大学签署战略合作协议。杭州高新区（滨江）党工委书记、"
          "管委会主任张宏表示，将全力支持。");
  EXPECT_TRUE(has_entity(ex, EntityType::Organization, "杭州高新区(滨江)管委会")) << dump(ex);
  EXPECT_NE(find_fact(ex, "杭州高新区(滨江)管委会", CooperatesWith, "浙江大学"), nullptr)
      << dump(ex);
  const Fact* f = find_fact(ex, "张宏", HoldsPosition, "杭州高新区");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "党工委书记、管委会主任");
}

// 在X公司,董事长Y说: the firm that sets the scene is where the titles after its comma are held.
TEST(Relate, TitleChainAfterTheFirmThatSetsTheScene) {
  const Extraction ex =
      run("在星河微电子有限公司,党支部书记、副总经理黄晓玲介绍,公司把党建工作融入生产经营各环节。");
  const Fact* f = find_fact(ex, "黄晓玲", HoldsPosition, "星河微电子有限公司");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "党支部书记、副总经理");
}

// Departments whose names join two fields with 和 (工业和信息化厅, 住房和城乡建设部) are one name,
// and the offices held there are found.
TEST(Relate, DepartmentNamesWithHe) {
  const Extraction ex = run("江西省工业和信息化厅党组成员、副厅长刘勇出席投产仪式。");
  EXPECT_TRUE(has_entity(ex, EntityType::Organization, "江西省工业和信息化厅")) << dump(ex);
  const Fact* f = find_fact(ex, "刘勇", HoldsPosition, "江西省工业和信息化厅");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "党组成员、副厅长");
}

// 港区 names a zone (郑州航空港区), so its committee's titles are held in the zone.
TEST(Relate, PortZoneCommittee) {
  const Extraction ex = run("郑州航空港区党工委书记张俊峰主持活动。");
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "郑州航空港区")) << dump(ex);
  const Fact* f = find_fact(ex, "张俊峰", HoldsPosition, "郑州航空港区");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "党工委书记");
}

// Several offices in one chain, each with its own unit.
TEST(Relate, ChainOfOfficesInSeveralUnits) {
  const Extraction ex = run("中国科学院院士、清华大学教授王立群出席活动。");
  EXPECT_NE(find_fact(ex, "王立群", HoldsPosition, "清华大学"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "王立群", HoldsPosition, "中国科学院"), nullptr) << dump(ex);
}

// A city stands for its government: 某市副市长X.
TEST(Relate, CityOfficials) {
  const Extraction ex = run("杭州市副市长陈立新在致辞中表示祝贺。");
  const Fact* f = find_fact(ex, "陈立新", HoldsPosition, "杭州市");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "副市长");
}

// An office in brackets after the name: 张明(星河科技有限公司董事长).
TEST(Relate, OfficeInBracketsAfterTheName) {
  const Extraction ex = run("签约仪式上，张明远(星河智能科技有限公司董事长)介绍了项目情况。");
  const Fact* f = find_fact(ex, "张明远", HoldsPosition, "星河智能科技有限公司");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "董事长");
}

// A role is not an office: 村民X holds nothing.
TEST(Relate, RolesAreNotPositions) {
  const Extraction ex = run("大瑶镇村民刘桂香说，日子越过越好。");
  for (const auto& f : ex.facts) EXPECT_NE(f.type, HoldsPosition) << dump(ex);
}

// Coordination: A和B…签约 gives one cooperatesWith; the school is part of its university.
TEST(Relate, CoordinatedPartiesCooperate) {
  const Extraction ex = run("湖南大学材料学院和株洲晶彩新材料有限公司就专利转化进行签约。");
  EXPECT_NE(find_fact(ex, "湖南大学材料学院", CooperatesWith, "株洲晶彩新材料有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "湖南大学材料学院", PartOf, "湖南大学"), nullptr) << dump(ex);
}

// A与B签订协议, the subject carried over from the sentence before.
TEST(Relate, CooperationWithTheSubjectOfThePreviousSentence) {
  const Extraction ex =
      run("近日，苏州工业园区举办对接会。会上，与南京航空航天大学签订战略合作协议。");
  EXPECT_NE(find_fact(ex, "苏州工业园区", CooperatesWith, "南京航空航天大学"), nullptr) << dump(ex);
}

// Location by apposition with 位于…的.
TEST(Relate, LocatedByWeiyu) {
  const Extraction ex = run("位于株洲高新区的株洲时代光电有限公司加快研发。");
  EXPECT_NE(find_fact(ex, "株洲时代光电有限公司", LocatedIn, "株洲高新区"), nullptr) << dump(ex);
}

// Location by a verb: X落户Y.
TEST(Relate, LocatedByLuohu) {
  const Extraction ex = run("今年5月，远景动力科技有限公司落户长沙经开区。");
  EXPECT_NE(find_fact(ex, "远景动力科技有限公司", LocatedIn, "长沙经开区"), nullptr) << dump(ex);
}

// An administrative chain: each place lies in the one before it.
TEST(Relate, AdministrativeChain) {
  const Extraction ex = run("记者来到浏阳市大瑶镇杨花村。");
  EXPECT_NE(find_fact(ex, "大瑶镇", LocatedIn, "浏阳市"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "杨花村", LocatedIn, "大瑶镇"), nullptr) << dump(ex);
}

// The lexicon knows which province a city is in, when the text names both.
TEST(Relate, LexiconHierarchyBetweenNamedPlaces) {
  const Extraction ex = run("湖南省科技厅日前在株洲市召开现场会。湖南省将加快高新区建设。");
  EXPECT_NE(find_fact(ex, "株洲市", LocatedIn, "湖南省"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "湖南省科技厅", LocatedIn, "湖南省"), nullptr) << dump(ex);
}

// The organ of a park is part of the park.
TEST(Relate, OrganIsPartOfItsPark) {
  const Extraction ex = run("西安高新区管委会发布新政策。");
  EXPECT_NE(find_fact(ex, "西安高新区管委会", PartOf, "西安高新区"), nullptr) << dump(ex);
}

// A firm, its investment and its project: 企业总投资X亿元的Y项目, with the amount in yuan.
TEST(Relate, InvestmentInAProject) {
  const Extraction ex = run("宏达新能源科技有限公司总投资8.5亿元的储能电池生产基地项目开工。");
  const Fact* f = find_fact(ex, "宏达新能源科技有限公司", InvestsIn, "储能电池生产基地项目");
  ASSERT_NE(f, nullptr) << dump(ex);
  bool amount = false;
  for (const auto& a : ex.attributes) {
    if (a.name == "investment" && ex.mentions[a.mention].surface == "储能电池生产基地项目") {
      EXPECT_DOUBLE_EQ(a.value, 850000000.0);
      EXPECT_EQ(a.unit, "CNY");
      amount = true;
    }
  }
  EXPECT_TRUE(amount) << dump(ex);
}

// An amount and a building verb introduce the project: 拟投资N亿元建设X项目.
TEST(Relate, InvestmentThenBuildingVerb) {
  const Extraction ex = run("湘江智造有限公司拟投资20亿元建设锂电池回收利用项目。");
  EXPECT_NE(find_fact(ex, "湘江智造有限公司", InvestsIn, "锂电池回收利用项目"), nullptr)
      << dump(ex);
}

// The investor after 由: X项目由Y公司投资建设.
TEST(Relate, InvestorIntroducedByYou) {
  const Extraction ex = run("年产3万吨高端铝材项目由湖南金拓铝业有限公司投资建设，预计年底投产。");
  EXPECT_NE(find_fact(ex, "湖南金拓铝业有限公司", InvestsIn, "年产3万吨高端铝材项目"), nullptr)
      << dump(ex);
}

// A reference back: 该公司 is the last company named before it.
TEST(Relate, ReferenceBackToTheCompany) {
  const Extraction ex =
      run("青禾智能装备有限公司落户合肥高新区。该公司总经理赵一鸣表示，将扩大产能。");
  EXPECT_NE(find_fact(ex, "赵一鸣", HoldsPosition, "青禾智能装备有限公司"), nullptr) << dump(ex);
}

// Firms listed under a heading that names a park sit in that park.
TEST(Relate, ListedFirmsSitInTheParkOfTheSection) {
  const Extraction ex =
      run("## 宁波高新区\n\n园区先后引进了海创科技、蓝湾药业、东港机械等一批企业。\n");
  for (const std::string firm : {"海创科技", "蓝湾药业", "东港机械"}) {
    EXPECT_NE(find_fact(ex, firm, LocatedIn, "宁波高新区"), nullptr) << firm << "\n" << dump(ex);
  }
}

// A place that builds or runs something holds it: X高新区重点打造了Y中心.
TEST(Relate, HostVerbsPlaceWhatTheyBuild) {
  const Extraction ex = run("近年来，贵阳高新区重点打造了黔中数据交易中心，吸引企业入驻。");
  EXPECT_NE(find_fact(ex, "黔中数据交易中心", LocatedIn, "贵阳高新区"), nullptr) << dump(ex);
}

// A registered firm (…有限公司) in a park's story sits in that park.
TEST(Relate, RegisteredFirmsOfAParkStorySitInThePark) {
  const Extraction ex =
      run("## 宁波高新区加快项目建设\n\n在宁波海曙精工机械有限公司车间里，工人们正在调试设备。\n");
  EXPECT_NE(find_fact(ex, "宁波海曙精工机械有限公司", LocatedIn, "宁波高新区"), nullptr)
      << dump(ex);
}

// A firm named after another city only visits the park of the story.
TEST(Relate, FirmsOfAnotherCityDoNotSitInThePark) {
  const Extraction ex =
      run("## "
          "宁波高新区举办对接会\n\n会上，宁波海曙精工机械有限公司与杭州云栈数据科技有限公司签订合作"
          "协议。\n");
  EXPECT_NE(find_fact(ex, "宁波海曙精工机械有限公司", LocatedIn, "宁波高新区"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "杭州云栈数据科技有限公司", LocatedIn, "宁波高新区"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "宁波海曙精工机械有限公司", CooperatesWith, "杭州云栈数据科技有限公司"),
            nullptr)
      << dump(ex);
}

// 在…建设: a project started or built at a park sits in it; a meeting held there does not
// make its organiser sit there.
TEST(Relate, ProjectBuiltAtAPlaceSitsThere) {
  const Extraction ex =
      run("总投资12亿元的星河智能传感器项目在成都高新区正式开工建设。合肥高新区管委会在成都高新区"
          "举办推介会。");
  EXPECT_NE(find_fact(ex, "星河智能传感器项目", LocatedIn, "成都高新区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "合肥高新区管委会", LocatedIn, "成都高新区"), nullptr) << dump(ex);
}

// 该研究院 refers back to the last name ending in 研究院; a 软件城 is a park, and 落户 places the
// institute in it.
TEST(Relate, ReferenceBackToAnInstituteSettlingInAPark) {
  const Extraction ex = run(
      "双方将共同建设无人系统创新研究院。该研究院将落户西安高新区丝路软件城，首期投入资金2亿元。");
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "西安高新区丝路软件城")) << dump(ex);
  EXPECT_NE(find_fact(ex, "无人系统创新研究院", LocatedIn, "西安高新区丝路软件城"), nullptr)
      << dump(ex);
}

// A、B、C三方签署…: every party listed before 三方 and an agreement verb cooperates with every
// other; without the agreement a list of parties is no cooperation.
TEST(Relate, PartiesListedBeforeSanfangCooperate) {
  const Extraction ex =
      run("武汉东湖高新区、华中科技大学、武汉光迅科技股份有限公司三方签署共建协议。"
          "成都高新区、西南交通大学三方代表出席了会议。");
  EXPECT_NE(find_fact(ex, "武汉东湖高新区", CooperatesWith, "华中科技大学"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "华中科技大学", CooperatesWith, "武汉光迅科技股份有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "武汉东湖高新区", CooperatesWith, "武汉光迅科技股份有限公司"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "成都高新区", CooperatesWith, "西南交通大学"), nullptr) << dump(ex);
}

// 由X投资的Y项目: the investment verb before 的 introduces the project and names its investor;
// the known firm's 集团 is its own, so 集团投资 is no unit of it. A time word may stand before
// the 在 that gives the project's site (日前在淄博高新区顺利投产).
TEST(Relate, ProjectInvestedByAFirmAndBuiltAtASite) {
  const Extraction ex = run("由中国建材集团投资的玻璃纤维生产线项目日前在淄博高新区顺利投产。");
  EXPECT_NE(find_fact(ex, "中国建材集团", InvestsIn, "玻璃纤维生产线项目"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "玻璃纤维生产线项目", LocatedIn, "淄博高新区"), nullptr) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "中国建材集团投资")) << dump(ex);
}

// 兼 joins two titles of one person as 、 does, and a division of the firm may stand inside
// the second title (执行副总裁兼数字化工业集团总经理); 兼 is no part of the division's name.
TEST(Relate, TitlesJoinedByJian) {
  const Extraction ex =
      run("安徽云帆储能有限公司董事长兼总经理周海峰表示，将扩大产能。"
          "西门子(中国)有限公司执行副总裁兼数字化工业集团总经理王海滨表示，将深化合作。");
  const Fact* chair = find_fact(ex, "周海峰", HoldsPosition, "安徽云帆储能有限公司");
  ASSERT_NE(chair, nullptr) << dump(ex);
  EXPECT_EQ(chair->title, "董事长兼总经理");
  const Fact* vp = find_fact(ex, "王海滨", HoldsPosition, "西门子(中国)有限公司");
  ASSERT_NE(vp, nullptr) << dump(ex);
  EXPECT_EQ(vp->title, "执行副总裁兼数字化工业集团总经理");
  EXPECT_FALSE(has_any_entity(ex, "兼数字化工业集团")) << dump(ex);
}

// A bare zone word after a location verb (落户高新区, 入驻开发区) is the park the story named;
// the same word opening a name (高新区发展处) is no reference.
TEST(Relate, BareZoneWordAfterALocationVerb) {
  const Extraction ex = run(
      "3月18日，合肥高新区与安徽华芯微电子有限公司举行签约仪式，总投资25亿元的12英寸晶圆封测项目"
      "正式落户高新区。");
  EXPECT_NE(find_fact(ex, "12英寸晶圆封测项目", LocatedIn, "合肥高新区"), nullptr) << dump(ex);
}

// A province, city or county before a location verb is in no park: the place opens a name
// the rules could not read (南京…创新中心将设在南京高新区), and must not be placed in the park.
TEST(Relate, CityIsInNoPark) {
  const Extraction ex = run("南京智能制造联合创新中心将设在南京高新区，由东南大学牵头建设。");
  EXPECT_EQ(find_fact(ex, "南京", LocatedIn, "南京高新区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "南京市", LocatedIn, "南京高新区"), nullptr) << dump(ex);
}

// 在高新区建设X项目: a bare zone word before a building verb is the site, not the opening of
// the project's name; it refers to the latest park named with the same word (高新区 -> 宁波
// 高新区, 园区 -> 苏州工业园区, not a sub-park such as 生物医药产业园).
TEST(Relate, BareZoneWordAsTheSiteOfABuildingVerb) {
  const Extraction ex =
      run("宁波高新区今年新签约项目20个。深圳鼎泓精密电子有限公司投资15亿元，在高新区建设智能终端"
          "精密结构件项目。");
  EXPECT_NE(find_fact(ex, "深圳鼎泓精密电子有限公司", InvestsIn, "智能终端精密结构件项目"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "智能终端精密结构件项目", LocatedIn, "宁波高新区"), nullptr) << dump(ex);
  const Extraction park =
      run("苏州工业园区已集聚生物医药企业2000余家，苏州生物医药产业园是其核心载体。"
          "苏州澜舟生物科技有限公司计划在园区投资9亿元建设抗体药物产业化基地项目。");
  EXPECT_NE(find_fact(park, "抗体药物产业化基地项目", LocatedIn, "苏州工业园区"), nullptr)
      << dump(park);
  EXPECT_EQ(find_fact(park, "抗体药物产业化基地项目", LocatedIn, "苏州生物医药产业园"), nullptr)
      << dump(park);
}

// A location verb opening a later clause (…投资建设，选址于X) takes the sentence's subject,
// when that subject is a project, firm or body; a person as subject settles nowhere.
TEST(Relate, LocationVerbOpeningALaterClauseTakesTheSubject) {
  const Extraction ex = run(
      "年产20万吨高性能树脂项目由江苏恒瑞新材料股份有限公司投资建设，选址于连云港经济技术开发区。"
      "张建国介绍，落户于苏州工业园区将带来新机遇。");
  EXPECT_NE(find_fact(ex, "年产20万吨高性能树脂项目", LocatedIn, "连云港经济技术开发区"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "张建国", LocatedIn, "苏州工业园区"), nullptr) << dump(ex);
  // A speaker's framing clause (林秋白介绍，…) comes before the subject's own clause.
  const Extraction framed =
      run("林秋白介绍，四川云岫智算科技有限公司成立于2018年，总部位于成都高新区。");
  EXPECT_NE(find_fact(framed, "四川云岫智算科技有限公司", LocatedIn, "成都高新区"), nullptr)
      << dump(framed);
}

// A firm introduced by its registered name is then called by the name less its place and
// legal form (安徽华芯微电子有限公司 -> 华芯微电子): that later mention is the same firm and
// takes part in relations; a short form that is a lexicon word (科技) is not propagated.
TEST(Relate, FirmCalledByItsShortNameLater) {
  const Extraction ex =
      run("合肥高新区与安徽华芯微电子有限公司举行签约仪式。华芯微电子董事长周海峰致辞。");
  const Mention* short_name = find_mention(ex, "华芯微电子");
  ASSERT_NE(short_name, nullptr) << dump(ex);
  EXPECT_EQ(short_name->type, EntityType::Company);
  const Mention* full = find_mention(ex, "安徽华芯微电子有限公司");
  ASSERT_NE(full, nullptr) << dump(ex);
  EXPECT_EQ(short_name->key, full->key);
  EXPECT_NE(find_fact(ex, "周海峰", HoldsPosition, "华芯微电子"), nullptr) << dump(ex);
}

// …and by that name less its industry word (云岫光电 for 苏州云岫光电科技股份有限公司), when
// at least three characters are left.
TEST(Relate, FirmCalledByItsBrandLater) {
  const Extraction ex = run(
      "苏州高新区与苏州云岫光电科技股份有限公司签约。云岫光电董事长、总裁林秋白表示，将加大投入。");
  const Mention* brand = find_mention(ex, "云岫光电");
  ASSERT_NE(brand, nullptr) << dump(ex);
  EXPECT_EQ(brand->type, EntityType::Company);
  EXPECT_NE(find_fact(ex, "林秋白", HoldsPosition, "云岫光电"), nullptr) << dump(ex);
}

// A group and its subsidiary share the start of their names: the group's short name
// (岚峰控股) is the group's, not the subsidiary's, and the two registered names stay two firms.
TEST(Relate, GroupShortNameIsNotItsSubsidiarys) {
  const Extraction ex =
      run("湖北岚峰智能装备有限公司是岚峰控股集团有限公司去年在襄阳设立的全资子公司。"
          "岚峰控股董事长郑启明表示，集团将继续加大投入。");
  const Mention* group = find_mention(ex, "岚峰控股集团有限公司");
  const Mention* subsidiary = find_mention(ex, "湖北岚峰智能装备有限公司");
  const Mention* short_name = find_mention(ex, "岚峰控股");
  ASSERT_TRUE(group != nullptr && subsidiary != nullptr && short_name != nullptr) << dump(ex);
  EXPECT_NE(group->key, subsidiary->key) << dump(ex);
  EXPECT_EQ(short_name->key, group->key) << dump(ex);
  EXPECT_NE(find_fact(ex, "郑启明", HoldsPosition, "岚峰控股"), nullptr) << dump(ex);
}

// A park named again by the start of its name and 园区 (鹤岭园区 for 鹤岭生态科技产业园) is
// the same park, unless two parks open with that start.
TEST(Relate, ParkCalledByItsStartAndYuanqu) {
  const Extraction one =
      run("柳州高新区下辖鹤岭生态科技产业园、河西数字产业园等园区，其中鹤岭园区侧重先进制造。");
  const Mention* full = find_mention(one, "鹤岭生态科技产业园");
  const Mention* again = find_mention(one, "鹤岭园区");
  ASSERT_TRUE(full != nullptr && again != nullptr) << dump(one);
  EXPECT_EQ(full->key, again->key) << dump(one);
  EXPECT_FALSE(has_any_entity(one, "下辖鹤岭生态科技产业园")) << dump(one);

  const Extraction two = run(
      "柳州高新区现有鹤岭生态科技产业园和鹤岭数字产业园两个园区，其中鹤岭园区今年新签项目12个。");
  const Mention* ambiguous = find_mention(two, "鹤岭园区");
  const Mention* first = find_mention(two, "鹤岭生态科技产业园");
  const Mention* second = find_mention(two, "鹤岭数字产业园");
  ASSERT_TRUE(ambiguous != nullptr && first != nullptr && second != nullptr) << dump(two);
  EXPECT_NE(ambiguous->key, first->key) << dump(two);
  EXPECT_NE(ambiguous->key, second->key) << dump(two);
}

// A name does not open with a particle ICU reads as the end of the word before it
// (建到了产业园门口 holds no park 了产业园), and a place after an adverb and 在 (也在, 还在)
// is read from 在 on.
TEST(Relate, NamesAfterBoundParticlesAndAdverbs) {
  const Extraction ex = run(
      "街道把服务站建到了产业园门口。签约当天，星拓新材年产3000吨石墨烯项目也在汾湖产业园区开工。");
  EXPECT_FALSE(has_any_entity(ex, "了产业园")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "汾湖产业园区")) << dump(ex);
  EXPECT_NE(find_fact(ex, "星拓新材年产3000吨石墨烯项目", LocatedIn, "汾湖产业园区"), nullptr)
      << dump(ex);
}

// Reporters shorten a registered name to its place and trade name (湖南蓝岳 for
// 湖南蓝岳储能科技有限公司) or to its trade name and industry (蓝岳储能): both are the firm.
TEST(Relate, FirmCalledByPlaceAndTradeNameLater) {
  const Extraction ex =
      run("湖南蓝岳储能科技有限公司落户株洲高新区。湖南蓝岳总经理邓立群介绍，蓝岳储能今年将新建两条"
          "产线。");
  const Mention* full = find_mention(ex, "湖南蓝岳储能科技有限公司");
  const Mention* place_brand = find_mention(ex, "湖南蓝岳");
  const Mention* brand = find_mention(ex, "蓝岳储能");
  ASSERT_TRUE(full != nullptr && place_brand != nullptr && brand != nullptr) << dump(ex);
  EXPECT_EQ(place_brand->key, full->key) << dump(ex);
  EXPECT_EQ(brand->key, full->key) << dump(ex);
  EXPECT_NE(find_fact(ex, "邓立群", HoldsPosition, "湖南蓝岳"), nullptr) << dump(ex);
}

// Y是X的全资子公司 where the subject opens an earlier clause (Y去年落户…，是X的…), words
// stand between the parent and the subsidiary word (是X去年在株洲设立的全资子公司), or a
// relative clause stands before the parent (是总部位于长沙的X的全资子公司).
TEST(Relate, SubsidiaryAfterACopulaFarFromItsWords) {
  const Extraction ex = run(
      "湘江智造科技有限公司去年落户株洲高新区，是长沙云麓集团有限公司的全资子公司。"
      "株洲云麓电气有限公司是长沙云麓集团有限公司去年在株洲设立的全资子公司。"
      "株洲岳峰新材料有限公司位于株洲高新区，是总部位于长沙的湘中岳峰集团有限公司的控股子公司。");
  EXPECT_NE(find_fact(ex, "湘江智造科技有限公司", PartOf, "长沙云麓集团有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "株洲云麓电气有限公司", PartOf, "长沙云麓集团有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "株洲岳峰新材料有限公司", PartOf, "湘中岳峰集团有限公司"), nullptr)
      << dump(ex);
}

// A title opening a clause with a park's organ word and no unit (，管委会主任X) is held in
// the park the sentence named before it, also when that park is named inside another name
// (柳州高新区党工委); with no park before it, it is held nowhere.
TEST(Relate, BareParkOrganTitleIsHeldInTheParkNamedBefore) {
  const Extraction ex =
      run("柳州高新区党工委书记韦建明主持会议，管委会主任覃丽华作工作报告。"
          "会议由市委副书记主持，管委会副主任蒙晓峰通报了有关情况。");
  const Fact* fact = find_fact(ex, "覃丽华", HoldsPosition, "柳州高新区");
  ASSERT_NE(fact, nullptr) << dump(ex);
  EXPECT_EQ(fact->title, "管委会主任");
  for (const auto& f : ex.facts) {
    EXPECT_FALSE(ex.mentions[f.head].surface == "蒙晓峰" && f.type == HoldsPosition) << dump(ex);
  }
}

// Every item of a list that is the subject of a location verb sits in its place: closed by
// 等 and a head (等20余家企业已先后入驻) or right before the verb.
TEST(Relate, ListBeforeALocationVerbSettlesEveryItem) {
  const Extraction ex =
      run("星河科技、远帆药业和北辰机械等20余家配套企业已先后入驻柳州高新区。"
          "晨光科技、蓝岳储能落户株洲高新区。");
  for (const std::string firm : {"星河科技", "远帆药业", "北辰机械"}) {
    EXPECT_NE(find_fact(ex, firm, LocatedIn, "柳州高新区"), nullptr) << firm << "\n" << dump(ex);
  }
  for (const std::string firm : {"晨光科技", "蓝岳储能"}) {
    EXPECT_NE(find_fact(ex, firm, LocatedIn, "株洲高新区"), nullptr) << firm << "\n" << dump(ex);
  }
}

// 公司 in a later sentence speaks of the firm the sentence before opened with (its topic),
// not of the firm named last in it.
TEST(Relate, CompanyAnaphorTakesThePreviousSentencesTopic) {
  const Extraction ex =
      run("星拓新材料有限公司是江苏云岫集团有限公司的全资子公司，主要生产石墨烯导热膜。"
          "公司总经理郑海东介绍，今年产值有望翻番。");
  EXPECT_NE(find_fact(ex, "郑海东", HoldsPosition, "星拓新材料有限公司"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "郑海东", HoldsPosition, "江苏云岫集团有限公司"), nullptr) << dump(ex);
}

// On a page of briefs, 公司 does not reach back past a heading into the brief before; a firm
// named inside its party branch's name is the one it speaks of.
TEST(Relate, CompanyAnaphorStaysInItsBrief) {
  const Extraction ex = run(
      "■投产\n本报讯 9月2日，广西蓝港化工有限公司年产10万吨环氧树脂项目在钦州港经开区投产。\n"
      "■党建\n本报讯 "
      "9月3日，西藏高原青稞食品有限公司党支部召开党员大会。公司副总经理郑海川当选党支部书记。\n");
  EXPECT_NE(find_fact(ex, "郑海川", HoldsPosition, "西藏高原青稞食品有限公司"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "郑海川", HoldsPosition, "广西蓝港化工有限公司"), nullptr) << dump(ex);
}

// A firm called by its trade name and an industry word it holds further on (澜泰生物 for
// 天津澜泰细胞生物科技有限公司), or a group by its name without the legal form (钱江智控集团),
// is that firm.
TEST(Relate, FirmCalledByTradeNameAndIndustryOrGroupName) {
  const Extraction ex =
      run("天津澜泰细胞生物科技有限公司落户华苑科技园。澜泰生物创始人苏一凡说，园区服务很到位。"
          "钱江智控集团有限公司在两江新区设立子公司。钱江智控集团副总裁聂远航介绍了情况。");
  const Mention* full = find_mention(ex, "天津澜泰细胞生物科技有限公司");
  const Mention* trade = find_mention(ex, "澜泰生物");
  ASSERT_TRUE(full != nullptr && trade != nullptr) << dump(ex);
  EXPECT_EQ(full->key, trade->key) << dump(ex);
  EXPECT_NE(find_fact(ex, "苏一凡", HoldsPosition, "澜泰生物"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "聂远航", HoldsPosition, "钱江智控集团"), nullptr) << dump(ex);
}

// A title opening a later clause with no unit (，副总裁X说) is held in the firm the sentence
// opened with; not when the sentence opened with a place.
TEST(Relate, BareTitleAfterAFirmsClause) {
  const Extraction ex =
      run("天津锂航储能科技有限公司主要生产储能电池。锂航储能2019年落户滨海科技园，副总裁迟晓文说，"
          "新工厂只用了14个月就投产。"
          "天津市去年新增高新技术企业800家，副市长郑立群说，今年还将加大扶持。");
  EXPECT_NE(find_fact(ex, "迟晓文", HoldsPosition, "锂航储能"), nullptr) << dump(ex);
  for (const auto& f : ex.facts) {
    EXPECT_FALSE(ex.mentions[f.head].surface == "郑立群" && f.type == HoldsPosition &&
                 ex.mentions[f.tail].type == EntityType::Company)
        << dump(ex);
  }
}

// 该产业园 speaks of the park the sentence before named, not of the zone named inside it.
TEST(Relate, ParkAnaphorTakesTheWholeName) {
  const Extraction ex =
      run("10月12日，柳州高新区汽车零部件产业园二期正式启用。该产业园位于广西壮族自治区柳州市，总建"
          "筑面积28万平方米。");
  EXPECT_NE(find_fact(ex, "柳州高新区汽车零部件产业园", LocatedIn, "柳州市"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "柳州高新区", LocatedIn, "广西壮族自治区"), nullptr) << dump(ex);
}

// A subsidiary is part of its parent, in both word orders (Y是X的全资子公司; X全资子公司Y,
// X旗下子公司Y), and 全资子公司 alone is no firm.
TEST(Relate, SubsidiaryIsPartOfItsParent) {
  const Extraction ex =
      run("南通云岫光电有限公司是江苏云岫集团有限公司的全资子公司。"
          "江苏云岫集团有限公司旗下控股子公司盐城云岫新材料有限公司将在盐城高新区建设新厂。");
  EXPECT_NE(find_fact(ex, "南通云岫光电有限公司", PartOf, "江苏云岫集团有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "盐城云岫新材料有限公司", PartOf, "江苏云岫集团有限公司"), nullptr)
      << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "全资子公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "控股子公司")) << dump(ex);
}

// Two firms with one name registered in places apart (安徽… and 郑州…) are a parent and its
// branch, not one firm, though their keys agree once the places are dropped; a firm of a
// place inside the other's (合肥 in 安徽) may be the same one.
TEST(Relate, FirmsOfTwoPlacesApartAreTwoFirms) {
  const Extraction ex = run(
      "安徽岚峰量子科技股份有限公司总部位于合肥高新区。岚峰量子全资子公司郑州岚峰量子科技有限公司"
      "将在郑州投资建设传感器产业园项目。合肥岚峰量子科技有限公司负责研发。");
  const Mention* parent = find_mention(ex, "安徽岚峰量子科技股份有限公司");
  const Mention* branch = find_mention(ex, "郑州岚峰量子科技有限公司");
  const Mention* same = find_mention(ex, "合肥岚峰量子科技有限公司");
  ASSERT_TRUE(parent && branch && same) << dump(ex);
  EXPECT_NE(parent->key, branch->key);
  EXPECT_EQ(parent->key, same->key);
  EXPECT_NE(find_fact(ex, "郑州岚峰量子科技有限公司", PartOf, "岚峰量子"), nullptr) << dump(ex);
}

// Parents named inside a name are entities with partOf: a known institute that opens with its
// lexicon parent (中国科学院半导体研究所), a brand's branch in a province (中国移动江苏公司), and
// a university's school named with 与 (控制科学与工程学院); 交易所 is a kind of body.
TEST(Relate, ParentsNamedInsideNames) {
  const Extraction ex =
      run("中国科学院半导体研究所、中国移动江苏公司与上海技术交易所签约。"
          "浙江大学控制科学与工程学院院长孙立新出席。");
  EXPECT_NE(find_fact(ex, "中国科学院半导体研究所", PartOf, "中国科学院"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "中国移动江苏公司", PartOf, "中国移动"), nullptr) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Organization, "上海技术交易所")) << dump(ex);
  EXPECT_NE(find_fact(ex, "浙江大学控制科学与工程学院", PartOf, "浙江大学"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "孙立新", HoldsPosition, "浙江大学控制科学与工程学院"), nullptr)
      << dump(ex);
}

// A university or school named after a city is not placed in it by its name (it says whom the
// school serves); a research centre or a government named after its city is.
TEST(Relate, SchoolsAreNotPlacedByTheirNames) {
  const Extraction ex =
      run("洛阳市政府与洛阳理工学院、洛阳市农业技术研究中心签约。洛阳市今年新增项目30个。");
  EXPECT_EQ(find_fact(ex, "洛阳理工学院", LocatedIn, "洛阳市"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "洛阳市农业技术研究中心", LocatedIn, "洛阳市"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "洛阳市政府", LocatedIn, "洛阳市"), nullptr) << dump(ex);
}

// A role word names the investor after 为 or 是 (该项目投资方为X, 项目建设单位是X); the
// project is the one the role word follows, often through 该项目.
TEST(Relate, InvestorNamedByItsRole) {
  const Extraction ex =
      run("总投资8亿元的高效光伏组件项目日前签约。该项目投资方为浙江云帆新能源科技有限公司。");
  EXPECT_NE(find_fact(ex, "浙江云帆新能源科技有限公司", InvestsIn, "高效光伏组件项目"), nullptr)
      << dump(ex);
}

// The party counts come from the trigger lexicon (partyCount), so a count that is no cut word
// works too: 四方 after four parties; and 四方 inside a firm's name leaves the name whole.
TEST(Relate, FourPartiesSignAndSifangStaysInAName) {
  const Extraction ex =
      run("合肥高新区、中国科学技术大学、安徽云帆储能有限公司、青岛四方机车车辆股份有限公司四方"
          "正式签署战略合作协议。");
  EXPECT_TRUE(has_entity(ex, EntityType::Company, "青岛四方机车车辆股份有限公司")) << dump(ex);
  EXPECT_NE(find_fact(ex, "合肥高新区", CooperatesWith, "青岛四方机车车辆股份有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "中国科学技术大学", CooperatesWith, "安徽云帆储能有限公司"), nullptr)
      << dump(ex);
}

// Firms listed in a sentence whose subject is a zone sit in that zone, with no heading needed.
TEST(Relate, FirmsListedInASentenceAboutAZone) {
  const Extraction ex =
      run("其中，株洲高新区以轨道交通装备产业为主导，星河微电子有限公司、长风药业等龙头企业带动作用"
          "明显。会上，东港机械、海创科技等企业作了发言。");
  EXPECT_NE(find_fact(ex, "星河微电子有限公司", LocatedIn, "株洲高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "长风药业", LocatedIn, "株洲高新区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "东港机械", LocatedIn, "株洲高新区"), nullptr) << dump(ex);
}

// 落户园区: after a location verb a bare 园区 is the park the text was about.
TEST(Relate, SettlingInThePark) {
  const Extraction ex =
      run("合肥高新区今年新增创新平台20个。星河量子计算工程研究中心落户园区，依托星河微电子有限公司"
          "建设。");
  EXPECT_NE(find_fact(ex, "星河量子计算工程研究中心", LocatedIn, "合肥高新区"), nullptr)
      << dump(ex);
}

// …but after a host verb (建设, 打造) a bare noun is no reference: 该项目为湖南省重点建设项目之一
// says what the project is, not where.
TEST(Relate, NoReferenceAfterAHostVerb) {
  const Extraction ex = run("星河新苑二期项目今年开工。该项目为湖南省重点建设项目之一。");
  EXPECT_EQ(find_fact(ex, "星河新苑二期项目", LocatedIn, "湖南省"), nullptr) << dump(ex);
}

// A zone of another city named in a park's story (a visit, a comparison) is not a sub-park of
// the story's park; a cluster of the same park is.
TEST(Relate, ParksOfAnotherCityDoNotSitInThePark) {
  const Extraction ex = run(
      "## 宁波高新区加快项目建设\n\n园区学习借鉴了东莞松山湖高新区的经验，甬江智能装备产业园今年"
      "开园。\n");
  EXPECT_EQ(find_fact(ex, "东莞松山湖高新区", LocatedIn, "宁波高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "甬江智能装备产业园", LocatedIn, "宁波高新区"), nullptr) << dump(ex);
}

// A registered firm named after another province (or municipality) than the park's city is
// only doing business in a park's story; a firm of the park's own province may sit there.
TEST(Relate, FirmOfAnotherProvinceDoesNotSitInTheStorysPark) {
  const Extraction ex =
      run("## 合肥高新区集中签约一批项目\n\n上海澜岳半导体有限公司总投资28亿元的芯片封测基地项目"
          "当天签约。安徽云帆储能有限公司的二期厂房也已开工。\n");
  EXPECT_EQ(find_fact(ex, "上海澜岳半导体有限公司", LocatedIn, "合肥高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "安徽云帆储能有限公司", LocatedIn, "合肥高新区"), nullptr) << dump(ex);
}

// A paragraph that opens with another zone (or its committee) is about that zone: the firms it
// lists sit there, not in the park of the heading.
TEST(Relate, ParagraphOpeningWithAZoneSetsItsOwnTopic) {
  const Extraction ex =
      run("## 宁波高新区加快项目建设\n\n园区先后引进了海创科技、蓝湾药业等一批企业。\n\n"
          "苏州工业园区管委会副主任刘小平介绍，园区已集聚信达生物、百济神州等龙头企业。\n");
  EXPECT_NE(find_fact(ex, "海创科技", LocatedIn, "宁波高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "信达生物", LocatedIn, "苏州工业园区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "信达生物", LocatedIn, "宁波高新区"), nullptr) << dump(ex);
}

// A byline after a story's text starts the next story: its firms do not sit in the last park.
TEST(Relate, BylineEndsTheStoryOfAPark) {
  const Extraction ex =
      run("## 宁波高新区加快项目建设\n\n园区今年新增企业120家。\n\n▶ 本报记者 钱文斌\n\n"
          "日前，海曙精工、蓝湾药业等企业参加了展会。\n");
  EXPECT_EQ(find_fact(ex, "海曙精工", LocatedIn, "宁波高新区"), nullptr) << dump(ex);
}

// 该院士工作站 refers to the last name ending in 院士工作站, not to a nearer organisation.
TEST(Relate, ReferenceBackMatchesItsNoun) {
  const Extraction ex =
      run("2015年，长沙高新区院士工作站获批成立。由长沙市政府牵头，该院士工作站与中南林业科技大学签"
          "订合作协议。");
  EXPECT_NE(find_fact(ex, "长沙高新区院士工作站", CooperatesWith, "中南林业科技大学"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "长沙市政府", CooperatesWith, "中南林业科技大学"), nullptr) << dump(ex);
}

// Every fact carries its evidence sentence and a confidence in (0, 1].
TEST(Relate, FactsCarryEvidenceAndConfidence) {
  const Extraction ex = run("位于株洲高新区的株洲时代光电有限公司加快研发。");
  ASSERT_FALSE(ex.facts.empty());
  for (const auto& f : ex.facts) {
    EXPECT_GT(f.confidence, 0.0);
    EXPECT_LE(f.confidence, 1.0);
    EXPECT_FALSE(f.evidence.empty());
    EXPECT_FALSE(f.rule.empty());
    EXPECT_LT(f.sentence.begin, f.sentence.end);
  }
}

// Places written one inside the next after 位于 (省, 市, 区): the park lies in the last.
TEST(Relate, LocationVerbTakesTheInnermostOfAPlaceChain) {
  const Extraction ex = run("星海智能装备产业园位于广东省佛山市顺德区，规划面积12平方公里。");
  EXPECT_NE(find_fact(ex, "星海智能装备产业园", LocatedIn, "顺德区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "星海智能装备产业园", LocatedIn, "广东省"), nullptr) << dump(ex);
}

// A body named again by an abbreviation (科建办 of 科技城建设管理办公室) is that body and
// takes part in relations under it.
TEST(Relate, AbbreviatedBodyIsTheBodyItAbbreviates) {
  const Extraction ex =
      run("苏州科技城建设管理办公室副主任王晓东出席仪式。下午，苏州科建办与南京理工大学签署合作"
          "协议。");
  const Mention* full = find_mention(ex, "苏州科技城建设管理办公室");
  const Mention* abbreviation = find_mention(ex, "苏州科建办");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(abbreviation, nullptr) << dump(ex);
  EXPECT_EQ(full->key, abbreviation->key);
  EXPECT_NE(find_fact(ex, "苏州科建办", CooperatesWith, "南京理工大学"), nullptr) << dump(ex);
}

// An abbreviation leaves out characters in two places at least: a name that leaves out one
// stretch (南京大学 of 南京航空航天大学) is another body; 中科院 is 中国科学院.
TEST(Relate, OneStretchLeftOutIsAnotherBody) {
  const Extraction ex =
      run("南京航空航天大学与南京大学联合举办论坛。中国科学院专家出席，中科院还将派员参与。");
  const Mention* long_name = find_mention(ex, "南京航空航天大学");
  const Mention* other = find_mention(ex, "南京大学");
  ASSERT_NE(long_name, nullptr) << dump(ex);
  ASSERT_NE(other, nullptr) << dump(ex);
  EXPECT_NE(long_name->key, other->key);
  const Mention* academy = find_mention(ex, "中国科学院");
  const Mention* short_academy = find_mention(ex, "中科院");
  ASSERT_NE(academy, nullptr) << dump(ex);
  ASSERT_NE(short_academy, nullptr) << dump(ex);
  EXPECT_EQ(academy->key, short_academy->key);
}

// An office stated after the name by 是 or 现任, the unit (here 公司, the firm of the
// sentence before) right after the verb and titles to the clause's end.
TEST(Relate, OfficeStatedAfterTheName) {
  const Extraction ex =
      run("浙江澜涛新材料有限公司今年扩产。王建国是公司副总经理，他说订单已排到明年。李梅现任公"
          "司董事、财务总监。");
  const Fact* f = find_fact(ex, "王建国", HoldsPosition, "浙江澜涛新材料有限公司");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "副总经理");
  const Fact* g = find_fact(ex, "李梅", HoldsPosition, "浙江澜涛新材料有限公司");
  ASSERT_NE(g, nullptr) << dump(ex);
  EXPECT_EQ(g->title, "董事、财务总监");
  EXPECT_FALSE(has_any_entity(ex, "李梅现任公司")) << dump(ex);
}

// A firm's short form, known only from its registered name earlier in the text, opening a
// project's name: the firm's project; 建在 places it.
TEST(Relate, ProjectNamedAfterAFirmsShortForm) {
  const Extraction ex =
      run("安徽钛睿精密机械有限公司成立于2016年。钛睿精密数控刀具产业化项目总投资6亿元，将建在芜湖"
          "经开区。");
  EXPECT_TRUE(has_entity(ex, EntityType::Project, "钛睿精密数控刀具产业化项目")) << dump(ex);
  EXPECT_NE(find_fact(ex, "钛睿精密", InvestsIn, "钛睿精密数控刀具产业化项目"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "钛睿精密数控刀具产业化项目", LocatedIn, "芜湖经开区"), nullptr)
      << dump(ex);
}

// A date may open the clause whose verb takes the sentence's subject (，2023年落户…); an
// interview's answer opens after the speaker's colon.
TEST(Relate, ClauseVerbAfterADateOrASpeakersColon) {
  const Extraction ex =
      run("衡阳宁远储能科技有限公司是湖南宁远能源集团有限公司的全资子公司，2023年落户衡阳高新区。"
          "\n\n李晓峰：远航电池项目总投资8亿元，就建在长沙经开区。");
  EXPECT_NE(find_fact(ex, "衡阳宁远储能科技有限公司", LocatedIn, "衡阳高新区"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "远航电池项目", LocatedIn, "长沙经开区"), nullptr) << dump(ex);
}

// A firm's short form before an organ word names the firm's body when the body acts on its
// own; before a title the organ is part of the title.
TEST(Relate, OrganOfAFirmsShortForm) {
  const Extraction ex =
      run("湖南岳衡精工机械有限公司有党员23名。岳衡精工党支部与金鹗山街道党工委签订结对共建协议。"
          "岳衡精工党支部书记王刚说，活动很受欢迎。");
  EXPECT_TRUE(has_entity(ex, EntityType::Organization, "岳衡精工党支部")) << dump(ex);
  EXPECT_NE(find_fact(ex, "岳衡精工党支部", PartOf, "岳衡精工"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "岳衡精工党支部", CooperatesWith, "金鹗山街道党工委"), nullptr)
      << dump(ex);
  const Fact* f = find_fact(ex, "王刚", HoldsPosition, "岳衡精工");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "党支部书记");
  EXPECT_FALSE(has_any_entity(ex, "岳衡精工党支部书记")) << dump(ex);
}

// A firm named inside its project's name is called by its short form later too.
TEST(Relate, ShortFormOfAFirmNamedInsideAProject) {
  const Extraction ex =
      run("江西瑞康制药股份有限公司年产5亿片制剂项目在南昌高新区签约。瑞康制药副总裁王芳表示，"
          "项目明年投产。");
  const Fact* f = find_fact(ex, "王芳", HoldsPosition, "瑞康制药");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "副总裁");
}

// What a zone governs (下辖) lies in it; and a party in an earlier clause, an item of the
// zone's list, is not the party of a later 与.
TEST(Relate, GovernedPlacesLieInTheZone) {
  const Extraction ex = run("兰州新区下辖秦川、中川、西岔三镇，下一步将深化与兰州市各区的协作。");
  EXPECT_NE(find_fact(ex, "中川", LocatedIn, "兰州新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "西岔", LocatedIn, "兰州新区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "西岔", CooperatesWith, "兰州市"), nullptr) << dump(ex);
}

// A subsidiary founded (设立) by the firm the sentence opens with is part of it.
TEST(Relate, SubsidiaryFoundedByTheSentencesFirm) {
  const Extraction ex =
      run("江苏禾晟光伏科技股份有限公司总部位于无锡，此次在盐城投资设立全资子公司盐城禾晟新能源有限"
          "公司，由其负责项目建设。");
  EXPECT_NE(find_fact(ex, "盐城禾晟新能源有限公司", PartOf, "江苏禾晟光伏科技股份有限公司"),
            nullptr)
      << dump(ex);
}

// A bare 集团 before a title is the group named before; 和 may stand inside a group's trade
// name at the start of a sentence or after 与.
TEST(Relate, BareGroupWordBeforeATitle) {
  const Extraction ex =
      run("钧和集团总部位于上海，在长三角已布局4个生产基地。集团董事长郏一鸣表示，常州项目将成为集"
          "团最大的基地。上海新能源协会与钧和集团签约。");
  const Fact* f = find_fact(ex, "郏一鸣", HoldsPosition, "钧和集团");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "董事长");
  EXPECT_NE(find_fact(ex, "上海新能源协会", CooperatesWith, "钧和集团"), nullptr) << dump(ex);
}

// A firm registered (注册) or settled at a place is there; one that founded something there
// (在海南设立的全资子公司) is not.
TEST(Relate, FirmRegisteredAtAPlace) {
  const Extraction ex =
      run("江苏铎川重工科技有限公司投资28亿元。铎川重工2016年在徐州经开区注册，目前已为多家主机厂供"
          "货。该公司是上海澄峰数字科技股份有限公司在海南设立的全资子公司。");
  EXPECT_NE(find_fact(ex, "铎川重工", LocatedIn, "徐州经开区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "上海澄峰数字科技股份有限公司", LocatedIn, "海南省"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "上海澄峰数字科技股份有限公司", LocatedIn, "海南"), nullptr) << dump(ex);
}

// A park two cities build names the one it lies in in brackets (深圳(哈尔滨)产业园区), and is
// called by an abbreviation of both (深哈产业园).
TEST(Relate, ParkOfTwoCitiesAndItsAbbreviation) {
  const Extraction ex = run(
      "新区内位于松北区的深圳（哈尔滨）产业园区，也就是深哈产业园，是对口合作的标志性项目。现在深"
      "哈产业园里已经聚集了数百家企业。");
  const Mention* full = find_mention(ex, "深圳(哈尔滨)产业园区");
  const Mention* abbreviation = find_mention(ex, "深哈产业园");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(abbreviation, nullptr) << dump(ex);
  EXPECT_EQ(full->type, EntityType::Park);
  EXPECT_EQ(full->key, abbreviation->key);
  EXPECT_NE(find_fact(ex, "深圳(哈尔滨)产业园区", LocatedIn, "松北区"), nullptr) << dump(ex);
}

// A committee named for whom it gathers (两新组织党委) is a body of its own: offices in it are
// held there, not in the zone; named again without its zone, it is the same body.
TEST(Relate, CommitteeOfItsOwnKeepsItsOffices) {
  const Extraction ex = run(
      "株洲高新区两新组织党委从园区机关选派了52名党员干部。两新组织党委专职副书记符婉清介绍，今年"
      "以来共收集企业诉求260余件。株洲高新区党工委副书记颜卫东表示，将继续推进。");
  const Fact* f = find_fact(ex, "符婉清", HoldsPosition, "两新组织党委");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "专职副书记");
  const Mention* full = find_mention(ex, "株洲高新区两新组织党委");
  const Mention* own = find_mention(ex, "两新组织党委");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(own, nullptr) << dump(ex);
  EXPECT_EQ(full->key, own->key);
  const Fact* g = find_fact(ex, "颜卫东", HoldsPosition, "株洲高新区");
  ASSERT_NE(g, nullptr) << dump(ex);
  EXPECT_EQ(g->title, "党工委副书记");
}

// A firm's project named in the subject's clause is what the later clause's verb places
// (该公司…的X项目位于A，地处B: the project, not the firm, is in B).
TEST(Relate, LaterClauseVerbPlacesTheFirmsProject) {
  const Extraction ex = run(
      "洛阳熠川半导体材料有限公司2021年落户洛阳高新区。该公司总投资26亿元的8英寸硅外延片二期项目"
      "位于洛龙科技园，地处洛阳市洛龙区丰李镇。");
  EXPECT_NE(find_fact(ex, "8英寸硅外延片二期项目", LocatedIn, "丰李镇"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "该公司", LocatedIn, "丰李镇"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "洛阳熠川半导体材料有限公司", LocatedIn, "丰李镇"), nullptr) << dump(ex);
}

// A heading that is a zone's name the rules do not read still opens another story: firms of
// the next brief do not sit in the last brief's zone.
TEST(Relate, ZoneNameHeadingOpensAnotherStory) {
  const Extraction ex =
      run("## 昆明综合保税区\n\n本报讯　9月5日，昆明综合保税区举行签约仪式。\n\n"
          "## 井冈山经济技术开发区\n## 六个项目集中签约\n\n"
          "本报讯　此外，鑫禾铜箔、锦岑新材等企业的项目也在当天签约。\n");
  EXPECT_EQ(find_fact(ex, "锦岑新材", LocatedIn, "昆明综合保税区"), nullptr) << dump(ex);
}

// A subsidiary founded by the firm opening a later clause (根据协议，X将…设立全资子公司Y), and
// a bare 集团 before a title is the group, not its subsidiary.
TEST(Relate, FoundedSubsidiaryAndTheGroupsOfficer) {
  const Extraction ex =
      run("昆明综合保税区与泰国金湄河果业集团有限公司签署投资协议。根据协议，金湄河果业集团将在区内"
          "设立全资子公司金湄河果业（昆明）有限公司。集团副总裁颂萨·差伦蓬表示，将加快建设。");
  EXPECT_NE(find_fact(ex, "金湄河果业(昆明)有限公司", PartOf, "金湄河果业集团"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "颂萨·差伦蓬", HoldsPosition, "金湄河果业集团"), nullptr) << dump(ex);
}

// A firm two parties found together (合资成立, 共同出资组建的, 成立合资公司) is part of each, and
// the founders cooperate; a firm opened (揭牌) at a place is there.
TEST(Relate, JointVentureIsPartOfBothFounders) {
  const Extraction ex =
      run("由南京恒通科技有限公司和香港利丰投资有限公司共同出资组建的南京恒利新能源有限公司在江宁开"
          "发区揭牌。江苏恒瑞新材料有限公司与德国巴斯夫公司成立合资公司苏州恒巴化工有限公司。");
  EXPECT_NE(find_fact(ex, "南京恒利新能源有限公司", PartOf, "南京恒通科技有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "南京恒利新能源有限公司", PartOf, "香港利丰投资有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "南京恒利新能源有限公司", LocatedIn, "江宁开发区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "苏州恒巴化工有限公司", PartOf, "德国巴斯夫公司"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "苏州恒巴化工有限公司", PartOf, "江苏恒瑞新材料有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "江苏恒瑞新材料有限公司", CooperatesWith, "德国巴斯夫公司"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_mention(ex, "合资公司苏州恒巴化工有限公司"), nullptr) << dump(ex);
}

// Words describing a party after 与 (大连本地企业, 当地龙头企业) stand before its name: the
// place opening them is not the party; the joint venture of the two is part of both.
TEST(Relate, DescribedPartyAfterAConnector) {
  const Extraction ex =
      run("上海澜岳氢能科技有限公司与大连本地企业大连海湾能源集团有限公司签署合资协议，双方各出资1"
          "亿元，合资成立大连澜海氢能装备有限公司。苏州恒达电子有限公司与当地龙头企业无锡华光材料股"
          "份有限公司签署战略合作协议。");
  EXPECT_NE(find_fact(ex, "上海澜岳氢能科技有限公司", CooperatesWith, "大连海湾能源集团有限公司"),
            nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "上海澜岳氢能科技有限公司", CooperatesWith, "大连市"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "大连澜海氢能装备有限公司", PartOf, "大连海湾能源集团有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "大连澜海氢能装备有限公司", PartOf, "上海澜岳氢能科技有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "苏州恒达电子有限公司", CooperatesWith, "无锡华光材料股份有限公司"),
            nullptr)
      << dump(ex);
}

// A place before the subsidiary word (通过其香港子公司Y) is where the subsidiary is; what a
// firm sets up at a place with words describing it (设立外商独资企业Z) is there.
TEST(Relate, SubsidiaryOfAPlaceAndDescribedFirmSetUpThere) {
  const Extraction ex = run(
      "总部位于东莞的广东钧川精密机械有限公司通过其香港子公司钧川国际（香港）有限公司投资4800万美"
      "元，在七贤岭街道设立外商独资企业大连钧川智能科技有限公司。");
  EXPECT_NE(find_fact(ex, "钧川国际(香港)有限公司", PartOf, "广东钧川精密机械有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "钧川国际(香港)有限公司", LocatedIn, "香港"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "大连钧川智能科技有限公司", LocatedIn, "七贤岭街道"), nullptr)
      << dump(ex);
}

// A project built at a chain of places (在大连高新区凌水街道开工) lies in the innermost.
TEST(Relate, ProjectSiteIsTheInnermostPlace) {
  const Extraction ex =
      run("8月，年产5000台套氢燃料电池系统项目在大连高新区凌水街道开工，项目总投资5.5亿元。");
  EXPECT_NE(find_fact(ex, "年产5000台套氢燃料电池系统项目", LocatedIn, "凌水街道"), nullptr)
      << dump(ex);
}

// An office given by 由…担任 (研究院院长由X担任) or taken by 当选 with the body's kind word and
// an order word (当选联盟首任理事长) is held in the latest body of that kind.
TEST(Relate, OfficeGivenOrTakenInABodyNamedByItsKind) {
  const Extraction ex =
      run("光谷合成生物产业联盟和江城合成生物创新研究院同日揭牌。研究院院长由华中农业大学教授诸葛"
          "昕担任。蓝菁生物董事长覃梓涵当选联盟首任理事长。");
  const Fact* head = find_fact(ex, "诸葛昕", HoldsPosition, "江城合成生物创新研究院");
  ASSERT_NE(head, nullptr) << dump(ex);
  EXPECT_EQ(head->title, "院长");
  const Fact* chair = find_fact(ex, "覃梓涵", HoldsPosition, "光谷合成生物产业联盟");
  ASSERT_NE(chair, nullptr) << dump(ex);
  EXPECT_EQ(chair->title, "理事长");
}

// An association named after a park (光谷合成生物产业联盟) gathers there: locatedIn, not partOf.
TEST(Relate, AssociationNamedAfterAParkIsLocatedThere) {
  const Extraction ex = run("8月26日，光谷合成生物产业联盟揭牌成立。");
  EXPECT_NE(find_fact(ex, "光谷合成生物产业联盟", LocatedIn, "光谷"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "光谷合成生物产业联盟", PartOf, "光谷"), nullptr) << dump(ex);
}

// A project a firm lays out or invests in at a place (在P布局的X项目) lies there; one built by
// 其控股子公司Y is Y's and its parent's, and Y is part of the parent.
TEST(Relate, ProjectBuiltAtASiteByTheFirmsSubsidiary) {
  const Extraction ex =
      run("武汉蓝川生物科技股份有限公司成立于2012年。公司在葛店经济技术开发区布局的年产3万吨生物基"
          "戊二胺项目，总投资12亿元，由其控股子公司鄂州蓝川生物制造有限公司投资建设。");
  const char* project = "年产3万吨生物基戊二胺项目";
  EXPECT_NE(find_fact(ex, project, LocatedIn, "葛店经济技术开发区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "鄂州蓝川生物制造有限公司", InvestsIn, project), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "武汉蓝川生物科技股份有限公司", InvestsIn, project), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "鄂州蓝川生物制造有限公司", PartOf, "武汉蓝川生物科技股份有限公司"),
            nullptr)
      << dump(ex);
}

// Towns listed after 下辖 and closed by 等街道 lie in the zone that opens the sentence's first
// clause (据了解，X位于…，下辖A、B等街道).
TEST(Relate, TownsGovernedByTheSentencesZone) {
  const Extraction ex =
      run("据了解，苏州工业园区位于江苏省苏州市东部，下辖娄葑、斜塘、胜浦等街道。");
  EXPECT_NE(find_fact(ex, "娄葑", LocatedIn, "苏州工业园区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "胜浦", LocatedIn, "苏州工业园区"), nullptr) << dump(ex);
}

// A subsidiary's parent group named in a park's story is no firm of the park.
TEST(Relate, ParentGroupIsNotInTheStorysPark) {
  const Extraction ex = run(
      "## 贵安新区：智算中心二期项目开工\n本报讯 8月12日，贵州黔云智算科技有限公司在贵安新区投资"
      "建设智算中心二期项目。\n黔云智算是贵州黔云云科集团有限公司的全资子公司，2022年落户贵安"
      "新区。");
  EXPECT_NE(find_fact(ex, "黔云智算", PartOf, "贵州黔云云科集团有限公司"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "贵州黔云云科集团有限公司", LocatedIn, "贵安新区"), nullptr) << dump(ex);
}

// A park's own word after 在 or a location verb (在生态园设立, 项目位于生态园) names the latest
// park it ends; a firm founded there with words for a firm (外商独资企业Y) is the founder's
// and there, and the founder is not; a joint venture founded 在生态园 is there.
TEST(Relate, FoundedAtAParkNamedByItsWord) {
  const Extraction ex = run(
      "中意宁波生态园位于余姚市。意大利贝尔蒂尼液压集团是液压元件制造商。该集团在生态园设立外商"
      "独资企业贝尔蒂尼液压（宁波）有限公司。集团向贝尔蒂尼液压（宁波）有限公司增资8000万美元，由"
      "其建设年产50万件高端液压阀组扩产项目。项目位于生态园，总投资5.6亿元。宁波甬康医疗器械集团"
      "有限公司与意大利卡佩罗医疗股份公司签署合资协议，双方共同出资在生态园成立宁波甬卡医疗科技有"
      "限公司。");
  const char* subsidiary = "贝尔蒂尼液压(宁波)有限公司";
  EXPECT_NE(find_fact(ex, subsidiary, PartOf, "意大利贝尔蒂尼液压集团"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, subsidiary, LocatedIn, "中意宁波生态园"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "意大利贝尔蒂尼液压集团", LocatedIn, "中意宁波生态园"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "年产50万件高端液压阀组扩产项目", LocatedIn, "中意宁波生态园"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "宁波甬卡医疗科技有限公司", PartOf, "意大利卡佩罗医疗股份公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "宁波甬卡医疗科技有限公司", LocatedIn, "中意宁波生态园"), nullptr)
      << dump(ex);
}

// A subsidiary 其 founded at a place (通过其在上海设立的全资子公司Y) is the firm's and there.
TEST(Relate, SubsidiaryFoundedByItsOwnerAtAPlace) {
  const Extraction ex =
      run("意大利罗萨托能源集团则通过其在上海设立的全资子公司罗萨托（中国）投资有限公司出资3000万美"
          "元。");
  EXPECT_NE(find_fact(ex, "罗萨托(中国)投资有限公司", PartOf, "意大利罗萨托能源集团"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "罗萨托(中国)投资有限公司", LocatedIn, "上海"), nullptr) << dump(ex);
}

// A clause opening with a park's organ and no park in its sentence (an interview's answer:
// 党工委副书记、管委会主任X) speaks of the park the story names most.
TEST(Relate, BareOrganTitleInAnInterviewIsTheStorysPark) {
  const Extraction ex = run(
      "长沙高新区今年新签约项目74个。长沙高新区的企业服务做得很实。记者：项目落地以后怎么服务？"
      "\n皇甫立新：班子成员分工负责、一抓到底。我们每月调度一次。大家都很忙。党工委副书记、管委会"
      "主任公孙建平牵头抓重大项目建设；管委会副主任龙雪梅分管企业服务。");
  const Fact* head = find_fact(ex, "公孙建平", HoldsPosition, "长沙高新区");
  ASSERT_NE(head, nullptr) << dump(ex);
  EXPECT_EQ(head->title, "党工委副书记、管委会主任");
  EXPECT_NE(find_fact(ex, "龙雪梅", HoldsPosition, "长沙高新区"), nullptr) << dump(ex);
}

// Y是X旗下企业 makes Y part of X; a county before a firm's name leaves its key (翠篁竹业 is
// 奉新县翠篁竹业有限公司); every firm of a list a zone 聚集 lies in it; 毕业 is no name.
TEST(Relate, GroupFirmsCountyFirmsAndListsAZoneGathers) {
  const Extraction ex = run(
      "青岛澜海氢能科技有限公司位于中德生态园。澜海氢能是青岛澜海控股集团有限公司旗下企业。奉新"
      "县翠篁竹业有限公司总投资6.8亿元。翠篁竹业董事长蓝慧芳说，项目年底投产。董家口经济区已聚集"
      "海晟钢构、北港防腐、琅琊电气等30余家配套企业。董事长热依拉·买买提研究生毕业于中国海洋大"
      "学。");
  EXPECT_NE(find_fact(ex, "澜海氢能", PartOf, "青岛澜海控股集团有限公司"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "蓝慧芳", HoldsPosition, "翠篁竹业"), nullptr) << dump(ex);
  const Mention* full = find_mention(ex, "奉新县翠篁竹业有限公司");
  const Mention* short_name = find_mention(ex, "翠篁竹业");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(short_name, nullptr) << dump(ex);
  EXPECT_EQ(full->key, short_name->key);
  EXPECT_NE(find_fact(ex, "海晟钢构", LocatedIn, "董家口经济区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "琅琊电气", LocatedIn, "董家口经济区"), nullptr) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "毕业")) << dump(ex);
}

// 其 before an investment verb (其总投资8.2亿元的X项目) and a bare 公司 opening a clause before
// one or before 在 (公司在南昌高新区开工建设X项目) are the firm the text speaks of.
TEST(Relate, ProjectsOfTheFirmSpokenOf) {
  const Extraction ex =
      run("天津深岬海洋装备有限公司是老住户，其总投资8.2亿元的水下机器人总装测试基地项目就建在园内"
          "。江西赣芯光电科技有限公司成立于2015年。去年9月，公司在南昌高新区开工建设年产300万片"
          "Micro LED芯片项目，总投资28亿元。");
  EXPECT_NE(find_fact(ex, "天津深岬海洋装备有限公司", InvestsIn, "水下机器人总装测试基地项目"),
            nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "江西赣芯光电科技有限公司", InvestsIn, "年产300万片Micro LED芯片项目"),
            nullptr)
      << dump(ex);
}

// A short key with only 公司 after it (瓦伦特公司) is how a firm named earlier with its country
// and trade is called; the region an office covers (亚太区, 中国区) stands between the firm and
// the title.
TEST(Relate, FirmCalledByItsShortKeyAndRegionalOffices) {
  const Extraction ex =
      run("荷兰瓦伦特电气技术有限公司在苏州工业园区设立研发中心。瓦伦特公司中国区总经理马克·范德维"
          "尔德表示，还将扩大投资。");
  const Mention* full = find_mention(ex, "荷兰瓦伦特电气技术有限公司");
  const Mention* short_name = find_mention(ex, "瓦伦特公司");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(short_name, nullptr) << dump(ex);
  EXPECT_EQ(full->key, short_name->key);
  EXPECT_NE(find_fact(ex, "马克·范德维尔德", HoldsPosition, "瓦伦特公司"), nullptr) << dump(ex);
}

// The party after 与 is the firm a park and 的 place (与西安高新区的X公司签约), not the park;
// a park after 在 is where the subject acted, not the party before 与.
TEST(Relate, PartiesPlacedByAParkAndSitesAreNoParties) {
  const Extraction ex = run(
      "蓝田果业有限公司与西安高新区的陕西秦仓物流有限公司签订合作协议。9月，该公司投资1.2亿元的冷链"
      "仓储项目在泾河产业协作园开工，并与咸阳天驿供应链管理有限公司签订运输协议。");
  EXPECT_NE(find_fact(ex, "蓝田果业有限公司", CooperatesWith, "陕西秦仓物流有限公司"), nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "蓝田果业有限公司", CooperatesWith, "西安高新区"), nullptr) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "泾河产业协作园")) << dump(ex);
  EXPECT_EQ(find_fact(ex, "泾河产业协作园", CooperatesWith, "咸阳天驿供应链管理有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "蓝田果业有限公司", CooperatesWith, "咸阳天驿供应链管理有限公司"),
            nullptr)
      << dump(ex);
}

// A park named after a county the story names (富蕴县, 富蕴工业园区) lies in that county's city:
// in a story about another city's zone it is no sub-park of that zone.
TEST(Relate, ParkOfACountyOfAnotherCityDoesNotSitInTheStorysZone) {
  const Extraction ex =
      run("## 乌鲁木齐高新区结对帮扶\n\n乌鲁木齐高新区与阿勒泰地区富蕴县签订协作协议。富蕴工业"
          "园区今年新增企业8家。\n");
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "富蕴工业园区")) << dump(ex);
  EXPECT_EQ(find_fact(ex, "富蕴工业园区", LocatedIn, "乌鲁木齐高新区"), nullptr) << dump(ex);
}

// An association of a park's firms (园区企业商会) is a body; an office given by 由…担任 in a
// clause with no unit before the title is the office of the body the sentence opens with;
// a firm described as a group's 旗下核心企业 is part of the group.
TEST(Relate, ParkChambersTheirOfficesAndGroupsCoreFirms) {
  const Extraction ex =
      run("石狮高新区企业商会现有会员企业180家，会长由福建锦鹭控股集团有限公司董事长林建邦担任。"
          "福建锦鹭服饰有限公司投产。锦鹭服饰是福建锦鹭控股集团有限公司旗下骨干企业。");
  EXPECT_TRUE(has_entity(ex, EntityType::Organization, "石狮高新区企业商会")) << dump(ex);
  EXPECT_NE(find_fact(ex, "林建邦", HoldsPosition, "石狮高新区企业商会"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "林建邦", HoldsPosition, "福建锦鹭控股集团有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "锦鹭服饰", PartOf, "福建锦鹭控股集团有限公司"), nullptr) << dump(ex);
}

// A park after 在 that opens a sentence before a comma is the scene: the firms and projects
// of the sentence lie in it.
TEST(Relate, ParkOpeningASentenceIsTheScene) {
  const Extraction ex = run(
      "在苏州工业园区，江苏澄明光学科技有限公司新购置的60亩土地上，年产800万片光学镜片项目的厂房"
      "已经封顶。");
  EXPECT_NE(find_fact(ex, "江苏澄明光学科技有限公司", LocatedIn, "苏州工业园区"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "年产800万片光学镜片项目", LocatedIn, "苏州工业园区"), nullptr)
      << dump(ex);
}

// Every party listed between 由 and the investment verb (由A与B共同投资建设) invests in the
// project, before or after them.
TEST(Relate, JointAgentsOfAnInvestment) {
  const Extraction ex =
      run("由烟台高新区管委会与鲁东大学共同投资建设的海洋装备中试基地项目总投资6亿元。年产3万吨海藻"
          "酸盐项目由烟台蓝渊生物科技有限公司和青岛海大生物集团有限公司共同投资建设。");
  EXPECT_NE(find_fact(ex, "烟台高新区管委会", InvestsIn, "海洋装备中试基地项目"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "鲁东大学", InvestsIn, "海洋装备中试基地项目"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "烟台蓝渊生物科技有限公司", InvestsIn, "年产3万吨海藻酸盐项目"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "青岛海大生物集团有限公司", InvestsIn, "年产3万吨海藻酸盐项目"), nullptr)
      << dump(ex);
}

// A body's party committee with the body's own office after it (国资委党委书记、主任) is an
// office in the body; a research institute is called by its field (地质所, 成都地质所), also
// where another institute's short name is the lexicon's.
TEST(Relate, OfficesInABodyThroughItsCommitteeAndInstituteShortNames) {
  const Extraction ex =
      run("成都市国资委党委书记、主任罗启明出席。中国科学院成都地质研究所与园区签约。地质所副所长"
          "欧阳恒介绍，成都地质所将派驻团队。植物所也派员参加。");
  EXPECT_NE(find_fact(ex, "罗启明", HoldsPosition, "成都市国资委"), nullptr) << dump(ex);
  const Mention* full = find_mention(ex, "中国科学院成都地质研究所");
  ASSERT_NE(full, nullptr) << dump(ex);
  for (const char* short_name : {"地质所", "成都地质所"}) {
    const Mention* m = find_mention(ex, short_name);
    ASSERT_NE(m, nullptr) << short_name << "\n" << dump(ex);
    EXPECT_EQ(m->key, full->key) << short_name;
  }
  const Mention* other = find_mention(ex, "植物所");
  ASSERT_NE(other, nullptr) << dump(ex);
  EXPECT_NE(other->key, full->key);
}

// A foreign firm named with its country lies in that country when the text names it; a title
// after 、 or 和 and the name of one who holds an office of the sentence is in the same unit, or
// in the place or park whose party committee that was (县委书记A、县长B).
TEST(Relate, ForeignFirmsCountriesAndOfficesSharedInAList) {
  const Extraction ex = run(
      "来自泰国、越南的客商参加活动。越南明江电子股份公司与园区签约。新加坡澜星物流有限公司董事长"
      "陈伟杰、财务总监阿米尔·哈山出席。宁远县委书记唐振国、县长欧阳平见证签约。湘南精工有限公司"
      "总经理邓海涛和副总经理谢婉清陪同。");
  EXPECT_NE(find_fact(ex, "越南明江电子股份公司", LocatedIn, "越南"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "阿米尔·哈山", HoldsPosition, "新加坡澜星物流有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "欧阳平", HoldsPosition, "宁远"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "欧阳平", HoldsPosition, "宁远县委"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "谢婉清", HoldsPosition, "湘南精工有限公司"), nullptr) << dump(ex);
}

// A bare zone word before a body's kind word (高新区管委会, 高新区科技局) names the organ or
// department of the document's zone ending with that word: part of it, a party to what it
// signs, and its titles (管委会副主任) are offices in the zone; with no such zone, no body.
TEST(Relate, BodiesOfTheStorysZoneNamedByTheBareZoneWord) {
  const Extraction ex =
      run("绵阳高新技术产业开发区位于四川省绵阳市。11月，高新区管委会与四川蜀芯半导体有限公司签约。"
          "高新区管委会副主任罗嘉明介绍，高新区科技局局长付晓云说，明年再引进一批项目。");
  EXPECT_TRUE(has_entity(ex, EntityType::Organization, "高新区管委会")) << dump(ex);
  EXPECT_NE(find_fact(ex, "高新区管委会", PartOf, "绵阳高新技术产业开发区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "高新区管委会", CooperatesWith, "四川蜀芯半导体有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "罗嘉明", HoldsPosition, "绵阳高新技术产业开发区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "付晓云", HoldsPosition, "高新区科技局"), nullptr) << dump(ex);
  const Extraction alone = run("11月，示范区管委会与四川蜀芯半导体有限公司签约。");
  EXPECT_FALSE(has_any_entity(alone, "示范区管委会")) << dump(alone);
}

// A body's party committee before its own office (国资委党委书记、主任) is no body of its own;
// a park named with an industry word that names hold (智造) keeps it (金阳智造产业园), but not a
// verb of investing (建设); an institute's short form is not placed by the city it opens with.
TEST(Relate, CommitteesBeforeOwnOfficesIndustryWordsInParksAndInstitutes) {
  const Extraction ex = run(
      "成都市国资委党委书记、主任罗启明出席。金阳智造产业园规划面积1200亩。中国科学院成都地质研究所"
      "与园区签约。成都地质所将派驻团队。");
  EXPECT_FALSE(has_any_entity(ex, "成都市国资委党委")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "金阳智造产业园")) << dump(ex);
  EXPECT_EQ(find_fact(ex, "成都地质所", LocatedIn, "成都"), nullptr) << dump(ex);
  const Extraction verb = run("公司在园区西侧建设智能装备产业园项目。");
  EXPECT_FALSE(has_any_entity(verb, "西侧建设智能装备产业园项目")) << dump(verb);
}

// Offices stated clause after clause (是A会长，也是B副会长); a place's head after its party
// committee in one chain (市委副书记、市长) is an office in the place; a list the sentence opens
// with settles where a later clause with no subject of its own says (…，将落户X).
TEST(Relate, FurtherOfficesPlaceHeadsAndListsOfEarlierClauses) {
  const Extraction ex = run(
      "刘建华是宁波市模具行业协会会长，也是宁波市青年商会副会长。芜湖市委副书记、市长钱立新出席。"
      "星瀚电子、拓维精密等3家企业的扩产项目同日签约，将落户芜湖高新区。");
  EXPECT_NE(find_fact(ex, "刘建华", HoldsPosition, "宁波市模具行业协会"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "刘建华", HoldsPosition, "宁波市青年商会"), nullptr) << dump(ex);
  const Fact* mayor = find_fact(ex, "钱立新", HoldsPosition, "芜湖");
  ASSERT_NE(mayor, nullptr) << dump(ex);
  EXPECT_EQ(mayor->title, "市长");
  const Fact* committee = find_fact(ex, "钱立新", HoldsPosition, "芜湖市委");
  ASSERT_NE(committee, nullptr) << dump(ex);
  EXPECT_EQ(committee->title, "副书记");
  EXPECT_NE(find_fact(ex, "星瀚电子", LocatedIn, "芜湖高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "拓维精密", LocatedIn, "芜湖高新区"), nullptr) << dump(ex);
}

// A park in a quarter of another (位于X东北部的Y) lies in it; a clause opening with a body's
// kind word (研究院选址…) speaks of the latest body of that kind.
TEST(Relate, QuartersOfPlacesAndBodiesCalledByTheirKind) {
  const Extraction ex =
      run("园区将加快建设位于芜湖高新区东北部的新能源汽车零部件产业园。安徽工程大学与园区共建安徽工"
          "程大学"
          "芜湖智能装备研究院。研究院选址芜湖高新区。");
  EXPECT_NE(find_fact(ex, "新能源汽车零部件产业园", LocatedIn, "芜湖高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "安徽工程大学芜湖智能装备研究院", LocatedIn, "芜湖高新区"), nullptr)
      << dump(ex);
}

// A subsidiary after 旗下的 is its parent's, and the sentence speaks of it: where it settles
// (a county's park after 的) and what a later clause opening with 投资 builds (after an amount
// converted in brackets) are its own.
TEST(Relate, SubsidiariesAfterQiXiaDeSettleAndInvest) {
  const Extraction ex = run(
      "德国海森控股有限公司旗下的海森精密（江苏）有限公司将落户淮安市涟水县的涟水经济开发区，投资"
      "2亿美元（约合人民币14亿元）建设年产10万套新能源汽车电驱壳体项目。");
  EXPECT_NE(find_fact(ex, "海森精密(江苏)有限公司", PartOf, "德国海森控股有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "海森精密(江苏)有限公司", LocatedIn, "涟水经济开发区"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "海森精密(江苏)有限公司", InvestsIn, "年产10万套新能源汽车电驱壳体项目"),
            nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "德国海森控股有限公司", InvestsIn, "年产10万套新能源汽车电驱壳体项目"),
            nullptr)
      << dump(ex);
}

// A short list written out whole before 与 signs one agreement: its members cooperate too;
// a list closed by 等 signs deal by deal.
TEST(Relate, WholeListsBeforeTheConnectorSignTogether) {
  const Extraction ex =
      run("泸州高新区管委会、泸州市江阳区人民政府与成都锂晟新能源股份有限公司签署投资协议。星河电子"
          "、远帆精"
          "密等5家企业与泸州高新区管委会签约。");
  EXPECT_NE(find_fact(ex, "泸州高新区管委会", CooperatesWith, "泸州市江阳区人民政府"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "泸州市江阳区人民政府", CooperatesWith, "成都锂晟新能源股份有限公司"),
            nullptr)
      << dump(ex);
  EXPECT_EQ(find_fact(ex, "星河电子", CooperatesWith, "远帆精密"), nullptr) << dump(ex);
}

// A sentence opening 在 a zone's other park (在X另一个园区Y，) places the firms and projects
// after it in Y, the subsidiary but not its parent; a sub-park named later by its own part
// (宏伟园区 of 大庆高新区宏伟园区) is that sub-park.
TEST(Relate, FramingParksAfterAZoneAndSubParksByTheirOwnNames) {
  const Extraction ex =
      run("在铜陵经开区另一个园区金桥园区，安徽铜冠材料集团有限公司的全资子公司铜陵铜冠箔材有限公司"
          "正在建设"
          "年产3万吨电子铜箔项目。滁州经开区城东园区今年开工项目12个。今年以来，城东园区新引进瑞泰"
          "电子、"
          "弘鼎精工等8家企业。");
  EXPECT_NE(find_fact(ex, "铜陵铜冠箔材有限公司", LocatedIn, "金桥园区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "年产3万吨电子铜箔项目", LocatedIn, "金桥园区"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, "安徽铜冠材料集团有限公司", LocatedIn, "金桥园区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "瑞泰电子", LocatedIn, "城东园区"), nullptr) << dump(ex);
  const Mention* later = find_mention(ex, "城东园区");
  const Mention* full = find_mention(ex, "滁州经开区城东园区");
  ASSERT_NE(later, nullptr) << dump(ex);
  ASSERT_NE(full, nullptr) << dump(ex);
  EXPECT_EQ(later->key, full->key);
}

// The list after 与 signs one agreement together (A与B、C签订三方协议), but not when each
// signs its own (分别).
TEST(Relate, ListsAfterTheConnectorSignTogetherUnlessSeparately) {
  const Extraction joint =
      run("江苏恒瑞储能科技有限公司与常州大学、常州工学院签订三方协议，共建储能安全联合实验室。");
  EXPECT_NE(find_fact(joint, "常州大学", CooperatesWith, "常州工学院"), nullptr) << dump(joint);
  EXPECT_NE(find_fact(joint, "江苏恒瑞储能科技有限公司", CooperatesWith, "常州工学院"), nullptr)
      << dump(joint);
  const Extraction separate =
      run("江苏恒瑞储能科技有限公司与常州大学、常州工学院分别签订合作协议。");
  EXPECT_EQ(find_fact(separate, "常州大学", CooperatesWith, "常州工学院"), nullptr)
      << dump(separate);
}

// A park named after its city is named again without it when that part names one park
// (未来科学城 of 北京未来科学城; not 国家高新区, any zone's word); an office a person will take
// (将出任) in a body named by its kind word (实验室主任) is held in the latest such body.
TEST(Relate, ParksWithoutTheirCityAndOfficesToBeTaken) {
  const Extraction ex =
      run("北京未来科学城新增企业30家。未来科学城党工委副书记萧望舒介绍了情况。宁波国家高新区今年成"
          "立十周"
          "年。国家高新区是创新高地。企业与北京化工大学共建高端膜材料联合实验室。北京化工大学教授邝"
          "明远将出任"
          "实验室主任。");
  const Fact* office = find_fact(ex, "萧望舒", HoldsPosition, "未来科学城");
  ASSERT_NE(office, nullptr) << dump(ex);
  const Mention* short_form = find_mention(ex, "未来科学城");
  const Mention* full = find_mention(ex, "北京未来科学城");
  ASSERT_NE(short_form, nullptr) << dump(ex);
  ASSERT_NE(full, nullptr) << dump(ex);
  EXPECT_EQ(short_form->key, full->key);
  EXPECT_FALSE(has_any_entity(ex, "国家高新区")) << dump(ex);
  EXPECT_NE(find_fact(ex, "邝明远", HoldsPosition, "高端膜材料联合实验室"), nullptr) << dump(ex);
}

// A world city right after its country (韩国首尔) is a place of its own, in that country; 设有 is a
// verb (等地设有工厂 names no firm).
TEST(Relate, WorldCitiesAfterTheirCountries) {
  const Extraction ex = run("博澜集团总部位于韩国首尔，在韩国、日本等地设有工厂。");
  EXPECT_NE(find_fact(ex, "博澜集团", LocatedIn, "首尔"), nullptr) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "地设有工厂")) << dump(ex);
  EXPECT_NE(find_fact(ex, "首尔", LocatedIn, "韩国"), nullptr) << dump(ex);
}

// A joint venture founded with a foreign firm (与德国企业X) is part of the parent holding more
// than half of it (X控股60%); the parents cooperate. A connector ICU reads into the next word
// (同 of 同步) does not cut a project's name; 萧 is a surname.
TEST(Relate, ControlledJointVenturesAndConnectorsInsideWords) {
  const Extraction ex = run(
      "湘潭华驰电机股份有限公司与日本企业丸井精机株式会社签约，合资组建湘潭华驰丸井精机有限公司，华"
      "驰电机"
      "控股55%"
      "。湘潭华驰电机股份有限公司启动华驰电机年产500台永磁同步电机项目。华驰电机总经理萧远帆说。");
  const std::string venture = "湘潭华驰丸井精机有限公司";
  EXPECT_NE(find_fact(ex, venture, PartOf, "湘潭华驰电机股份有限公司"), nullptr) << dump(ex);
  EXPECT_EQ(find_fact(ex, venture, PartOf, "丸井精机株式会社"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "湘潭华驰电机股份有限公司", CooperatesWith, "丸井精机株式会社"), nullptr)
      << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "华驰电机控股")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Project, "华驰电机年产500台永磁同步电机项目")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Person, "萧远帆")) << dump(ex);
}

// A scene opening 在 may give the park's short name in brackets and a floor (在X（以下简称“Y”）
// 三楼，…); a firm registered there (注册在了) is there; 示范园 ends a park's name, and a verb
// before a zone word (补齐园区) names no park.
TEST(Relate, ScenesWithFloorsRegisteredFirmsAndDemonstrationParks) {
  const Extraction ex =
      run("在烟台软件园青年创业园（以下简称“青创园”）二楼，烟台澜曜光电科技有限公司的实验室灯火"
          "通明。"
          "他把烟台衡岳智能科技有限公司注册在了烟台软件园。烟台高新区的莱山示范园重点布局研发总部，"
          "将补齐园"
          "区配套的短板。");
  EXPECT_NE(find_fact(ex, "烟台澜曜光电科技有限公司", LocatedIn, "烟台软件园青年创业园"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "烟台衡岳智能科技有限公司", LocatedIn, "烟台软件园"), nullptr)
      << dump(ex);
  EXPECT_TRUE(has_entity(ex, EntityType::Park, "莱山示范园")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "补齐园区")) << dump(ex);
}

// In a story about one zone, another zone set up in its own right (…经济技术开发区) is not put
// in it by the story's topic, while a bonded zone or an industrial park named there may be.
TEST(Relate, ZonesOfTheirOwnAreNotSubParksOfTheStory) {
  const Extraction ex =
      run("## "
          "宜昌高新区加快发展\n宜昌高新区今年新增企业80家。园区与猇亭经济技术开发区开展产业协作，白"
          "洋工业园"
          "区新开工项目12个。\n");
  EXPECT_EQ(find_fact(ex, "猇亭经济技术开发区", LocatedIn, "宜昌高新区"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "白洋工业园区", LocatedIn, "宜昌高新区"), nullptr) << dump(ex);
}

// Three or more parties listed before a joint verb (A、B、C共同举办) all cooperate.
TEST(Relate, ThreePartiesBeforeAJointVerb) {
  const Extraction ex =
      run("青岛高新区管委会、中国海洋大学、青岛蓝谷创新中心共同举办海洋科技成果对接会。");
  EXPECT_NE(find_fact(ex, "青岛高新区管委会", CooperatesWith, "中国海洋大学"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "中国海洋大学", CooperatesWith, "青岛蓝谷创新中心"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "青岛高新区管委会", CooperatesWith, "青岛蓝谷创新中心"), nullptr)
      << dump(ex);
}

// Offices whose unit stands apart from the title: before a declared short name (X(以下简称
// “Y”)采购总监Z), as the scene after 在…的 (在园区内的X，总经理Z说), and as a body's kind word
// opening the clause (协会会长、…董事长Z说).
TEST(Relate, UnitsBeforeShortNamesScenesAndKindWords) {
  const Extraction ex =
      run("“订单稳了。”芜湖骏达汽车有限公司（以下简称“骏达汽车”）采购总监韦振东说。在园区内的芜湖华"
          "岭座椅系统"
          "有限公司，总经理潘立新说，成本下降了。芜湖市汽车零部件行业协会成立于2010年。协会会长、安"
          "徽华岭实业"
          "集团有限公司董事长覃庆林说，协会组织了对接活动。");
  EXPECT_NE(find_fact(ex, "韦振东", HoldsPosition, "芜湖骏达汽车有限公司"), nullptr) << dump(ex);
  EXPECT_NE(find_fact(ex, "潘立新", HoldsPosition, "芜湖华岭座椅系统有限公司"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "覃庆林", HoldsPosition, "芜湖市汽车零部件行业协会"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "覃庆林", HoldsPosition, "安徽华岭实业集团有限公司"), nullptr)
      << dump(ex);
}

// A project with no place of its own lies in the park its investor settles in, in the same
// sentence (X将落户P，投资…建设Y项目; 扎根P的X…启动了X年产…项目).
TEST(Relate, ProjectsLieWhereTheirInvestorSettles) {
  const Extraction ex =
      run("新加坡澜石控股有限公司旗下的澜石材料（安徽）有限公司将落户滁州经济技术开发区，投资2亿美"
          "元建设年产5"
          "万吨高纯石英砂项目。");
  EXPECT_NE(find_fact(ex, "年产5万吨高纯石英砂项目", LocatedIn, "滁州经济技术开发区"), nullptr)
      << dump(ex);
  // The investor named by its short form inside the project's name is the same firm.
  const Extraction owner = run(
      "扎根栗雨高科园的株洲华驰轨道装备股份有限公司在园内启动了华驰轨道年产600台牵引电机项目。");
  EXPECT_NE(find_fact(owner, "华驰轨道年产600台牵引电机项目", LocatedIn, "栗雨高科园"), nullptr)
      << dump(owner);
}

}  // namespace
}  // namespace parkgraph::testing
