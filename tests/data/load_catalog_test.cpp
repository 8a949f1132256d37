#include "data/load_catalog.hpp"

#include <algorithm>
#include <cmath>

#include "core/estimate.hpp"
#include "data/table_reader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace cpcost;

namespace {

// A valid destination. The line numbers in the expected messages below count
// from its first line ("id = ..." is line 1).
const std::string kValid = R"(id = "valid"
name = "Valid"
aliases = ["va"]
cities = ["Valid City"]
key_considerations = "Fine."
[cycle_price]
low = 10000
high = 30000
source = "Seed"
as_of = 2025-11-21
[infusions]
included = 1
basis = "assumption"
reason = "one"
[extra_infusion]
amount = "2500.50"
basis = "assumption"
reason = "half"
source = "FTC case"
as_of = "2018-10"
[stay]
nights_per_cycle = 4
extra_nights_per_extra_infusion = 1
basis = "assumption"
reason = "short"
[accommodation]
low = 60
high = 150
source = "Hotels"
as_of = "2024"
[room]
travelers = 2
basis = "assumption"
reason = "double"
[daily_costs]
low = 40
high = 100
source = "Costs"
as_of = 2024-01-01
[flights]
arrival = "Gateway"
[flights.north-america]
low = 300
high = 750
source = "Fares"
as_of = 2025-01-01
[flights.europe]
amount = 900
source = "Fares"
as_of = 2025-01-01
[flights.asia]
amount = 1200
source = "Fares"
as_of = 2025-01-01
[flights.middle-east]
amount = 1000
source = "Fares"
as_of = 2025-01-01
[flights.latin-america]
amount = 800
source = "Fares"
as_of = 2025-01-01
[visa.north-america]
amount = 0
source = "Visas"
as_of = 2025-01-01
[visa.europe]
amount = 0
source = "Visas"
as_of = 2025-01-01
[visa.asia]
amount = "25.75"
source = "Visas"
as_of = 2025-01-01
[visa.middle-east]
amount = 0
source = "Visas"
as_of = 2025-01-01
[visa.latin-america]
amount = 0
source = "Visas"
as_of = 2025-01-01
[tests]
amount = 0
basis = "assumption"
reason = "In the protocol's price"
[transfers]
amount = 0
basis = "assumption"
reason = "The hotel collects its guests"
[insurance]
amount = 0
basis = "assumption"
reason = "Not priced in this file"
)";

DataFiles destinations(std::vector<DataFile> files) {
  DataFiles data;
  data.destinations = std::move(files);
  return data;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks: " << from);
  return text.replace(at, from.size(), to);
}

// The first problem's message, as a user sees it.
std::string first_problem(const std::string& text, const std::string& path = "valid.toml") {
  try {
    load_catalog(destinations({{path, text}}));
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::data);
    return error.what();
  }
  return "(loaded without error)";
}

}  // namespace

