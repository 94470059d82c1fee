#include "cli/cli_support.hpp"

#include <cstdio>
#include <filesystem>

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

}  // namespace lct::cli
