// lct user add|reset|invite|list and lct token create|list|revoke (issue 7).
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/account_service.hpp"
#include "services/auth_crypto.hpp"
#include "services/database.hpp"

namespace lct::cli {
namespace {

struct GrantArgs {
  bool admin = false;
  std::string place;
  std::string role;
};

// --admin, or --place with --role; anything else is a usage error (exit 2).
std::optional<domain::TokenScope> ParseGrant(const GrantArgs& args) {
  if (args.admin) {
    if (!args.place.empty() || !args.role.empty()) {
      std::fprintf(stderr, "lct: give --admin, or --place with --role, not both\n");
      return std::nullopt;
    }
    return domain::TokenScope{true, std::nullopt, ""};
  }
  const auto role = domain::PlaceRoleFromKey(args.role);
  if (args.place.empty() || !role) {
    std::fprintf(stderr,
                 "lct: give --admin, or --place CODE with --role coordinator|partner|viewer\n");
    return std::nullopt;
  }
  return domain::TokenScope{false, role, args.place};
}

void AddGrantOptions(CLI::App* cmd, GrantArgs& grant) {
  cmd->add_flag("--admin", grant.admin, "A network administrator");
  cmd->add_option("--place", grant.place,
                  "The place's code, as the network's places file gives it");
  cmd->add_option("--role", grant.role, "coordinator, partner or viewer (with --place)")
      ->check(CLI::IsMember({"coordinator", "partner", "viewer"}));
}

// Runs `body` with an account service over the database at `db`.
template <typename Body>
int WithAccounts(const std::string& db, const Body& body) {
  auto facade = services::OpenServices({db, 1});
  if (!facade) return Fail(facade.error());
  services::AccountService& accounts = (*facade)->accounts();
  return body(accounts);
}

const services::Actor kCli{std::nullopt, "cli"};

struct UserArgs {
  std::string db = kDefaultDb;
  std::string email;
  std::string name;
  GrantArgs grant;
  std::string base_url = "http://127.0.0.1:8080";
};

int RunUserAdd(const UserArgs& args) {
  const auto grant = ParseGrant(args.grant);
  if (!grant) return kBadArguments;
  // The password: the first line of standard input when it is not a terminal; otherwise (or
  // when that line is empty) a random one, printed once.
  std::string password;
  if (::isatty(STDIN_FILENO) == 0) std::getline(std::cin, password);
  const bool generated = password.empty();
  if (generated) password = services::RandomToken(18);
  return WithAccounts(args.db, [&](services::AccountService& accounts) {
    auto id = accounts.AddUser(args.email, args.name, password, *grant, kCli);
    if (!id) return Fail(id.error());
    std::printf("Added %s (account %lld).\n", args.email.c_str(),
                static_cast<long long>(id->value));
    if (generated) std::printf("Password (shown once): %s\n", password.c_str());
    return 0;
  });
}

int RunUserReset(const UserArgs& args) {
  return WithAccounts(args.db, [&](services::AccountService& accounts) {
    auto token = accounts.CreateReset(args.email, kCli);
    if (!token) return Fail(token.error());
    std::printf("Reset link for %s (works once, for 1 hour):\n%s/reset/%s\n", args.email.c_str(),
                args.base_url.c_str(), token->c_str());
    return 0;
  });
}

int RunUserInvite(const UserArgs& args) {
  const auto grant = ParseGrant(args.grant);
  if (!grant) return kBadArguments;
  return WithAccounts(args.db, [&](services::AccountService& accounts) {
    auto token = accounts.CreateInvitation(args.email, *grant, kCli);
    if (!token) return Fail(token.error());
    std::printf("Invitation link for %s (works once, for 7 days):\n%s/invite/%s\n",
                args.email.c_str(), args.base_url.c_str(), token->c_str());
    return 0;
  });
}

std::string ScopeText(const domain::TokenScope& scope) {
  if (scope.admin) return "admin";
  if (!scope.role) return "-";
  return std::string(domain::PlaceRoleKey(*scope.role)) + "@" + scope.place_code;
}

int RunUserList(const std::string& db) {
  return WithAccounts(db, [&](services::AccountService& accounts) {
    auto users = accounts.ListUsers();
    if (!users) return Fail(users.error());
    std::printf("email\tname\troles\n");
    for (const auto& u : *users) {
      auto roles = accounts.ListPlaceRoles(u.id);
      if (!roles) return Fail(roles.error());
      std::string text = u.admin ? "admin" : "";
      for (const auto& g : *roles) {
        text += (text.empty() ? "" : " ") + std::string(domain::PlaceRoleKey(g.role)) + "@" +
                g.place_code;
      }
      if (u.disabled) text += " (disabled)";
      std::printf("%s\t%s\t%s\n", u.email.c_str(), u.display_name.c_str(), text.c_str());
    }
    return 0;
  });
}

struct TokenArgs {
  std::string db = kDefaultDb;
  std::string email;
  std::string name;
  GrantArgs grant;
  std::int64_t id = 0;
};

int RunTokenCreate(const TokenArgs& args) {
  const auto scope = ParseGrant(args.grant);
  if (!scope) return kBadArguments;
  return WithAccounts(args.db, [&](services::AccountService& accounts) {
    auto email = services::NormaliseEmail(args.email);
    if (!email) return Fail(email.error());
    auto users = accounts.ListUsers();
    if (!users) return Fail(users.error());
    for (const auto& u : *users) {
      if (u.email != *email) continue;
      auto token = accounts.CreateApiToken(u.id, args.name, *scope, kCli);
      if (!token) return Fail(token.error());
      std::printf("API token (shown once; send it as 'Authorization: Bearer TOKEN'):\n%s\n",
                  token->c_str());
      return 0;
    }
    return Fail(NotFound("no account has the email '" + *email + "'"));
  });
}

int RunTokenList(const std::string& db) {
  return WithAccounts(db, [&](services::AccountService& accounts) {
    auto tokens = accounts.ListApiTokens(std::nullopt);
    if (!tokens) return Fail(tokens.error());
    std::printf("id\tname\towner\tscope\tstatus\n");
    for (const auto& t : *tokens) {
      auto owner = accounts.GetUser(t.user);
      std::printf("%lld\t%s\t%s\t%s\t%s\n", static_cast<long long>(t.id), t.name.c_str(),
                  owner ? owner->email.c_str() : "?", ScopeText(t.scope).c_str(),
                  t.revoked ? "revoked" : "active");
    }
    return 0;
  });
}

int RunTokenRevoke(const TokenArgs& args) {
  return WithAccounts(args.db, [&](services::AccountService& accounts) {
    if (auto status = accounts.RevokeApiToken(args.id, std::nullopt, kCli); !status) {
      return Fail(status.error());
    }
    std::printf("Revoked API token %lld.\n", static_cast<long long>(args.id));
    return 0;
  });
}

}  // namespace

void AddAccountCommands(CLI::App& app, int& exit_code) {
  auto* user = app.add_subcommand("user", "Manage accounts");
  user->require_subcommand(1);
  auto add = std::make_shared<UserArgs>();
  auto* add_cmd = user->add_subcommand(
      "add", "Add an account: the password is read from standard input, or generated and printed");
  add_cmd->add_option("email", add->email, "Email address")->required();
  AddGrantOptions(add_cmd, add->grant);
  add_cmd->add_option("--name", add->name, "Display name (default: the email's local part)");
  add_cmd->add_option("--db", add->db, "SQLite database file")->capture_default_str();
  add_cmd->callback([add, &exit_code] { exit_code = RunUserAdd(*add); });

  auto reset = std::make_shared<UserArgs>();
  auto* reset_cmd = user->add_subcommand("reset", "Print a one-time password-reset link");
  reset_cmd->add_option("email", reset->email, "Email address")->required();
  reset_cmd->add_option("--base-url", reset->base_url, "The site's address, for the link")
      ->capture_default_str()
      ->check(BaseUrlValidator());
  reset_cmd->add_option("--db", reset->db, "SQLite database file")->capture_default_str();
  reset_cmd->callback([reset, &exit_code] { exit_code = RunUserReset(*reset); });

  auto invite = std::make_shared<UserArgs>();
  auto* invite_cmd = user->add_subcommand("invite", "Print an invitation link that expires");
  invite_cmd->add_option("email", invite->email, "Email address")->required();
  AddGrantOptions(invite_cmd, invite->grant);
  invite_cmd->add_option("--base-url", invite->base_url, "The site's address, for the link")
      ->capture_default_str()
      ->check(BaseUrlValidator());
  invite_cmd->add_option("--db", invite->db, "SQLite database file")->capture_default_str();
  invite_cmd->callback([invite, &exit_code] { exit_code = RunUserInvite(*invite); });

  auto list_db = std::make_shared<std::string>(kDefaultDb);
  auto* list_cmd = user->add_subcommand("list", "List accounts and their roles");
  list_cmd->add_option("--db", *list_db, "SQLite database file")->capture_default_str();
  list_cmd->callback([list_db, &exit_code] { exit_code = RunUserList(*list_db); });

  auto* token = app.add_subcommand("token", "Manage API tokens");
  token->require_subcommand(1);
  auto create = std::make_shared<TokenArgs>();
  auto* create_cmd = token->add_subcommand("create", "Create an API token and print it once");
  create_cmd->add_option("--email", create->email, "The owner's email")->required();
  create_cmd->add_option("--name", create->name, "What the token is for")->required();
  AddGrantOptions(create_cmd, create->grant);
  create_cmd->add_option("--db", create->db, "SQLite database file")->capture_default_str();
  create_cmd->callback([create, &exit_code] { exit_code = RunTokenCreate(*create); });

  auto token_db = std::make_shared<std::string>(kDefaultDb);
  auto* tlist_cmd = token->add_subcommand("list", "List API tokens");
  tlist_cmd->add_option("--db", *token_db, "SQLite database file")->capture_default_str();
  tlist_cmd->callback([token_db, &exit_code] { exit_code = RunTokenList(*token_db); });

  auto revoke = std::make_shared<TokenArgs>();
  auto* revoke_cmd = token->add_subcommand("revoke", "Revoke an API token by its id");
  revoke_cmd->add_option("id", revoke->id, "The token's id (see lct token list)")->required();
  revoke_cmd->add_option("--db", revoke->db, "SQLite database file")->capture_default_str();
  revoke_cmd->callback([revoke, &exit_code] { exit_code = RunTokenRevoke(*revoke); });
}

}  // namespace lct::cli
