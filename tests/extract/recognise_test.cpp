// Entity recognition: each test names the language phenomenon it covers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_support.hpp"

namespace parkgraph::testing {
namespace {

using enum EntityType;

// Park = place + zone suffix, in its short, long and 市 forms; all share one key.
TEST(Recognise, ParkFormsShareOneKey) {
  const Extraction ex =
      run("株洲高新区召开大会。株洲市高新区负责人出席。株洲高新技术产业开发区成立于1992年。");
  std::vector<std::string> keys;
  for (const auto& m : ex.mentions) {
    if (m.type == Park) keys.push_back(m.key);
  }
  ASSERT_EQ(keys.size(), 3u) << dump(ex);
  EXPECT_EQ(keys[0], keys[1]);
  EXPECT_EQ(keys[1], keys[2]);
}

// A park named again by an abbreviation (综保区 for 综合保税区, 综改示范区 for 转型综合改革
// 示范区: the first character of each word) is the same park; a sub-park whose name holds
// the park's is not the park.
TEST(Recognise, AbbreviatedParkNamesShareTheKey) {
  const Extraction ex =
      run("南宁综合保税区位于广西南宁市。南宁综保区今年新增企业30家。"
          "广西转型综合改革示范区召开大会，广西综改示范区负责人出席。"
          "南宁高新区生物医药产业园区开工，南宁高新区负责人出席。");
  auto key_of = [&](const std::string& surface) {
    const Mention* m = find_mention(ex, surface);
    return m == nullptr ? std::string("?") + surface : m->key;
  };
  EXPECT_EQ(key_of("南宁综保区"), key_of("南宁综合保税区")) << dump(ex);
  EXPECT_EQ(key_of("广西综改示范区"), key_of("广西转型综合改革示范区")) << dump(ex);
  EXPECT_NE(key_of("南宁高新区"), key_of("南宁高新区生物医药产业园区")) << dump(ex);
}

// Verbs of brokering (促成, 撮合, 牵线) open no name: 促成联盟内企业… holds no body.
TEST(Recognise, BrokeringVerbsOpenNoName) {
  const Extraction ex =
      run("产业联盟运行一年来，促成联盟内企业采购订单1.2亿元，撮合园区企业签约12项。");
  EXPECT_FALSE(has_any_entity(ex, "促成联盟")) << dump(ex);
}

// A park named with its city and the long zone word (南宁邕江高新技术产业开发区) is the
// same park as the one named later without the city, in the short form (邕江高新区).
TEST(Recognise, ParkWithoutItsCityInAnotherFormSharesTheKey) {
  const Extraction ex =
      run("南宁邕江高新技术产业开发区召开年度大会。邕江高新区管委会主任黄海川作工作报告。");
  const Mention* full = find_mention(ex, "南宁邕江高新技术产业开发区");
  const Mention* short_form = find_mention(ex, "邕江高新区");
  ASSERT_TRUE(full != nullptr && short_form != nullptr) << dump(ex);
  EXPECT_EQ(full->key, short_form->key) << dump(ex);
}

// A zone suffix with no named place before it is a generic noun, not a park.
TEST(Recognise, GenericZoneWordsAreNotParks) {
  const Extraction ex = run("会议要求，全省高新区要加快发展，推动园区企业转型升级。");
  for (const auto& m : ex.mentions) EXPECT_NE(m.type, Park) << m.surface;
}

// Sub-parks named by a cluster suffix: 产业园, 科学城, 众创园.
TEST(Recognise, ClusterSuffixesMakeParks) {
  const Extraction ex = run("近日，位于合肥高新区的量子科学城和明珠产业园同时开园。");
  EXPECT_TRUE(has_entity(ex, Park, "量子科学城")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "明珠产业园")) << dump(ex);
}

// A company name is bounded on the left by a verb or 的, and may open with its city.
// X区内 (inside X区): 内 after a zone's name is a postposition, not a word that shows the
// suffix misread (as 区域 does after 开发 in 重点开发区域).
TEST(Recognise, ZoneNamedBeforeQuNei) {
  const Extraction ex =
      run("天津综合保税区内企业增加。芜湖经济开发区内新增项目12个。"
          "今年全省重点开发区域扩大。");
  EXPECT_TRUE(has_entity(ex, Park, "天津综合保税区")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "芜湖经济开发区")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Park, "全省重点开发区")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Park, "重点开发区")) << dump(ex);
}

// State-level new areas and cooperation zones (national_zones.txt) are parks by name, though
// their names open with no place a lexicon holds; the short form keys to the full name.
TEST(Recognise, StateLevelNewAreasAndCooperationZones) {
  const Extraction ex =
      run("两江新区与横琴粤澳深度合作区签署协议。"
          "前海深港现代服务业合作区管理局局长王立新出席。");
  const Mention* liangjiang = find_mention(ex, "两江新区");
  ASSERT_NE(liangjiang, nullptr) << dump(ex);
  EXPECT_EQ(liangjiang->type, Park);
  EXPECT_EQ(liangjiang->key, "重庆两江新区");
  EXPECT_TRUE(has_entity(ex, Park, "横琴粤澳深度合作区")) << dump(ex);
  EXPECT_NE(find_fact(ex, "前海深港现代服务业合作区管理局", RelationType::PartOf,
                      "前海深港现代服务业合作区"),
            nullptr)
      << dump(ex);
}

// A hospital is a body (四川大学华西医院 part of 四川大学), not a facility under construction;
// 未来科技城 is a park word, though 未来 alone is a generic word that cuts names.
TEST(Recognise, HospitalsAreBodiesAndFutureScienceCitiesAreParks) {
  const Extraction ex = run("四川大学华西医院与杭州未来科技城签署合作协议。");
  EXPECT_TRUE(has_entity(ex, Organization, "四川大学华西医院")) << dump(ex);
  EXPECT_NE(find_fact(ex, "四川大学华西医院", RelationType::PartOf, "四川大学"), nullptr)
      << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "杭州未来科技城")) << dump(ex);
}

// 在贵阳高新区扩建厂房: after 在 the park is the site of the verb, not the opening of a
// project's name; with no 在 the same words may name a project (贵阳高新区扩建项目 below).
TEST(Recognise, SiteThenVerbIsNoName) {
  const Extraction ex =
      run("中国航发黎阳动力在贵阳高新区扩建厂房。贵阳高新区扩建厂房项目总投资3亿元。");
  EXPECT_FALSE(has_any_entity(ex, "贵阳高新区扩建厂房")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Project, "贵阳高新区扩建厂房项目")) << dump(ex);
  const Extraction centre = run("该公司将在南昌高新区建设检测中心和两座新厂。");
  EXPECT_FALSE(has_any_entity(centre, "南昌高新区建设检测中心")) << dump(centre);
}

// A verb before a zone word (看中高新区的营商环境) does not name a zone; verbs that take places
// as objects are stopwords.
TEST(Recognise, VerbBeforeAZoneWordIsNoZoneName) {
  const Extraction ex = run("企业负责人说，最看中高新区的人才政策。");
  EXPECT_FALSE(has_any_entity(ex, "看中高新区")) << dump(ex);
}

// 创新 (innovation) is a word names hold (新川创新科技园), not one that cuts them; 联合创新中心
// and 协同创新中心 are kinds of body, so the name runs past 联合, and the kind alone is none.
TEST(Recognise, InnovationWordsInsideNames) {
  const Extraction ex =
      run("西安智能网联汽车联合创新中心将设在西安高新区丝路创新科技园。"
          "园区积极推进协同创新中心建设，加快建设具有全国影响力的科技创新中心。");
  EXPECT_TRUE(has_entity(ex, Organization, "西安智能网联汽车联合创新中心")) << dump(ex);
  EXPECT_TRUE(has_any_entity(ex, "西安高新区丝路创新科技园") ||
              has_any_entity(ex, "丝路创新科技园"))
      << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "协同创新中心")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "科技创新中心")) << dump(ex);
}

// A two-character verb the lexicon finds inside a longer word (量产 in 测量产业) does not cut
// a name: ICU's dictionary reads 测量|产业. Standing alone (实现量产) it still cuts.
TEST(Recognise, VerbReadAcrossByTheDictionaryDoesNotCut) {
  const Extraction ex =
      run("该公司投资建设的精密测量产业基地项目正式开工。"
          "该产品已实现量产研发中心同步投用。");
  EXPECT_TRUE(has_entity(ex, Project, "精密测量产业基地项目")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "实现量产研发中心")) << dump(ex);
}

// 供应链 (supply chain) is an industry that firms are named after (河南豫航供应链管理集团有限公司),
// not a word that cuts their names.
TEST(Recognise, SupplyChainFirms) {
  const Extraction ex = run("该项目由湖北楚运供应链管理集团有限公司投资建设。");
  EXPECT_TRUE(has_entity(ex, Company, "湖北楚运供应链管理集团有限公司")) << dump(ex);
}

