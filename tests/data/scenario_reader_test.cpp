#include "data/scenario_reader.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include "core/test_catalog.hpp"

using namespace cpcost;

namespace {

// The scenarios of a batch file's text, or the first error's message.
struct Result {
  std::string key_column;
  std::vector<Scenario> scenarios;
  std::vector<std::string> errors;
};

Result read(const std::string& text, QuerySweep defaults = {}, bool keep_going = false) {
  const Catalog catalog = testing::test_catalog();
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fds[1]);
  Result result;
  try {
    CsvReader csv(fds[0], "b.csv");
    ScenarioReader reader(csv, "b.csv", std::move(defaults), catalog);
    result.key_column = reader.key_column();
    Scenario scenario;
    while (true) {
      try {
        if (!reader.next(scenario)) break;
        result.scenarios.push_back(scenario);
      } catch (const BadRow& error) {
        result.errors.push_back(error.what());
        if (!keep_going) break;
      }
    }
  } catch (const Error& error) {
    result.errors.push_back(error.what());
  }
  close(fds[0]);
  return result;
}

}  // namespace

TEST_CASE("scenarios: every column, any order, any case") {
  const Result result = read("Nights,FROM,companions,cycles,infusions,country,id\n7,europe,2,3,4,TL,fam-1\n");
  CHECK(result.errors.empty());
  CHECK(result.key_column == "id");
  REQUIRE(result.scenarios.size() == 1);
  const Scenario& s = result.scenarios[0];
  CHECK(s.input_row == 1);
  CHECK(s.key == "fam-1");
  const Query q = s.sweep.at(0);
  CHECK(q.country == "testland");
  CHECK(q.infusions == 4);
  CHECK(q.cycles == 3);
  CHECK(q.companions == 2);
  CHECK(q.origin == "europe");
  CHECK(q.nights == 7);
}

TEST_CASE("scenarios: missing columns and empty cells take the defaults") {
  QuerySweep defaults;
  defaults.companions = {0};
  const Result result = read("country,infusions,name\ntestland,,one\nborderland,3,two\n", defaults);
  REQUIRE(result.scenarios.size() == 2);
  CHECK(result.key_column == "name");
  CHECK_FALSE(result.scenarios[0].sweep.at(0).infusions.has_value());
  CHECK(result.scenarios[0].sweep.at(0).companions == 0);
  CHECK(result.scenarios[1].sweep.at(0).infusions == 3);
  CHECK(result.scenarios[1].sweep.at(0).cycles == 1);
}

TEST_CASE("scenarios: the country from --country when the file has none") {
  QuerySweep defaults;
  defaults.countries = {"testland"};
  const Result result = read("infusions\n2\n", defaults);
  REQUIRE(result.scenarios.size() == 1);
  CHECK(result.scenarios[0].sweep.at(0).country == "testland");
}

TEST_CASE("scenarios: cells may sweep, and all countries") {
  const Result result = read("country,infusions\nall,1..2\n");
  REQUIRE(result.scenarios.size() == 1);
  CHECK(result.scenarios[0].sweep.size() == 4);
  CHECK(result.scenarios[0].sweep.countries == std::vector<std::string>{"borderland", "testland"});
}

TEST_CASE("scenarios: a bad header") {
  CHECK(read("country,colour\n").errors == std::vector<std::string>{
            "b.csv: header: column colour: unknown column; the columns are id or name, country, infusions, cycles, "
            "companions, from, nights"});
  CHECK(read("country,country\n").errors == std::vector<std::string>{"b.csv: header: column country: appears twice"});
  CHECK(read("id,name,country\n").errors == std::vector<std::string>{"b.csv: header: column name: only one of id and name"});
  CHECK(read("infusions\n2\n").errors ==
        std::vector<std::string>{"b.csv: header: no country column, and no --country for its default"});
  CHECK(read("").errors == std::vector<std::string>{"b.csv: header: the file is empty (no header row)"});
}

TEST_CASE("scenarios: a bad row names its row, column and the line where it starts") {
  CHECK(read("country,infusions\ntestland,1\ntestland,0\n").errors ==
        std::vector<std::string>{"b.csv:2: column infusions: must be 1 to 50, not 0"});
  CHECK(read("country,from\ntestland,mars\n").errors ==
        std::vector<std::string>{"b.csv:1: column from: 'mars' is not one of north-america, europe, asia, "
                                 "middle-east, latin-america (or all)"});
  CHECK(read("country\ntestlnd\n").errors ==
        std::vector<std::string>{"b.csv:1: column country: unknown country 'testlnd'; did you mean 'testland'? "
                                 "Known countries: 'borderland', 'testland'"});
  CHECK(read("id,country\n\"a\nb\",testland\nx,\n").errors ==
        std::vector<std::string>{"b.csv:2: column country: empty, and no --country for its default (line 4)"});
  CHECK(read("country,cycles\ntestland\n").errors ==
        std::vector<std::string>{"b.csv:1: has 1 fields; the header has 2"});
}

