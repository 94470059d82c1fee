// The network definition kept with the network (issue 13): checked whole, stored with an audit
// entry, and refused when a stored place would no longer fit.
#include "services/network_definition_service.hpp"

#include <gtest/gtest.h>

#include "store/store.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::services {
namespace {

const Actor kActor{std::nullopt, "test"};

constexpr const char* kCities = R"(name: Cities of a country
description: Synthetic, for tests.
language: fr
number_format: "1 234,5"
levels:
  - {key: country, name: Country}
  - {key: city, name: City}
compare_within: [country]
)";

TEST(NetworkDefinitionService, NothingIsStoredAtFirst) {
  auto store = testing::EmptyStore();
  auto definition = GetNetworkDefinition(*store);
  ASSERT_TRUE(definition.ok());
  EXPECT_FALSE(definition->has_value());
  auto required = RequireNetworkDefinition(*store);
  ASSERT_FALSE(required.ok());
  EXPECT_NE(required.error().message().find("lct network set"), std::string::npos);
}

TEST(NetworkDefinitionService, StoresTheTextNamesTheNetworkAndAudits) {
  auto store = testing::EmptyStore();
  const NetworkDefinitionSet set = SetNetworkDefinition(*store, kCities, "cities.yaml", kActor);
  ASSERT_TRUE(set.errors.empty()) << set.errors.front().ToString();
  EXPECT_TRUE(set.changed);
  auto text = GetNetworkDefinitionText(*store);
  ASSERT_TRUE(text.ok() && text->has_value());
  EXPECT_EQ(**text, kCities);
  auto definition = RequireNetworkDefinition(*store);
  ASSERT_TRUE(definition.ok());
  EXPECT_EQ(definition->name, "Cities of a country");
  EXPECT_EQ(definition->number_format.decimal_mark, ',');
  ASSERT_EQ(definition->geography.levels.size(), 2U);
  auto networks = store->ListNetworks();
  ASSERT_TRUE(networks.ok());
  ASSERT_EQ(networks->size(), 1U);
  EXPECT_EQ(networks->front().name, "Cities of a country");
  auto audit = store->ListAudit({});
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->size(), 1U);
  EXPECT_EQ(audit->front().action, "network.set");
  EXPECT_EQ(audit->front().entity_id, "network");

  const auto version = store->DataVersion();
  const NetworkDefinitionSet again = SetNetworkDefinition(*store, kCities, "cities.yaml", kActor);
  EXPECT_TRUE(again.errors.empty());
  EXPECT_FALSE(again.changed);
  EXPECT_EQ(*store->DataVersion(), *version);
}

TEST(NetworkDefinitionService, ABadFileIsRefusedWithItsLineAndFieldAndNothingStored) {
  auto store = testing::EmptyStore();
  const NetworkDefinitionSet set = SetNetworkDefinition(
      *store, "name: Bad\nlevels:\n  - {key: City, name: City}\n", "bad.yaml", kActor);
  ASSERT_FALSE(set.errors.empty());
  EXPECT_EQ(set.errors.front().location().file, "bad.yaml");
  EXPECT_EQ(set.errors.front().location().line, 3);
  EXPECT_EQ(set.errors.front().location().field, "levels[0].key");
  auto text = GetNetworkDefinitionText(*store);
  ASSERT_TRUE(text.ok());
  EXPECT_FALSE(text->has_value());
  EXPECT_TRUE(store->ListNetworks()->empty());
}

TEST(NetworkDefinitionService, ALevelStoredPlacesUseCannotBeTakenAway) {
  auto store = testing::EmptyStore();
  ASSERT_TRUE(SetNetworkDefinition(*store, kCities, "cities.yaml", kActor).errors.empty());
  ASSERT_TRUE(store
                  ->Write([](store::StoreWriter& w) -> Status {
                    domain::Place city;
                    city.code = "FR-75";
                    city.name = "Paris";
                    city.level = "city";
                    auto id = w.UpsertPlace(city);
                    return id.ok() ? Ok() : Status(id.error());
                  })
                  .ok());
  const NetworkDefinitionSet set = SetNetworkDefinition(
      *store, "name: Towns\nlevels:\n  - {key: town, name: Town}\n", "towns.yaml", kActor);
  ASSERT_EQ(set.errors.size(), 1U);
  EXPECT_NE(set.errors.front().message().find("'FR-75'"), std::string::npos);
  EXPECT_NE(set.errors.front().message().find("unknown level 'city'"), std::string::npos);
  EXPECT_EQ(**GetNetworkDefinitionText(*store), kCities);
}

}  // namespace
}  // namespace lct::services