// Generic phrases that end like names are none: a counted kind (运营6个算力中心), a verb and
// preposition before a village word (党支部建在社区), 国家中心城市 (中心 runs on into 城市),
// and a direction before 区 right after a park's name (…科技园东区), though 攀枝花 has a
// district called 东区.
TEST(Recognise, GenericPhrasesThatEndLikeNames) {
  const Extraction ex =
      run("公司在西部地区运营6个数据算力中心。把党支部建在社区上。支持南宁建设国家中心城市。"
          "项目位于南宁高新区创新科技园东区。");
  EXPECT_FALSE(has_any_entity(ex, "数据算力中心")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "建在社区")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "南宁建设国家中心")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Location, "东区")) << dump(ex);
}

// A firm's legal word in brackets belongs to its name (徐州重工(集团)装备股份有限公司), and a
// known university's party committee is a body of its own, not the university restated.
TEST(Recognise, BracketedLegalWordAndAUniversitysCommittee) {
  const Extraction ex =
      run("徐州重工（集团）装备股份有限公司与南宁高新区签约。南宁高新区党工委与广西大学党委签订共建"
          "协议。");
  EXPECT_TRUE(has_entity(ex, Company, "徐州重工(集团)装备股份有限公司")) << dump(ex);
  const Mention* committee = find_mention(ex, "广西大学党委");
  const Mention* university = find_mention(ex, "广西大学");
  ASSERT_NE(committee, nullptr) << dump(ex);
  if (university != nullptr) {
    EXPECT_NE(committee->key, university->key);
  }
  EXPECT_NE(find_fact(ex, "广西大学党委", RelationType::PartOf, "广西大学"), nullptr) << dump(ex);
}

// Quotation marks make a body's name of generic words (“智能制造联合实验室”); a quoted park
// or village word stays a slogan (“数字园区”, “百强村”).
TEST(Recognise, QuotedBodyOfGenericWords) {
  const Extraction ex =
      run("双方共同为“绿色化工联合实验室”揭牌。园区全力打造“数字园区”，争创“百强村”。");
  EXPECT_TRUE(has_entity(ex, Organization, "绿色化工联合实验室")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "数字园区")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "百强村")) << dump(ex);
}

// A decimal figure inside a project's name (年产2.5万吨) is part of it; a quantity of a kind
// of building after a park (…产业园12.6万平方米标准厂房) names no project.
TEST(Recognise, DecimalFiguresInProjectNames) {
  const Extraction ex =
      run("赣州稀金新材料有限公司年产2.5万吨高性能磁材项目举行开工仪式。"
          "赣州稀金产业园12.6万平方米标准厂房预计年底交付。");
  EXPECT_TRUE(has_entity(ex, Project, "赣州稀金新材料有限公司年产2.5万吨高性能磁材项目"))
      << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "标准厂房")) << dump(ex);
}

// A short name ending in an industry word that opens a clause before an investment verb is a
// firm (华能电力拟投资…); a sector (电子信息, 电力装备) or a generic phrase is not.
TEST(Recognise, BrandOpeningAClauseBeforeAnInvestmentVerb) {
  const Extraction ex =
      run("会上，华能电力拟投资30亿元建设光伏电站项目。电子信息与电力装备投资持续增长，"
          "新能源汽车投资加快。");
  EXPECT_TRUE(has_entity(ex, Company, "华能电力")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "电子信息")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "电力装备")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "新能源汽车")) << dump(ex);
}

// Persons listed with 、 after a titled name are persons (副市长王海、李红梅、张立新等出席), and
// 主持 after a name is a verb, not a given name's last character (周敏主持).
TEST(Recognise, PersonsListedAfterATitledName) {
  const Extraction ex = run("副市长钱海峰、李红梅、张立新等出席活动。会议由管委会副主任周敏主持。");
  for (const char* name : {"钱海峰", "李红梅", "张立新", "周敏"})
    EXPECT_TRUE(has_entity(ex, Person, name)) << name << "\n" << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "周敏主")) << dump(ex);
}

// An interview's speaker label is a person (林秋白：…); a place before a colon is none
// (武汉：, though 武 is a surname).
TEST(Recognise, InterviewSpeakerLabel) {
  const Extraction ex = run(
      "记者：公司为什么选择苏州？\n\n林秋白：苏州的产业链很完整。\n\n武汉：光谷新增企业百家。\n");
  EXPECT_TRUE(has_entity(ex, Person, "林秋白")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Person, "武汉")) << dump(ex);
}

TEST(Recognise, CompanyLeftEdgeStopsAtVerbsAndDe) {
  const Extraction ex =
      run("园区引进了成都星河微电子有限公司，并服务好武汉的长风生物科技股份有限公司。");
  EXPECT_TRUE(has_entity(ex, Company, "成都星河微电子有限公司")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "长风生物科技股份有限公司")) << dump(ex);
}

// Nested names: the organ of a park and a school of a university are entities of their own.
TEST(Recognise, NestedOrganisationsAreEntities) {
  const Extraction ex = run("武汉东湖高新区管委会与华中科技大学计算机学院签署协议。");
  EXPECT_TRUE(has_entity(ex, Organization, "武汉东湖高新区管委会")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Organization, "华中科技大学计算机学院")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Organization, "华中科技大学")) << dump(ex);
}

// A person's name after a title chain, and again before a speech verb.
TEST(Recognise, PersonsAfterTitlesAndBeforeSpeechVerbs) {
  const Extraction ex =
      run("合肥高新区党工委副书记、管委会主任周海涛介绍，今年工作成效明显。周海涛表示，下一步将继续"
          "努力。");
  int count = 0;
  for (const auto& m : ex.mentions) count += (m.type == Person && m.surface == "周海涛") ? 1 : 0;
  EXPECT_EQ(count, 2) << dump(ex);
}

// A name introduced once (with a title) is a mention wherever it recurs in the document, also
// on a long page that introduces many names, several sharing a surname (one first character).
TEST(Recognise, IntroducedNamesAreFoundAgainAcrossALongPage) {
  const std::vector<std::string> surnames = {"王", "李", "张", "刘", "陈"};
  const std::vector<std::string> given = {"建国", "海涛", "晓明", "志强", "丽华", "文博"};
  std::vector<std::string> names;
  for (const auto& s : surnames) {
    for (const auto& g : given) names.push_back(s + g);
  }
  std::string text;
  for (const auto& name : names) text += "园区管委会副主任" + name + "出席会议。";
  for (const auto& name : names) text += "会后，企业代表向" + name + "提问。";
  const Extraction ex = run(text);
  for (const auto& name : names) {
    int count = 0;
    for (const auto& m : ex.mentions) count += (m.type == Person && m.surface == name) ? 1 : 0;
    EXPECT_EQ(count, 2) << name << "\n" << dump(ex);
  }
}

// Venues are buildings where things happen, and a city's strategic role (国际科技创新中心) is a
// slogan: neither is an entity (guidelines: "not roads, buildings or venues", "slogans"). A firm
// that runs a venue is still a firm, and a body beside it still a body.
TEST(Recognise, VenuesAndSlogansAreNoEntities) {
  const Extraction ex =
      run("2024中关村论坛在北京中关村国际会展中心开幕，合肥高新区管委会组团参展。"
          "颁奖仪式在湖南省体育馆举行。深圳会展中心管理有限责任公司承办了活动。"
          "会议提出，加快建设上海国际科技创新中心。");
  for (const auto& m : ex.mentions) {
    EXPECT_EQ(m.surface.find("国际会展中心"), std::string::npos) << dump(ex);
    EXPECT_NE(m.surface, "湖南省体育馆") << dump(ex);
    EXPECT_NE(m.surface, "上海国际科技创新中心") << dump(ex);
  }
  EXPECT_TRUE(has_entity(ex, Organization, "合肥高新区管委会")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "深圳会展中心管理有限责任公司")) << dump(ex);
}

// A known firm, then industry words, then 项目: the words name the firm's project (owned by
// it), not a unit of the firm; without 项目 they still name a unit (中国航发 + 黎阳动力).
TEST(Recognise, KnownFirmWithIndustryWordsBeforeAProject) {
  const Extraction ex = run("比亚迪新能源汽车项目近日签约，宁德时代新能源电池项目同期开工。");
  for (const std::string project : {"比亚迪新能源汽车项目", "宁德时代新能源电池项目"}) {
    EXPECT_TRUE(has_entity(ex, Project, project)) << project << "\n" << dump(ex);
  }
  EXPECT_FALSE(has_any_entity(ex, "比亚迪新能源汽车")) << dump(ex);
  EXPECT_NE(find_fact(ex, "比亚迪", RelationType::InvestsIn, "比亚迪新能源汽车项目"), nullptr)
      << dump(ex);
}

