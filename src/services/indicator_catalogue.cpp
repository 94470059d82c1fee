#include "services/indicator_catalogue.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "base/text.hpp"
#include "domain/framework_lookup.hpp"
#include "domain/web_address.hpp"
#include "io/csv_reader.hpp"
#include "render/csv_export.hpp"
#include "render/csv_writer.hpp"
#include "render/json_text.hpp"
#include "services/framework_service.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

bool IsSlug(std::string_view code) {
  if (code.empty() || code.size() > 64) return false;
  if (code.front() == '-' || code.back() == '-') return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::optional<bool> ParseFlag(std::string_view text) {
  const std::string lower = text::AsciiLower(text);
  if (lower.empty() || lower == "no" || lower == "false" || lower == "0") return false;
  if (lower == "yes" || lower == "true" || lower == "1") return true;
  return std::nullopt;
}

std::string IndicatorJson(const domain::Indicator& i) {
  return render::JsonText(nlohmann::json{{"code", i.code},
                                         {"name", i.name},
                                         {"description", i.description},
                                         {"topic", i.topic},
                                         {"measure", i.measure},
                                         {"unit", i.unit},
                                         {"decimals", i.decimals},
                                         {"direction", domain::DirectionKey(i.direction)},
                                         {"source_org", i.source_org},
                                         {"source_url", i.source_url},
                                         {"source_date", i.source_date},
                                         {"licence", i.licence},
                                         {"caveats", i.caveats},
                                         {"dataset", i.dataset},
                                         {"geography", i.geography},
                                         {"proxy", i.proxy},
                                         {"links", i.links}});
}

domain::AuditEntry IndicatorAudit(const Actor& actor, const domain::Indicator* before,
                                  const domain::Indicator& after) {
  domain::AuditEntry e;
  if (actor.user) e.actor_user_id = actor.user->value;
  e.actor = actor.name.empty() ? "cli" : actor.name;
  e.action = before == nullptr ? "indicator.create" : "indicator.update";
  e.entity = "indicator";
  e.entity_id = after.code;
  if (before != nullptr) e.before_json = IndicatorJson(*before);
  e.after_json = IndicatorJson(after);
  return e;
}

// Checks one indicator against the catalogue of frameworks; `at` locates the errors.
std::vector<Error> Check(const domain::Indicator& i, const domain::FrameworkCatalogue& frameworks,
                         const ErrorLocation& at) {
  std::vector<Error> errors;
  const auto fail = [&](const char* field, std::string message) {
    ErrorLocation location = at;
    location.field = field;
    errors.push_back(InvalidArgument(std::move(message), std::move(location)));
  };
  if (!IsSlug(i.code)) {
    fail("code",
         "'" + i.code + "' is not a code: use 1 to 64 lower-case letters, digits and hyphens");
  }
  if (i.name.empty()) fail("name", "an indicator needs a name");
  if (i.decimals < 0 || i.decimals > 6) fail("decimals", "decimals must be 0 to 6");
  if (!i.source_url.empty() && !domain::IsWebAddress(i.source_url)) {
    fail("source_url", domain::NotAWebAddressMessage(i.source_url));
  }
  for (const std::string& link : i.links) {
    const auto slash = link.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == link.size()) {
      fail("links", "'" + link + "' is not a link: write framework/item, e.g. toolkit/performance");
      continue;
    }
    const std::string framework_id = link.substr(0, slash);
    const std::string item = link.substr(slash + 1);
    const domain::Framework* framework = frameworks.Find(framework_id);
    if (framework == nullptr) {
      fail("links", fmt::format("'{}': no framework '{}' is loaded", link, framework_id));
      continue;
    }
    if (domain::FindStrand(*framework, item) == nullptr &&
        domain::FindCriterion(*framework, item) == nullptr) {
      fail("links", fmt::format("'{}': framework '{}' has no strand or criterion '{}'", link,
                                framework_id, item));
    }
  }
  return errors;
}

}  // namespace

Result<std::string> ExportCatalogueCsv(store::Store& store) {
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  return render::IndicatorsCsv(*indicators);
}

std::vector<std::string> SplitLinks(std::string_view text) {
  std::set<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(";\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string item(text::Trim(text.substr(start, end - start)));
    if (!item.empty()) items.insert(std::move(item));
    start = end + 1;
  }
  return {items.begin(), items.end()};
}

Result<std::vector<Error>> CheckIndicator(store::Store& store, const domain::Indicator& indicator) {
  auto frameworks = StoredCatalogue(store);
  if (!frameworks) return frameworks.error();
  return Check(indicator, *frameworks, {});
}

Result<std::vector<Error>> SaveIndicator(store::Store& store, domain::Indicator indicator,
                                         const Actor& actor) {
  indicator.links = SplitLinks([&] {
    std::string joined;
    for (const auto& l : indicator.links) joined += l + ";";
    return joined;
  }());
  auto errors = CheckIndicator(store, indicator);
  if (!errors) return errors.error();
  if (!errors->empty()) return errors;
  auto old = store.GetIndicator(indicator.code);
  if (!old && old.error().code() != ErrorCode::kNotFound) return old.error();
  auto status = store.Write([&](store::StoreWriter& writer) -> Status {
    auto id = writer.UpsertIndicator(indicator);
    if (!id) return id.error();
    return writer.AppendAudit(IndicatorAudit(actor, old ? &*old : nullptr, indicator));
  });
  if (!status) return status.error();
  return std::vector<Error>{};
}