TEST_CASE("load_catalog: a valid file gives every figure") {
  const Catalog catalog = load_catalog(destinations({{"valid.toml", kValid}}));
  REQUIRE(catalog.destinations.size() == 1);
  const Destination& d = catalog.destinations[0];
  CHECK(d.id == "valid");
  CHECK(d.name == "Valid");
  CHECK(d.name_in_text.empty());  // optional
  CHECK(d.aliases == std::vector<std::string>{"va"});
  CHECK(d.cities == std::vector<std::string>{"Valid City"});
  CHECK(d.key_considerations == "Fine.");
  CHECK(d.source_path == "valid.toml");
  CHECK(d.figure("treatment").range == MoneyRange{Money::from_units(10000), Money::from_units(30000), false});
  CHECK(d.figure("treatment").provenance == Provenance{"Seed", "2025-11-21", false, ""});
  CHECK(d.infusions_included.value == 1);
  CHECK(d.infusions_included.provenance == Provenance{"", "", true, "one"});
  CHECK(d.figure("extra_infusions").range == MoneyRange::exactly(Money::from_cents(250050)));
  CHECK(d.figure("extra_infusions").provenance == Provenance{"FTC case", "2018-10", true, "half"});
  CHECK(d.stay.nights_per_cycle == 4);
  CHECK(d.stay.extra_nights_per_extra_infusion == 1);
  CHECK(d.figure("accommodation").range.high == Money::from_units(150));
  CHECK(d.figure("accommodation").provenance.as_of == "2024");
  CHECK(d.travelers_per_room.value == 2);
  CHECK(d.figure("local_costs").range.low == Money::from_units(40));
  CHECK(d.words("flights") == "Gateway");
  CHECK(d.item("flights")->by_origin.size() == 5);
  CHECK(d.item("flights")->by_origin.at("europe").range == MoneyRange::exactly(Money::from_units(900)));
  CHECK(d.item("visa")->by_origin.at("asia").range == MoneyRange::exactly(Money::from_cents(2575)));
  CHECK(d.item("overland") == nullptr);
  // The items in the item table's order, whatever the file's.
  std::vector<std::string_view> ids;
  for (const auto& figures : d.items) ids.push_back(figures.item->id);
  CHECK(ids == std::vector<std::string_view>{"treatment", "follow_ups", "extra_infusions", "tests", "flights",
                                             "transfers", "accommodation", "local_costs", "visa", "insurance"});
  CHECK(d.item("follow_ups")->derived);  // left out: the FTC ratio gives it
  CHECK_FALSE(d.item("extra_infusions")->derived);
  CHECK(d.advisories.empty());
  CHECK(d.entry_rules.empty());
}

TEST_CASE("load_catalog: optional overland leg, advisories, entry rules and an open high") {
  const std::string text = replaced(kValid, "high = 30000\n", "high = 100000\nhigh_open = true\n") + R"(
[overland]
description = "Train to Capital, round trip"
low = 60
high = 200
source = "Rail"
as_of = 2017-01-17
[[advisories]]
issuer = "State"
level = "Level 4: Do not travel"
summary = "War."
source = "Advisory page"
as_of = 2023-05-22
[[entry_rules]]
summary = "No flights."
source = "Embassy"
as_of = 2025-06-05
)";
  const Catalog catalog = load_catalog(destinations({{"valid.toml", text}}));
  const Destination& d = catalog.destinations.at(0);
  CHECK(d.figure("treatment").range.high_open);
  REQUIRE(d.item("overland") != nullptr);
  CHECK(d.words("overland") == "Train to Capital, round trip");
  CHECK(d.figure("overland").range.low == Money::from_units(60));
  REQUIRE(d.advisories.size() == 1);
  CHECK(d.advisories[0].issuer == "State");
  CHECK(d.advisories[0].level == "Level 4: Do not travel");
  CHECK(d.advisories[0].provenance == Provenance{"Advisory page", "2023-05-22", false, ""});
  REQUIRE(d.entry_rules.size() == 1);
  CHECK(d.entry_rules[0].summary == "No flights.");
  CHECK(d.entry_rules[0].origins.empty());  // everyone
}

TEST_CASE("load_catalog: an entry rule may concern the travelers of some origins only") {
  const std::string rule = "\n[[entry_rules]]\norigins = [\"asia\", \"middle-east\"]\nsummary = \"Visa.\"\nsource = \"Embassy\"\n"
                           "as_of = 2025-06-05\n";
  const Catalog catalog = load_catalog(destinations({{"valid.toml", kValid + rule}}));
  const EntryRule& loaded = catalog.destinations[0].entry_rules.at(0);
  CHECK(loaded.origins == std::vector<std::string>{"asia", "middle-east"});
  CHECK(loaded.applies_to("asia"));
  CHECK_FALSE(loaded.applies_to("europe"));
  CHECK(first_problem(kValid + replaced(rule, "\"middle-east\"", "\"oceania\"")) ==
        "valid.toml:97:11: entry_rules[0].origins: unknown origin 'oceania'; known origins: north-america, europe, asia, "
        "middle-east, latin-america");
}