// A body named with a chain of places (city, then district) opens with the whole chain, as the
// text writes it; a government still stands for the nearest place.
TEST(Recognise, BodiesNamedWithAChainOfPlaces) {
  const Extraction ex =
      run("深圳市南山区科技创新局局长王伟介绍，今年成效明显。湖南省长沙市岳麓区人民政府与中南大学"
          "签订合作协议。");
  EXPECT_TRUE(has_entity(ex, Organization, "深圳市南山区科技创新局")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Organization, "湖南省长沙市岳麓区人民政府")) << dump(ex);
  EXPECT_NE(find_fact(ex, "王伟", RelationType::HoldsPosition, "深圳市南山区科技创新局"), nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "湖南省长沙市岳麓区人民政府", RelationType::LocatedIn, "岳麓区"), nullptr)
      << dump(ex);
}

// A one-character suffix inside a longer word (部 in 零部件, 局 in 格局) names no body: the firm
// after a park keeps its own name, and the park stays a park the firm sits in.
TEST(Recognise, OneCharacterSuffixInsideAWordIsNoSuffix) {
  const Extraction ex = run("成都高新区星河汽车零部件有限公司今年产值增长。");
  EXPECT_TRUE(has_entity(ex, Company, "星河汽车零部件有限公司")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "成都高新区")) << dump(ex);
  for (const auto& m : ex.mentions) EXPECT_NE(m.type, Organization) << dump(ex);
  EXPECT_NE(find_fact(ex, "星河汽车零部件有限公司", RelationType::LocatedIn, "成都高新区"), nullptr)
      << dump(ex);
}

// A firm with no name of its own besides a park's (nothing, or a generic word) is the park's own
// firm, named after it; a firm with a name of its own after a park only sits in the park.
TEST(Recognise, FirmsNamedAfterAPark) {
  const Extraction ex =
      run("中关村发展集团与合肥市人民政府签订合作协议。苏州工业园区股份有限公司董事长李强出席。"
          "成都高新区星河微电子有限公司今年投产。");
  EXPECT_TRUE(has_entity(ex, Company, "中关村发展集团")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "苏州工业园区股份有限公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "中关村")) << dump(ex);
  EXPECT_NE(find_fact(ex, "中关村发展集团", RelationType::CooperatesWith, "合肥市人民政府"),
            nullptr)
      << dump(ex);
  EXPECT_NE(find_fact(ex, "李强", RelationType::HoldsPosition, "苏州工业园区股份有限公司"), nullptr)
      << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "星河微电子有限公司")) << dump(ex);
  EXPECT_NE(find_fact(ex, "星河微电子有限公司", RelationType::LocatedIn, "成都高新区"), nullptr)
      << dump(ex);
}

// Counts of kinds of firms (上市公司12家) are no names, and a list of known firms and brands
// splits at every 、, even after a firm the lexicon knows (蓝思科技、山河智能).
TEST(Recognise, CountedKindsAreNoNamesAndListsSplitAtEveryComma) {
  const Extraction ex =
      run("园区已引进世界500强企业3家、上市公司12家，蓝思科技、山河智能、铁建重工等龙头企业持续扩大"
          "投资。");
  EXPECT_FALSE(has_any_entity(ex, "上市公司")) << dump(ex);
  for (const std::string firm : {"蓝思科技", "山河智能", "铁建重工"}) {
    EXPECT_TRUE(has_entity(ex, Company, firm)) << firm << "\n" << dump(ex);
  }
  for (const auto& m : ex.mentions) EXPECT_EQ(m.surface.find("、"), std::string::npos) << dump(ex);
}

// A village's party branch with the title after it (马棚村党支部书记): the village is a place,
// not a person named 马棚, and the sub-district before it contains it.
TEST(Recognise, VillageBranchWithItsTitle) {
  const Extraction ex = run("刘集街道马棚村党支部书记张三介绍，村里今年新建了冷库。");
  EXPECT_FALSE(has_entity(ex, Person, "马棚")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Location, "马棚村")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Organization, "刘集街道马棚村党支部")) << dump(ex);
  EXPECT_NE(find_fact(ex, "马棚村", RelationType::LocatedIn, "刘集街道"), nullptr) << dump(ex);
  const Fact* f = find_fact(ex, "张三", RelationType::HoldsPosition, "刘集街道马棚村党支部");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "书记");
}

// 投资建设X生产基地: after an investment verb, 建设 is the clause's verb and the facility after
// it a project, with no amount needed; its investor invests in it.
TEST(Recognise, ProjectAfterInvestAndBuildVerbs) {
  const Extraction ex = run("博世集团将在园区投资建设新能源汽车零部件生产基地。");
  EXPECT_TRUE(has_entity(ex, Project, "新能源汽车零部件生产基地")) << dump(ex);
  EXPECT_NE(find_fact(ex, "博世集团", RelationType::InvestsIn, "新能源汽车零部件生产基地"), nullptr)
      << dump(ex);
}

// A foreign firm named with and without its country is one firm (德国博世集团, 博世集团), and
// a regional office's title (中国区总裁) is held in it.
TEST(Recognise, FirmWithAndWithoutItsCountryIsOneFirm) {
  const Extraction ex =
      run("宁乡经开区与德国博世集团签订战略合作协议。博世集团中国区总裁陈玉东出席签约仪式。");
  const Mention* full = find_mention(ex, "德国博世集团");
  const Mention* shorter = find_mention(ex, "博世集团");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(shorter, nullptr) << dump(ex);
  EXPECT_EQ(full->key, shorter->key);
  const Fact* f = find_fact(ex, "陈玉东", RelationType::HoldsPosition, "博世集团");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "中国区总裁");
}

// A list whose first item is a registered name (星河微电子有限公司、长风药业等企业) still lists
// every firm: the name already read is the whole first item.
TEST(Recognise, ListOpeningWithARegisteredName) {
  const Extraction ex = run("园区引进了星河微电子有限公司、长风药业等企业。");
  EXPECT_TRUE(has_entity(ex, Company, "星河微电子有限公司")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "长风药业")) << dump(ex);
}

// A list closed by 等 and then a counted head (等世界500强企业) is read once, at 等: no item runs
// past 等 into the words after it.
TEST(Recognise, ListClosedByDengBeforeACount) {
  const Extraction ex = run("园区已集聚博世、三星、西门子等世界500强企业设立的研发机构。");
  for (const std::string firm : {"博世", "三星", "西门子"}) {
    EXPECT_TRUE(has_entity(ex, Company, firm)) << firm << "\n" << dump(ex);
  }
  for (const auto& m : ex.mentions) EXPECT_EQ(m.surface.find("等"), std::string::npos) << dump(ex);
}

// Persons and the function word 和: a given name may end in 和 right before a speech verb
// (周清和介绍), and between two names 和 joins them (王刚和李明介绍), naming nobody.
TEST(Recognise, PersonsAndTheWordHe) {
  const Extraction ex =
      run("公司党委书记、董事长周清和介绍，今年订单饱满。会上，董事长王刚和李明介绍了情况。");
  for (const std::string person : {"周清和", "王刚", "李明"}) {
    EXPECT_TRUE(has_entity(ex, Person, person)) << person << "\n" << dump(ex);
  }
  EXPECT_FALSE(has_any_entity(ex, "周清")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "和李明")) << dump(ex);
}

// A university's science park (大学科技园) is a park named after the university, not a second
// university; other parks still do not open with an organisation (火炬中心 + 高新区发展处).
TEST(Recognise, UniversitySciencePark) {
  const Extraction ex =
      run("西安交通大学国家大学科技园与西安高新区管委会签署协议。工业和信息化部火炬中心高新区发展处"
          "负责人出席。");
  EXPECT_TRUE(has_entity(ex, Park, "西安交通大学国家大学科技园")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "西安交通大学国家大学")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "工业和信息化部火炬中心高新区")) << dump(ex);
}

// Bylines: reporters after 记者/通讯员, and a line of names alone.
TEST(Recognise, BylinesNamePersons) {
  const Extraction ex =
      run("本报讯(记者 吴思远 通讯员 林晓燕)近日，长沙高新区召开会议。\n\n郭永明 陈雨桐\n");
  for (const std::string name : {"吴思远", "林晓燕", "郭永明", "陈雨桐"}) {
    EXPECT_TRUE(has_entity(ex, Person, name)) << name << "\n" << dump(ex);
  }
}

// A dotted name in a byline (通讯员 热依拉·买买提) is one person, not two.
TEST(Recognise, DottedNamesInBylines) {
  const Extraction ex =
      run("▶ 本报记者 吴思远　通讯员 热依拉·买买提\n\n近日，喀什经济开发区召开会议。\n");
  EXPECT_TRUE(has_entity(ex, Person, "热依拉·买买提")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "热依拉")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "买买提")) << dump(ex);
}

