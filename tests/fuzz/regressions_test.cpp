// Inputs the fuzzers found (tests/fuzz/regressions/<target>/), replayed on every
// test run through the same code as their fuzz target, so that a fix stays fixed.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/load_catalog.hpp"

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