TEST_CASE("load_catalog: an entry rule may say how many companions it admits") {
  const std::string rule = "\n[[entry_rules]]\nsummary = \"At most two attendants.\"\nmax_companions = 2\nsource = \"Embassy\"\n"
                           "as_of = 2025-06-05\n";
  const Catalog catalog = load_catalog(destinations({{"valid.toml", kValid + rule}}));
  CHECK(catalog.destinations[0].entry_rules.at(0).max_companions == 2);
  const Catalog without = load_catalog(destinations({{"valid.toml", kValid + replaced(rule, "max_companions = 2\n", "")}}));
  CHECK_FALSE(without.destinations[0].entry_rules.at(0).max_companions.has_value());
  CHECK(first_problem(kValid + replaced(rule, "max_companions = 2", "max_companions = 11")) ==
        "valid.toml:98:18: entry_rules[0].max_companions: must be 0 to 10, not 11");
  CHECK(first_problem(kValid + replaced(rule, "max_companions = 2", "max_companions = \"two\"")) ==
        "valid.toml:98:18: entry_rules[0].max_companions: expected a whole number, found a string");
}

TEST_CASE("load_catalog: the name inside a sentence, where it differs") {
  const Catalog catalog =
      load_catalog(destinations({{"valid.toml", replaced(kValid, "name = \"Valid\"\n", "name = \"Valid\"\nname_in_text = \"the Valid\"\n")}}));
  CHECK(catalog.destinations[0].name_in_text == "the Valid");
  CHECK(first_problem(replaced(kValid, "name = \"Valid\"\n", "name = \"Valid\"\nname_in_text = 3\n")) ==
        "valid.toml:3:16: name_in_text: expected a string, found an integer");
}

TEST_CASE("load_catalog: destinations come sorted by id") {
  const std::string other = replaced(replaced(kValid, "id = \"valid\"", "id = \"alpha\""), "[\"va\"]", "[\"al\"]");
  const Catalog catalog = load_catalog(destinations({{"valid.toml", kValid}, {"alpha.toml", other}}));
  REQUIRE(catalog.destinations.size() == 2);
  CHECK(catalog.destinations[0].id == "alpha");
  CHECK(catalog.destinations[1].id == "valid");
}

TEST_CASE("load_catalog: malformed TOML names path, line and column") {
  CHECK(first_problem(replaced(kValid, "low = 60\n", "low = = 60\n")).starts_with("valid.toml:27:7: "));
  CHECK(first_problem("id = \"x\"\nname = \"unterminated\n", "bad.toml").starts_with("bad.toml:2:"));
  CHECK(first_problem("[a]\n[a]\n").starts_with("valid.toml:2:"));
}

