// The currencies file, the config file, and dates that are not yet.

#include <doctest/doctest.h>

#include "data/load_catalog.hpp"
#include "data/load_config.hpp"
#include "data/load_currencies.hpp"
#include "data/read_data_dir.hpp"

using namespace cpcost;

namespace {

std::vector<std::string> messages(const Problems& problems) {
  std::vector<std::string> result;
  for (const auto& p : problems) {
    result.push_back(std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + ": " + p.message);
  }
  return result;
}

}  // namespace

TEST_CASE("currencies file: rates and their provenance") {
  Problems problems;
  const Currencies currencies = read_currencies(
      {"c.toml", "[rates.EUR]\nper_usd = \"0.868\"\nsource = \"ECB\"\nas_of = 2025-11-21\n"}, problems);
  CHECK(problems.empty());
  REQUIRE(currencies.find("EUR") != nullptr);
  CHECK(currencies.find("EUR")->per_usd_micros == 868'000);
  CHECK(currencies.find("EUR")->provenance.source == "ECB");
  CHECK(currencies.find("USD") != nullptr);
}

TEST_CASE("currencies file: every problem, in place") {
  Problems problems;
  read_currencies({"c.toml", "[rates.EUR]\nper_usd = 0.868\nsource = \"s\"\nas_of = 2025-01-01\n"
                             "[rates.usd]\nper_usd = \"1\"\nsource = \"s\"\nas_of = 2025-01-01\n"
                             "[rates.USD]\nper_usd = \"1\"\nsource = \"s\"\nas_of = 2025-01-01\n"
                             "[rates.GBP]\nper_usd = \"0.76\"\n"},
                  problems);
  CHECK(messages(problems) == std::vector<std::string>{
                                  "2:11: rates.EUR.per_usd: expected a positive decimal string with at most 6 decimals, "
                                  "such as \"0.9234\"",
                                  "13:1: rates.GBP: missing key 'source' (a figure gives source and as_of, or basis = "
                                  "\"assumption\" and reason)",
                                  "13:1: rates.GBP: missing key 'as_of'",
                                  "9:1: rates.USD: US dollars are the base: every rate is per US dollar",
                                  "5:1: rates.usd: a currency is three capital letters (ISO 4217), as EUR"});
}

TEST_CASE("config file: each setting, and where it is set") {
  Problems problems;
  const Config config = read_config({"/home/x/.config/cpcost/config.toml",
                                     "from = \"Europe\"\ncompanions = 2\ncurrency = \"eur\"\nformat = \"json\"\n"
                                     "data = \"mydata\"\ncontingency = 15\nfx_fee = \"2.5\"\n"},
                                    problems);
  CHECK(problems.empty());
  auto value = [&](OptionId id) { return config.find(id) ? config.find(id)->value : "(not set)"; };
  CHECK(value(OptionId::from) == "Europe");  // as written: resolving it is the settings' work
  CHECK(config.find(OptionId::from)->where.line == 1);
  CHECK(config.find(OptionId::from)->where.column == 8);
  CHECK(value(OptionId::companions) == "2");
  CHECK(value(OptionId::currency) == "eur");
  CHECK(value(OptionId::format) == "json");
  CHECK(value(OptionId::data) == "/home/x/.config/cpcost/mydata");  // next to the config file
  CHECK(value(OptionId::contingency) == "15");
  CHECK(value(OptionId::fx_fee) == "2.5");
  CHECK(config.find(OptionId::fx_fee)->where.line == 7);
  CHECK(value(OptionId::infusions) == "(not set)");
}

TEST_CASE("config file: every problem, in place") {
  Problems problems;
  read_config({"config.toml", "from = \"mars\"\ncompanions = 11\ncurrency = \"euro\"\nformat = \"xml\"\n"
                              "contingency = 150\nfx_fee = 2.5\ncolour = \"blue\"\n"},
              problems);
  CHECK(messages(problems) ==
        std::vector<std::string>{"1:8: from: 'mars' is not one of north-america, europe, asia, middle-east, latin-america",
                                 "2:14: companions: must be 0 to 10, not 11",
                                 "3:12: currency: 'euro' is not a currency code (three letters, as EUR)",
                                 "4:10: format: 'xml' is not one of table, json, jsonl, csv, markdown, html",
                                 "5:15: contingency: '150' is not a percentage from 0 to 100 with at most two decimals (for example 15 or 2.5)",
                                 "6:10: fx_fee: expected a string or a whole number, found a float",
                                 "7:1: unknown key 'colour'; a config file sets companions, from, currency, contingency, "
                                 "fx_fee, max_rows, format, data"});
}

TEST_CASE("dates in the future are refused when today is known") {
  DataFiles files = read_data_dir(CPCOST_FIXTURES "/data");
  files.currencies.reset();
  CHECK(check_catalog(files, nullptr, Date{2026, 11, 25}).empty());
  // The fixture's newest date is 2025-08-12 (its advisory).
  const auto problems = check_catalog(files, nullptr, Date{2025, 8, 11});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "advisories[0].as_of: '2025-08-12' is in the future");
  CHECK(problems[0].where.line == 111);
  CHECK(problems[0].where.column == 9);
  // A month or a year counts from its first day: "2026" is not future on 2026-01-01.
  std::string& text = files.destinations[0].text;
  text.replace(text.find("as_of = \"2024\""), 14, "as_of = \"2026\"");
  CHECK(check_catalog(files, nullptr, Date{2026, 1, 1}).empty());
  REQUIRE(check_catalog(files, nullptr, Date{2025, 12, 31}).size() == 1);
  CHECK(check_catalog(files, nullptr, Date{2025, 12, 31})[0].message == "accommodation.as_of: '2026' is in the future");
}
