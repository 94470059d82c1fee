// The network's place register (issue 13, docs/places-file.md): places imported from a places
// file, exported in the same layout, and listed. Every check runs against the stored network
// definition (services/network_definition_service.hpp) and the places already stored; an
// import is all or nothing, and importing the same file again changes nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/result.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"
#include "services/account_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

enum class PlaceImportMode {
  kWrite,   // check, then store
  kDryRun,  // check and count, storing nothing
};

struct PlaceImportReport {
  std::int64_t added = 0;      // places not stored before
  std::int64_t changed = 0;    // stored places with any field (or membership) different
  std::int64_t unchanged = 0;  // stored places the file gives exactly as they are
  bool written = false;        // the places were stored (not a dry run; no error)
  std::vector<Error> errors;   // each as file:line:column: field; any: nothing was stored
};

// Reads `csv` (a places file named `file` in messages), checks it whole with
// domain::CheckPlaceEntries against the stored geography and places, and in kWrite mode stores
// every new or changed place and its membership in one transaction, with one audit entry
// giving the counts (written even when nothing changed; the data version then stays as it
// was). Places the file does not name are left as they are. An error, and nothing stored,
// when no network definition is stored yet.
[[nodiscard]] PlaceImportReport ImportPlaces(store::Store& store, std::string_view csv,
                                             const std::string& file, PlaceImportMode mode,
                                             const Actor& actor);

// One place as an administrator's form gives it (/admin/places): each field's text by its
// places-file column ("code", "name", "level", "parent", "membership", ...).
using PlaceFields = std::map<std::string, std::string, std::less<>>;

enum class PlaceFormMode {
  kAdd,   // a new place: refused when the code is already stored
  kEdit,  // a stored place: refused when the code is not
};

// Reads `fields` exactly as a places file row (the same checks and messages) and stores the
// place as ImportPlaces stores a file's places (audit action "place.add" or "place.edit").
// Errors name the field (ErrorLocation::field) and have no file or line.
[[nodiscard]] PlaceImportReport SavePlace(store::Store& store, const PlaceFields& fields,
                                          PlaceFormMode mode, const Actor& actor);

// Retires the stored place `code` on `date` (YYYY-MM-DD): a member or comparator becomes a
// former member from that date; its history stays (audit action "place.retire").
[[nodiscard]] PlaceImportReport RetirePlace(store::Store& store, std::string_view code,
                                            std::string_view date, const Actor& actor);

// The stored place `code` as a form shows it (every column's text). NotFound when none.
[[nodiscard]] Result<PlaceFields> GetPlaceFields(store::NetworkReads& store, std::string_view code);

// Every place with a level, as a places file (CSV, the columns of io::PlacesFileColumns),
// widest level first, then by code: importing it back changes nothing.
[[nodiscard]] Result<std::string> ExportPlaces(store::NetworkReads& store);

struct RegisterPlace {
  domain::Place place;
  std::optional<domain::Membership> membership;  // of the network; none: an area only
};

// Places with a level, widest level first, then by name; only those at `level` when given.
// InvalidArgument naming the network's levels when `level` is not one of them, or when no
// network definition is stored.
[[nodiscard]] Result<std::vector<RegisterPlace>> ListRegisterPlaces(
    store::NetworkReads& store, const std::optional<std::string>& level);

}  // namespace lct::services
