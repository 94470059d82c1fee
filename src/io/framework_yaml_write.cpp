#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "io/framework_yaml.hpp"

namespace lct::io {
namespace {

// Plain scalars that a YAML reader would take for "no value"; they must be quoted.
bool LooksLikeNull(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

class FrameworkWriter {
 public:
  FrameworkWriter() {
    out_.SetIndent(2);
    out_.SetMapFormat(YAML::Block);
    out_.SetSeqFormat(YAML::Block);
  }

  std::string Write(const domain::Framework& framework) {
    out_ << YAML::Comment(
        "Framework file: see docs/framework-format.md. Criterion ids never change.");
    out_ << YAML::BeginMap;
    Text("id", framework.id);
    Key("version");
    out_ << framework.version;
    Text("title", framework.title);
    OptionalText("summary", framework.summary);
    OptionalText("authored_by", framework.authored_by);
    Text("attribution", framework.attribution);
    Text("level_kind", domain::LevelKindName(framework.level_kind));
    WriteScale(framework.scale);
    Key("strands");
    out_ << YAML::BeginSeq;
    for (const domain::Strand& strand : framework.strands) WriteStrand(strand);
    out_ << YAML::EndSeq;
    WriteSections(framework);
    out_ << YAML::EndMap;
    std::string text = out_.c_str();
    text += '\n';
    return text;
  }

 private:
  void Key(std::string_view key) { out_ << YAML::Key << std::string(key) << YAML::Value; }

  void Scalar(const std::string& value) {
    if (LooksLikeNull(value)) {
      out_ << YAML::DoubleQuoted << value;
    } else {
      out_ << value;
    }
  }

  void Text(std::string_view key, const std::string& value) {
    Key(key);
    Scalar(value);
  }

  void OptionalText(std::string_view key, const std::string& value) {
    if (!value.empty()) Text(key, value);
  }

  void TextList(std::string_view key, const std::vector<std::string>& values,
                YAML::EMITTER_MANIP style) {
    if (values.empty()) return;
    Key(key);
    out_ << style << YAML::BeginSeq;
    for (const std::string& value : values) Scalar(value);
    out_ << YAML::EndSeq;
  }

  void WriteScale(const std::vector<domain::ScalePoint>& scale) {
    Key("scale");
    out_ << YAML::BeginSeq;
    for (const domain::ScalePoint& point : scale) {
      out_ << YAML::BeginMap;
      Key("value");
      out_ << point.value;
      Text("label", point.label);
      OptionalText("meaning", point.meaning);
      out_ << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
  }

  void WriteStrand(const domain::Strand& strand) {
    out_ << YAML::BeginMap;
    Text("id", strand.id);
    Text("title", strand.title);
    OptionalText("summary", strand.summary);
    OptionalText("source", strand.source);
    Key("levels");
    out_ << YAML::BeginSeq;
    for (const domain::Level& level : strand.levels) WriteLevel(level);
    out_ << YAML::EndSeq;
    out_ << YAML::EndMap;
  }

  void WriteLevel(const domain::Level& level) {
    out_ << YAML::BeginMap;
    Key("number");
    out_ << level.number;
    Text("id", level.id);
    Text("title", level.title);
    OptionalText("focus", level.focus);
    OptionalText("source", level.source);
    Text("description", level.description);
    TextList("questions", level.questions, YAML::Block);
    Key("criteria");
    out_ << YAML::BeginSeq;
    for (const domain::Criterion& criterion : level.criteria) WriteCriterion(criterion);
    out_ << YAML::EndSeq;
    if (!level.ideas.empty()) {
      Key("ideas");
      out_ << YAML::BeginSeq;
      for (const domain::Idea& idea : level.ideas) {
        out_ << YAML::BeginMap;
        Text("id", idea.id);
        Text("text", idea.text);
        Key("criteria");
        out_ << YAML::Flow << YAML::BeginSeq;
        for (const std::string& id : idea.criteria) Scalar(id);
        out_ << YAML::EndSeq;
        out_ << YAML::EndMap;
      }
      out_ << YAML::EndSeq;
    }
    if (!level.pitfalls.empty()) {
      Key("pitfalls");
      out_ << YAML::BeginSeq;
      for (const domain::Pitfall& pitfall : level.pitfalls) {
        out_ << YAML::BeginMap;
        Text("id", pitfall.id);
        Text("text", pitfall.text);
        OptionalText("remedy", pitfall.remedy);
        out_ << YAML::EndMap;
      }
      out_ << YAML::EndSeq;
    }
    if (!level.examples.empty()) {
      Key("examples");
      out_ << YAML::BeginSeq;
      for (const domain::Example& example : level.examples) {
        out_ << YAML::BeginMap;
        Text("place", example.place);
        Text("what", example.what);
        OptionalText("lesson", example.lesson);
        Key("source");
        out_ << YAML::BeginMap;
        Text("kind", domain::ExampleKindName(example.source.kind));
        Text("citation", example.source.citation);
        out_ << YAML::EndMap;
        out_ << YAML::EndMap;
      }
      out_ << YAML::EndSeq;
    }
    out_ << YAML::EndMap;
  }

  void WriteCriterion(const domain::Criterion& criterion) {
    out_ << YAML::BeginMap;
    Text("id", criterion.id);
    Text("statement", criterion.statement);
    Text("evidence", criterion.evidence);
    OptionalText("operational", criterion.operational);
    if (criterion.retired) {
      Key("retired");
      out_ << true;
    }
    OptionalText("retired_reason", criterion.retired_reason);
    TextList("replaced_by", criterion.replaced_by, YAML::Flow);
    if (criterion.crosswalk.size() == 1) {
      Key("crosswalk");
      WriteCrosswalkLink(criterion.crosswalk.front());
    } else if (!criterion.crosswalk.empty()) {
      Key("crosswalk");
      out_ << YAML::BeginSeq;
      for (const domain::CrosswalkLink& link : criterion.crosswalk) WriteCrosswalkLink(link);
      out_ << YAML::EndSeq;
    }
    if (!criterion.rating_guide.empty()) {
      Key("rating_guide");
      out_ << YAML::BeginMap;
      for (const domain::RatingDescriptor& point : criterion.rating_guide) {
        out_ << YAML::Key << point.value << YAML::Value;
        Scalar(point.text);
      }
      out_ << YAML::EndMap;
    }
    out_ << YAML::EndMap;
  }

  void WriteCrosswalkLink(const domain::CrosswalkLink& link) {
    out_ << YAML::Flow << YAML::BeginMap;
    Text("framework", link.framework);
    Key("items");
    out_ << YAML::Flow << YAML::BeginSeq;
    for (const std::string& item : link.items) out_ << YAML::SingleQuoted << item;
    out_ << YAML::EndSeq;
    out_ << YAML::EndMap;
  }

  void WriteGuideItems(std::string_view key, const std::vector<domain::GuideItem>& items) {
    if (items.empty()) return;
    Key(key);
    out_ << YAML::BeginSeq;
    for (const domain::GuideItem& item : items) WriteGuideItem(item);
    out_ << YAML::EndSeq;
  }

  void WriteGuideItem(const domain::GuideItem& item) {
    out_ << YAML::BeginMap;
    Text("id", item.id);
    Text("title", item.title);
    OptionalText("text", item.text);
    TextList("prompts", item.prompts, YAML::Block);
    TextList("criteria", item.criteria, YAML::Flow);
    out_ << YAML::EndMap;
  }

  void WriteSections(const domain::Framework& framework) {
    WriteGuideItems("common_agendas", framework.common_agendas);
    const domain::Stakeholders& stakeholders = framework.stakeholders;
    if (!stakeholders.intro.empty() || !stakeholders.types.empty() || !stakeholders.roles.empty()) {
      Key("stakeholders");
      out_ << YAML::BeginMap;
      OptionalText("intro", stakeholders.intro);
      WriteGuideItems("types", stakeholders.types);
      WriteGuideItems("roles", stakeholders.roles);
      out_ << YAML::EndMap;
    }
    WriteGuideItems("first_steps", framework.first_steps);
    WriteBenchmarking(framework.benchmarking);
    const domain::ValueChain& chain = framework.value_chain;
    if (!chain.intro.empty() || !chain.dimensions.empty()) {
      Key("value_chain");
      out_ << YAML::BeginMap;
      OptionalText("intro", chain.intro);
      if (chain.dimensions.empty()) {
        Key("dimensions");
        out_ << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
      }
      WriteGuideItems("dimensions", chain.dimensions);
      out_ << YAML::EndMap;
    }
    WritePlanTemplate(framework.plan_template);
    WriteGuideItems("exercises", framework.exercises);
    WriteGuideItems("review_calendar", framework.review_calendar);
    WriteFeedback(framework.answers_feedback);
    WriteEvidenceGuide(framework.evidence_guide);
    const domain::GuideItem& moderation = framework.moderation;
    if (!moderation.id.empty() || !moderation.title.empty() || !moderation.text.empty()) {
      Key("moderation");
      WriteGuideItem(moderation);
    }
  }

  void WriteEvidenceGuide(const domain::EvidenceGuide& guide) {
    if (guide.intro.empty() && guide.kinds.empty() && guide.recency.empty() &&
        guide.checking.empty()) {
      return;
    }
    Key("evidence_guide");
    out_ << YAML::BeginMap;
    OptionalText("intro", guide.intro);
    if (guide.kinds.empty()) {
      Key("kinds");
      out_ << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    }
    WriteGuideItems("kinds", guide.kinds);
    Text("recency", guide.recency);
    Text("checking", guide.checking);
    out_ << YAML::EndMap;
  }

  void WriteBenchmarking(const domain::Benchmarking& benchmarking) {
    if (benchmarking.intro.empty() && benchmarking.steps.empty()) return;
    Key("benchmarking");
    out_ << YAML::BeginMap;
    OptionalText("intro", benchmarking.intro);
    Key("steps");
    out_ << YAML::BeginSeq;
    for (const domain::FlowStep& step : benchmarking.steps) {
      out_ << YAML::BeginMap;
      Text("id", step.id);
      Text("title", step.title);
      Text("text", step.text);
      OptionalText("check", step.check);
      OptionalText("if_no", step.if_no);
      OptionalText("go_to", step.go_to);
      out_ << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
    out_ << YAML::EndMap;
  }

  void WritePlanTemplate(const domain::PlanTemplate& plan) {
    if (plan.intro.empty() && plan.fields.empty() && plan.annual_review.empty()) return;
    Key("plan_template");
    out_ << YAML::BeginMap;
    OptionalText("intro", plan.intro);
    Key("years");
    out_ << plan.years;
    if (plan.fields.empty()) {
      Key("fields");
      out_ << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    }
    WriteGuideItems("fields", plan.fields);
    WriteGuideItems("annual_review", plan.annual_review);
    out_ << YAML::EndMap;
  }

  void WriteFeedback(const std::vector<domain::FeedbackAnswer>& answers) {
    if (answers.empty()) return;
    Key("answers_feedback");
    out_ << YAML::BeginSeq;
    for (const domain::FeedbackAnswer& answer : answers) {
      out_ << YAML::BeginMap;
      Text("id", answer.id);
      Text("complaint", answer.complaint);
      Text("answer", answer.answer);
      TextList("refs", answer.refs, YAML::Flow);
      out_ << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
  }

  YAML::Emitter out_;
};

}  // namespace

std::string WriteFrameworkYaml(const domain::Framework& framework) {
  return FrameworkWriter().Write(framework);
}

}  // namespace lct::io
