// The learning-conditions index's model kept with the network (issue 12).
#include "services/index_model_service.hpp"

#include <gtest/gtest.h>

#include "domain/indicator.hpp"
#include "store/store.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::services {
namespace {

const Actor kActor{std::nullopt, "test"};

// A store whose catalogue has the two indicators the small models below use.
std::unique_ptr<store::Store> CatalogueStore() {
  auto store = testing::EmptyStore();
  const Status written = store->Write([](store::StoreWriter& w) -> Status {
    for (const char* code : {"adults-learning", "broadband"}) {
      domain::Indicator indicator;
      indicator.code = code;
      indicator.name = code;
      if (auto id = w.UpsertIndicator(indicator); !id) return id.error();
    }
    return Ok();
  });
  EXPECT_TRUE(written.ok()) << written.error().ToString();
  return store;
}

constexpr const char* kSmallModel = R"(name: Small index
target: top
tree:
  - {code: top, level: 3}
  - {code: learning, name: Learning, level: 2, parent: top}
  - {code: adults-learning, level: 1, parent: learning}
  - {code: broadband, level: 1, parent: learning}
steps:
  normalise: {method: minmax}
  aggregate: {method: arithmetic}
)";

TEST(IndexModelService, TheBundledModelIsUsedUntilOneIsStored) {
  auto store = CatalogueStore();
  const auto model = GetIndexModel(*store);
  ASSERT_TRUE(model.ok());
  EXPECT_TRUE(model->bundled);
  EXPECT_EQ(model->text, BundledIndexModel());
  EXPECT_NE(model->text.find("target: learning_conditions"), std::string::npos);
}

TEST(IndexModelService, AStoredModelIsUsedAndAuditedAndResetRestoresTheBundledOne) {
  auto store = CatalogueStore();
  ASSERT_TRUE(SetIndexModel(*store, kSmallModel, "small.yaml", kActor).ok());
  auto model = GetIndexModel(*store);
  ASSERT_TRUE(model.ok());
  EXPECT_FALSE(model->bundled);
  EXPECT_EQ(model->text, kSmallModel);
  auto audit = store->ListAudit({});
  ASSERT_TRUE(audit.ok());
  ASSERT_FALSE(audit->empty());
  EXPECT_EQ(audit->front().action, "index_model.set");
  ASSERT_TRUE(ResetIndexModel(*store, kActor).ok());
  model = GetIndexModel(*store);
  ASSERT_TRUE(model.ok());
  EXPECT_TRUE(model->bundled);
}

TEST(IndexModelService, ARefusedModelNamesTheProblemAndStoresNothing) {
  auto store = CatalogueStore();
  const auto expect_refused = [&](const std::string& text, const std::string& message) {
    const Status saved = SetIndexModel(*store, text, "m.yaml", kActor);
    ASSERT_FALSE(saved.ok()) << text;
    EXPECT_EQ(saved.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(saved.error().ToString().find(message), std::string::npos)
        << saved.error().ToString();
    auto model = GetIndexModel(*store);
    ASSERT_TRUE(model.ok());
    EXPECT_TRUE(model->bundled);
  };
  expect_refused("name: x\nsteps:\n  aggregate: {method: arithmetic}\n",
                 "m.yaml: tree: the model must give its tree");
  std::string unknown = kSmallModel;
  unknown.replace(unknown.find("code: broadband"), 15, "code: broadbant");
  expect_refused(unknown, "'broadbant' is not an indicator of the network's catalogue");
  std::string two_tops = kSmallModel;
  two_tops.insert(two_tops.find("  - {code: learning"), "  - {code: other, level: 3}\n");
  expect_refused(two_tops, "the tree must have one top node, found 2");
  expect_refused(std::string(kSmallModel) + "bogus: 1\n", "m.yaml:11");
  std::string wrong_target = kSmallModel;
  wrong_target.replace(wrong_target.find("target: top"), 11, "target: learning");
  expect_refused(wrong_target, "the target must be the tree's top node 'top'");
}

}  // namespace
}  // namespace lct::services
