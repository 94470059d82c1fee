// Accounts (issue 7): sign-in, throttling, sessions and their expiry, passwords, one-time
// links, invitations, API tokens and the audit entries each change leaves.
#include "services/account_service.hpp"

#include <gtest/gtest.h>

#include "services/auth_crypto.hpp"
#include "store/store.hpp"
#include "unit/account_test_support.hpp"

namespace lct::services {
namespace {

using testing::kPassword;
using testing::kPlaceA;
using testing::kPlaceB;

class AccountServiceTest : public ::testing::Test {
 protected:
  AccountServiceTest()
      : store_(testing::AccountTestStore()),
        accounts_(*store_, testing::TestAccountOptions(&now_)) {}

  UserId Add(const std::string& email, const domain::TokenScope& grant = {}) {
    auto id = accounts_.AddUser(email, "", kPassword, grant, cli_);
    EXPECT_TRUE(id.ok()) << id.error().ToString();
    return id.ok() ? *id : UserId{};
  }

  std::vector<domain::AuditEntry> Audit() {
    auto entries = store_->ListAudit({});
    EXPECT_TRUE(entries.ok());
    return entries.ok() ? *entries : std::vector<domain::AuditEntry>{};
  }

  const Actor cli_{std::nullopt, "cli"};
  std::int64_t now_ = 1'800'000'000;
  std::unique_ptr<store::Store> store_;
  AccountService accounts_;
};

TEST_F(AccountServiceTest, SignInGivesANewSessionEachTime) {
  Add("Ann@Example.org");
  auto first = accounts_.SignIn(" ann@example.ORG ", kPassword, "a");
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  auto second = accounts_.SignIn("ann@example.org", kPassword, "a");
  ASSERT_TRUE(second.ok());
  EXPECT_NE(first->token, second->token);  // no fixation: a fresh token every time
  EXPECT_NE(first->record.csrf_token, second->record.csrf_token);
  // Only the hash is stored.
  auto stored = store_->GetSession(HashToken(first->token));
  ASSERT_TRUE(stored.ok());
  EXPECT_FALSE(store_->GetSession(first->token).ok());
  auto identity = accounts_.ResumeSession(first->token);
  ASSERT_TRUE(identity.ok());
  EXPECT_EQ(identity->user.email, "ann@example.org");
  EXPECT_EQ(identity->csrf_token, first->record.csrf_token);
}

TEST_F(AccountServiceTest, WrongPasswordUnknownEmailAndDisabledAccountLookTheSame) {
  Add("ann@example.org");
  auto wrong = accounts_.SignIn("ann@example.org", "wrong password!", "a");
  auto unknown = accounts_.SignIn("nobody@example.org", kPassword, "b");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().message(), unknown.error().message());
  EXPECT_EQ(wrong.error().code(), ErrorCode::kPermissionDenied);
  auto user = store_->GetUserByEmail("ann@example.org");
  ASSERT_TRUE(user.ok());
  user->disabled = true;
  ASSERT_TRUE(store_->Write([&](store::StoreWriter& w) { return w.UpdateUser(*user); }).ok());
  auto disabled = accounts_.SignIn("ann@example.org", kPassword, "c");
  ASSERT_FALSE(disabled.ok());
  EXPECT_EQ(disabled.error().message(), wrong.error().message());
}

bool Throttled(const Result<NewSession>& attempt) {
  return !attempt.ok() && attempt.error().message().find("Too many attempts") != std::string::npos;
}

// Issue 11 (OWASP ASVS V2.2): failures lock the account only for the address they came from,
// so nobody can lock a person out from somewhere else.
TEST_F(AccountServiceTest, ThrottlingNeverLocksAPersonOutFromAnotherAddress) {
  Add("ann@example.org");
  for (int i = 0; i < 5; ++i) {
    EXPECT_FALSE(Throttled(accounts_.SignIn("ann@example.org", "bad password", "203.0.113.9")));
  }
  // From the attacker's address even the right password waits...
  EXPECT_TRUE(Throttled(accounts_.SignIn("ann@example.org", kPassword, "203.0.113.9")));
  // ...while Ann, elsewhere, signs in at once.
  EXPECT_TRUE(accounts_.SignIn("ann@example.org", kPassword, "198.51.100.1").ok());
  // Many addresses failing a few times each lock nothing either: no account-wide lock.
  for (int address = 0; address < 30; ++address) {
    for (int i = 0; i < 4; ++i) {
      EXPECT_FALSE(Throttled(accounts_.SignIn("ann@example.org", "bad password",
                                              "10.1.0." + std::to_string(address))));
    }
  }
  EXPECT_TRUE(accounts_.SignIn("ann@example.org", kPassword, "198.51.100.2").ok());
}

TEST_F(AccountServiceTest, ThrottlingDelaysGrowThenAreForgiven) {
  Add("ann@example.org");
  const std::string address = "203.0.113.9";
  for (int i = 0; i < 5; ++i) {
    ASSERT_FALSE(Throttled(accounts_.SignIn("ann@example.org", "bad password", address)));
  }
  // Each further failure doubles the wait before the next attempt is even checked.
  std::int64_t previous = 0;
  for (int i = 0; i < 6; ++i) {
    const std::int64_t wait = accounts_.SignInWait("ann@example.org", address);
    EXPECT_GT(wait, previous) << i;
    if (i > 0) {
      EXPECT_EQ(wait, 2 * previous) << i;
    }
    EXPECT_TRUE(Throttled(accounts_.SignIn("ann@example.org", kPassword, address)));
    now_ += wait;
    ASSERT_FALSE(Throttled(accounts_.SignIn("ann@example.org", "bad password", address)));
    previous = wait;
  }
  // The wait never passes 15 minutes, and the count is forgotten an hour after the last
  // failure.
  for (int i = 0; i < 20; ++i) {
    now_ += accounts_.SignInWait("ann@example.org", address);
    (void)accounts_.SignIn("ann@example.org", "bad password", address);
  }
  EXPECT_LE(accounts_.SignInWait("ann@example.org", address), 15 * 60);
  now_ += std::int64_t{60} * 60;
  EXPECT_EQ(accounts_.SignInWait("ann@example.org", address), 0);
  EXPECT_TRUE(accounts_.SignIn("ann@example.org", kPassword, address).ok());
}

TEST_F(AccountServiceTest, ThrottlesPerAddressAcrossAccounts) {
  Add("ann@example.org");
  for (int i = 0; i < 20; ++i) {
    EXPECT_FALSE(
        accounts_.SignIn("user" + std::to_string(i) + "@example.org", "whatever pass", "evil")
            .ok());
  }
  auto throttled = accounts_.SignIn("ann@example.org", kPassword, "evil");
  ASSERT_FALSE(throttled.ok());
  EXPECT_NE(throttled.error().message().find("Too many attempts"), std::string::npos);
  EXPECT_TRUE(accounts_.SignIn("ann@example.org", kPassword, "elsewhere").ok());
}

TEST_F(AccountServiceTest, SessionsExpireWhenIdleAndAbsolutely) {
  Add("ann@example.org");
  auto session = accounts_.SignIn("ann@example.org", kPassword, "a");
  ASSERT_TRUE(session.ok());
  // Kept alive by use every 20 minutes, until 12 hours after sign-in.
  for (int i = 1; i <= 36; ++i) {
    now_ += std::int64_t{20} * 60;
    const bool alive = accounts_.ResumeSession(session->token).ok();
    EXPECT_EQ(alive, i * 20 * 60 < 12 * 3600) << i;
    if (!alive) break;
  }
  auto idle = accounts_.SignIn("ann@example.org", kPassword, "a");
  ASSERT_TRUE(idle.ok());
  now_ += std::int64_t{30} * 60;
  EXPECT_FALSE(accounts_.ResumeSession(idle->token).ok());
  EXPECT_FALSE(store_->GetSession(HashToken(idle->token)).ok());  // deleted
}

TEST_F(AccountServiceTest, SignOutEndsTheSession) {
  Add("ann@example.org");
  auto session = accounts_.SignIn("ann@example.org", kPassword, "a");
  ASSERT_TRUE(session.ok());
  ASSERT_TRUE(accounts_.SignOut(session->token).ok());
  EXPECT_FALSE(accounts_.ResumeSession(session->token).ok());
  EXPECT_TRUE(accounts_.SignOut("unknown").ok());
}

TEST_F(AccountServiceTest, ChangePasswordEndsOtherSessions) {
  const UserId ann = Add("ann@example.org");
  auto here = accounts_.SignIn("ann@example.org", kPassword, "a");
  auto there = accounts_.SignIn("ann@example.org", kPassword, "b");
  ASSERT_TRUE(here.ok() && there.ok());
  auto wrong = accounts_.ChangePassword(ann, "not it at all", "a new password!", here->token);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().location().field, "current_password");
  auto short_pw = accounts_.ChangePassword(ann, kPassword, "short", here->token);
  ASSERT_FALSE(short_pw.ok());
  EXPECT_EQ(short_pw.error().location().field, "new_password");
  ASSERT_TRUE(accounts_.ChangePassword(ann, kPassword, "a new password!", here->token).ok());
  EXPECT_TRUE(accounts_.ResumeSession(here->token).ok());
  EXPECT_FALSE(accounts_.ResumeSession(there->token).ok());
  EXPECT_FALSE(accounts_.SignIn("ann@example.org", kPassword, "c").ok());
  EXPECT_TRUE(accounts_.SignIn("ann@example.org", "a new password!", "c").ok());
}