// Titles with a function before them (质量总监, 总经理助理) continue a title chain.
TEST(Recognise, FunctionalTitlesContinueATitleChain) {
  const Extraction ex =
      run("株洲蓝岳储能科技有限公司党支部书记、质量总监龙晓云说，质量是企业的生命。"
          "公司党支部委员、总经理助理田雨桐表示，将加快新品研发。");
  EXPECT_NE(find_fact(ex, "龙晓云", RelationType::HoldsPosition, "株洲蓝岳储能科技有限公司"),
            nullptr)
      << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "田雨桐")) << dump(ex);
}

// Names without a surname of our list (Mongolian, Tibetan) between a title and a speech
// verb, also with an adverb before the verb, are persons; a listed surname's name is not
// extended by the adverb.
TEST(Recognise, UnlistedNamesBetweenTitleAndSpeechVerb) {
  const Extraction ex =
      run("内蒙古大学副校长巴特尔介绍，学校将派出教师团队。园区企业负责人格桑曲珍则表示，企业将提供"
          "实习岗位。"
          "公司总经理刘海平则表示，将扩大招聘。");
  for (const std::string name : {"巴特尔", "格桑曲珍", "刘海平"}) {
    EXPECT_TRUE(has_entity(ex, Person, name)) << name << "\n" << dump(ex);
  }
  EXPECT_FALSE(has_any_entity(ex, "刘海平则")) << dump(ex);
  EXPECT_NE(find_fact(ex, "巴特尔", RelationType::HoldsPosition, "内蒙古大学"), nullptr)
      << dump(ex);
}

// …also before what officials do (当选, 出席) or 在 and a speech verb a few characters on; a
// four-character name may open with a listed surname and end in a connector, which joins no
// verb (巴音达和说); a function word ends no name (钱立远在…).
TEST(Recognise, UnlistedNamesBeforeOfficialsVerbs) {
  const Extraction ex = run(
      "公司副总经理达瓦次仁当选党支部书记。开发区管委会主任其其格在开工仪式上表示，将全力服务项目。"
      "公司董事长巴音达和说，工厂明年投产。集团董事长钱立远在签约后接受采访时表示，将加大投入。");
  for (const std::string name : {"达瓦次仁", "其其格", "巴音达和", "钱立远"}) {
    EXPECT_TRUE(has_entity(ex, Person, name)) << name << "\n" << dump(ex);
  }
  EXPECT_FALSE(has_any_entity(ex, "巴音达")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "钱立远在")) << dump(ex);
}

// A two-character title ICU reads across (电工 in 机电工程) does not cut a name.
TEST(Recognise, TitleReadAcrossDoesNotCutAName) {
  const Extraction ex = run("株洲高新区与湖南工业大学机电工程学院共建实训基地。");
  EXPECT_TRUE(has_entity(ex, Organization, "湖南工业大学机电工程学院")) << dump(ex);
}

// A project a firm named by its registered name owns (X有限公司的Y项目) needs no other
// evidence of its name, and the firm invests in it; a generic phrase after 的 is no project.
TEST(Recognise, ProjectOwnedByARegisteredFirm) {
  const Extraction ex =
      run("湖南蓝岳储能科技有限公司的钠离子电池储能系统项目进展顺利。"
          "湖南蓝岳储能科技有限公司的重点项目正在加快建设。");
  EXPECT_TRUE(has_entity(ex, Project, "钠离子电池储能系统项目")) << dump(ex);
  EXPECT_NE(
      find_fact(ex, "湖南蓝岳储能科技有限公司", RelationType::InvestsIn, "钠离子电池储能系统项目"),
      nullptr)
      << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "重点项目")) << dump(ex);
}

// Names joined by a middle dot (Uyghur, Kazakh) are persons, found again in the text; two
// words or places joined by one (签约·开工, 玉溪·顺义产业园) are not.
TEST(Recognise, DottedNamesArePersons) {
  const Extraction ex =
      run("我和热依拉·买买提在新疆大学读书时相识。热依拉·买买提是公司首席科学家。■签约·开工\n"
          "玉溪·顺义产业园已入驻企业12家。");
  EXPECT_TRUE(has_entity(ex, Person, "热依拉·买买提")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "签约·开工")) << dump(ex);
  for (const auto& m : ex.mentions) {
    EXPECT_FALSE(m.type == Person && m.surface.find("顺义") != std::string::npos) << dump(ex);
  }
}

// A known name of Latin letters or digits (360) is a whole token, not digits inside a number.
TEST(Recognise, LatinNamesAreWholeTokens) {
  const Extraction inside = run("去年全区实现营业收入4360亿元，同比增长9%。");
  EXPECT_FALSE(has_any_entity(inside, "360")) << dump(inside);
  const Extraction whole = run("360在园区设立研发中心，明年投入使用。");
  EXPECT_TRUE(has_any_entity(whole, "360")) << dump(whole);
}

// A word running across the end of a name read before it (大学生 in 南京大学生命科学学院)
// does not cut the name composed over it; a park's name holds a verb after an industry
// (集成电路设计产业园); 内的 (园区内的…) ends a name, though ICU reads it as one word.
TEST(Recognise, NamesAcrossWordsAndIndustryVerbs) {
  const Extraction ex =
      run("公司与南京大学生命科学学院共建联合实验室。园区内的柳江集成电路设计产业园新增企业20家。");
  EXPECT_TRUE(has_entity(ex, Organization, "南京大学生命科学学院")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "柳江集成电路设计产业园")) << dump(ex);
}

// A university's college may join two disciplines with 与 (机械与运载工程学院); without a
// university before it, 与 still joins two parties.
TEST(Recognise, CollegeNamesJoinDisciplinesWith) {
  const Extraction ex =
      run("研究院院长由四川大学机械与运载工程学院教授伍明宇担任。"
          "晨光科技与材料学院签署合作协议。");
  EXPECT_TRUE(has_entity(ex, Organization, "四川大学机械与运载工程学院")) << dump(ex);
  EXPECT_NE(find_fact(ex, "伍明宇", RelationType::HoldsPosition, "四川大学机械与运载工程学院"),
            nullptr)
      << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "晨光科技与材料学院")) << dump(ex);
}

// Items of a list closed by 等 and a head noun take the head's type.
TEST(Recognise, ListItemsTakeTheHeadType) {
  const Extraction ex = run("园区以晨光科技、远帆药业、北辰机械等龙头企业为核心，聚集上下游企业。");
  for (const std::string name : {"晨光科技", "远帆药业", "北辰机械"}) {
    EXPECT_TRUE(has_entity(ex, Company, name)) << name << "\n" << dump(ex);
  }
}

// A listed firm that opens with a known brand is one name (海信视像), part of the brand's group.
TEST(Recognise, ListedFirmOpeningWithABrand) {
  const Extraction ex = run("园区已集聚海信视像、晨光科技等企业。");
  EXPECT_TRUE(has_entity(ex, Company, "海信视像")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "视像")) << dump(ex);
}

// A list of projects: items with a capacity or facility word are projects.
TEST(Recognise, ProjectListItems) {
  const Extraction ex =
      run("今年3月，长沙市人才公寓、年产5万吨锂电池正极材料项目等12个项目集中开工。");
  EXPECT_TRUE(has_entity(ex, Project, "长沙市人才公寓")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Project, "年产5万吨锂电池正极材料项目")) << dump(ex);
}

// A project introduced by its investment: 总投资…的X项目.
TEST(Recognise, ProjectIntroducedByInvestment) {
  const Extraction ex = run("总投资12亿元的鼎盛新材料产业化项目日前正式开工。");
  EXPECT_TRUE(has_entity(ex, Project, "鼎盛新材料产业化项目")) << dump(ex);
}

// After an investment's 的, a project's name may open with a generic word and join two parts.
TEST(Recognise, ProjectWithTwoPartsIntroducedByInvestment) {
  const Extraction ex =
      run("江北智造有限公司总投资额3亿元的综合仓储物流及冷链配送中心项目已开工建设。");
  EXPECT_TRUE(has_entity(ex, Project, "综合仓储物流及冷链配送中心项目")) << dump(ex);
}

// A phase names a construction project: X二期.
TEST(Recognise, PhasesNameProjects) {
  const Extraction ex = run("在园区配套基础设施建设——锦绣新城二期建设现场，机器轰鸣。");
  EXPECT_TRUE(has_entity(ex, Project, "锦绣新城二期")) << dump(ex);
}

// A Latin acronym in brackets after a name is an alias of it.
TEST(Recognise, BracketedAcronymIsAnAlias) {
  const Extraction ex = run("中关村科技园区加入国际智慧城市联盟(ISCA)。");
  const Mention* full = find_mention(ex, "国际智慧城市联盟");
  const Mention* acronym = find_mention(ex, "ISCA");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(acronym, nullptr) << dump(ex);
  EXPECT_EQ(acronym->key, full->key);
  EXPECT_EQ(acronym->type, full->type);
}

// Towns, villages and sub-districts in an administrative chain.
TEST(Recognise, GrassrootsPlacesInAChain) {
  const Extraction ex = run("记者来到浏阳市大瑶镇杨花村，看到村民正在采摘。");
  EXPECT_TRUE(has_entity(ex, Location, "浏阳市")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Location, "大瑶镇")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Location, "杨花村")) << dump(ex);
}

