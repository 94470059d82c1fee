// `lct round open|invite|close|results|export`: the command-line twin of the self-assessment
// pages (issue 4). Thin commands over services/assessment_service.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/assessment_export.hpp"
#include "services/assessment_service.hpp"
#include "services/database.hpp"
#include "web/assessment_json.hpp"

namespace lct::cli {
namespace {

struct OpenArgs {
  services::OpenRoundRequest request;
  std::string strands;  // "a,b"
  bool named = false;
  std::string depth = "strategic";
  std::string db = kDefaultDb;
};
struct InviteArgs {
  std::string round;
  services::InviteRequest request;
  std::string db = kDefaultDb;
  std::string base_url;  // empty: print the link's path only
};
struct RoundArgs {
  std::string round;
  std::string format = "text";
  std::string db = kDefaultDb;
};

std::vector<std::string> SplitCommas(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find(',', start);
    const auto stop = end == std::string::npos ? text.size() : end;
    if (stop > start) out.push_back(text.substr(start, stop - start));
    start = stop + 1;
  }
  return out;
}

const services::Actor kCli{std::nullopt, "cli"};

int RunOpen(OpenArgs args) {
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  services::FrameworkCache& cache = (*facade)->frameworks();
  args.request.strands = SplitCommas(args.strands);
  args.request.visibility =
      args.named ? domain::AnswerVisibility::kNamed : domain::AnswerVisibility::kAnonymous;
  args.request.depth = *domain::RoundDepthFromKey(args.depth);  // checked by the option
  auto round =
      services::OpenRound((*facade)->store(), cache, args.request, services::TodayUtc(), kCli);
  if (!round) return Fail(round.error());
  std::string strands;
  for (const auto& s : round->strands) strands += (strands.empty() ? "" : ", ") + s;
  std::printf("Opened round %lld for %s on %s version %d (strands: %s; %s depth).\n",
              static_cast<long long>(round->id.value), round->place_code.c_str(),
              round->framework.c_str(), round->framework_version, strands.c_str(),
              domain::RoundDepthKey(round->depth));
  return 0;
}

int RunInvite(InviteArgs args) {
  auto id = services::ParseRoundId(args.round);
  if (!id) return Fail(id.error());
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  args.request.round = *id;
  auto invitation =
      services::InviteRespondent((*facade)->store(), args.request, services::TodayUtc(), kCli);
  if (!invitation) return Fail(invitation.error());
  std::printf("Respondent %d: %s%s\n", invitation->respondent.number, args.base_url.c_str(),
              invitation->path.c_str());
  std::fprintf(stderr,
               "This personal link is shown only once: send it to %s. Anyone with it can "
               "answer as this respondent until the round closes.\n",
               invitation->respondent.name.c_str());
  return 0;
}

int RunClose(const RoundArgs& args) {
  auto id = services::ParseRoundId(args.round);
  if (!id) return Fail(id.error());
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  if (auto closed = services::CloseRound((*facade)->store(), "", *id, kCli); !closed) {
    return Fail(closed.error());
  }
  std::printf("Round %lld is closed.\n", static_cast<long long>(id->value));
  return 0;
}

// The round compared with, named as on the results page.
void PrintComparison(const domain::RoundResults& res) {
  if (!res.comparison) {
    std::printf("Compared with: no earlier closed round shares a strand with this one.\n");
    return;
  }
  const auto& c = *res.comparison;
  constexpr std::size_t kDate = 10;
  const std::string note =
      c.previous_illustrative ? std::string(" ") + services::kIllustrativeLabel + "." : "";
  std::printf("Compared with round %lld (opened %s, closed %s), %s.%s\n",
              static_cast<long long>(c.previous.value),
              c.previous_opened_at.substr(0, kDate).c_str(), c.previous_closed_on.c_str(),
              c.fixed ? "fixed when this round closed" : "until this round closes", note.c_str());
  if (c.criteria_withheld) {
    std::printf(
        "Criterion gains and losses are not listed: a round has fewer than %d "
        "submitted respondents.\n",
        res.min_group_size);
  } else {
    std::printf("%zu criteria gained, %zu lost.\n", c.gains.size(), c.losses.size());
  }
}

void PrintText(const domain::RoundReport& report) {
  const auto& r = report.round;
  const auto& res = report.results;
  if (r.illustrative) std::printf("%s\n", services::kIllustrativeLabel);
  std::printf("Round %lld: %s (%s), %s version %d, %s. %d of %d respondents submitted.\n",
              static_cast<long long>(r.id.value), r.place_name.c_str(), r.place_code.c_str(),
              r.framework.c_str(), r.framework_version, report.open ? "open" : "closed",
              res.submitted, res.invited);
  for (const auto& s : res.strands) {
    std::printf("%s: ", s.title.c_str());
    if (res.stages) {
      std::printf("level %d attained", s.level_attained);
    } else {
      std::printf("areas");
    }
    std::printf("; agreement: %s", s.agreement.c_str());
    if (s.alpha.outcome == analysis::AgreementOutcome::kOk) {
      std::printf(" (alpha %.3f)", s.alpha.alpha);
    }
    std::printf("\n");
    for (const auto& l : s.levels) {
      std::printf("  %d %s: %d of %d criteria established (%.0f%%)%s\n", l.number, l.title.c_str(),
                  l.established, l.criteria, l.share * 100, l.met ? ", met" : "");
    }
  }
  std::printf("Overall agreement: %s", res.overall_agreement.c_str());
  if (res.overall_alpha.outcome == analysis::AgreementOutcome::kOk) {
    std::printf(" (alpha %.3f)", res.overall_alpha.alpha);
  }
  std::printf("\n");
  if (res.distribution_withheld) {
    std::printf("%s\n", domain::WithheldReason(res.min_group_size).c_str());
  }
  PrintComparison(res);
}

int RunResults(const RoundArgs& args) {
  if (args.format != "text" && args.format != "json") {
    return Fail(InvalidArgument("--format must be text or json"));
  }
  auto id = services::ParseRoundId(args.round);
  if (!id) return Fail(id.error());
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  services::FrameworkCache& cache = (*facade)->frameworks();
  auto report = services::GetRoundReport((*facade)->store(), cache, "", *id, services::TodayUtc());
  if (!report) return Fail(report.error());
  if (args.format == "json") {
    std::printf("%s\n", web::RoundResultsJson(*report).c_str());
  } else {
    PrintText(*report);
  }
  return 0;
}

int RunExport(const RoundArgs& args) {
  if (args.format != "csv" && args.format != "json") {
    return Fail(InvalidArgument("--format must be csv or json"));
  }
  auto id = services::ParseRoundId(args.round);
  if (!id) return Fail(id.error());
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  services::FrameworkCache& cache = (*facade)->frameworks();
  auto report = services::GetRoundReport((*facade)->store(), cache, "", *id, services::TodayUtc());
  if (!report) return Fail(report.error());
  const std::string text =
      args.format == "csv" ? services::RoundCsv(*report) : web::RoundExportJson(*report) + "\n";
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (services::AnswersWithheld(*report)) {
    std::fprintf(stderr, "No answers exported. %s\n",
                 domain::WithheldReason(report->results.min_group_size).c_str());
  }
  return 0;
}

CLI::App* AddRoundOnly(CLI::App& parent, const char* name, const char* help,
                       const std::shared_ptr<RoundArgs>& args) {
  auto* cmd = parent.add_subcommand(name, help);
  cmd->add_option("ROUND", args->round, "Round number")->required();
  cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  return cmd;
}

}  // namespace

