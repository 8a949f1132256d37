#include "data/bundled_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/estimate.hpp"
#include "data/bundled_catalog.hpp"
#include "data/catalog_source.hpp"
#include "data/load_catalog.hpp"

using namespace cpcost;

TEST_CASE("bundled data: every file of data/destinations is compiled in and loads cleanly") {
  const auto files = bundled_data_files();
  std::vector<std::string> paths;
  for (const auto& file : files.destinations) paths.push_back(file.path);
  REQUIRE(files.checklist.has_value());
  CHECK(files.checklist->path == "data/checklist.toml");
  CHECK(paths == std::vector<std::string>{"data/destinations/georgia.toml", "data/destinations/india.toml",
                                          "data/destinations/mexico.toml", "data/destinations/panama.toml",
                                          "data/destinations/thailand.toml", "data/destinations/ukraine.toml",
                                          "data/destinations/united-states.toml",
                                          "data/destinations/western-europe.toml"});
  const auto problems = check_catalog(files);
  for (const auto& problem : problems) {
    FAIL_CHECK(problem.where.path << ":" << problem.where.line << ":" << problem.where.column << ": " << problem.message);
  }
}

TEST_CASE("bundled data: the seed guide's cost table, reproduced exactly") {
  const Catalog catalog = load_catalog(bundled_data_files());
  struct Row {
    const char* id;
    std::int64_t low;
    std::int64_t high;
    bool open;
  };
  // ../shared/seed: "Estimated Cost Range (USD) per treatment cycle".
  for (const Row& row : {Row{"united-states", 25000, 100000, true}, Row{"western-europe", 25000, 100000, true},
                         Row{"mexico", 10000, 30000, false}, Row{"panama", 15000, 40000, false},
                         Row{"india", 8000, 25000, false}, Row{"thailand", 12000, 35000, false},
                         Row{"ukraine", 7000, 20000, false}, Row{"georgia", 7000, 20000, false}}) {
    CAPTURE(row.id);
    const Destination& d = find_destination(catalog, row.id);
    CHECK(d.figure("treatment").range == MoneyRange{Money::from_units(row.low), Money::from_units(row.high), row.open});
    CHECK(d.figure("treatment").provenance.source.find("PlacidWay") != std::string::npos);
    CHECK(d.figure("treatment").provenance.as_of == "2025-11-21");
  }
}

TEST_CASE("bundled data: the seed guide's key considerations, word for word") {
  const Catalog catalog = load_catalog(bundled_data_files());
  const std::string west = "Often higher cost, but strict regulations and advanced research. Many treatments still "
                           "experimental or in clinical trials.";
  const std::string east = "Among the most affordable, with established stem cell clinics, especially for umbilical "
                           "cord blood.";
  const std::vector<std::pair<std::string, std::string>> expected{
      {"united-states", west},
      {"western-europe", west},
      {"mexico", "Popular medical tourism destination. Good quality facilities, often using umbilical cord "
                 "tissue-derived MSCs."},
      {"panama", "Known for advanced stem cell research and well-regulated clinics."},
      {"india", "Cost-effective, with growing expertise in regenerative medicine."},
      {"thailand", "Emerging medical tourism hub with modern facilities and English-speaking staff."},
      {"ukraine", east},
      {"georgia", east},
  };
  for (const auto& [id, text] : expected) {
    CAPTURE(id);
    CHECK(find_destination(catalog, id).key_considerations == text);
  }
}

TEST_CASE("bundled data: every destination has a name, aliases and cities") {
  const Catalog catalog = load_catalog(bundled_data_files());
  CHECK(catalog.destinations.size() == 8);
  for (const auto& d : catalog.destinations) {
    CAPTURE(d.id);
    CHECK_FALSE(d.name.empty());
    CHECK_FALSE(d.aliases.empty());
    CHECK_FALSE(d.cities.empty());
  }
  CHECK(find_destination(catalog, "usa").id == "united-states");
  CHECK(find_destination(catalog, "US").id == "united-states");
}

TEST_CASE("bundled data: Ukraine is reached through Poland and carries its Level 4 advisory") {
  const Catalog catalog = load_catalog(bundled_data_files());
  const Destination& ukraine = find_destination(catalog, "ukraine");
  CHECK(ukraine.words("flights").find("Poland") != std::string::npos);
  CHECK(ukraine.item("overland") != nullptr);
  REQUIRE_FALSE(ukraine.advisories.empty());
  CHECK(ukraine.advisories[0].level.find("Level 4") != std::string::npos);
  CHECK(ukraine.advisories[0].provenance.as_of == "2024-11-15");
}

TEST_CASE("bundled data: India's entry rule admits two attendants, as its summary says, and the binary knows it") {
  for (const Catalog& catalog : {load_catalog(bundled_data_files()), bundled_catalog()}) {
    const Destination& india = find_destination(catalog, "india");
    const auto rule = std::find_if(india.entry_rules.begin(), india.entry_rules.end(),
                                   [](const EntryRule& r) { return r.max_companions.has_value(); });
    REQUIRE(rule != india.entry_rules.end());
    CHECK(*rule->max_companions == 2);
    CHECK(rule->summary.find("at most two accompanying relatives") != std::string::npos);
  }
}

TEST_CASE("bundled catalog: the one compiled in is the one the TOML loads to") {
  CHECK(bundled_catalog() == load_catalog(bundled_data_files()));
}

TEST_CASE("catalog source: string literals keep every byte") {
  CHECK(cpp_string_literal("plain") == "\"plain\"");
  CHECK(cpp_string_literal("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  CHECK(cpp_string_literal("a\nb") == "\"a\\012b\"");
  CHECK(cpp_string_literal("Rzesz\u00f3w") == "\"Rzesz\\303\\263w\"");
  CHECK(cpp_string_literal("?\?=") == "\"\\077\\077=\"");
}