// Words that end like a village are not villages: 乡村, 农村.
TEST(Recognise, CommonWordsWithPlaceSuffixesAreNotPlaces) {
  const Extraction ex = run("推动乡村振兴，促进农村发展，建设美丽乡村。");
  for (const auto& m : ex.mentions) EXPECT_NE(m.type, Location) << m.surface;
}

// A county's short name counts only where its full name is written too.
TEST(Recognise, CountyShortNamesNeedTheFullName) {
  const Extraction without = run("双方将在资源共享方面合作。");
  EXPECT_FALSE(has_entity(without, Location, "资源")) << dump(without);
  const Extraction with = run("常宁市位于湖南南部。常宁将加快发展。");
  EXPECT_TRUE(has_entity(with, Location, "常宁")) << dump(with);
}

// A short place name running into other words modifies them (西安邮电…) and is no mention;
// followed by a verb or a function word it is one (卖到广东去).
TEST(Recognise, ShortPlaceNamesAsModifiers) {
  const Extraction modifier = run("据悉，成都理工附属学校今年扩招。");
  EXPECT_FALSE(has_entity(modifier, Location, "成都")) << dump(modifier);
  const Extraction place = run("他们的鱼能卖到成都去，价钱更高。");
  EXPECT_TRUE(has_entity(place, Location, "成都")) << dump(place);
}

// Organs with a one-character suffix need a named unit: 山东省科技厅 yes, 格局 no.
TEST(Recognise, OneCharacterSuffixNeedsANamedUnit) {
  const Extraction ex = run("河南省科技厅推动形成新的发展格局。");
  EXPECT_TRUE(has_entity(ex, Organization, "河南省科技厅")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "发展格局")) << dump(ex);
}

// 和 after one character that follows a place or opens the clause is part of a trade name
// (德和); after a name of two characters it joins two names.
TEST(Recognise, ConnectorInsideATradeName) {
  const Extraction ex =
      run("宁波高新区与宁波德和智能科技有限公司签订投资协议。华为和中兴通讯股份有限公司参加。");
  EXPECT_TRUE(has_entity(ex, Company, "宁波德和智能科技有限公司")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Company, "智能科技有限公司")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "中兴通讯股份有限公司")) << dump(ex);
}

// A country is a modifier before other words (中国企业), but not as an item of a list of
// places (赴法国、日本开展…).
TEST(Recognise, CountryListedAfterAnother) {
  const Extraction ex = run("开发区先后赴法国、日本开展招商推介。");
  EXPECT_TRUE(has_entity(ex, Location, "日本")) << dump(ex);
}

// A generic word that takes the suffix in (注册资本: 资本 ends firm names) is no name.
TEST(Recognise, GenericWordTakingTheSuffixIsNoName) {
  const Extraction ex = run("该公司成立于2019年，首期注册资本5000万元。");
  EXPECT_FALSE(has_any_entity(ex, "首期注册资本")) << dump(ex);
}

// A kind of zone after a province names all zones of that kind there, and a count of zones
// is none of them; after a city (宁波国家高新区) it is one park.
TEST(Recognise, ProvinceWideZoneKindIsNoPark) {
  const Extraction ex =
      run("浙江国家级开发区热度不减。浙江省国家级经济技术开发区和国家高新区新签约项目200个。"
          "温州、台州、金华三地开发区集中签约。宁波国家高新区同日签约。");
  EXPECT_FALSE(has_any_entity(ex, "浙江国家级开发区")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "浙江省国家级经济技术开发区")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "金华三地开发区")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "宁波国家高新区")) << dump(ex);
}

// 国家高新技术产业开发区 and 高新区 are one park's forms.
TEST(Recognise, NationalHighTechZoneLongFormSharesTheKey) {
  const Extraction ex =
      run("绍兴国家高新技术产业开发区位于绍兴市越城区。绍兴高新区与浙江大学签约。");
  const Mention* long_form = find_mention(ex, "绍兴国家高新技术产业开发区");
  const Mention* short_form = find_mention(ex, "绍兴高新区");
  ASSERT_NE(long_form, nullptr) << dump(ex);
  ASSERT_NE(short_form, nullptr) << dump(ex);
  EXPECT_EQ(long_form->key, short_form->key);
}

// A registered firm's project whose name opens with a generic word (创新) but goes on with
// words of its own is a name; 重点项目 after the firm is not.
TEST(Recognise, FirmsProjectOpeningWithAGenericWord) {
  const Extraction ex =
      run("江西瑞康制药股份有限公司创新制剂研发基地项目在南昌高新区开工。江西瑞康制药股份有限公司"
          "重点项目进展顺利。");
  EXPECT_TRUE(has_entity(ex, Project, "江西瑞康制药股份有限公司创新制剂研发基地项目")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Project, "江西瑞康制药股份有限公司重点项目")) << dump(ex);
}

// A preposition between 等 and a head word ends the list's noun phrase: 等资源优先向园区 has
// no park head, so its items are no parks.
TEST(Recognise, ListHeadAfterAPrepositionIsNoHead) {
  const Extraction ex = run("社区还把公租房、托育服务等资源优先向园区企业员工开放。");
  EXPECT_FALSE(has_any_entity(ex, "托育服务")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "把公租房")) << dump(ex);
}

// A sub-park named after its zone (湘潭高新区双马高科园) is also named by its own name.
TEST(Recognise, SubParkIsAlsoNamedWithoutItsZone) {
  const Extraction ex = run("位于湘潭高新区双马高科园的湖南云帆电子有限公司正在扩产。");
  const Mention* full = find_mention(ex, "湘潭高新区双马高科园");
  const Mention* own = find_mention(ex, "双马高科园");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(own, nullptr) << dump(ex);
  EXPECT_EQ(own->type, Park);
  EXPECT_EQ(full->key, own->key);
}

// 采访 after a title is a verb, not a name (在接受记者采访时说).
TEST(Recognise, InterviewVerbAfterATitleIsNoName) {
  const Extraction ex = run("省商务厅副厅长王伟在接受记者采访时说，下半年将开展招商。");
  EXPECT_TRUE(has_entity(ex, Person, "王伟")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "采访时")) << dump(ex);
}

// A group is called by its name without place or legal form (沃川集团 for 浙江沃川集团有限公司);
// a group's name is no short name of a subsidiary whose name says no group.
TEST(Recognise, GroupNameIsTheGroupsNotItsSubsidiarys) {
  const Extraction ex =
      run("浙江沃川微电子有限公司是浙江沃川集团有限公司的全资子公司。沃川集团党委书记、董事长李伟介"
          "绍，集团有3家子公司。鹏汇集团控股子公司深圳鹏汇新能源技术有限公司投资12亿元。");
  const Mention* group = find_mention(ex, "浙江沃川集团有限公司");
  const Mention* short_group = find_mention(ex, "沃川集团");
  const Mention* subsidiary = find_mention(ex, "浙江沃川微电子有限公司");
  ASSERT_NE(group, nullptr) << dump(ex);
  ASSERT_NE(short_group, nullptr) << dump(ex);
  ASSERT_NE(subsidiary, nullptr) << dump(ex);
  EXPECT_EQ(group->key, short_group->key);
  EXPECT_NE(subsidiary->key, short_group->key);
  const Mention* other_group = find_mention(ex, "鹏汇集团");
  const Mention* other_subsidiary = find_mention(ex, "深圳鹏汇新能源技术有限公司");
  ASSERT_NE(other_group, nullptr) << dump(ex);
  ASSERT_NE(other_subsidiary, nullptr) << dump(ex);
  EXPECT_NE(other_group->key, other_subsidiary->key);
}

// Bare names listed before a count of towns (秦川、中川、西岔三镇) are towns, one with the
// town named with its word (秦川镇), and not a town named 西岔三镇.
TEST(Recognise, NamesListedBeforeACountOfTowns) {
  const Extraction ex = run("兰州新区下辖秦川、中川、西岔三镇。秦川镇今年新增企业12家。");
  EXPECT_TRUE(has_entity(ex, Location, "中川")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Location, "西岔")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "西岔三镇")) << dump(ex);
  const Mention* bare = find_mention(ex, "秦川");
  const Mention* full = find_mention(ex, "秦川镇");
  ASSERT_NE(bare, nullptr) << dump(ex);
  ASSERT_NE(full, nullptr) << dump(ex);
  EXPECT_EQ(bare->key, full->key);
}

// 等领域, 等行业: items listed as fields are no entities, whatever head word comes later.
TEST(Recognise, ItemsListedAsFieldsAreNoEntities) {
  const Extraction ex = run("新区在寒地测试、生物农业等领域培育出一批特色企业。");
  EXPECT_FALSE(has_any_entity(ex, "寒地测试")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "生物农业")) << dump(ex);
}