Result<CatalogueImport> ImportCatalogue(store::Store& store, std::string_view text,
                                        const std::string& file_name, bool commit,
                                        const Actor& actor) {
  CatalogueImport result;
  auto table = io::CsvTable::Parse(text, file_name);
  if (!table) {
    result.errors.push_back(table.error());
    return result;
  }
  std::map<std::string, std::size_t> at;
  for (std::size_t c = 0; c < table->header().size(); ++c)
    at[std::string(text::Trim(table->header()[c]))] = c;
  for (const char* required : {"code", "name", "direction"}) {
    if (!at.contains(required)) {
      result.errors.push_back(InvalidArgument(std::string("missing column '") + required + "'",
                                              {file_name, 1, required}));
    }
  }
  for (const auto& entry : at) {
    const std::string& name = entry.first;
    if (std::find_if(kCatalogueColumns.begin(), kCatalogueColumns.end(),
                     [&](const char* known) { return name == known; }) == kCatalogueColumns.end()) {
      result.errors.push_back(
          InvalidArgument("unknown column '" + name + "'", {file_name, 1, name}));
    }
  }
  if (!result.errors.empty()) return result;

  auto frameworks = StoredCatalogue(store);
  if (!frameworks) return frameworks.error();
  auto stored = store.ListIndicators();
  if (!stored) return stored.error();
  std::map<std::string, domain::Indicator> existing;
  for (auto& i : *stored) existing.emplace(i.code, std::move(i));

  std::vector<domain::Indicator> indicators;
  std::map<std::string, std::int64_t> seen;
  for (const io::CsvRow& row : table->rows()) {
    const ErrorLocation location{file_name, row.line, ""};
    if (row.fields.size() != table->header().size()) {
      result.errors.push_back(InvalidArgument("expected " + std::to_string(table->header().size()) +
                                                  " fields, found " +
                                                  std::to_string(row.fields.size()),
                                              location));
      continue;
    }
    // Undoes the export's neutralisation (render/csv_writer.hpp), so the file
    // `lct indicators export` writes imports back unchanged.
    const auto get = [&](const char* column) -> std::string {
      const auto it = at.find(column);
      return it == at.end()
                 ? std::string()
                 : render::RestoreCsvText(std::string(text::Trim(row.fields[it->second])));
    };
    const auto fail = [&](const char* field, std::string message) {
      result.errors.push_back(InvalidArgument(std::move(message), {file_name, row.line, field}));
    };
    domain::Indicator i;
    i.code = get("code");
    i.name = get("name");
    i.description = get("description");
    i.topic = get("topic");
    i.measure = get("measure");
    i.unit = get("unit");
    i.source_org = get("source_org");
    i.source_url = get("source_url");
    i.source_date = get("source_date");
    i.licence = get("licence");
    i.caveats = get("caveats");
    i.dataset = get("dataset");
    i.geography = get("geography");
    i.links = SplitLinks(get("links"));
    if (const std::string decimals = get("decimals"); !decimals.empty()) {
      const auto number = io::ParseNumber(decimals);
      if (!number || *number != static_cast<double>(static_cast<int>(*number))) {
        fail("decimals", "'" + decimals + "' is not a whole number");
      } else {
        i.decimals = static_cast<int>(*number);
      }
    }
    const std::string direction = get("direction");
    if (auto d = domain::DirectionFromKey(direction)) {
      i.direction = *d;
    } else {
      fail("direction", "'" + direction + "' is not a direction: use higher, lower or neutral");
    }
    const std::string proxy = get("proxy");
    if (auto flag = ParseFlag(proxy)) {
      i.proxy = *flag;
    } else {
      fail("proxy", "'" + proxy + "' is not yes or no");
    }
    for (auto& error : Check(i, *frameworks, location)) result.errors.push_back(std::move(error));
    if (auto [it, inserted] = seen.emplace(i.code, row.line); !inserted) {
      fail("code", "code '" + i.code + "' is also on line " + std::to_string(it->second));
    }
    indicators.push_back(std::move(i));
  }
  if (!result.errors.empty()) return result;

  std::vector<const domain::Indicator*> writes;
  for (const auto& i : indicators) {
    const auto it = existing.find(i.code);
    if (it == existing.end()) {
      ++result.added;
      writes.push_back(&i);
      continue;
    }
    domain::Indicator same = i;
    same.id = it->second.id;
    if (same == it->second) {
      ++result.unchanged;
    } else {
      ++result.updated;
      writes.push_back(&i);
    }
  }
  if (!commit || writes.empty()) return result;
  auto status = store.Write([&](store::StoreWriter& writer) -> Status {
    for (const auto* i : writes) {
      auto id = writer.UpsertIndicator(*i);
      if (!id) return id.error();
      const auto old = existing.find(i->code);
      auto audited = writer.AppendAudit(
          IndicatorAudit(actor, old == existing.end() ? nullptr : &old->second, *i));
      if (!audited) return audited;
    }
    return Ok();
  });
  if (!status) return status.error();
  result.committed = true;
  return result;
}

}  // namespace lct::services
