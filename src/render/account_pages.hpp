// The account pages (issue 7): sign-in, account, reset, invitation, people and audit pages.
// Each form page takes the values to show again and the error for each field; every text
// is escaped by the templates. Every form carries the CSRF token given in `csrf`.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/account.hpp"
#include "domain/audit.hpp"
#include "domain/place.hpp"

namespace lct::render {

// What a form shows again after a failed submission: values and field errors by field name.
struct FormState {
  std::string csrf;
  std::map<std::string, std::string, std::less<>> values;
  std::map<std::string, std::string, std::less<>> errors;
  std::string notice;  // a success message shown above the form
};

[[nodiscard]] Result<std::string> SignInPage(const FormState& form, std::string_view next);
// The 401 page: what happened and a link to `sign_in_href`.
[[nodiscard]] std::string SignInRequiredPage(std::string_view message,
                                             std::string_view sign_in_href);

struct AccountView {
  domain::User user;
  std::vector<domain::PlaceGrant> roles;
  std::vector<domain::ApiToken> tokens;
  std::string new_token;  // shown once, right after creation
};
[[nodiscard]] Result<std::string> AccountPage(const AccountView& view, const FormState& password,
                                              const FormState& token);

// `kind` is "reset" or "invite"; `email` is whose account the link is for.
[[nodiscard]] Result<std::string> LinkPage(std::string_view kind, std::string_view email,
                                           std::string_view action, const FormState& form);

struct PersonView {
  domain::User user;
  std::vector<domain::PlaceGrant> roles;
};
[[nodiscard]] Result<std::string> PeoplePage(const std::vector<PersonView>& people,
                                             const std::vector<domain::Place>& places,
                                             const FormState& invite,
                                             std::string_view invitation_link);

// `place_name` empty: the whole network's log (administrators).
[[nodiscard]] Result<std::string> AuditPage(const std::vector<domain::AuditEntry>& entries,
                                            std::string_view place_code,
                                            std::string_view place_name);
[[nodiscard]] std::string AuditCsv(const std::vector<domain::AuditEntry>& entries);

}  // namespace lct::render
