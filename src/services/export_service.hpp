// Downloads as Excel workbooks: the indicator catalogue, and every observation of one place or
// of one indicator, each with the sources and licence written below the table.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// The catalogue, in the columns of the catalogue CSV (services/indicator_catalogue.hpp).
[[nodiscard]] Result<std::string> CatalogueXlsx(store::IndicatorReads& store);

// Every observation of the place: one row per indicator and period. NotFound for no place.
[[nodiscard]] Result<std::string> PlaceObservationsXlsx(store::Store& store,
                                                        std::string_view place_code);

// Every place's observations of the indicator. NotFound for no indicator.
[[nodiscard]] Result<std::string> IndicatorObservationsXlsx(store::Store& store,
                                                            std::string_view indicator_code);

}  // namespace lct::services
