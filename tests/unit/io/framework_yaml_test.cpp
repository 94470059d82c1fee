// io/framework_yaml: one broken file per validation rule (broken_frameworks/), each giving its own
// error with its line and field and yielding no framework; reporting every error at once; the
// versioning rule; and writing a framework out and reading it back.
#include "io/framework_yaml.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "domain/framework_lookup.hpp"
#include "domain/framework_validation.hpp"

namespace lct::io {
namespace {

const std::string kBrokenDir = LCT_SOURCE_DIR "/tests/unit/io/broken_frameworks/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Describe(const std::vector<Error>& errors) {
  std::string out;
  for (const Error& error : errors) out += "\n  " + error.ToString();
  return out;
}

// The shipped UNESCO-structured framework, as the target of crosswalks in the broken files.
const domain::FrameworkCatalogue& Catalogue() {
  static const domain::FrameworkCatalogue kCatalogue = [] {
    domain::FrameworkCatalogue loaded;
    auto unesco =
        ParseFrameworkYaml(ReadFile(LCT_SOURCE_DIR "/frameworks/unesco-key-features.yaml"),
                           "unesco-key-features.yaml");
    if (unesco.ok()) loaded.Add(std::move(unesco).value());
    return loaded;
  }();
  return kCatalogue;
}

struct BrokenCase {
  const char* file;
  std::int64_t line;
  const char* field;
  const char* message;
};

const BrokenCase kBrokenCases[] = {
    // Syntax and structure, found while reading.
    {"syntax_error.yaml", 20, "", "YAML syntax error: illegal map value"},
    {"empty.yaml", 1, "", "the file is empty: a framework file is a map of fields"},
    {"not_a_map.yaml", 2, "", "expected a map of fields, found a list"},
    {"missing_field.yaml", 19, "strands[0].levels[0].criteria[1].evidence",
     "missing required field 'evidence'"},
    {"wrong_type_list.yaml", 15, "strands[0].levels[0].criteria", "expected a list, found text"},
    {"wrong_type_number.yaml", 4, "version", "expected a whole number, found 'one'"},
    {"wrong_type_text.yaml", 21, "strands[0].levels[0].criteria[1].statement",
     "expected text, found a list"},
    {"wrong_type_boolean.yaml", 22, "strands[0].levels[0].criteria[1].retired",
     "expected true or false, found 'maybe'"},
    {"unknown_field.yaml", 22, "strands[0].levels[0].criteria[1].operatonal",
     "unknown field 'operatonal' (did you mean 'operational'?)"},
    {"duplicate_key.yaml", 19, "strands[0].levels[0].criteria[0].statement",
     "duplicate key 'statement' (first at line 17)"},
    {"bad_level_kind.yaml", 6, "level_kind", "must be one of stage, area; found 'levels'"},
    // Rules on the whole framework (domain::ValidateFramework).
    {"duplicate_id.yaml", 19, "strands[0].levels[0].criteria[1].id",
     "duplicate id 'c-1' (first used at line 16)"},
    {"bad_id.yaml", 19, "strands[0].levels[0].criteria[1].id",
     "id 'c 2' may use only letters, digits, '.', '-' and '_', and must start with a letter or "
     "digit"},
    {"empty_text.yaml", 19, "strands[0].levels[0].criteria[1].statement", "must not be empty"},
    {"bad_version.yaml", 3, "version", "version must be 1 or more"},
    {"bad_scale.yaml", 9, "scale[1].value",
     "scale values must run 0, 1, 2... in order: expected 1, found 2"},
    {"no_criteria.yaml", 11, "strands[0].levels[0].criteria",
     "level 'l1' of strand 's' has no criteria"},
    {"level_order.yaml", 26, "strands[0].levels[1].number",
     "level numbers must run 1, 2, 3... in order: expected 2, found 3"},
    {"duplicate_level_id.yaml", 26, "strands[0].levels[1].id",
     "duplicate level id 'l1' in strand 's' (first used at line 11)"},
    {"idea_no_criterion.yaml", 23, "strands[0].levels[0].ideas[0].criteria",
     "idea 'i-1' is linked to no criterion"},
    {"idea_empty_criteria.yaml", 23, "strands[0].levels[0].ideas[0].criteria",
     "idea 'i-1' is linked to no criterion"},
    {"idea_unknown_criterion.yaml", 25, "strands[0].levels[0].ideas[0].criteria",
     "idea 'i-1' links to unknown criterion 'c-9'"},
    {"idea_retired_criterion.yaml", 26, "strands[0].levels[0].ideas[0].criteria",
     "idea 'i-1' links to retired criterion 'c-2'"},
    {"crosswalk_unknown_framework.yaml", 19, "strands[0].levels[0].criteria[0].crosswalk.framework",
     "crosswalk to unknown framework 'no-such-framework'"},
    {"crosswalk_unknown_target.yaml", 19, "strands[0].levels[0].criteria[0].crosswalk.items",
     "crosswalk target '9.9' does not exist in framework 'unesco-key-features'"},
    {"crosswalk_self_unknown_target.yaml", 21, "strands[0].levels[0].criteria[0].crosswalk.items",
     "crosswalk target 's/l7' does not exist in framework 'mini'"},
    {"crosswalk_ambiguous_target.yaml", 19, "strands[0].levels[0].criteria[0].crosswalk.items",
     "crosswalk target 'l1' is ambiguous: several strands of framework 'mini' have a level with "
     "this id; write it as strand/level"},
    {"crosswalk_no_items.yaml", 19, "strands[0].levels[0].criteria[0].crosswalk.items",
     "crosswalk to 'unesco-key-features' lists no items"},
    {"section_unknown_criterion.yaml", 29, "first_steps[0].criteria",
     "entry 'step-1' links to unknown criterion 'c-8'"},
    {"flow_unknown_step.yaml", 28, "benchmarking.steps[0].go_to",
     "step 'b-1' goes to unknown step 'b-0'"},
    {"feedback_unknown_ref.yaml", 30, "answers_feedback[0].refs",
     "answer 'f-1' refers to unknown item 'checklist'"},
    {"plan_years.yaml", 27, "plan_template.years", "the plan must cover 1 year or more"},
    // Examples, retirements and rating guidance (issue 18).
    {"example_bad_kind.yaml", 30, "strands[0].levels[0].examples[0].source.kind",
     "must be one of recorded, illustrative; found 'invented'"},
    {"example_no_citation.yaml", 30, "strands[0].levels[0].examples[0].source.citation",
     "missing required field 'citation'"},
    {"rating_guide_bad_key.yaml", 20, "strands[0].levels[0].criteria[0].rating_guide",
     "expected a point of the rating scale (a whole number), found 'one'"},
    {"rating_guide_off_scale.yaml", 23, "strands[0].levels[0].criteria[0].rating_guide.4",
     "rating guide for 4, which is not a point of the scale above its lowest (1, 2, 3)"},
    {"rating_guide_incomplete.yaml", 20, "strands[0].levels[0].criteria[1].rating_guide",
     "criterion 'c-2' has no rating guide for 2: once any criterion has a rating guide, every "
     "criterion in use needs one for each point above 0"},
    {"replaced_by_unknown.yaml", 27, "strands[0].levels[0].criteria[2].replaced_by",
     "criterion 'c-3' is replaced by unknown criterion 'c-9'"},
    {"replaced_by_retired.yaml", 26, "strands[0].levels[0].criteria[2].replaced_by",
     "criterion 'c-3' is replaced by retired criterion 'c-4'"},
    {"replaced_by_not_retired.yaml", 19, "strands[0].levels[0].criteria[0].replaced_by",
     "criterion 'c-1' is not retired: only a retired criterion has 'replaced_by'"},
    {"evidence_guide_no_checking.yaml", 27, "evidence_guide.checking",
     "missing required field 'checking'"},
    {"moderation_no_title.yaml", 27, "moderation.title", "missing required field 'title'"},
};

class BrokenFrameworkTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenFrameworkTest, ReportsItsOwnErrorAndYieldsNoFramework) {
  const BrokenCase& broken = GetParam();
  const std::string text = ReadFile(kBrokenDir + broken.file);

