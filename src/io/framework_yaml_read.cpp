#include "io/framework_yaml_read.hpp"

#include <array>
#include <charconv>
#include <string>
#include <string_view>

#include "io/yaml_reader.hpp"

namespace lct::io::detail {
namespace {

using domain::SourceLine;

// The fields each kind of node may have (docs/framework-format.md).
constexpr std::array<std::string_view, 20> kFrameworkKeys = {"id",
                                                             "version",
                                                             "title",
                                                             "summary",
                                                             "authored_by",
                                                             "attribution",
                                                             "level_kind",
                                                             "scale",
                                                             "strands",
                                                             "common_agendas",
                                                             "stakeholders",
                                                             "first_steps",
                                                             "benchmarking",
                                                             "value_chain",
                                                             "plan_template",
                                                             "exercises",
                                                             "review_calendar",
                                                             "answers_feedback",
                                                             "evidence_guide",
                                                             "moderation"};
constexpr std::array<std::string_view, 3> kScaleKeys = {"value", "label", "meaning"};
constexpr std::array<std::string_view, 5> kStrandKeys = {"id", "title", "summary", "source",
                                                         "levels"};
constexpr std::array<std::string_view, 11> kLevelKeys = {
    "number",    "id",       "title", "focus",    "source",  "description",
    "questions", "criteria", "ideas", "pitfalls", "examples"};
constexpr std::array<std::string_view, 9> kCriterionKeys = {
    "id",          "statement", "evidence",    "operational", "retired", "retired_reason",
    "replaced_by", "crosswalk", "rating_guide"};
constexpr std::array<std::string_view, 2> kCrosswalkKeys = {"framework", "items"};
constexpr std::array<std::string_view, 3> kIdeaKeys = {"id", "text", "criteria"};
constexpr std::array<std::string_view, 3> kPitfallKeys = {"id", "text", "remedy"};
constexpr std::array<std::string_view, 4> kExampleKeys = {"place", "what", "lesson", "source"};
constexpr std::array<std::string_view, 2> kExampleSourceKeys = {"kind", "citation"};
constexpr std::array<std::string_view, 4> kEvidenceGuideKeys = {"intro", "kinds", "recency",
                                                                "checking"};
constexpr std::array<std::string_view, 5> kGuideItemKeys = {"id", "title", "text", "prompts",
                                                            "criteria"};
constexpr std::array<std::string_view, 6> kFlowStepKeys = {"id",    "title", "text",
                                                           "check", "if_no", "go_to"};
constexpr std::array<std::string_view, 3> kStakeholderKeys = {"intro", "types", "roles"};
constexpr std::array<std::string_view, 2> kBenchmarkingKeys = {"intro", "steps"};
constexpr std::array<std::string_view, 2> kValueChainKeys = {"intro", "dimensions"};
constexpr std::array<std::string_view, 4> kPlanTemplateKeys = {"intro", "years", "fields",
                                                               "annual_review"};
constexpr std::array<std::string_view, 4> kFeedbackKeys = {"id", "complaint", "answer", "refs"};

class FrameworkReader {
 public:
  explicit FrameworkReader(std::string_view file_name) : reader_(file_name) {}

  // Adapts a member function to the callback YamlReader::List expects.
  template <typename T>
  auto Bind(T (FrameworkReader::*read)(const YAML::Node&, const std::string&, std::int64_t)) {
    return [this, read](const YAML::Node& node, const std::string& path, std::int64_t line) {
      return (this->*read)(node, path, line);
    };
  }

  YamlReader& Reader() { return reader_; }
  [[nodiscard]] bool CriteriaPartial() const { return criteria_partial_; }

  domain::Framework ReadFramework(const YAML::Node& root) {
    domain::Framework framework;
    const auto map = reader_.OpenMap(root, "", 1, kFrameworkKeys);
    if (!map) return framework;
    framework.line = {map->line};
    framework.id = reader_.Text(*map, "id", Need::kRequired);
    framework.version = reader_.Integer(*map, "version", Need::kRequired);
    framework.title = reader_.Text(*map, "title", Need::kRequired);
    framework.summary = reader_.Text(*map, "summary", Need::kOptional);
    framework.authored_by = reader_.Text(*map, "authored_by", Need::kOptional);
    framework.attribution = reader_.Text(*map, "attribution", Need::kRequired);
    framework.level_kind = ReadLevelKind(*map);
    if (reader_.Value(*map, "scale", Need::kOptional)) {
      framework.scale = reader_.List<domain::ScalePoint>(*map, "scale", Need::kOptional,
                                                         Bind(&FrameworkReader::ReadScalePoint));
    } else {
      framework.scale = domain::DefaultScale();
    }
    framework.strands = reader_.List<domain::Strand>(*map, "strands", Need::kRequired,
                                                     Bind(&FrameworkReader::ReadStrand));
    ReadSections(*map, framework);
    return framework;
  }

