// /admin/places (issue 13): the network's place register for its administrators, a list and a
// form to add, edit or retire a place (services/place_register does the checking and storing).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/geography.hpp"

namespace lct::render {

struct PlaceRegisterRow {
  std::string code;
  std::string name;
  std::string level;       // the level's name
  std::string parent;      // code
  std::string membership;  // label, e.g. "Former member since 2024-04-01"; empty for an area
  std::string retired;     // YYYY-MM-DD or empty
};

struct PlaceRegisterView {
  bool has_definition = false;  // no network file stored yet: say how to set one
  std::string network;          // the network's name
  std::vector<PlaceRegisterRow> rows;
};
[[nodiscard]] Result<std::string> PlaceRegisterPage(const PlaceRegisterView& view);

using FieldTexts = std::map<std::string, std::string, std::less<>>;  // by places-file column

struct PlaceFormView {
  bool is_new = true;  // adding (the code is editable) or editing a stored place
  std::string csrf;
  std::vector<domain::GeographyLevel> levels;
  FieldTexts values;
  FieldTexts errors;           // by column; "" for a problem with no one field
  std::string retire_date{};   // the retire form's value after a refusal
  std::string retire_error{};  // why retiring was refused
};
[[nodiscard]] Result<std::string> PlaceFormPage(const PlaceFormView& view);

}  // namespace lct::render
