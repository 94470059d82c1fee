#include "services/auth_crypto.hpp"

#include <gtest/gtest.h>

#include <set>

namespace lct::services {
namespace {

TEST(RandomToken, Is256BitsOfUrlSafeTextAndNeverRepeats) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string token = RandomToken();
    EXPECT_EQ(token.size(), 43U);
    EXPECT_EQ(
        token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 100U);
}

TEST(HashToken, IsSha256Hex) {
  // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
  EXPECT_EQ(HashToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_NE(HashToken("abd"), HashToken("abc"));
}

TEST(ConstantTimeEquals, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("secret", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secreT"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secret2"));
  EXPECT_FALSE(ConstantTimeEquals("", "x"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
}

TEST(PasswordHash, Argon2idVerifiesOnlyTheRightPassword) {
  auto hash = HashPassword("correct horse battery", PasswordCost::Fast());
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword("correct horse battery", *hash));
  EXPECT_FALSE(VerifyPassword("correct horse batterY", *hash));
  EXPECT_FALSE(VerifyPassword("", *hash));
  // A fresh salt each time.
  auto again = HashPassword("correct horse battery", PasswordCost::Fast());
  ASSERT_TRUE(again.ok());
  EXPECT_NE(*hash, *again);
  EXPECT_FALSE(VerifyPassword("anything", ""));
  EXPECT_FALSE(VerifyPassword("anything", "$2y$10$not-argon"));
}

TEST(PasswordHash, RecordsItsCostSoAnyHashVerifies) {
  const PasswordCost documented;  // the production default
  EXPECT_EQ(documented.opslimit, 3U);
  EXPECT_EQ(documented.memlimit, std::size_t{64} * 1024 * 1024);
  auto hash = HashPassword("pw-0123456789", PasswordCost{2, std::size_t{1} << 20});
  ASSERT_TRUE(hash.ok());
  EXPECT_NE(hash->find("m=1024,t=2"), std::string::npos) << *hash;
  EXPECT_TRUE(VerifyPassword("pw-0123456789", *hash));
}

}  // namespace
}  // namespace lct::services
