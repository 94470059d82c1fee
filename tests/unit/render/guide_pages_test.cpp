// render/guide_pages and guide_text: the guide's pages show the content with every value
// escaped, link crosswalks to their target's pages, and the text renderings carry the same
// content. Hostile text comes from a synthetic framework (test data).
#include "render/guide_pages.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "domain/framework_lookup.hpp"
#include "io/framework_yaml.hpp"
#include "render/guide_text.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::render {
namespace {

struct Shipped {
  domain::Framework unesco;
  domain::Framework toolkit;
  std::vector<const domain::Framework*> all;
};

const Shipped& Frameworks() {
  static const Shipped kShipped = [] {
    Shipped s;
    s.unesco =
        io::ParseFrameworkYaml(testing::BundledText("unesco-key-features.yaml"), "u").value();
    s.toolkit = io::ParseFrameworkYaml(testing::BundledText("toolkit.yaml"), "t").value();
    return s;
  }();
  return kShipped;
}

std::vector<const domain::Framework*> All() {
  return {&Frameworks().toolkit, &Frameworks().unesco};
}

domain::Framework Hostile() {
  domain::Framework f;
  f.id = "evil";
  f.version = 1;
  f.title = "<script>alert('t')</script>";
  f.attribution = "A & B";
  domain::Level level;
  level.number = 1;
  level.id = "l1";
  level.title = "<b>Level</b>";
  level.description = "\"quoted\" <img src=x onerror=alert(1)>";
  domain::Criterion criterion;
  criterion.id = "c-1";
  criterion.statement = "<i>statement</i> *stars* _under_";
  criterion.evidence = "<evidence>";
  criterion.rating_guide = {{1, "<u>one</u>", {}}, {2, "<u>two</u>", {}}, {3, "<u>three</u>", {}}};
  level.criteria = {criterion};
  level.examples = {{"<em>Town</em>",
                     "<em>what</em>",
                     "",
                     {domain::ExampleKind::kIllustrative, "<em>author</em>"},
                     {}}};
  f.strands = {{"s", "Strand <x>", "", "", {level}, {}}};
  f.evidence_guide = {"<em>intro</em>",
                      {{"k-1", "<em>Kind</em>", "", {}, {}, {}, {}}},
                      "<em>recent</em>",
                      "<em>checker</em>",
                      {}};
  f.moderation = {"m-1", "<em>Moderate</em>", "<em>friend</em>", {"<em>step</em>"}, {}, {}, {}};
  return f;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(GuidePages, TheIndexShowsTheGridOfTheDefaultFramework) {
  auto page = GuideIndexPage(All());
  ASSERT_TRUE(page.ok()) << page.error().ToString();
  EXPECT_NE(page->find("<table class=\"data guide-grid\">"), std::string::npos);
  EXPECT_EQ(Count(*page, "<td><a href=\"/guide/toolkit/"), 9U);
  EXPECT_NE(page->find("href=\"/guide/toolkit/participation/shared-understanding\""),
            std::string::npos);
  EXPECT_NE(page->find("href=\"/guide/unesco-key-features\""), std::string::npos);
  EXPECT_NE(page->find("href=\"/guide/start\""), std::string::npos);
  EXPECT_NE(page->find("aria-current=\"page\">Guide</a>"), std::string::npos);
  auto empty = GuideIndexPage({});
  ASSERT_TRUE(empty.ok());
  EXPECT_NE(empty->find("No framework is loaded"), std::string::npos);
}

TEST(GuidePages, ALevelPageLinksItsCrosswalkToTheTargetFramework) {
  const auto& t = Frameworks().toolkit;
  const auto* strand = domain::FindStrand(t, "partnership");
  auto page = GuideLevelPage(t, *strand, strand->levels[0], All());
  ASSERT_TRUE(page.ok()) << page.error().ToString();
  EXPECT_NE(page->find("<h1>Partnership: Getting organised</h1>"), std::string::npos);
  EXPECT_NE(page->find("<li id=\"partnership-1.4\">"), std::string::npos);
  EXPECT_NE(page->find("<a href=\"/guide/unesco-key-features/conditions/3.2\">3.2 Governance and "
                       "participation of all stakeholders</a>"),
            std::string::npos);
  EXPECT_NE(page->find("<dt>Operational variant</dt>"), std::string::npos);
  EXPECT_NE(page->find("Helps meet: <a href=\"/guide/toolkit/partnership/getting-organised#"
                       "partnership-1.1\">partnership-1.1</a>"),
            std::string::npos);
  EXPECT_NE(page->find("<h2 id=\"h-examples\">"), std::string::npos);
  EXPECT_NE(page->find("Source: Pathfinder Project Report (Learning City Network, 1999)"),
            std::string::npos);
  EXPECT_EQ(page->find("Practice, Progress and Value"), std::string::npos);
  EXPECT_EQ(page->find("No recorded example"), std::string::npos);
  // The crosswalk's other end lists the criteria that serve the area.
  const auto& u = Frameworks().unesco;
  const auto* level = domain::FindLevel(u, "conditions", "3.2");
  ASSERT_NE(level, nullptr);
  auto area = GuideLevelPage(u, *domain::FindStrand(u, "conditions"), *level, All());
  ASSERT_TRUE(area.ok());
  EXPECT_NE(area->find("#partnership-1.4\">partnership-1.4</a>"), std::string::npos);
  // Without the target loaded, the items are shown unlinked.
  const std::vector<const domain::Framework*> alone{&t};
  auto unlinked = GuideLevelPage(t, *strand, strand->levels[0], alone);
  ASSERT_TRUE(unlinked.ok());
  EXPECT_EQ(unlinked->find("/guide/unesco-key-features/"), std::string::npos);
  EXPECT_NE(unlinked->find("unesco-key-features: 3.2, G2"), std::string::npos);
}

TEST(GuidePages, StartAndSectionsPagesShowTheOptionalSections) {
  const auto& t = Frameworks().toolkit;
  auto start = GuideStartPage(t);
  ASSERT_TRUE(start.ok()) << start.error().ToString();
  for (const char* part :
       {"<h2 id=\"h-first-steps\">First steps</h2>", "<li id=\"step-terms\">", "Roles people play",
        "<li id=\"role-honest-broker\">", "<h2 id=\"h-agendas\">Common agendas</h2>"}) {
    EXPECT_NE(start->find(part), std::string::npos) << part;
  }
  auto sections = GuideSectionsPage(t);
  ASSERT_TRUE(sections.ok()) << sections.error().ToString();
  for (const char* part :
       {"<section id=\"benchmarking\"", "<li id=\"bench-3-comparable\">",
        "Then go back to <a href=\"#bench-2-partner\">step 2: Pick a comparator",
        "<section id=\"value_chain\"", "The plan covers 3 years.", "<section id=\"exercises\"",
        "<section id=\"review_calendar\"", "<li id=\"feedback-momentum\">",
        "<a href=\"/guide/toolkit/sections#review_calendar\">Review calendar</a>"}) {
    EXPECT_NE(sections->find(part), std::string::npos) << part;
  }
}

TEST(GuidePages, EveryValueIsEscaped) {
  const domain::Framework f = Hostile();
  const std::vector<const domain::Framework*> all{&f};
  std::vector<std::string> pages = {
      GuideIndexPage(all).value(), GuideFrameworkPage(f, all).value(),
      GuideLevelPage(f, f.strands[0], f.strands[0].levels[0], all).value(),
      GuideStartPage(f).value(), GuideSectionsPage(f).value()};
  for (const std::string& page : pages) {
    EXPECT_EQ(page.find("<script>"), std::string::npos);
    EXPECT_EQ(page.find("<img"), std::string::npos);
    EXPECT_EQ(page.find("<i>statement"), std::string::npos);
    EXPECT_EQ(page.find("<b>Level"), std::string::npos);
    EXPECT_EQ(page.find("<u>"), std::string::npos);
    EXPECT_EQ(page.find("<em>"), std::string::npos);
  }
  EXPECT_NE(pages[2].find("&lt;u&gt;three&lt;/u&gt;"), std::string::npos);
  EXPECT_NE(pages[2].find("&lt;em&gt;checker&lt;/em&gt;"), std::string::npos);
  EXPECT_NE(pages[4].find("&lt;em&gt;step&lt;/em&gt;"), std::string::npos);
  EXPECT_NE(pages[2].find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(pages[0].find("&lt;script&gt;alert(&apos;t&apos;)&lt;/script&gt;"), std::string::npos);
}

// Issue 18: what 1, 2 and 3 look like beside every criterion, the evidence guide and the
// moderation exercise on every level page, and examples labelled by kind.
TEST(GuidePages, ALevelPageShowsTheRatingGuidance) {
  const auto& t = Frameworks().toolkit;
  const auto* strand = domain::FindStrand(t, "performance");
  auto page = GuideLevelPage(t, *strand, strand->levels[1], All());
  ASSERT_TRUE(page.ok()) << page.error().ToString();
  const std::string& html = *page;
  // One rating guide per criterion in use, each with its three points.
  EXPECT_EQ(Count(html, "<dt>What each rating looks like</dt>"), 7U);
  EXPECT_EQ(Count(html, "<div><dt>3 Established</dt><dd>"), 7U);
  EXPECT_NE(html.find("<div><dt>1 Emerging</dt><dd>"), std::string::npos);
  for (const char* part :
       {"<section id=\"evidence_guide\"", "<h3>Kinds of evidence</h3>", "<h3>How recent</h3>",
        "<h3>Who checks</h3>", "<section id=\"moderation-critical-friend\"", "critical friend",
        "<a href=\"#evidence_guide\">Rating with evidence</a>"}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
  // No recorded example here: the page says so, and the scenario is labelled as invented.
  EXPECT_NE(html.find("<strong>No recorded example.</strong>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"example-kind\">Illustrative scenario</span>"),
            std::string::npos);
  EXPECT_NE(html.find("Written by: Written for this guide by the Learning City Toolkit project"),
            std::string::npos);
  EXPECT_EQ(html.find("Source: "), std::string::npos);
  // Retired criteria are not asked.
  EXPECT_EQ(html.find("id=\"performance-2.6\""), std::string::npos);
  EXPECT_NE(html.find("id=\"performance-2.8\""), std::string::npos);
}

// Issue 18: wherever results are reported by UNESCO area, each area's coverage shows, and thin
// areas are marked.
TEST(GuidePages, CrosswalkCoverageShowsOnBothFrameworksAndOnEachArea) {
  const auto& t = Frameworks().toolkit;
  const auto& u = Frameworks().unesco;
  auto target = GuideFrameworkPage(u, All());
  ASSERT_TRUE(target.ok()) << target.error().ToString();
  EXPECT_NE(target->find("<h2 id=\"h-coverage\">Crosswalk coverage</h2>"), std::string::npos);
  EXPECT_EQ(Count(*target, "<tr><th scope=\"row\"><a href=\"/guide/unesco-key-features/"), 18U);
  EXPECT_NE(target->find("<a href=\"/guide/unesco-key-features/building-blocks/2.4\">2.4 "
                         "Extended use of modern learning technologies</a></th><td>Major building "
                         "blocks of a learning city</td><td class=\"num\">2</td><td><strong "
                         "class=\"warning\">Thin</strong>"),
            std::string::npos)
      << *target;
  auto source = GuideFrameworkPage(t, All());
  ASSERT_TRUE(source.ok());
  EXPECT_NE(source->find("Criteria of the Learning City Toolkit for each area of the "
                         "Learning-city criteria on the UNESCO Key Features structure: 3 thin"),
            std::string::npos);
  // The index page keeps to the grid.
  EXPECT_EQ(GuideIndexPage(All())->find("h-coverage"), std::string::npos);
  // An area's own page says how many toolkit criteria point at it, and warns when few do.
  const auto* blocks = domain::FindStrand(u, "building-blocks");
  auto thin = GuideLevelPage(u, *blocks, *domain::FindLevel(*blocks, "2.4"), All());
  ASSERT_TRUE(thin.ok());
  EXPECT_NE(thin->find("<strong class=\"warning\">Thin coverage:</strong> 2 of its criteria "
                       "point here, fewer than 3"),
            std::string::npos);
  const auto* conditions = domain::FindStrand(u, "conditions");
  auto covered = GuideLevelPage(u, *conditions, *domain::FindLevel(*conditions, "3.2"), All());
  ASSERT_TRUE(covered.ok());
  EXPECT_NE(covered->find("<p class=\"coverage-count\">14 of its criteria point here.</p>"),
            std::string::npos);
}

TEST(GuideText, ShowsRatingGuidesAndExampleKinds) {
  const std::string text =
      GuideText(Frameworks().toolkit, All(), {GuideTextFormat::kMarkdown, "performance", "3"});
  EXPECT_NE(text.find("Rated 3 (Established): "), std::string::npos);
  EXPECT_NE(text.find("No recorded example"), std::string::npos);
  EXPECT_NE(text.find("**Illustrative scenario: "), std::string::npos);
  const std::string all = GuideText(Frameworks().toolkit, All(), {});
  EXPECT_NE(all.find("Rating with evidence"), std::string::npos);
  EXPECT_NE(all.find("critical friend"), std::string::npos);
}

TEST(GuidePages, TheSearchPageEchoesTheQueryEscapedAndMarksMatches) {
  const auto hits = domain::SearchGuide(All(), "honest broker");
  auto page = GuideSearchPage("honest broker", hits);
  ASSERT_TRUE(page.ok()) << page.error().ToString();
  EXPECT_NE(page->find("value=\"honest broker\""), std::string::npos);
  EXPECT_NE(page->find("<mark>honest</mark> <mark>broker</mark>"), std::string::npos);
  EXPECT_NE(page->find("href=\"/guide/toolkit/partnership/getting-organised#partnership-1.4\""),
            std::string::npos);
  auto hostile = GuideSearchPage("\"><script>x</script>", {});
  ASSERT_TRUE(hostile.ok());
  EXPECT_EQ(hostile->find("<script>x"), std::string::npos);
  EXPECT_NE(hostile->find("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), std::string::npos);
  EXPECT_NE(hostile->find("0 results"), std::string::npos);
  auto form = GuideSearchPage("", {});
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->find("id=\"h-results\""), std::string::npos);
  EXPECT_NE(form->find("<label for=\"q\">"), std::string::npos);
}

TEST(GuideText, MarkdownEscapesTextAndPlainTextWraps) {
  const domain::Framework f = Hostile();
  const std::vector<const domain::Framework*> all{&f};
  const std::string md = GuideText(f, all, {GuideTextFormat::kMarkdown, "s", ""});
  EXPECT_NE(md.find("# Strand \\<x\\> – Level 1: \\<b\\>Level\\</b\\>"), std::string::npos) << md;
  EXPECT_NE(md.find("1. **c-1** \\<i\\>statement\\</i\\> \\*stars\\* \\_under\\_"),
            std::string::npos)
      << md;
  const std::string text = GuideText(Frameworks().toolkit, All(), {});
  std::size_t longest = 0;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos;
       start = end + 1, end = text.find('\n', start)) {
    const std::string line = text.substr(start, end - start);
    const auto columns = std::count_if(line.begin(), line.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;  // UTF-8 lead bytes
    });
    longest = std::max(longest, static_cast<std::size_t>(columns));
  }
  EXPECT_LE(longest, 80U);
}

}  // namespace
}  // namespace lct::render