TEST_F(AccountServiceTest, ResetLinkWorksOnceAndExpires) {
  Add("ann@example.org");
  auto token = accounts_.CreateReset("ann@example.org", cli_);
  ASSERT_TRUE(token.ok());
  EXPECT_TRUE(accounts_.CheckLink(*token, domain::OneTimePurpose::kReset).ok());
  EXPECT_FALSE(accounts_.CheckLink(*token, domain::OneTimePurpose::kInvite).ok());
  auto session = accounts_.SignIn("ann@example.org", kPassword, "a");
  ASSERT_TRUE(session.ok());
  ASSERT_TRUE(accounts_.ResetPassword(*token, "brand new password").ok());
  EXPECT_FALSE(accounts_.ResumeSession(session->token).ok());  // sessions end
  EXPECT_TRUE(accounts_.SignIn("ann@example.org", "brand new password", "a").ok());
  EXPECT_FALSE(accounts_.ResetPassword(*token, "another password!").ok());  // used
  auto late = accounts_.CreateReset("ann@example.org", cli_);
  ASSERT_TRUE(late.ok());
  now_ += 3600;
  EXPECT_FALSE(accounts_.ResetPassword(*late, "another password!").ok());  // expired
  EXPECT_EQ(accounts_.CreateReset("nobody@example.org", cli_).error().code(), ErrorCode::kNotFound);
}