  const FrameworkReadResult result = ReadFrameworkYaml(text, broken.file, &Catalogue());

  EXPECT_FALSE(result.framework.has_value());
  ASSERT_EQ(result.errors.size(), 1U) << Describe(result.errors);
  const Error& error = result.errors.front();
  EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(error.message(), broken.message);
  EXPECT_EQ(error.location().file, broken.file);
  EXPECT_EQ(error.location().line, broken.line);
  EXPECT_EQ(error.location().field, broken.field);

  const Result<domain::Framework> parsed = ParseFrameworkYaml(text, broken.file, &Catalogue());
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error(), error);
}

std::string CaseName(const ::testing::TestParamInfo<BrokenCase>& info) {
  const std::string file = info.param.file;
  return file.substr(0, file.find('.'));
}

INSTANTIATE_TEST_SUITE_P(EveryRule, BrokenFrameworkTest, ::testing::ValuesIn(kBrokenCases),
                         CaseName);

TEST(FrameworkYamlTest, ReadsTheValidBaseOfTheBrokenFiles) {
  const FrameworkReadResult result =
      ReadFrameworkYaml(ReadFile(kBrokenDir + "valid_minimal.yaml"), "valid_minimal.yaml");
  ASSERT_TRUE(result.errors.empty()) << Describe(result.errors);
  const domain::Framework& framework = *result.framework;
  EXPECT_EQ(framework.id, "mini");
  EXPECT_EQ(framework.version, 1);
  EXPECT_EQ(framework.level_kind, domain::LevelKind::kStage);
  EXPECT_EQ(framework.scale, domain::DefaultScale());  // no scale in the file
  ASSERT_EQ(framework.strands.size(), 1U);
  const domain::Level& level = framework.strands[0].levels.at(0);
  ASSERT_EQ(level.criteria.size(), 2U);
  EXPECT_EQ(level.criteria[1].id, "c-2");
  EXPECT_EQ(level.criteria[1].line.value, 18);
  EXPECT_EQ(level.ideas.at(0).criteria, (std::vector<std::string>{"c-1", "c-2"}));
  EXPECT_EQ(level.ideas[0].criteria_line.value, 24);
}

