#include "cli/cli_support.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/command_set.hpp"
#include "services/services.hpp"
#include "web/site.hpp"

namespace lct::cli {

int Fail(const Error& error) {
  std::fprintf(stderr, "lct: %s\n", error.ToString().c_str());
  return kFailure;
}

Result<std::unique_ptr<services::Services>> OpenExisting(const std::string& db) {
  if (!std::filesystem::exists(db)) {
    return Error(ErrorCode::kNotFound,
                 "no database at " + db + ": create it with `lct init --db " + db + "`");
  }
  return services::OpenServices({db, 1});
}

CLI::Validator BaseUrlValidator() {
  return {[](std::string& value) -> std::string {
            auto normalised = web::NormaliseBaseUrl(value);
            if (!normalised) return normalised.error().message();
            value = *normalised;
            return {};
          },
          "URL"};
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kUnavailable, "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool ReportProblems(const std::vector<Error>& errors, const std::string& file) {
  for (const Error& error : errors) std::fprintf(stderr, "%s\n", error.ToString().c_str());
  if (errors.empty()) return false;
  std::fprintf(stderr, "%s: %zu problem%s found\n", file.c_str(), errors.size(),
               errors.size() == 1 ? "" : "s");
  return true;
}

}  // namespace lct::cli
