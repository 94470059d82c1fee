// The indicator catalogue as a file and as a form: check, import (all or nothing), export, and
// save one edited indicator. The file is a CSV with the columns of kCatalogueColumns
// (docs/indicators.md); code, name and direction are required.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "services/account_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

inline constexpr std::array<const char*, 17> kCatalogueColumns = {
    "code",     "name",      "description", "topic",      "measure",     "unit",
    "decimals", "direction", "source_org",  "source_url", "source_date", "licence",
    "caveats",  "dataset",   "geography",   "proxy",      "links"};

struct CatalogueImport {
  std::vector<Error> errors;  // each with file, line and column; nothing written when any
  int added = 0;
  int updated = 0;
  int unchanged = 0;
  bool committed = false;
};

// Reads a catalogue CSV and, when it has no errors and `commit` is set, writes every indicator
// in one transaction (matched by code; the same file twice changes nothing).
// Each added or changed indicator is recorded in the audit log (before and after).
[[nodiscard]] Result<CatalogueImport> ImportCatalogue(store::Store& store, std::string_view text,
                                                      const std::string& file_name, bool commit,
                                                      const Actor& actor = {});

// The problems with one indicator (code a lower-case slug, name present, decimals 0 to 6, links
// naming a stored framework's strand or criterion as "framework/item"), each naming its field.
[[nodiscard]] Result<std::vector<Error>> CheckIndicator(store::Store& store,
                                                        const domain::Indicator& indicator);

// Saves one indicator after CheckIndicator; the errors when there are any (nothing written).
[[nodiscard]] Result<std::vector<Error>> SaveIndicator(store::Store& store,
                                                       domain::Indicator indicator,
                                                       const Actor& actor = {});

// The catalogue in the catalogue CSV format (it imports back unchanged).
[[nodiscard]] Result<std::string> ExportCatalogueCsv(store::Store& store);

// Splits "a; b; c" (or one per line) into sorted, distinct, trimmed items.
[[nodiscard]] std::vector<std::string> SplitLinks(std::string_view text);

}  // namespace lct::services