 private:
  domain::LevelKind ReadLevelKind(const YamlMap& map) {
    const std::string kind = reader_.Text(map, "level_kind", Need::kOptional);
    if (kind.empty() || kind == "stage") return domain::LevelKind::kStage;
    if (kind == "area") return domain::LevelKind::kArea;
    reader_.Fail(map.Find("level_kind")->key_line, "level_kind",
                 "must be one of stage, area; found '" + kind + "'");
    return domain::LevelKind::kStage;
  }

  void ReadSections(const YamlMap& map, domain::Framework& framework) {
    const auto guide_items = Bind(&FrameworkReader::ReadGuideItem);
    framework.common_agendas =
        reader_.List<domain::GuideItem>(map, "common_agendas", Need::kOptional, guide_items);
    if (const auto node = reader_.Value(map, "stakeholders", Need::kOptional)) {
      if (const auto section = reader_.OpenMap(*node, "stakeholders", map.line, kStakeholderKeys)) {
        framework.stakeholders.line = {section->line};
        framework.stakeholders.intro = reader_.Text(*section, "intro", Need::kOptional);
        framework.stakeholders.types =
            reader_.List<domain::GuideItem>(*section, "types", Need::kOptional, guide_items);
        framework.stakeholders.roles =
            reader_.List<domain::GuideItem>(*section, "roles", Need::kOptional, guide_items);
      }
    }
    framework.first_steps =
        reader_.List<domain::GuideItem>(map, "first_steps", Need::kOptional, guide_items);
    if (const auto node = reader_.Value(map, "benchmarking", Need::kOptional)) {
      if (const auto section =
              reader_.OpenMap(*node, "benchmarking", map.line, kBenchmarkingKeys)) {
        framework.benchmarking.line = {section->line};
        framework.benchmarking.intro = reader_.Text(*section, "intro", Need::kOptional);
        framework.benchmarking.steps = reader_.List<domain::FlowStep>(
            *section, "steps", Need::kRequired, Bind(&FrameworkReader::ReadFlowStep));
      }
    }
    if (const auto node = reader_.Value(map, "value_chain", Need::kOptional)) {
      if (const auto section = reader_.OpenMap(*node, "value_chain", map.line, kValueChainKeys)) {
        framework.value_chain.line = {section->line};
        framework.value_chain.intro = reader_.Text(*section, "intro", Need::kOptional);
        framework.value_chain.dimensions =
            reader_.List<domain::GuideItem>(*section, "dimensions", Need::kRequired, guide_items);
      }
    }
    if (const auto node = reader_.Value(map, "plan_template", Need::kOptional)) {
      if (const auto section =
              reader_.OpenMap(*node, "plan_template", map.line, kPlanTemplateKeys)) {
        domain::PlanTemplate& plan = framework.plan_template;
        plan.line = {section->line};
        plan.intro = reader_.Text(*section, "intro", Need::kOptional);
        plan.years = reader_.Integer(*section, "years", Need::kRequired);
        plan.fields =
            reader_.List<domain::GuideItem>(*section, "fields", Need::kRequired, guide_items);
        plan.annual_review = reader_.List<domain::GuideItem>(*section, "annual_review",
                                                             Need::kOptional, guide_items);
      }
    }
    framework.exercises =
        reader_.List<domain::GuideItem>(map, "exercises", Need::kOptional, guide_items);
    framework.review_calendar =
        reader_.List<domain::GuideItem>(map, "review_calendar", Need::kOptional, guide_items);
    framework.answers_feedback = reader_.List<domain::FeedbackAnswer>(
        map, "answers_feedback", Need::kOptional, Bind(&FrameworkReader::ReadFeedbackAnswer));
    if (const auto node = reader_.Value(map, "evidence_guide", Need::kOptional)) {
      if (const auto section =
              reader_.OpenMap(*node, "evidence_guide", map.line, kEvidenceGuideKeys)) {
        domain::EvidenceGuide& guide = framework.evidence_guide;
        guide.line = {section->line};
        guide.intro = reader_.Text(*section, "intro", Need::kOptional);
        guide.kinds =
            reader_.List<domain::GuideItem>(*section, "kinds", Need::kRequired, guide_items);
        guide.recency = reader_.Text(*section, "recency", Need::kRequired);
        guide.checking = reader_.Text(*section, "checking", Need::kRequired);
      }
    }
    if (const auto node = reader_.Value(map, "moderation", Need::kOptional)) {
      framework.moderation = ReadGuideItem(
          *node, "moderation", YamlReader::LineOf(*node, map.Find("moderation")->key_line));
    }
  }