// A short province name before a city in it (西藏日喀则) and a country after a preposition
// (在俄罗斯留学) are places, not modifiers; 从中国500强 is a modifier still.
TEST(Recognise, PlaceBeforeItsCityAndCountryAfterAPreposition) {
  const Extraction ex =
      run("这位来自西藏日喀则的小伙是研究生。她曾在俄罗斯留学多年。企业从中国500强迈向世界500强。");
  EXPECT_TRUE(has_entity(ex, Location, "西藏")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Location, "俄罗斯")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Location, "中国")) << dump(ex);  // a count after it: a modifier
}

// 讯 of a dateline is no word of a firm's name elsewhere (深圳市讯桥网络技术有限公司), and
// 一开始 opens no firm's name.
TEST(Recognise, DatelineWordAndAdverbOpenNoName) {
  const Extraction ex =
      run("本报深圳9月23日讯　公司今年4月与深圳市讯桥网络技术有限公司签订合作协议。“一开始公司只有"
          "4个人。”他说。");
  EXPECT_TRUE(has_entity(ex, Company, "深圳市讯桥网络技术有限公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "一开始公司")) << dump(ex);
}

// A profile opens with a name alone (a Mongolian name with no listed surname), the unit and
// titles after the comma.
TEST(Recognise, ProfileOpensWithTheName) {
  const Extraction ex =
      run("额尔敦毕力格，哈尔滨凛测科技有限公司创始人、董事长，出生在大庆市杜尔伯特蒙古族自治县。");
  EXPECT_TRUE(has_entity(ex, Person, "额尔敦毕力格")) << dump(ex);
  const Fact* f =
      find_fact(ex, "额尔敦毕力格", RelationType::HoldsPosition, "哈尔滨凛测科技有限公司");
  ASSERT_NE(f, nullptr) << dump(ex);
  EXPECT_EQ(f->title, "创始人、董事长");
}

// A page's header line credits its desk (责任编辑:言蓓  美编:邝宇, padded names re-joined).
TEST(Recognise, DeskCreditsInsideAPageHeader) {
  const Extraction ex =
      run("第6版　　基层党建　　2025年10月23日　星期四　　责任编辑：言　蓓　　美编：邝　宇\n\n"
          "“链”上建支部　车间立标杆\n");
  EXPECT_TRUE(has_entity(ex, Person, "言蓓")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "邝宇")) << dump(ex);
}

// A zone's department (组织人事部) is a body of the zone.
TEST(Recognise, ZoneDepartment) {
  const Extraction ex = run("会上，岳阳经开区组织人事部与岳阳市总工会签订协议。");
  EXPECT_TRUE(has_entity(ex, Organization, "岳阳经开区组织人事部")) << dump(ex);
}

// A firm is called by its key up to an industry word inside it (嵩峰新材 for
// 河南嵩峰新材料科技股份有限公司), and the name after a title follows the whole title
// (董事长宓丽华, not 董事 + 长宓丽华).
TEST(Recognise, ShortFormUpToAnIndustryWordAndNameAfterTheWholeTitle) {
  const Extraction ex =
      run("河南嵩峰新材料科技股份有限公司的产品打入供应链。嵩峰新材董事长宓丽华说，嵩峰新材还与河南"
          "科技大学签订了合作协议。");
  const Mention* full = find_mention(ex, "河南嵩峰新材料科技股份有限公司");
  const Mention* short_form = find_mention(ex, "嵩峰新材");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(short_form, nullptr) << dump(ex);
  EXPECT_EQ(full->key, short_form->key);
  EXPECT_TRUE(has_entity(ex, Person, "宓丽华")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "长宓丽华")) << dump(ex);
}

// A given name may open with a function word that ICU reads into one word with the next
// character (褚向东: 向东); 在向东走 has no name.
TEST(Recognise, GivenNameOpeningWithAFunctionWord) {
  const Extraction ex = run("总经理褚向东告诉记者，项目已开工。他们在向东走。");
  EXPECT_TRUE(has_entity(ex, Person, "褚向东")) << dump(ex);
}

// A bare zone word before a town's name is no part of it (高新区孙旗屯乡).
TEST(Recognise, ZoneWordBeforeATown) {
  const Extraction ex = run("高新区孙旗屯乡聚集了40多家装备制造企业。");
  EXPECT_TRUE(has_entity(ex, Location, "孙旗屯乡")) << dump(ex);
}

// A zone named after a place the lexicon lacks, with its city before it, is also named
// without the city (井冈山经济技术开发区 in 吉安市井冈山经济技术开发区).
TEST(Recognise, ZoneAlsoNamedWithoutItsCity) {
  const Extraction ex = run("9月9日，江西省吉安市井冈山经济技术开发区举行项目集中签约活动。");
  const Mention* own = find_mention(ex, "井冈山经济技术开发区");
  ASSERT_NE(own, nullptr) << dump(ex);
  EXPECT_EQ(own->type, Park);
}

// A zone whose name after its city is only the zone word, or an industry and the zone word,
// has no shorter name of its own: 经济技术开发区 and 国家高新区 name no park by themselves.
TEST(Recognise, ZoneWordAfterItsCityIsNoNameOfItsOwn) {
  const Extraction ex =
      run("11月5日，徐州经济技术开发区与长春汽车经济技术开发区签约，宁波国家高新区也派员参加。");
  EXPECT_TRUE(has_entity(ex, Park, "徐州经济技术开发区")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "长春汽车经济技术开发区")) << dump(ex);
  EXPECT_EQ(find_mention(ex, "经济技术开发区"), nullptr) << dump(ex);
  EXPECT_EQ(find_mention(ex, "汽车经济技术开发区"), nullptr) << dump(ex);
  EXPECT_EQ(find_mention(ex, "国家高新区"), nullptr) << dump(ex);
}

// Two parts of a project joined by 及 after an amount and an investment verb are one name; a
// group named without its country is the group.
TEST(Recognise, ProjectPartsJoinedAfterAnInvestmentVerb) {
  const Extraction ex = run(
      "昆明综合保税区与泰国金湄河果业集团有限公司签署投资协议。金湄河果业集团将投资3800万美元建设"
      "热带水果保税加工及冷链分拨中心项目。");
  EXPECT_TRUE(has_entity(ex, Project, "热带水果保税加工及冷链分拨中心项目")) << dump(ex);
  const Mention* group = find_mention(ex, "泰国金湄河果业集团有限公司");
  const Mention* short_group = find_mention(ex, "金湄河果业集团");
  ASSERT_NE(group, nullptr) << dump(ex);
  ASSERT_NE(short_group, nullptr) << dump(ex);
  EXPECT_EQ(group->key, short_group->key);
}

// A count's measure word (4名) and the word for a subsidiary (香港子公司) open no name.
TEST(Recognise, CountsAndSubsidiaryWordsOpenNoName) {
  const Extraction ex = run(
      "他带着4名浙江大学毕业的研究生创业。东莞钧峰精密机械有限公司通过旗下香港子公司钧峰国际（香"
      "港）有限公司投资。");
  EXPECT_FALSE(has_any_entity(ex, "名浙江大学")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "钧峰国际(香港)有限公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "香港子公司钧峰国际(香港)有限公司")) << dump(ex);
}

// A list's end (等) lies in no town's name (五常、仓前等街道), and 小镇 names an industry town,
// a park (梦想小镇).
TEST(Recognise, ListEndInNoTownAndIndustryTownsAreParks) {
  const Extraction ex = run("科技城覆盖五常、仓前等街道。梦想小镇集聚了2000多个创业项目。");
  EXPECT_FALSE(has_any_entity(ex, "仓前等街道")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "梦想小镇")) << dump(ex);
}

// A bare zone word after a verb (设在高新区) is the zone a sub-park with a name of its own lies
// in; a kind of park after a zone word (航空港区生物医药产业园) keeps it; 生物城 ends a park.
TEST(Recognise, BareZoneWordBeforeASubPark) {
  const Extraction ex =
      run("研究院设在高新区丝路软件城。该项目将落户航空港区生物医药产业园。企业位于高新区江城生物"
          "城。");
  EXPECT_TRUE(has_entity(ex, Park, "丝路软件城")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "高新区丝路软件城")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "航空港区生物医药产业园")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Park, "江城生物城")) << dump(ex);
}

// Other names the press gives a zone (光谷 for 武汉东湖新技术开发区) are the zone's.
TEST(Recognise, ZoneNicknameFromTheLexicon) {
  const Extraction ex = run("武汉东湖新技术开发区又称“中国光谷”。光谷今年新增企业2000家。");
  const Mention* full = find_mention(ex, "武汉东湖新技术开发区");
  const Mention* nickname = find_mention(ex, "光谷");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(nickname, nullptr) << dump(ex);
  EXPECT_EQ(nickname->type, Park);
  EXPECT_EQ(full->key, nickname->key);
}