TEST_CASE("load_catalog: each schema problem has its message and place") {
  // Missing keys are reported at their table.
  CHECK(first_problem(replaced(kValid, "name = \"Valid\"\n", "")) == "valid.toml:1:1: missing key 'name'");
  CHECK(first_problem(replaced(kValid, "low = 10000\n", "")) == "valid.toml:6:1: cycle_price: missing key 'low'");
  CHECK(first_problem(replaced(kValid, "[room]\ntravelers = 2\nbasis = \"assumption\"\nreason = \"double\"\n", "")) ==
        "valid.toml:1:1: missing key 'room'");
  // Values in the wrong shape are reported where they stand.
  CHECK(first_problem(replaced(kValid, "high = 30000", "high = 30000.5")) ==
        "valid.toml:8:8: cycle_price.high: expected an amount in dollars (12400, or a string with cents such as "
        "\"25.75\"), found a float");
  CHECK(first_problem(replaced(kValid, "high = 30000", "high = \"30,000\"")) ==
        "valid.toml:8:8: cycle_price.high: expected an amount in dollars (12400, or a string with cents such as "
        "\"25.75\"), found \"30,000\"");
  CHECK(first_problem(replaced(kValid, "low = 10000", "low = -5")) ==
        "valid.toml:7:7: cycle_price.low: must not be negative, not -5");
  CHECK(first_problem(replaced(kValid, "amount = \"25.75\"", "amount = \"-25.75\"")) ==
        "valid.toml:72:10: visa.asia.amount: must not be negative, not \"-25.75\"");
  CHECK(first_problem(replaced(kValid, "low = 10000", "low = 40000")) ==
        "valid.toml:8:8: cycle_price.high: is lower than low");
  CHECK(first_problem(replaced(kValid, "low = 10000", "low = 10000001")) ==
        "valid.toml:7:7: cycle_price.low: is larger than a figure may be (at most 10,000,000 dollars)");
  CHECK(first_problem(replaced(kValid, "included = 1", "included = 0")) ==
        "valid.toml:12:12: infusions.included: must be 1 to 50, not 0");
  CHECK(first_problem(replaced(kValid, "nights_per_cycle = 4", "nights_per_cycle = \"4\"")) ==
        "valid.toml:22:20: stay.nights_per_cycle: expected a whole number, found a string");
  CHECK(first_problem(replaced(kValid, "aliases = [\"va\"]", "aliases = \"va\"")) ==
        "valid.toml:3:11: aliases: expected an array of strings, found a string");
  CHECK(first_problem(replaced(kValid, "aliases = [\"va\"]", "aliases = [\"va\", 3]")) ==
        "valid.toml:3:18: aliases[1]: expected a string, found an integer");
  CHECK(first_problem(replaced(kValid, "name = \"Valid\"", "name = \" \"")) == "valid.toml:2:8: name: must not be empty");
  CHECK(first_problem(replaced(kValid, "id = \"valid\"", "id = \"Valid Land\"")) ==
        "valid.toml:1:6: id: must be lowercase letters, digits and '-', not 'Valid Land'");
  CHECK(first_problem(replaced(kValid, "[visa.asia]\namount", "[visa.asia]\nlow = 1\namount")) ==
        "valid.toml:71:1: visa.asia: give either 'amount' or 'low' and 'high', not both");
}

TEST_CASE("load_catalog: a value of the wrong type names the type it found, whichever it is") {
  const std::pair<const char*, const char*> found[] = {
      {"true", "a boolean"},          {"2025-01-01", "a date"},   {"07:30:00", "a time"},
      {"2025-01-01T07:30:00", "a date-time"}, {"[\"v\"]", "an array"}, {"{ x = 1 }", "a table"},
  };
  for (const auto& [value, type] : found) {
    CAPTURE(value);
    CHECK(first_problem(replaced(kValid, "id = \"valid\"", std::string("id = ") + value)) ==
          std::string("valid.toml:1:6: id: expected a string, found ") + type);
  }
  CHECK(first_problem(replaced(kValid, "high = 30000\n", "high = 30000\nhigh_open = \"yes\"\n")) ==
        "valid.toml:9:13: cycle_price.high_open: expected true or false, found a string");
  CHECK(first_problem(replaced(kValid, "aliases = [\"va\"]", "aliases = [\"va\", \" \"]")) ==
        "valid.toml:3:18: aliases[1]: must not be empty");
  CHECK(first_problem(replaced(kValid, "key_considerations = \"Fine.\"\n", "key_considerations = \"Fine.\"\nadvisories = \"x\"\n")) ==
        "valid.toml:6:14: advisories: expected an array of tables ([[advisories]]), found a string");
  CHECK(first_problem(replaced(kValid, "key_considerations = \"Fine.\"\n", "key_considerations = \"Fine.\"\nentry_rules = [true]\n")) ==
        "valid.toml:6:16: entry_rules[0]: expected a table, found a boolean");
}

