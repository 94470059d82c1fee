// The places of the demo network: nations, English regions and the current local
// authorities of England and Wales, with their census and deprivation context.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"

namespace lct::services {

// Maps an area code found in a data file to a place the network holds.
class PlaceIndex {
 public:
  struct Resolved {
    std::string code;
    bool via_old_code = false;  // the file used the area's previous code
  };

  void AddPlace(const std::string& code) { codes_.insert(code); }
  void AddRecoding(const std::string& old_code, const std::string& new_code) {
    recoded_[old_code] = new_code;
  }
  [[nodiscard]] std::optional<Resolved> Resolve(const std::string& code) const;

 private:
  std::set<std::string> codes_;
  std::map<std::string, std::string> recoded_;
};

struct DemoPlaces {
  domain::Network network;
  std::vector<domain::Place> places;
  std::map<std::string, std::string> members;  // code -> why it is a member
  PlaceIndex index;
};

[[nodiscard]] Result<DemoPlaces> BuildDemoPlaces(const std::string& demo_dir);

}  // namespace lct::services