  domain::ScalePoint ReadScalePoint(const YAML::Node& node, const std::string& path,
                                    std::int64_t line) {
    domain::ScalePoint point;
    point.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kScaleKeys);
    if (!map) return point;
    point.value = reader_.Integer(*map, "value", Need::kRequired);
    point.label = reader_.Text(*map, "label", Need::kRequired);
    point.meaning = reader_.Text(*map, "meaning", Need::kOptional);
    return point;
  }

  domain::Strand ReadStrand(const YAML::Node& node, const std::string& path, std::int64_t line) {
    domain::Strand strand;
    strand.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kStrandKeys);
    if (!map) return strand;
    strand.id = reader_.Text(*map, "id", Need::kRequired);
    strand.title = reader_.Text(*map, "title", Need::kRequired);
    strand.summary = reader_.Text(*map, "summary", Need::kOptional);
    strand.source = reader_.Text(*map, "source", Need::kOptional);
    strand.levels = reader_.List<domain::Level>(*map, "levels", Need::kRequired,
                                                Bind(&FrameworkReader::ReadLevel));
    return strand;
  }

  domain::Level ReadLevel(const YAML::Node& node, const std::string& path, std::int64_t line) {
    domain::Level level;
    level.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kLevelKeys);
    if (!map) return level;
    level.number = reader_.Integer(*map, "number", Need::kRequired);
    level.id = reader_.Text(*map, "id", Need::kRequired);
    level.title = reader_.Text(*map, "title", Need::kRequired);
    level.focus = reader_.Text(*map, "focus", Need::kOptional);
    level.source = reader_.Text(*map, "source", Need::kOptional);
    level.description = reader_.Text(*map, "description", Need::kRequired);
    level.questions = reader_.TextList(*map, "questions");
    level.criteria = reader_.List<domain::Criterion>(*map, "criteria", Need::kRequired,
                                                     Bind(&FrameworkReader::ReadCriterion));
    if (const auto criteria = reader_.Value(*map, "criteria", Need::kOptional);
        !criteria || !criteria->IsSequence()) {
      criteria_partial_ = true;
    }
    level.ideas = reader_.List<domain::Idea>(*map, "ideas", Need::kOptional,
                                             Bind(&FrameworkReader::ReadIdea));
    level.pitfalls = reader_.List<domain::Pitfall>(*map, "pitfalls", Need::kOptional,
                                                   Bind(&FrameworkReader::ReadPitfall));
    level.examples = reader_.List<domain::Example>(*map, "examples", Need::kOptional,
                                                   Bind(&FrameworkReader::ReadExample));
    return level;
  }

  domain::Criterion ReadCriterion(const YAML::Node& node, const std::string& path,
                                  std::int64_t line) {
    domain::Criterion criterion;
    criterion.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kCriterionKeys);
    if (!map) {
      criteria_partial_ = true;
      return criterion;
    }
    criterion.id = reader_.Text(*map, "id", Need::kRequired);
    if (criterion.id.empty()) criteria_partial_ = true;
    criterion.statement = reader_.Text(*map, "statement", Need::kRequired);
    criterion.evidence = reader_.Text(*map, "evidence", Need::kRequired);
    criterion.operational = reader_.Text(*map, "operational", Need::kOptional);
    criterion.retired = reader_.Boolean(*map, "retired");
    criterion.retired_reason = reader_.Text(*map, "retired_reason", Need::kOptional);
    std::int64_t replaced_line = line;
    criterion.replaced_by = reader_.TextList(*map, "replaced_by", &replaced_line);
    criterion.replaced_by_line = {replaced_line};
    // `crosswalk` is one link (a map) or several (a list of maps).
    if (const auto crosswalk = reader_.Value(*map, "crosswalk", Need::kOptional)) {
      const std::string crosswalk_path = JoinPath(path, "crosswalk");
      const std::int64_t crosswalk_line =
          YamlReader::LineOf(*crosswalk, map->Find("crosswalk")->key_line);
      if (crosswalk->IsMap()) {
        criterion.crosswalk.push_back(ReadCrosswalk(*crosswalk, crosswalk_path, crosswalk_line));
      } else {
        criterion.crosswalk = reader_.List<domain::CrosswalkLink>(
            *map, "crosswalk", Need::kOptional, Bind(&FrameworkReader::ReadCrosswalk));
      }
    }
    if (const auto guide = reader_.Value(*map, "rating_guide", Need::kOptional)) {
      criterion.rating_guide =
          ReadRatingGuide(*guide, JoinPath(path, "rating_guide"),
                          YamlReader::LineOf(*guide, map->Find("rating_guide")->key_line));
    }
    return criterion;
  }

  // A map from points of the scale (whole numbers) to what each looks like for the criterion.
  // Whether each point is on the scale is domain::ValidateFramework's rule.
  std::vector<domain::RatingDescriptor> ReadRatingGuide(const YAML::Node& node,
                                                        const std::string& path,
                                                        std::int64_t line) {
    std::vector<domain::RatingDescriptor> guide;
    if (!node.IsMap()) {
      reader_.Fail(line, path,
                   "expected a map of scale points, found " + YamlReader::Describe(node));
      return guide;
    }
    YamlMap points;
    points.line = line;
    points.path = path;
    for (const auto& pair : node) {
      const std::int64_t key_line = YamlReader::LineOf(pair.first, line);
      const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
      int value = 0;
      const char* end = key.data() + key.size();
      const auto [ptr, ec] = std::from_chars(key.data(), end, value);
      if (key.empty() || ec != std::errc() || ptr != end) {
        const std::string found =
            pair.first.IsScalar() ? "'" + key + "'" : YamlReader::Describe(pair.first);
        reader_.Fail(key_line, path,
                     "expected a point of the rating scale (a whole number), found " + found);
        continue;
      }
      if (const YamlMap::Entry* first = points.Find(key)) {
        reader_.Fail(
            key_line, JoinPath(path, key),
            "duplicate key '" + key + "' (first at line " + std::to_string(first->key_line) + ")");
        continue;
      }
      points.entries.push_back({key, pair.second, key_line});
      guide.push_back({value, reader_.Text(points, key, Need::kRequired), {key_line}});
    }
    return guide;
  }

  domain::CrosswalkLink ReadCrosswalk(const YAML::Node& node, const std::string& path,
                                      std::int64_t line) {
    domain::CrosswalkLink link;
    link.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kCrosswalkKeys);
    if (!map) return link;
    link.framework = reader_.Text(*map, "framework", Need::kRequired);
    if (!reader_.Value(*map, "items", Need::kRequired)) return link;
    std::int64_t items_line = line;
    link.items = reader_.TextList(*map, "items", &items_line);
    link.line = {items_line};
    return link;
  }

  domain::Idea ReadIdea(const YAML::Node& node, const std::string& path, std::int64_t line) {
    domain::Idea idea;
    idea.line = {line};
    idea.criteria_line = {line};
    const auto map = reader_.OpenMap(node, path, line, kIdeaKeys);
    if (!map) return idea;
    idea.id = reader_.Text(*map, "id", Need::kRequired);
    idea.text = reader_.Text(*map, "text", Need::kRequired);
    std::int64_t criteria_line = line;
    idea.criteria = reader_.TextList(*map, "criteria", &criteria_line);
    idea.criteria_line = {criteria_line};
    return idea;
  }

  domain::Pitfall ReadPitfall(const YAML::Node& node, const std::string& path, std::int64_t line) {
    domain::Pitfall pitfall;
    pitfall.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kPitfallKeys);
    if (!map) return pitfall;
    pitfall.id = reader_.Text(*map, "id", Need::kRequired);
    pitfall.text = reader_.Text(*map, "text", Need::kRequired);
    pitfall.remedy = reader_.Text(*map, "remedy", Need::kOptional);
    return pitfall;
  }

  domain::Example ReadExample(const YAML::Node& node, const std::string& path, std::int64_t line) {
    domain::Example example;
    example.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kExampleKeys);
    if (!map) return example;
    example.place = reader_.Text(*map, "place", Need::kRequired);
    example.what = reader_.Text(*map, "what", Need::kRequired);
    example.lesson = reader_.Text(*map, "lesson", Need::kOptional);
    example.source = ReadExampleSource(*map);
    return example;
  }

  // `source` is a map of `kind` and `citation`, or (the older form) text, read as the citation
  // of a recorded example.
  domain::ExampleSource ReadExampleSource(const YamlMap& map) {
    domain::ExampleSource source;
    const auto node = reader_.Value(map, "source", Need::kRequired);
    if (!node) return source;
    if (!node->IsMap()) {
      source.citation = reader_.Text(map, "source", Need::kRequired);
      return source;
    }
    const std::string path = JoinPath(map.path, "source");
    const auto fields =
        reader_.OpenMap(*node, path, map.Find("source")->key_line, kExampleSourceKeys);
    if (!fields) return source;
    const std::string kind = reader_.Text(*fields, "kind", Need::kRequired);
    if (kind == "illustrative") {
      source.kind = domain::ExampleKind::kIllustrative;
    } else if (!kind.empty() && kind != "recorded") {
      reader_.Fail(fields->Find("kind")->key_line, JoinPath(path, "kind"),
                   "must be one of recorded, illustrative; found '" + kind + "'");
    }
    source.citation = reader_.Text(*fields, "citation", Need::kRequired);
    return source;
  }

  domain::GuideItem ReadGuideItem(const YAML::Node& node, const std::string& path,
                                  std::int64_t line) {
    domain::GuideItem item;
    item.line = {line};
    item.criteria_line = {line};
    const auto map = reader_.OpenMap(node, path, line, kGuideItemKeys);
    if (!map) return item;
    item.id = reader_.Text(*map, "id", Need::kRequired);
    item.title = reader_.Text(*map, "title", Need::kRequired);
    item.text = reader_.Text(*map, "text", Need::kOptional);
    item.prompts = reader_.TextList(*map, "prompts");
    std::int64_t criteria_line = line;
    item.criteria = reader_.TextList(*map, "criteria", &criteria_line);
    item.criteria_line = {criteria_line};
    return item;
  }

  domain::FlowStep ReadFlowStep(const YAML::Node& node, const std::string& path,
                                std::int64_t line) {
    domain::FlowStep step;
    step.line = {line};
    const auto map = reader_.OpenMap(node, path, line, kFlowStepKeys);
    if (!map) return step;
    step.id = reader_.Text(*map, "id", Need::kRequired);
    step.title = reader_.Text(*map, "title", Need::kRequired);
    step.text = reader_.Text(*map, "text", Need::kRequired);
    step.check = reader_.Text(*map, "check", Need::kOptional);
    step.if_no = reader_.Text(*map, "if_no", Need::kOptional);
    step.go_to = reader_.Text(*map, "go_to", Need::kOptional);
    return step;
  }

  domain::FeedbackAnswer ReadFeedbackAnswer(const YAML::Node& node, const std::string& path,
                                            std::int64_t line) {
    domain::FeedbackAnswer answer;
    answer.line = {line};
    answer.refs_line = {line};
    const auto map = reader_.OpenMap(node, path, line, kFeedbackKeys);
    if (!map) return answer;
    answer.id = reader_.Text(*map, "id", Need::kRequired);
    answer.complaint = reader_.Text(*map, "complaint", Need::kRequired);
    answer.answer = reader_.Text(*map, "answer", Need::kRequired);
    std::int64_t refs_line = line;
    answer.refs = reader_.TextList(*map, "refs", &refs_line);
    answer.refs_line = {refs_line};
    return answer;
  }

  YamlReader reader_;
  bool criteria_partial_ = false;
};

}  // namespace

FrameworkDraft ReadFrameworkDraft(std::string_view text, std::string_view file_name) {
  FrameworkDraft draft;
  FrameworkReader reader(file_name);
  const std::optional<YAML::Node> loaded = reader.Reader().Load(text);
  if (!loaded) {
    draft.errors = std::move(reader.Reader()).TakeErrors();
    return draft;
  }
  const YAML::Node& root = *loaded;
  draft.loaded = true;
  if (!root.IsDefined() || root.IsNull()) {
    reader.Reader().Fail(1, "", "the file is empty: a framework file is a map of fields");
  } else {
    draft.framework = reader.ReadFramework(root);
    draft.criteria_partial = reader.CriteriaPartial();
  }
  draft.errors = std::move(reader.Reader()).TakeErrors();
  return draft;
}

}  // namespace lct::io::detail
