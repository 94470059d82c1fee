// The cryptography of accounts, over libsodium: random tokens, token hashes and password
// hashes. Thread-safe. Every function initialises libsodium on first use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace lct::services {

// A fresh random token of `bytes` bytes (256 bits by default) from the operating system's
// CSPRNG, as unpadded base64url text (43 characters for 32 bytes): safe in URLs and cookies.
[[nodiscard]] std::string RandomToken(std::size_t bytes = 32);

// The SHA-256 of `token` as 64 lower-case hex digits. Sessions, API tokens and one-time
// tokens are stored only as this hash, so a copy of the database does not let anyone in.
[[nodiscard]] std::string HashToken(std::string_view token);

// Compares two strings in time that depends only on their lengths (for secrets).
[[nodiscard]] bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Argon2id cost (libsodium crypto_pwhash). The default is libsodium's "interactive"
// level raised to 3 passes over 64 MiB (opslimit 3, memlimit 64 MiB): about 0.1-0.2 s per
// sign-in on the 2-core development machine, which, with throttling, makes guessing slow.
// Tests use Fast() (the library minimum: 1 pass, 8 KiB) so that they run quickly; the
// hash records its own parameters, so a hash made with one cost verifies under any other.
struct PasswordCost {
  unsigned long long opslimit = 3;
  std::size_t memlimit = std::size_t{64} * 1024 * 1024;

  [[nodiscard]] static PasswordCost Fast();
};

// The argon2id hash of `password` in libsodium's self-describing string form
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), with a fresh random salt. Errors:
// kInternal when the memory cannot be had.
[[nodiscard]] Result<std::string> HashPassword(std::string_view password, PasswordCost cost);

// True when `password` matches `hash`; false for a wrong password or a malformed hash.
[[nodiscard]] bool VerifyPassword(std::string_view password, std::string_view hash);

}  // namespace lct::services