// Issue 11: a new password, by reset or by change, ends every reset link still outstanding.
TEST_F(AccountServiceTest, ResettingOrChangingThePasswordEndsEveryResetLink) {
  const UserId ann = Add("ann@example.org");
  auto first = accounts_.CreateReset("ann@example.org", cli_);
  auto second = accounts_.CreateReset("ann@example.org", cli_);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE(accounts_.ResetPassword(*first, "brand new password").ok());
  EXPECT_EQ(accounts_.CheckLink(*second, domain::OneTimePurpose::kReset).error().code(),
            ErrorCode::kNotFound);
  EXPECT_FALSE(accounts_.ResetPassword(*second, "attacker's password").ok());

  auto third = accounts_.CreateReset("ann@example.org", cli_);
  ASSERT_TRUE(third.ok());
  ASSERT_TRUE(accounts_.ChangePassword(ann, "brand new password", "another new password", "").ok());
  EXPECT_FALSE(accounts_.CheckLink(*third, domain::OneTimePurpose::kReset).ok());
  ASSERT_TRUE(accounts_.SignIn("ann@example.org", "another new password", "a").ok());

  // Another person's links are untouched.
  Add("bob@example.org");
  auto bobs = accounts_.CreateReset("bob@example.org", cli_);
  ASSERT_TRUE(bobs.ok());
  auto fourth = accounts_.CreateReset("ann@example.org", cli_);
  ASSERT_TRUE(fourth.ok());
  ASSERT_TRUE(accounts_.ResetPassword(*fourth, "yet another password").ok());
  EXPECT_TRUE(accounts_.CheckLink(*bobs, domain::OneTimePurpose::kReset).ok());
}