TEST_CASE("load_catalog: an assumption whose reason names a year carries the date of that data") {
  CHECK(first_problem(replaced(kValid, "reason = \"one\"", "reason = \"One session, as in a case of 2016\"")) ==
        "valid.toml:14:10: infusions.reason: names the year 2016 but the figure has no as_of: give the date of "
        "the data it rests on");
  CHECK(first_problem(replaced(kValid, "reason = \"one\"",
                               "reason = \"One session, as in a case of 2016\"\nas_of = \"2016-12\"")) ==
        "(loaded without error)");
  // Amounts are not years; a year inside a word is.
  CHECK_FALSE(year_named("2,060 INR a night, 11,219 in Mumbai, 1,650 MXN, 25.2017 and 120161").has_value());
  CHECK(year_named("Mumbai ADR INR 11,219 FY2024 (Hotelivate)") == "2024");
  CHECK(year_named("Dec 2016-Feb 2017") == "2016");
  CHECK_FALSE(year_named("3000 USD, 1850 too early").has_value());
}

TEST_CASE("load_catalog: a figure may give its typical value, within its range") {
  const std::string text = replaced(kValid, "low = 60\nhigh = 150\n", "low = 60\nhigh = 150\ntypical = 80\n");
  const Catalog catalog = load_catalog(destinations({{"valid.toml", text}}));
  CHECK(catalog.destinations.at(0).figure("accommodation").typical == Money::from_units(80));
  CHECK_FALSE(catalog.destinations.at(0).figure("treatment").typical.has_value());
  CHECK(first_problem(replaced(kValid, "low = 60\nhigh = 150\n", "low = 60\nhigh = 150\ntypical = 200\n")) ==
        "valid.toml:29:11: accommodation.typical: must be within low and high");
  // An estimate draws it from PERT: its median moves toward the typical value.
  Query query;
  query.country = "valid";
  query.sampling = Sampling{};
  const Estimate e = estimate(catalog, query);
  const LineItem& room = *std::find_if(e.lines.begin(), e.lines.end(), [](const LineItem& l) { return l.id == "accommodation"; });
  REQUIRE(room.typical_at.has_value());
  CHECK(std::abs(*room.typical_at - 20.0 / 90.0) < 1e-12);
}

TEST_CASE("load_catalog: provenance is a source with its date, or an assumption with its reason") {
  CHECK(first_problem(replaced(kValid, "source = \"Seed\"\n", "")) ==
        "valid.toml:6:1: cycle_price: missing key 'source' (a figure gives source and as_of, or basis = "
        "\"assumption\" and reason)");
  CHECK(first_problem(replaced(kValid, "source = \"Seed\"\nas_of = 2025-11-21\n", "source = \"Seed\"\n")) ==
        "valid.toml:6:1: cycle_price: missing key 'as_of'");
  CHECK(first_problem(replaced(kValid, "reason = \"one\"\n", "")) == "valid.toml:11:1: infusions: missing key 'reason'");
  CHECK(first_problem(replaced(kValid, "basis = \"assumption\"\nreason = \"one\"", "basis = \"guess\"\nreason = \"one\"")) ==
        "valid.toml:13:9: infusions.basis: must be \"assumption\" (a published figure gives source and as_of instead, "
        "without basis)");
  CHECK(first_problem(replaced(kValid, "source = \"Seed\"\n", "source = \"Seed\"\nreason = \"why\"\n")) ==
        "valid.toml:10:10: cycle_price.reason: only an assumption has a reason: add basis = \"assumption\"");
  // A date that is not one says what is wrong with it, not "expected a date, found a date".
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = \"2025-13\"")) ==
        "valid.toml:10:9: cycle_price.as_of: '2025-13': month 13 is not a month");
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = \"2025-02-29\"")) ==
        "valid.toml:10:9: cycle_price.as_of: '2025-02-29': 2025-02 has 28 days, not 29");
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = 0000-01-01")) ==
        "valid.toml:10:9: cycle_price.as_of: '0000-01-01': year 0 is not a date");
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = 1899-12-31")) ==
        "valid.toml:10:9: cycle_price.as_of: '1899-12-31': year 1899 is before 1900, the earliest a figure may be dated");
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = \"soon\"")) ==
        "valid.toml:10:9: cycle_price.as_of: expected a date (2025-11-21), or a string \"2025-06\" or \"2025\" when "
        "only the month or year is known, found \"soon\"");
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = 2025")) ==
        "valid.toml:10:9: cycle_price.as_of: expected a date (2025-11-21), or a string \"2025-06\" or \"2025\" when "
        "only the month or year is known, found an integer");
  CHECK(first_problem(replaced(kValid, "as_of = 2025-11-21", "as_of = \"2024-02-29\"")) == "(loaded without error)");
}

