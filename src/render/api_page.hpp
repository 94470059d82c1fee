// The readable API page (/api): every operation of the OpenAPI document, grouped by tag, with
// who may call it and what it takes. Built by web/ from the same route table as the document.
#pragma once

#include <string>
#include <vector>

#include "base/result.hpp"

namespace lct::render {

struct ApiPageParameter {
  std::string name;
  std::string in;  // "path" or "query"
  std::string description;
  bool required = false;
};

struct ApiPageOperation {
  std::string method;  // "GET"
  std::string path;    // "/api/v1/places/{code}"
  std::string summary;
  std::string description;
  std::string tag;
  std::string access;  // the route's permission, e.g. "public", "place-viewer"
  std::vector<ApiPageParameter> parameters;
};

[[nodiscard]] Result<std::string> ApiPage(const std::vector<ApiPageOperation>& operations);

}  // namespace lct::render