// The building verb after the site a project is built at (在…产业基地 + 建设 + X项目) is the
// clause's, not the project's; a firm's short form names its project over a verb names hold
// (恒川软件北方研发总部项目).
TEST(Recognise, ProjectAfterItsSiteAndOverAFirmsShortForm) {
  const Extraction ex = run(
      "西安禾丰生物制药有限公司将投资18亿元，在西安高新区草堂科技产业基地建设禾丰生物西北创新"
      "药产业化基地项目。江苏恒澄工业软件股份有限公司是今年落户的代表企业之一。8月，恒澄软件北方"
      "研发总部项目在大连高新区凌水街道开工。");
  EXPECT_TRUE(has_entity(ex, Project, "禾丰生物西北创新药产业化基地项目")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Project, "恒澄软件北方研发总部项目")) << dump(ex);
}

// A one-character verb before 了 (算了) ends a name before it; a name between 由 and an office
// verb is a person's (由诸葛昕担任).
TEST(Recognise, NameBeforeAVerbWithAspectAndNameGivenAnOffice) {
  const Extraction ex =
      run("亭南社区党委书记费琳算了一笔账。董事长王晓明了解到情况。研究院院长由诸葛昕担任。");
  EXPECT_TRUE(has_entity(ex, Person, "费琳")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "费琳算")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "王晓明")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "诸葛昕")) << dump(ex);
}

// A two-character verb of officials' work (通报, 宣读, 传达) after a titled name ends the name,
// though its first character could close a given name of three.
TEST(Recognise, OfficialsVerbsEndATitledName) {
  const Extraction ex = run(
      "管委会主任李明通报了上半年经济运行情况。区委副书记王刚宣读了表彰决定。党工委书记赵东传达了"
      "会议精神。");
  EXPECT_TRUE(has_entity(ex, Person, "李明")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "李明通")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "王刚")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "王刚宣")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "赵东")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "赵东传")) << dump(ex);
}

// Parts of dotted names longer than four characters (Uyghur names with a father's name,
// Kazakh names ending in 别克) are read whole when a title stands before them and a verb,
// 是 or a break after; an adverb after a short part is still no part of the name.
TEST(Recognise, LongPartsOfDottedNames) {
  const Extraction ex = run(
      "乡长木合塔尔别克·努尔兰介绍了情况。驻村工作队队长艾山江·阿卜杜热合曼是区科技局选派的干部。"
      "村党支部书记古丽娜尔·哈力木别克说，今年收入翻番。阿依古丽·吐尔逊正带着团队调试。");
  EXPECT_TRUE(has_entity(ex, Person, "木合塔尔别克·努尔兰")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "艾山江·阿卜杜热合曼")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "古丽娜尔·哈力木别克")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "阿依古丽·吐尔逊")) << dump(ex);
}

// A park named with its city (上海化学工业区) is later abbreviated without the city (化工区);
// an abbreviation that is a zone word of the lexicon (经开区) names no park.
TEST(Recognise, ParkAbbreviatedWithoutItsCity) {
  const Extraction ex =
      run("上海化学工业区与烟台经济技术开发区签约。今年以来，化工区新增企业60家，经开区也来了不少"
          "客商。");
  const Mention* full = find_mention(ex, "上海化学工业区");
  const Mention* short_form = find_mention(ex, "化工区");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(short_form, nullptr) << dump(ex);
  EXPECT_EQ(full->key, short_form->key);
  EXPECT_EQ(find_mention(ex, "经开区"), nullptr) << dump(ex);
}

// A title read across a suffix and the word after it (大学生 in 工业大学生物) does not cut a
// university's school off; a firm called by the key up to an industry word inside it
// (瀚岳新材 for 新材料) is not cut inside that word (瀚岳新).
TEST(Recognise, WordsReadAcrossASuffixAndFirmFormsWhole) {
  const Extraction ex = run(
      "烟台理工大学生物工程学院与山东瀚岳新材料股份有限公司签约。园区为瀚岳新材配套建设了厂房。");
  EXPECT_TRUE(has_entity(ex, Organization, "烟台理工大学生物工程学院")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "瀚岳新材")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "瀚岳新")) << dump(ex);
}

// Vietnamese women's names with 氏 (黎氏红梅); a dotted name's fourth character when it is one
// the press transliterates with (阿卜杜·卡里姆汗 + 专程); a function word between a title and
// a speech verb inside a given name (总经理甘如海说).
TEST(Recognise, VietnameseTransliteratedAndFunctionCharacterNames) {
  const Extraction ex =
      run("公司创始人黎氏红梅来自越南海防。技术总监萨米尔·阿卜杜拉专程赶来签约。材料公司总经理甘如"
          "海说，"
          "订单已排到明年。");
  EXPECT_TRUE(has_entity(ex, Person, "黎氏红梅")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "萨米尔·阿卜杜拉")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "甘如海")) << dump(ex);
}

// A verb before a firm's place (又有 + 山西…) is the clause's; a function word after the place
// (湖南 + 并 + 芯…) may open the trade name; a registered name (…有限公司) is whole, and a
// clause after it (整体划入集团) is no longer name.
TEST(Recognise, FirmNamesBetweenVerbsPlacesAndRegisteredEndings) {
  const Extraction ex = run(
      "今年，又有湖南锂拓材料科技有限公司落户园区。由湖南并矽微电子有限公司投资的项目开工。原长沙麓"
      "谷城建投资有限公司整体划入集团。");
  EXPECT_TRUE(has_entity(ex, Company, "湖南锂拓材料科技有限公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "又有湖南锂拓材料科技有限公司")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "湖南并矽微电子有限公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "原长沙麓谷城建投资有限公司整体划入集团")) << dump(ex);
}

// A zone's short form or other name after its own city (武汉光谷, 武汉东湖高新区) is the zone.
TEST(Recognise, ZoneAfterItsOwnCityIsTheZone) {
  const Extraction ex = run("武汉光谷今年新增企业2000家。武汉东湖新技术开发区位于湖北省武汉市。");
  const Mention* city_form = find_mention(ex, "武汉光谷");
  const Mention* full = find_mention(ex, "武汉东湖新技术开发区");
  ASSERT_NE(city_form, nullptr) << dump(ex);
  ASSERT_NE(full, nullptr) << dump(ex);
  EXPECT_EQ(city_form->key, full->key);
}

// A short name the text declares (以下简称“Y”) is the name before it wherever it is used; a
// body guessed inside a project's name (贵安智算中心 in …二期项目) is the facility built, no
// body; a project named again by the end of its name is that project.
TEST(Recognise, DeclaredShortNamesFacilitiesAndProjectShortForms) {
  const Extraction ex =
      run("合肥恒远新材料科技有限公司（以下简称“恒远新材”）今年投产。恒远新材总经理王志强说，产品"
          "供不应求。## 智算中心二期项目开工\n贵州黔云智算科技有限公司投资建设的贵安智算中心二期"
          "项目在湖潮乡开工。");
  const Mention* full = find_mention(ex, "合肥恒远新材料科技有限公司");
  const Mention* declared = find_mention(ex, "恒远新材");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(declared, nullptr) << dump(ex);
  EXPECT_EQ(full->key, declared->key);
  EXPECT_FALSE(has_any_entity(ex, "贵安智算中心")) << dump(ex);
  const Mention* project = find_mention(ex, "贵安智算中心二期项目");
  const Mention* heading = find_mention(ex, "智算中心二期项目");
  ASSERT_NE(project, nullptr) << dump(ex);
  ASSERT_NE(heading, nullptr) << dump(ex);
  EXPECT_EQ(project->key, heading->key);
}

// 组织 is a noun inside a body's name (两新组织工作委员会), not a verb ending it.
TEST(Recognise, OrganisationWordInsideABodysName) {
  const Extraction ex = run("苏州工业园区两新组织工作委员会召开会议。");
  EXPECT_TRUE(has_entity(ex, Organization, "苏州工业园区两新组织工作委员会")) << dump(ex);
}

// International cooperation parks are in the lexicon (中意宁波生态园); a country before a
// firm's name is no part of its identity (意大利卡佩罗医疗股份公司 = 卡佩罗医疗); a fourth
// character ends a transliterated name only before a word or a speech verb.
TEST(Recognise, CooperationParksForeignFirmsAndTransliteratedNames) {
  const Extraction ex =
      run("中意宁波生态园位于浙江省宁波市余姚市。意大利卡佩罗医疗股份公司总部位于米兰。卡佩罗医疗"
          "总裁朱莉娅·卡佩罗说，首席执行官马可·贝尔蒂尼通过视频连线致辞。阿依古丽·吐尔逊正带着团"
          "队攻关。");
  EXPECT_TRUE(has_entity(ex, Park, "中意宁波生态园")) << dump(ex);
  const Mention* full = find_mention(ex, "意大利卡佩罗医疗股份公司");
  const Mention* short_name = find_mention(ex, "卡佩罗医疗");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(short_name, nullptr) << dump(ex);
  EXPECT_EQ(full->key, short_name->key);
  EXPECT_TRUE(has_entity(ex, Person, "马可·贝尔蒂尼")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "阿依古丽·吐尔逊")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "阿依古丽·吐尔逊正")) << dump(ex);
}