void AddRoundCommands(CLI::App& app, int& exit_code) {
  auto* round = app.add_subcommand("round", "Self-assessment rounds: open, invite, close, results");
  round->require_subcommand(1);

  auto open = std::make_shared<OpenArgs>();
  auto* open_cmd = round->add_subcommand("open", "Open a self-assessment round for a place");
  open_cmd->add_option("--place", open->request.place_code, "Place code")->required();
  open_cmd->add_option("--framework", open->request.framework, "Framework id")->required();
  open_cmd->add_option("--version", open->request.version, "Framework version (default: highest)");
  open_cmd->add_option("--strands", open->strands, "Strand ids, comma-separated (default: all)");
  open_cmd->add_option("--closes", open->request.closes_on, "Last day of answers, YYYY-MM-DD");
  open_cmd->add_flag("--named", open->named,
                     "Results may show who gave which answer (default: anonymous)");
  open_cmd
      ->add_option("--depth", open->depth,
                   "strategic (the partnership; every criterion) or operational (a field project; "
                   "the criteria with an operational wording)")
      ->check(CLI::IsMember({"strategic", "operational"}))
      ->capture_default_str();
  open_cmd->add_option("--db", open->db, "SQLite database file")->capture_default_str();
  open_cmd->callback([open, &exit_code] { exit_code = RunOpen(*open); });

  auto invite = std::make_shared<InviteArgs>();
  auto* invite_cmd =
      round->add_subcommand("invite", "Invite a respondent; prints their personal link path");
  invite_cmd->add_option("ROUND", invite->round, "Round number")->required();
  invite_cmd->add_option("--name", invite->request.name, "Respondent's name")->required();
  invite_cmd->add_option("--organisation", invite->request.organisation, "Organisation");
  invite_cmd->add_option("--sector", invite->request.sector, "Sector")->required();
  invite_cmd->add_option("--role", invite->request.role, "Role");
  invite_cmd
      ->add_option("--base-url", invite->base_url,
                   "The site's address, to print the whole link (default: the path only)")
      ->check(BaseUrlValidator());
  invite_cmd->add_option("--db", invite->db, "SQLite database file")->capture_default_str();
  invite_cmd->callback([invite, &exit_code] { exit_code = RunInvite(*invite); });

  auto close = std::make_shared<RoundArgs>();
  AddRoundOnly(*round, "close", "Close a round by hand (it becomes read-only)", close)
      ->callback([close, &exit_code] { exit_code = RunClose(*close); });

  auto results = std::make_shared<RoundArgs>();
  auto* results_cmd = AddRoundOnly(*round, "results", "Print a round's results", results);
  results_cmd->add_option("--format", results->format, "text or json")->capture_default_str();
  results_cmd->callback([results, &exit_code] { exit_code = RunResults(*results); });

  auto exported = std::make_shared<RoundArgs>();
  exported->format = "csv";
  auto* export_cmd =
      AddRoundOnly(*round, "export", "Write a round's answers (anonymous unless named)", exported);
  export_cmd->add_option("--format", exported->format, "csv or json")->capture_default_str();
  export_cmd->callback([exported, &exit_code] { exit_code = RunExport(*exported); });
}

}  // namespace lct::cli