TEST_CASE("scenarios: a message quotes at most 100 characters of a cell or header") {
  const std::string name(5000, 'z');
  const std::string cut = std::string(100, 'z') + "...";
  CHECK(read("country," + name + "\n").errors ==
        std::vector<std::string>{"b.csv: header: column " + cut +
                                 ": unknown column; the columns are id or name, country, infusions, cycles, "
                                 "companions, from, nights"});
  CHECK(read("country\n" + name + "\n").errors ==
        std::vector<std::string>{"b.csv:1: column country: unknown country '" + cut +
                                 "'. Known countries: 'borderland', 'testland'"});
  CHECK(read("country,infusions\ntestland," + name + "\n").errors ==
        std::vector<std::string>{"b.csv:1: column infusions: '" + cut + "' is not a whole number (expected 1 to 50)"});
  // A list of a thousand unknown names: the first is named.
  std::string names = "testland";
  for (int i = 0; i < 1000; ++i) names += ",bogus" + std::to_string(i);
  CHECK(read("country\n\"" + names + "\"\n").errors ==
        std::vector<std::string>{"b.csv:1: column country: unknown country 'bogus0'. Known countries: 'borderland', "
                                 "'testland'"});
}

TEST_CASE("scenarios: after a bad row, the next ones are read") {
  const Result result = read("country,infusions\ntestland,x\ntestland,2\nnowhere,1\nborderland,1\n", {}, true);
  CHECK(result.errors.size() == 2);
  REQUIRE(result.scenarios.size() == 2);
  CHECK(result.scenarios[0].input_row == 2);
  CHECK(result.scenarios[1].input_row == 4);
}

TEST_CASE("scenarios: a row's empty cells take the defaults, whatever the row before it set") {
  // One scenario reused from row to row, as a batch does: each row sets its own
  // columns; an empty cell, or a bad row before, leaves nothing of the last.
  QuerySweep defaults;
  defaults.countries = {"borderland"};
  defaults.infusions = {2};
  defaults.currency = "EUR";  // not a column: kept on every row
  const Result result = read("country,infusions,from,nights\n"
                             "testland,5,europe,9\n"
                             ",,,\n"
                             "tl,1..3,asia,x\n"
                             "testland,,EUROPE,\n",
                             defaults, true);
  REQUIRE(result.scenarios.size() == 3);
  REQUIRE(result.errors.size() == 1);  // the third row: nights x
  const Query first = result.scenarios[0].sweep.at(0);
  CHECK(first.country == "testland");
  CHECK(first.infusions == 5);
  CHECK(first.origin == "europe");
  CHECK(first.nights == 9);
  const Query second = result.scenarios[1].sweep.at(0);
  CHECK(second.country == "borderland");
  CHECK(second.infusions == 2);
  CHECK_FALSE(second.origin.has_value());
  CHECK_FALSE(second.nights.has_value());
  const QuerySweep& third = result.scenarios[2].sweep;  // after the bad row, which set infusions and from
  CHECK(third.size() == 1);
  CHECK(third.at(0).infusions == 2);
  CHECK(third.at(0).origin == "europe");
  for (const Scenario& scenario : result.scenarios) CHECK(scenario.sweep.currency == "EUR");
}

TEST_CASE("scenarios: a fresh scenario for each row takes the defaults whole, wherever it lives") {
  // A new Scenario each time, as a loop body would make one (often at the same address):
  // each gets the run's defaults, not a field of QuerySweep's own.
  const Catalog catalog = testing::test_catalog();
  const std::string text = "country,infusions\ntestland,5\ntestland,\n";
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fds[1]);
  QuerySweep defaults;
  defaults.currency = "EUR";
  defaults.infusions = {2};
  CsvReader csv(fds[0], "b.csv");
  ScenarioReader reader(csv, "b.csv", defaults, catalog);
  std::vector<std::optional<int>> infusions;
  for (int row = 0; row < 2; ++row) {
    Scenario scenario;
    REQUIRE(reader.next(scenario));
    CHECK(scenario.sweep.currency == "EUR");
    infusions.push_back(scenario.sweep.at(0).infusions);
  }
  close(fds[0]);
  CHECK(infusions == std::vector<std::optional<int>>{5, 2});
}

TEST_CASE("scenarios: spaces around a value are no part of it, inside quotes too") {
  const Result result = read("country,infusions,companions,from\n\" TL \",\" 4\",\t2 , Europe\n");
  REQUIRE(result.errors.empty());
  REQUIRE(result.scenarios.size() == 1);
  const Query q = result.scenarios[0].sweep.at(0);
  CHECK(q.country == "testland");
  CHECK(q.infusions == 4);
  CHECK(q.companions == 2);
  CHECK(q.origin == "europe");
}
