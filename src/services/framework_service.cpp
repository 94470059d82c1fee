#include "services/framework_service.hpp"

#include <map>
#include <utility>

#include "domain/framework_validation.hpp"
#include "io/framework_yaml.hpp"
#include "services/bundled_frameworks.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

// The line of a top-level key such as "version:" (0 when not found), for errors about the file
// as a whole that the parsed model does not place.
std::int64_t LineOfKey(std::string_view text, std::string_view key) {
  std::int64_t line = 1;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view row = text.substr(at, end - at);
    if (row.starts_with(key) && row.substr(key.size()).starts_with(":")) return line;
    at = end + 1;
    ++line;
  }
  return 0;
}

Result<domain::Framework> ParseStored(const domain::FrameworkRecord& record) {
  auto parsed = io::ParseFrameworkYaml(record.yaml, record.slug + " (stored)");
  if (!parsed) return Internal("stored framework cannot be read: " + parsed.error().ToString());
  return std::move(parsed).value();
}

}  // namespace

Result<FrameworkPlan> PlanFrameworkImport(store::Store& store,
                                          const domain::FrameworkCatalogue& catalogue,
                                          std::string_view text, std::string_view file_name) {
  auto read = io::ReadFrameworkYaml(text, file_name, &catalogue);
  FrameworkPlan plan;
  if (!read.errors.empty()) {
    plan.errors = std::move(read.errors);
    return plan;
  }
  const domain::Framework& framework = *read.framework;
  auto same = store.GetFramework(framework.id, framework.version);
  if (same) {
    auto stored = ParseStored(*same);
    if (!stored) return stored.error();
    if (*stored == framework) {
      plan.unchanged = true;
    } else {
      plan.errors.emplace_back(
          ErrorCode::kConflict,
          "version " + std::to_string(framework.version) + " of framework '" + framework.id +
              "' is already imported with different content: give this file a higher version",
          ErrorLocation{std::string(file_name), LineOfKey(text, "version"), "version"});
    }
  } else if (same.error().code() != ErrorCode::kNotFound) {
    return same.error();
  } else if (const domain::Framework* latest = catalogue.Find(framework.id)) {
    plan.errors = domain::CheckNewVersion(*latest, framework, file_name);
  }
  if (plan.errors.empty()) plan.framework = std::move(read.framework);
  return plan;
}

namespace {

Result<FrameworkPlan> PlanImport(store::Store& store, std::string_view text,
                                 std::string_view file_name) {
  auto catalogue = StoredCatalogue(store);
  if (!catalogue) return catalogue.error();
  return PlanFrameworkImport(store, *catalogue, text, file_name);
}

FrameworkCheck Checked(std::optional<domain::Framework> framework, std::vector<Error> errors) {
  FrameworkCheck check;
  check.errors = std::move(errors);
  if (!check.errors.empty() || !framework) return check;
  FrameworkSummary summary{framework->id, framework->version, framework->title, 0, 0, 0};
  for (const auto& strand : framework->strands) {
    ++summary.strands;
    for (const auto& level : strand.levels) {
      ++summary.levels;
      summary.criteria += static_cast<int>(level.criteria.size());
    }
  }
  check.framework = std::move(summary);
  return check;
}

}  // namespace

const char* ImportOutcomeText(ImportOutcome outcome) {
  switch (outcome) {
    case ImportOutcome::kImported:
      return "imported";
    case ImportOutcome::kUnchanged:
      return "already loaded; nothing changed";
    case ImportOutcome::kKeptNewer:
      return "a newer version is loaded; kept it";
  }
  return "imported";
}

Result<domain::FrameworkCatalogue> StoredCatalogue(store::Store& store) {
  auto records = store.ListFrameworks();
  if (!records) return records.error();
  std::map<std::string, const domain::FrameworkRecord*> latest;  // records come oldest first
  for (const auto& record : *records) latest[record.slug] = &record;
  domain::FrameworkCatalogue catalogue;
  for (const auto& [slug, record] : latest) {
    auto framework = ParseStored(*record);
    if (!framework) return framework.error();
    catalogue.Add(std::move(framework).value());
  }
  return catalogue;
}

Result<FrameworkCheck> CheckFramework(store::Store& store, std::string_view text,
                                      std::string_view file_name) {
  auto plan = PlanImport(store, text, file_name);
  if (!plan) return plan.error();
  return Checked(std::move(plan->framework), std::move(plan->errors));
}

FrameworkCheck CheckFramework(std::string_view text, std::string_view file_name) {
  domain::FrameworkCatalogue bundled;
  for (const BundledFramework& file : BundledFrameworks()) {
    auto framework = io::ParseFrameworkYaml(file.text, file.file_name);
    if (framework) bundled.Add(std::move(framework).value());
  }
  auto read = io::ReadFrameworkYaml(text, file_name, &bundled);
  return Checked(std::move(read.framework), std::move(read.errors));
}

FrameworkImportResult ImportFramework(store::Store& store, std::string_view text,
                                      std::string_view file_name) {
  FrameworkImportResult result;
  auto plan = PlanImport(store, text, file_name);
  if (!plan) {
    result.errors.push_back(plan.error());
    return result;
  }
  if (!plan->errors.empty()) {
    result.errors = std::move(plan->errors);
    return result;
  }
  const domain::Framework& framework = *plan->framework;
  FrameworkImport summary{framework.id, framework.version, framework.title,
                          ImportOutcome::kUnchanged};
  if (!plan->unchanged) {
    const domain::FrameworkRecord record{framework.id, framework.version, framework.title,
                                         std::string(text), ""};
    // The store checks the (id, version) pair again inside the transaction, so a concurrent
    // import of the same version with other content cannot slip in between.
    auto written =
        store.Write([&](store::StoreWriter& writer) { return writer.PutFramework(record); });
    if (!written) {
      result.errors.push_back(written.error());
      return result;
    }
    summary.outcome = ImportOutcome::kImported;
  }
  result.imported = std::move(summary);
  return result;
}

Result<std::string> ExportFramework(store::Store& store, std::string_view id,
                                    std::optional<int> version) {
  auto record = store.GetFramework(id, version);
  if (!record) return record.error();
  auto framework = ParseStored(*record);
  if (!framework) return framework.error();
  return io::WriteFrameworkYaml(*framework);
}

}  // namespace lct::services