TEST(FrameworkYamlTest, ReportsEveryErrorInLineOrder) {
  const std::string text =
      "id: many\n"                         // 1
      "version: 1\n"                       // 2
      "title: Many problems\n"             // 3
      "attribution: Synthetic.\n"          // 4
      "colour: blue\n"                     // 5: unknown field
      "strands:\n"                         // 6
      "  - id: s\n"                        // 7
      "    title: Strand\n"                // 8
      "    levels:\n"                      // 9
      "      - number: 1\n"                // 10
      "        id: l1\n"                   // 11
      "        title: One\n"               // 12
      "        description: The level.\n"  // 13
      "        criteria:\n"                // 14
      "          - id: c-1\n"              // 15: missing evidence
      "            statement: A.\n"        // 16
      "          - id: c-1\n"              // 17: duplicate id
      "            statement: B.\n"        // 18
      "            evidence: B.\n"         // 19
      "        ideas:\n"                   // 20
      "          - id: i-1\n"              // 21
      "            text: Do.\n";           // 22: linked to no criterion
  const std::vector<Error> errors = CheckFrameworkYaml(text, "many.yaml");
  ASSERT_EQ(errors.size(), 4U) << Describe(errors);
  EXPECT_EQ(errors[0].ToString(), "many.yaml:5: colour: unknown field 'colour'");
  EXPECT_EQ(errors[1].ToString(),
            "many.yaml:15: strands[0].levels[0].criteria[0].evidence: missing required field "
            "'evidence'");
  EXPECT_EQ(errors[2].ToString(),
            "many.yaml:17: strands[0].levels[0].criteria[1].id: duplicate id 'c-1' (first used at "
            "line 15)");
  EXPECT_EQ(errors[3].ToString(),
            "many.yaml:21: strands[0].levels[0].ideas[0].criteria: idea 'i-1' is linked to no "
            "criterion");
}