TEST_CASE("load_catalog: origins must be known and complete") {
  CHECK(first_problem(replaced(kValid, "[flights.latin-america]", "[flights.oceania]")) ==
        "valid.toml:59:10: unknown key 'flights.oceania'; known origins: north-america, europe, asia, middle-east, "
        "latin-america");
  CHECK(first_problem(replaced(kValid, "[visa.latin-america]\namount = 0\nsource = \"Visas\"\nas_of = 2025-01-01\n", "")) ==
        "valid.toml:63:1: visa: missing origin 'latin-america'");
}

TEST_CASE("load_catalog: an unknown key is an error, so a typo cannot drop a figure") {
  CHECK(first_problem(replaced(kValid, "high = 30000", "hihg = 30000")) ==
        "valid.toml:6:1: cycle_price: missing key 'high'");
  CHECK(first_problem("colour = \"blue\"\n" + kValid) == "valid.toml:1:1: unknown key 'colour'");
  CHECK(first_problem(replaced(kValid, "travelers = 2", "travelers = 2\nbeds = 1")) ==
        "valid.toml:33:1: unknown key 'room.beds'");
}

TEST_CASE("load_catalog: ids and aliases are unique across files, ignoring case") {
  const std::string twin = replaced(kValid, "[\"va\"]", "[\"other\"]");
  CHECK(first_problem(twin, "a.toml").find("loaded") != std::string::npos);
  try {
    load_catalog(destinations({{"a.toml", kValid}, {"b.toml", twin}}));
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) == "b.toml:1:6: id: 'valid' already names destination 'valid' (a.toml)");
  }
  const std::string alias_clash = replaced(replaced(kValid, "id = \"valid\"", "id = \"second\""), "[\"va\"]", "[\"VA\"]");
  try {
    load_catalog(destinations({{"a.toml", kValid}, {"b.toml", alias_clash}}));
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) == "b.toml:3:12: aliases[0]: 'VA' already names destination 'valid' (a.toml)");
  }
}

TEST_CASE("check_catalog: every problem is reported, not only the first") {
  const std::string text = replaced(replaced(kValid, "low = 10000", "low = -1"), "included = 1", "included = 99");
  const auto problems = check_catalog(destinations({{"valid.toml", text}, {"broken.toml", "x = \n"}}));
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].message == "cycle_price.low: must not be negative, not -1");
  CHECK(problems[0].where.line == 7);
  CHECK(problems[1].message == "infusions.included: must be 1 to 50, not 99");
  CHECK(problems[2].where.path == "broken.toml");
}

TEST_CASE("load_catalog: TOML that is valid but not a destination is a schema error") {
  CHECK(first_problem("title = \"TOML Example\"\n[owner]\nname = \"Tom\"\n").starts_with("valid.toml:1:1: missing key"));
  CHECK(first_problem("").starts_with("valid.toml:1:1: missing key 'id'"));
  CHECK_THROWS_WITH_AS(load_catalog(DataFiles{}), "no destination data files", Error);
}