// A list closed by 这些 and a head (像A、B这些企业) names firms, and 像 opens none of them; a
// one-character place word after a title opens a given name (总经理谢镇南); a park between a
// body and its part (中南大学长沙高新区技术转移中心) does not cut the body off.
TEST(Recognise, DemonstrativeListsTitledNamesAndBodiesOverParks) {
  const Extraction ex =
      run("像湘云数智、芯岳微电子、衡锐传感这些企业，今年都在高新区落了户。湖南麓岳智能装备有限公司"
          "总经理谢镇南前不久还来找我。双方共建中南大学长沙高新区技术转移中心。");
  EXPECT_TRUE(has_entity(ex, Company, "湘云数智")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "衡锐传感")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "像湘云数智")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "谢镇南")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Organization, "中南大学长沙高新区技术转移中心")) << dump(ex);
}

// A country and a dash open a name two sides hold together (中国—中亚…); a measure word that
// is also a surname (项, 位) is a surname after a title or 的; a title ending inside a
// two-character surname (董事长 + 长孙) leaves the one-character surname.
TEST(Recognise, BilateralNamesMeasureWordSurnamesAndTitlesInsideSurnames) {
  const Extraction ex = run(
      "中国—中亚合作发展研究中心与园区签约。副总裁项晓东是公司创始人之一。年届六旬的项国庆同时担任"
      "宁波市模具行业协会会长。集团董事长孙立平介绍，新厂房年底投用。");
  EXPECT_TRUE(has_entity(ex, Organization, "中国—中亚合作发展研究中心")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "项晓东")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "项国庆")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "孙立平")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "长孙立平")) << dump(ex);
}

// A suffix right after 在 is the plain noun (一直在公司); a count's measure word (一间) opens
// no name; a partnership's legal form in brackets is part of its name; a capacity other than
// 年产 (日产) belongs to a project's name, and so does a part joined by 及 after a capacity.
TEST(Recognise, PrepositionsCountsPartnershipFormsAndCapacities) {
  const Extraction ex = run(
      "他此前一直在公司负责研发。企业从一间小作坊起步。苏州元禾产业投资合伙企业（有限合伙）参与投资"
      "。"
      "安徽明璨玻璃有限公司建设日产1500吨浮法玻璃项目。湖北磷盛化工有限公司正在建设年产5万吨磷酸铁"
      "及配套原料项目。");
  EXPECT_FALSE(has_any_entity(ex, "一直在公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "此前一直在公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "一间小作坊")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "苏州元禾产业投资合伙企业(有限合伙)")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Project, "日产1500吨浮法玻璃项目")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Project, "年产5万吨磷酸铁及配套原料项目")) << dump(ex);
}

// A factory built as a project (数字化工厂, 智能工厂) is a project, where 工厂 alone ends a firm.
TEST(Recognise, SmartFactoriesAreProjects) {
  const Extraction ex = run("浙江瑞鞍汽车部件股份有限公司投资8亿元建设智能转向系统数字化工厂。");
  EXPECT_TRUE(has_entity(ex, Project, "智能转向系统数字化工厂")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Company, "智能转向系统数字化工厂")) << dump(ex);
}

// A zone's body named by an industry chain (…产业链联合党委, …产业链党建联盟) keeps the chain
// word in its name, and is named again without the zone; the chain word alone makes no name.
TEST(Recognise, IndustryChainBodiesOfZones) {
  const Extraction ex =
      run("常州高新区智能装备产业链党建联盟今天成立。记者了解到，智能装备产业链党建联盟吸纳企业32家"
          "。园区还"
          "成立了产业链联合党委。");
  const Mention* full = find_mention(ex, "常州高新区智能装备产业链党建联盟");
  const Mention* again = find_mention(ex, "智能装备产业链党建联盟");
  ASSERT_NE(full, nullptr) << dump(ex);
  ASSERT_NE(again, nullptr) << dump(ex);
  EXPECT_EQ(full->key, again->key);
  EXPECT_FALSE(has_any_entity(ex, "产业链联合党委")) << dump(ex);
}

// Verbs and generic words before a unit word name nothing: 决定 after 时 (读博士时决定), 走出
// (走出实验室), a branch's committee (支部委员会), a kind of facility (分拨中心), 一是建好.
TEST(Recognise, VerbsAndGenericWordsBeforeUnitWords) {
  const Extraction ex =
      run("她在浙江大学读硕士时决定回乡创业。科研人员要走出实验室。新一届支部委员会召开首次会议。项"
          "目将建设"
          "冷链仓库和分拨中心。");
  EXPECT_FALSE(has_any_entity(ex, "时决定")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "走出实验室")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "支部委员会")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "分拨中心")) << dump(ex);
  // An enumeration's 一是 and a verb of building (建好) open no body's name either.
  const Extraction steps = run("园区的做法，一是建好联盟，二是搭好平台。");
  EXPECT_FALSE(has_any_entity(steps, "建好联盟")) << dump(steps);
  EXPECT_FALSE(has_any_entity(steps, "一是建好联盟")) << dump(steps);
}

// A list's head noun may carry a modifier joined by 及 (等轴承及配套企业): the listed names are
// firms all the same.
TEST(Recognise, ListHeadsWithJoinedModifiers) {
  const Extraction ex = run("开发区已聚集鑫拓精工、瑞弘轴承等轴承及配套企业86家。");
  EXPECT_TRUE(has_entity(ex, Company, "鑫拓精工")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Company, "瑞弘轴承")) << dump(ex);
}

// Mongolian and Tibetan names without a listed surname: after a title when most characters
// are transliterating ones (党工委书记巴图额尔德尼), credited in a byline when set off by spaces
// or brackets (记者 萨仁高娃其), and opening a clause before the office in brackets.
TEST(Recognise, LongNamesWithoutSurnames) {
  const Extraction ex =
      run("本报讯（记者 萨仁高娃其 通讯员 "
          "孟和巴特尔）园区开工。准格尔经济开发区党工委书记巴图额尔德尼介绍，项目"
          "已投产。“服务要跟上。”乌力吉图雅（准格尔经济开发区管委会副主任）表示。");
  EXPECT_TRUE(has_entity(ex, Person, "萨仁高娃其")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "孟和巴特尔")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "巴图额尔德尼")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Person, "乌力吉图雅")) << dump(ex);
}

// A park between a firm's registered name and its branch word (X有限公司宜宾三江新区分公司) is
// where the branch is: the branch's name runs from the firm's.
TEST(Recognise, BranchesNamedAfterAPark) {
  const Extraction ex = run("四川澜锂材料股份有限公司宜宾三江新区分公司今年投产。");
  EXPECT_TRUE(has_entity(ex, Company, "四川澜锂材料股份有限公司宜宾三江新区分公司")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "宜宾三江新区分公司")) << dump(ex);
}

// A zone's 招商局 (investment promotion bureau) is no company: the lexicon knows the group as
// 招商局集团, not by the bare word.
TEST(Recognise, InvestmentBureauIsNoCompany) {
  const Extraction ex = run("钦州高新区党工委委员、招商局局长黎志强介绍了情况。");
  EXPECT_FALSE(has_entity(ex, Company, "招商局")) << dump(ex);
  const Extraction group = run("招商局集团与园区签约。");
  EXPECT_TRUE(has_entity(group, Company, "招商局集团")) << dump(group);
}

// A jointly built industry college (…现代产业学院) is a body named by itself, unlike a
// university's 学院, which needs the university before it.
TEST(Recognise, IndustryCollegesAreBodies) {
  const Extraction ex = run("常州大学在园区设立了储能材料现代产业学院。新设的学院将招生。");
  EXPECT_TRUE(has_entity(ex, Organization, "储能材料现代产业学院")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "新设的学院")) << dump(ex);
}

// A list whose head noun modifies a title (等园区负责人) names persons, not parks; a body named
// with a rank and a field of its own (国家乳业技术创新中心) is a name, a rank before generic
// words (国家重点实验室) is not.
TEST(Recognise, ListsOfOfficeHoldersAndRankedBodies) {
  const Extraction ex =
      run("巴特尔、其木格等园区负责人赴长三角招商。企业与国家稀土功能材料创新中心签约。园区拥有国家"
          "重点实验室3个。");
  EXPECT_FALSE(has_entity(ex, Park, "巴特尔")) << dump(ex);
  EXPECT_FALSE(has_entity(ex, Park, "其木格")) << dump(ex);
  EXPECT_TRUE(has_entity(ex, Organization, "国家稀土功能材料创新中心")) << dump(ex);
  EXPECT_FALSE(has_any_entity(ex, "国家重点实验室")) << dump(ex);
}

}  // namespace
}  // namespace parkgraph::testing
