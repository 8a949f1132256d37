#include "data/load_checklist.hpp"

#include <doctest/doctest.h>

#include "data/bundled_data.hpp"
#include "data/load_catalog.hpp"

using namespace cpcost;

namespace {

const std::string kChecklist = R"(title = "A checklist"
source = "Guide"
as_of = 2025-11-21
[[items]]
name = "Accreditation"
detail = "Check it."
[[items]]
name = "Communication"
detail = "Ask."
)";

std::vector<std::string> messages(const std::string& text) {
  Problems problems;
  read_checklist({"checklist.toml", text}, problems);
  std::vector<std::string> result;
  for (const auto& problem : problems) {
    result.push_back(problem.where.path + ":" + std::to_string(problem.where.line) + ":" +
                     std::to_string(problem.where.column) + ": " + problem.message);
  }
  return result;
}

}  // namespace

TEST_CASE("checklist: title, source and items in order") {
  Problems problems;
  const Checklist checklist = read_checklist({"checklist.toml", kChecklist}, problems);
  CHECK(problems.empty());
  CHECK(checklist.title == "A checklist");
  CHECK(checklist.provenance.source == "Guide");
  CHECK(checklist.provenance.as_of == "2025-11-21");
  REQUIRE(checklist.items.size() == 2);
  CHECK(checklist.items[0].name == "Accreditation");
  CHECK(checklist.items[1].detail == "Ask.");
}

TEST_CASE("checklist: broken files, each with its message and place") {
  CHECK(messages("title = \"x\"\n") == std::vector<std::string>{"checklist.toml:1:1: missing key 'source'",
                                                              "checklist.toml:1:1: missing key 'as_of'",
                                                              "checklist.toml:1:1: missing key 'items'"});
  std::string text = kChecklist;
  text.replace(text.find("detail = \"Ask.\"\n"), 16, "");
  CHECK(messages(text) == std::vector<std::string>{"checklist.toml:7:1: items[1]: missing key 'detail'"});
  CHECK(messages("title = \"x\"\nsource = \"s\"\nas_of = 2025-01-01\nitems = []\n") ==
        std::vector<std::string>{"checklist.toml:4:9: items: must list at least one item"});
  CHECK(messages("title = \"x\"\nsource = \"s\"\nas_of = 2025-01-01\nitems = [1]\n") ==
        std::vector<std::string>{"checklist.toml:4:10: items[0]: expected a table, found an integer"});
  CHECK(messages("title = ") .size() == 1);
}

TEST_CASE("checklist: the bundled one is the seed guide's eight items") {
  const Catalog catalog = load_catalog(bundled_data_files());
  std::vector<std::string> names;
  for (const auto& item : catalog.checklist.items) names.push_back(item.name);
  CHECK(names == std::vector<std::string>{"Accreditation and licensing", "Physician qualifications and experience",
                                          "Transparency in protocols", "Scientific basis",
                                          "Patient testimonials and reviews", "Pricing and inclusions",
                                          "Ethical standards", "Communication"});
  CHECK(catalog.checklist.provenance.as_of == "2025-11-21");
}

TEST_CASE("checklist: a broken checklist stops the catalog from loading") {
  DataFiles files = bundled_data_files();
  files.checklist = DataFile{"checklist.toml", "title = 3\n"};
  CHECK_THROWS_WITH_AS(load_catalog(files), "checklist.toml:1:9: title: expected a string, found an integer", Error);
}