TEST_F(AccountServiceTest, InvitationCreatesTheAccountWithItsRole) {
  const domain::TokenScope partner_a{false, domain::PlaceRole::kPartner, kPlaceA};
  auto token = accounts_.CreateInvitation("Bob@Example.org", partner_a, cli_);
  ASSERT_TRUE(token.ok()) << token.error().ToString();
  auto weak = accounts_.AcceptInvitation(*token, "Bob", "short");
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().location().field, "password");
  auto id = accounts_.AcceptInvitation(*token, "Bob B", "bob's password 1");
  ASSERT_TRUE(id.ok()) << id.error().ToString();
  auto roles = store_->ListPlaceRoles(*id);
  ASSERT_TRUE(roles.ok());
  ASSERT_EQ(roles->size(), 1U);
  EXPECT_EQ(roles->front(), (domain::PlaceGrant{kPlaceA, domain::PlaceRole::kPartner}));
  EXPECT_FALSE(accounts_.AcceptInvitation(*token, "Eve", "eve's password 1").ok());  // used
  EXPECT_EQ(accounts_.CreateInvitation("bob@example.org", partner_a, cli_).error().code(),
            ErrorCode::kConflict);
  EXPECT_FALSE(accounts_
                   .CreateInvitation("carol@example.org",
                                     {false, domain::PlaceRole::kViewer, "E99999999"}, cli_)
                   .ok());
  auto expiring = accounts_.CreateInvitation("dan@example.org", partner_a, cli_);
  ASSERT_TRUE(expiring.ok());
  now_ += std::int64_t{7} * 24 * 3600;
  EXPECT_FALSE(accounts_.AcceptInvitation(*expiring, "Dan", "dan's password 1").ok());
}

TEST_F(AccountServiceTest, ApiTokensAreScopedRevocableAndNeverExceedTheOwner) {
  const UserId viewer = Add("viv@example.org", {false, domain::PlaceRole::kViewer, kPlaceA});
  const Actor actor{viewer, "viv@example.org"};
  EXPECT_EQ(
      accounts_
          .CreateApiToken(viewer, "t", {false, domain::PlaceRole::kCoordinator, kPlaceA}, actor)
          .error()
          .code(),
      ErrorCode::kPermissionDenied);
  EXPECT_EQ(
      accounts_.CreateApiToken(viewer, "t", {false, domain::PlaceRole::kViewer, kPlaceB}, actor)
          .error()
          .code(),
      ErrorCode::kPermissionDenied);
  EXPECT_EQ(accounts_.CreateApiToken(viewer, "t", {true, std::nullopt, ""}, actor).error().code(),
            ErrorCode::kPermissionDenied);
  auto token = accounts_.CreateApiToken(viewer, "dashboard",
                                        {false, domain::PlaceRole::kViewer, kPlaceA}, actor);
  ASSERT_TRUE(token.ok()) << token.error().ToString();
  auto identity = accounts_.AuthenticateApiToken(*token);
  ASSERT_TRUE(identity.ok());
  ASSERT_TRUE(identity->token_scope.has_value());
  EXPECT_EQ(identity->token_scope->place_code, kPlaceA);
  auto tokens = store_->ListApiTokens(viewer);
  ASSERT_TRUE(tokens.ok());
  ASSERT_EQ(tokens->size(), 1U);
  EXPECT_EQ(tokens->front().token_hash, HashToken(*token));
  // Another person cannot revoke it; its owner can.
  const UserId other = Add("oscar@example.org");
  EXPECT_EQ(accounts_.RevokeApiToken(tokens->front().id, other, {other, "oscar"}).error().code(),
            ErrorCode::kNotFound);
  ASSERT_TRUE(accounts_.RevokeApiToken(tokens->front().id, viewer, actor).ok());
  EXPECT_FALSE(accounts_.AuthenticateApiToken(*token).ok());
  EXPECT_FALSE(accounts_.AuthenticateApiToken("lct_made-up").ok());
}

