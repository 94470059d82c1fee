#include "render/json_text.hpp"

namespace lct::render {

std::string JsonText(const nlohmann::json& value, int indent) {
  // The only dump() in the product (see the header).
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lct::render