TEST(FrameworkYamlTest, LeavesCrosswalksToOtherFrameworksUncheckedWithoutACatalogue) {
  const std::string text = ReadFile(kBrokenDir + "crosswalk_unknown_framework.yaml");
  EXPECT_TRUE(CheckFrameworkYaml(text, "x.yaml").empty());
  EXPECT_EQ(CheckFrameworkYaml(text, "x.yaml", &Catalogue()).size(), 1U);
}

TEST(FrameworkYamlTest, AcceptsACrosswalkAsAListOfLinks) {
  std::string text = ReadFile(kBrokenDir + "valid_minimal.yaml");
  text.replace(text.find("            evidence: A document.\n"), 34,
               "            evidence: A document.\n"
               "            crosswalk:\n"
               "              - {framework: unesco-key-features, items: ['3.2', conditions/3.3]}\n"
               "              - {framework: mini, items: [c-2, s, s/l1, l1]}\n");
  const auto parsed = ParseFrameworkYaml(text, "list.yaml", &Catalogue());
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
  const auto& crosswalk = parsed->strands[0].levels[0].criteria[0].crosswalk;
  ASSERT_EQ(crosswalk.size(), 2U);
  EXPECT_EQ(crosswalk[1].items, (std::vector<std::string>{"c-2", "s", "s/l1", "l1"}));
}

