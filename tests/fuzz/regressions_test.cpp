// Inputs the fuzzers found (tests/fuzz/regressions/<target>/), replayed on every
// test run through the same code as their fuzz target, so that a fix stays fixed.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/bundled_catalog.hpp"
#include "data/load_catalog.hpp"
#include "data/load_config.hpp"
#include "data/load_quote.hpp"

using namespace cpcost;
namespace fs = std::filesystem;

namespace {

std::vector<DataFile> inputs(const std::string& target) {
  std::vector<DataFile> files;
  for (const auto& entry : fs::directory_iterator(CPCOST_FIXTURES "/../fuzz/regressions/" + target)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({entry.path().filename().string(), text.str()});
  }
  return files;
}

}  // namespace

TEST_CASE("fuzz regressions: destination files") {
  const auto files = inputs("destination");
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    CAPTURE(file.path);
    DataFiles data;
    data.destinations.push_back(file);
    Catalog catalog;
    const auto problems = check_catalog(data, &catalog, Date{2026, 11, 25});
    CHECK_FALSE(problems.empty());  // each of these has a problem to report
    CHECK_THROWS_AS(load_catalog(data), Error);  // and load_catalog reports it
  }
}

TEST_CASE("an alias repeated within one file is reported where it repeats") {
  const auto files = inputs("destination");
  const auto found = std::find_if(files.begin(), files.end(), [](const DataFile& f) {
    return f.path == "duplicate-alias-in-one-file.toml";
  });
  REQUIRE(found != files.end());
  DataFiles data;
  data.destinations.push_back({"x.toml", found->text});
  CHECK_THROWS_WITH_AS(load_catalog(data), "x.toml:3:45: aliases[2]: 'west europe' already names destination "
                                           "'western-europe' (this file)", Error);
}

TEST_CASE("40,000 levels of dotted keys, which overflowed the stack inside toml++, are refused before it") {
  const auto files = inputs("destination");
  int deep = 0;
  for (const auto& file : files) {
    if (!file.path.starts_with("deep-")) continue;
    CAPTURE(file.path);
    ++deep;
    DataFiles data;
    data.destinations.push_back(file);
    const auto problems = check_catalog(data, nullptr, Date{2026, 11, 25});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.line == 1);
    CHECK(problems[0].message == "nested too deep (more than 64 levels)");
    // The quote and config targets start from these too.
    Problems quote, config;
    read_quote(file, bundled_catalog(), quote);
    read_config(file, config);
    REQUIRE(quote.size() == 1);
    REQUIRE(config.size() == 1);
    CHECK(quote[0].message == problems[0].message);
    CHECK(config[0].message == problems[0].message);
  }
  CHECK(deep == 2);
}
