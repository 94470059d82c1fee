// JSON text for every JSON the product writes (API responses, exports, audit details): one
// serialiser that cannot throw on the text it is given (issue 11).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lct::render {

// `value` as JSON text: compact when `indent` is negative, else pretty-printed with `indent`
// spaces. Invalid UTF-8 in any string (text stored before input was checked, or a bug) is
// written as U+FFFD instead of throwing, as nlohmann's dump() would; valid text is unchanged.
// Use this instead of calling dump() directly (a lint test enforces it).
[[nodiscard]] std::string JsonText(const nlohmann::json& value, int indent = -1);

}  // namespace lct::render