TEST(FrameworkYamlTest, ReadsAnExampleSourceGivenAsTextAsARecordedCitation) {
  std::string text = ReadFile(kBrokenDir + "valid_minimal.yaml");
  text +=
      "        examples:\n"
      "          - place: A town\n"
      "            what: Did something.\n"
      "            source: A report (1999), page 3.\n";
  const auto parsed = ParseFrameworkYaml(text, "old.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
  const domain::Example& example = parsed->strands[0].levels[0].examples.at(0);
  EXPECT_EQ(example.source.kind, domain::ExampleKind::kRecorded);
  EXPECT_EQ(example.source.citation, "A report (1999), page 3.");
  // Written back in the explicit form, which reads back the same.
  const std::string written = WriteFrameworkYaml(*parsed);
  EXPECT_NE(written.find("kind: recorded"), std::string::npos) << written;
  EXPECT_EQ(*ParseFrameworkYaml(written, "new.yaml"), *parsed);
}

TEST(FrameworkYamlTest, ReadsRatingGuidesAndRetirements) {
  std::string text = ReadFile(kBrokenDir + "replaced_by_unknown.yaml");
  text.replace(text.find("c-9]"), 4, "c-2]");
  const auto parsed = ParseFrameworkYaml(text, "ok.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
  const domain::Criterion& old = parsed->strands[0].levels[0].criteria.at(2);
  EXPECT_TRUE(old.retired);
  EXPECT_EQ(old.retired_reason, "It asked two things at once.");
  EXPECT_EQ(old.replaced_by, (std::vector<std::string>{"c-1", "c-2"}));
  EXPECT_EQ(old.replaced_by_line.value, 27);

  std::string guided = ReadFile(kBrokenDir + "rating_guide_incomplete.yaml");
  guided.replace(guided.find("{1: A first step., 3: Routine.}"), 31,
                 "{3: Routine., 1: A first step., 2: Half.}");
  const auto read = ParseFrameworkYaml(guided, "guided.yaml");
  ASSERT_TRUE(read.ok()) << read.error().ToString();
  const auto& guide = read->strands[0].levels[0].criteria.at(1).rating_guide;
  ASSERT_EQ(guide.size(), 3U);
  EXPECT_EQ(guide[0].value, 3);  // kept in file order
  EXPECT_EQ(guide[2].text, "Half.");
}

// --- Versioning ---------------------------------------------------------------------------------

domain::Framework Load(const std::string& file) {
  auto parsed = ParseFrameworkYaml(ReadFile(kBrokenDir + file), file);
  EXPECT_TRUE(parsed.ok()) << file << ": " << (parsed.ok() ? "" : parsed.error().ToString());
  return parsed.ok() ? std::move(parsed).value() : domain::Framework{};
}

TEST(FrameworkVersionTest, AcceptsANewVersionThatRetiresACriterion) {
  EXPECT_TRUE(domain::CheckNewVersion(Load("version_1.yaml"), Load("version_2_retires.yaml"),
                                      "version_2_retires.yaml")
                  .empty());
}

TEST(FrameworkVersionTest, RejectsANewVersionThatDeletesACriterion) {
  const auto errors =
      domain::CheckNewVersion(Load("version_1.yaml"), Load("version_2_removed.yaml"), "v2.yaml");
  ASSERT_EQ(errors.size(), 1U) << Describe(errors);
  EXPECT_EQ(errors[0].message(),
            "criterion 'c-2' of version 1 is missing: retire it (retired: true) instead of "
            "removing it");
  EXPECT_EQ(errors[0].ToString(),
            "v2.yaml:2: strands: criterion 'c-2' of version 1 is missing: retire it (retired: "
            "true) instead of removing it");
}

TEST(FrameworkVersionTest, RejectsANewVersionThatReusesARetiredId) {
  const auto errors =
      domain::CheckNewVersion(Load("version_1.yaml"), Load("version_2_revived.yaml"), "v2.yaml");
  ASSERT_EQ(errors.size(), 1U) << Describe(errors);
  EXPECT_EQ(errors[0].ToString(),
            "v2.yaml:18: strands[0].levels[0].criteria[1].retired: criterion 'c-0' was retired in "
            "version 1 and its id may not be reused");
}

TEST(FrameworkVersionTest, RejectsTheSameVersionNumber) {
  const domain::Framework v1 = Load("version_1.yaml");
  const auto errors = domain::CheckNewVersion(v1, v1);
  ASSERT_EQ(errors.size(), 1U) << Describe(errors);
  EXPECT_EQ(errors[0].message(), "version must be greater than 1, found 1");
}

// --- Writing ------------------------------------------------------------------------------------

// A framework built in code that uses every part of the format, with texts that YAML would
// misread if they were written carelessly.
domain::Framework EveryPart() {
  domain::Framework framework;
  framework.id = "every-part";
  framework.version = 3;
  framework.title = "null";
  framework.summary = "~";
  framework.authored_by = "true";
  framework.attribution = "a: b # not a comment";
  framework.level_kind = domain::LevelKind::kArea;
  framework.scale = {{0, "No", "- dash", {}}, {1, "Yes", "", {}}, {2, "Very", "~", {}}};
  domain::Criterion criterion{
      .id = "c.1",
      .statement = "  leading and trailing spaces  ",
      .evidence = "two\nlines",
      .operational = "'quoted' and \"double\"",
      .retired = false,
      .retired_reason = "",
      .replaced_by = {},
      .crosswalk = {{"other", {"1.1", "G2"}, {}}, {"every-part", {"s"}, {}}},
      .rating_guide = {{1, "1: a colon", {}}, {2, "null", {}}},
      .line = {},
      .replaced_by_line = {}};
  domain::Criterion retired{.id = "c.0",
                            .statement = "[flow]",
                            .evidence = "{map}",
                            .operational = "",
                            .retired = true,
                            .retired_reason = "It asked: two things",
                            .replaced_by = {"c.1"},
                            .crosswalk = {},
                            .rating_guide = {},
                            .line = {},
                            .replaced_by_line = {}};
  domain::Level level{
      .number = 1,
      .id = "1.1",
      .title = "@at",
      .focus = "%percent",
      .source = "`tick`",
      .description = "| pipe\n> folded\n",
      .questions = {"? question", "*star", "&anchor", "!tag"},
      .criteria = {criterion, retired},
      .ideas = {{"i.1", "Do it, now", {"c.1"}, {}, {}}},
      .pitfalls = {{"p.1", "Trap", "", {}}, {"p.2", "Trap 2", "Remedy", {}}},
      .examples = {{"Place", "What: it did", "", {domain::ExampleKind::kRecorded, "Source #1"}, {}},
                   {"A scenario",
                    "In this scenario",
                    "Lesson",
                    {domain::ExampleKind::kIllustrative, "Written for the test"},
                    {}}},
      .line = {}};
  framework.strands = {{"s", "Strand", "Summary", "", {level}, {}}};
  const domain::GuideItem item{"g.1",   "Item", "Text", {"Prompt one", "Prompt, two"},
                               {"c.1"}, {},     {}};
  framework.common_agendas = {item};
  framework.stakeholders = {"Intro", {{"t.1", "Type", "", {}, {}, {}, {}}}, {}, {}};
  framework.first_steps = {{"f.1", "First", "", {}, {}, {}, {}}};
  framework.benchmarking = {"", {{"b.1", "Step", "Do", "Check?", "Advice", "b.1", {}}}, {}};
  framework.value_chain = {"Chain", {{"v.1", "Value", "", {}, {"c.1"}, {}, {}}}, {}};
  framework.plan_template = {"Plan", 3, {{"pf.1", "Field", "", {}, {}, {}, {}}}, {}, {}};
  framework.exercises = {{"e.1", "Exercise", "", {"Step 1", "Step 2"}, {}, {}, {}}};
  framework.review_calendar = {{"r.1", "Yearly", "Review", {}, {}, {}, {}}};
  framework.answers_feedback = {{"a.1", "Too loose", "Criteria", {"c.1", "benchmarking"}, {}, {}}};
  framework.evidence_guide = {"Evidence",
                              {{"k.1", "Documents", "Dated", {}, {}, {}, {}}},
                              "Within a year",
                              "A critical friend",
                              {}};
  framework.moderation = {"m.1", "Moderation", "A friend reviews", {"Step 1"}, {"c.1"}, {}, {}};
  return framework;
}

TEST(FrameworkYamlTest, WritesEveryPartSoThatItReadsBackEqual) {
  domain::FrameworkCatalogue catalogue;
  domain::Framework other;
  other.id = "other";
  other.strands = {{"x",
                    "X",
                    "",
                    "",
                    {{1, "1.1", "One", "", "", "D", {}, {}, {}, {}, {}, {}},
                     {2, "G2", "Two", "", "", "D", {}, {}, {}, {}, {}, {}}},
                    {}}};
  catalogue.Add(other);
  const domain::Framework framework = EveryPart();
  ASSERT_TRUE(domain::ValidateFramework(framework, &catalogue).empty())
      << Describe(domain::ValidateFramework(framework, &catalogue));

  const std::string text = WriteFrameworkYaml(framework);
  const auto back = ParseFrameworkYaml(text, "written.yaml", &catalogue);
  ASSERT_TRUE(back.ok()) << back.error().ToString() << "\n" << text;
  EXPECT_EQ(*back, framework) << text;
  EXPECT_EQ(WriteFrameworkYaml(*back), text);
}

TEST(FrameworkYamlTest, RecordsLinesSoCodeBuiltFrameworksReportLineZero) {
  domain::Framework framework = EveryPart();
  framework.strands[0].levels[0].ideas[0].criteria = {"missing"};
  const auto errors = domain::ValidateFramework(framework, nullptr, "code");
  ASSERT_EQ(errors.size(), 1U) << Describe(errors);
  EXPECT_EQ(errors[0].ToString(),
            "code: strands[0].levels[0].ideas[0].criteria: idea 'i.1' links to unknown criterion "
            "'missing'");
}

// Issue 11: a framework file that is not UTF-8 (here Latin-1 "é") is refused with its line and
// column, and nothing else is read from it.
TEST(FrameworkYaml, TextThatIsNotUtf8NamesLineAndColumn) {
  const auto read =
      ReadFrameworkYaml("id: mini\nversion: 1\ntitle: Caf\xE9 learning\n", "mini.yaml");
  ASSERT_EQ(read.errors.size(), 1U) << Describe(read.errors);
  EXPECT_FALSE(read.framework.has_value());
  EXPECT_EQ(read.errors.front().ToString(),
            "mini.yaml:3:11: text is not valid UTF-8 (byte 0xE9): save the file as UTF-8");
}

}  // namespace
}  // namespace lct::io