TEST_F(AccountServiceTest, SqlMetacharactersAreStoredVerbatim) {
  const std::string name = "Robert'); DROP TABLE users;-- \"%_\\";
  auto id = accounts_.AddUser("o'brien+test@example.org", name, kPassword, {}, cli_);
  ASSERT_TRUE(id.ok()) << id.error().ToString();
  auto user = store_->GetUser(*id);
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->display_name, name);
  EXPECT_EQ(user->email, "o'brien+test@example.org");
  auto users = store_->ListUsers();
  ASSERT_TRUE(users.ok());
  EXPECT_EQ(users->size(), 1U);
  EXPECT_TRUE(accounts_.SignIn("o'brien+test@example.org", kPassword, "a").ok());
}

TEST_F(AccountServiceTest, ChangesLeaveAuditEntriesWithoutSecrets) {
  const UserId ann = Add("ann@example.org", {false, domain::PlaceRole::kCoordinator, kPlaceA});
  ASSERT_TRUE(accounts_
                  .CreateInvitation("bob@example.org", {false, domain::PlaceRole::kViewer, kPlaceA},
                                    {ann, "ann@example.org"})
                  .ok());
  const auto entries = Audit();
  ASSERT_GE(entries.size(), 3U);
  EXPECT_EQ(entries[0].action, "invitation.create");  // newest first
  EXPECT_EQ(entries[0].actor, "ann@example.org");
  EXPECT_EQ(entries[0].actor_user_id, ann.value);
  EXPECT_EQ(entries[0].place_code, kPlaceA);
  bool created = false;
  for (const auto& e : entries) {
    EXPECT_EQ(e.after_json.find("argon2"), std::string::npos);
    EXPECT_FALSE(e.at.empty());
    if (e.action == "user.create") {
      created = true;
      EXPECT_EQ(e.actor, "cli");
      EXPECT_TRUE(e.before_json.empty());
      EXPECT_NE(e.after_json.find("ann@example.org"), std::string::npos);
    }
  }
  EXPECT_TRUE(created);
  auto for_b = store_->ListAudit({std::string(kPlaceB), 10});
  ASSERT_TRUE(for_b.ok());
  EXPECT_TRUE(for_b->empty());
}

TEST(AccountRules, EmailsAndPasswords) {
  EXPECT_EQ(*NormaliseEmail("  Ann@Example.ORG "), "ann@example.org");
  EXPECT_FALSE(NormaliseEmail("no-at-sign").ok());
  EXPECT_FALSE(NormaliseEmail("a@b@c").ok());
  EXPECT_FALSE(NormaliseEmail("<script>@x.org").ok());
  EXPECT_FALSE(CheckPasswordRules("123456789").ok());
  EXPECT_TRUE(CheckPasswordRules("1234567890").ok());
}

}  // namespace
}  // namespace lct::services
