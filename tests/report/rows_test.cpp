#include "report/rows.hpp"
#include "report/text_table.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "core/test_catalog.hpp"

using namespace cpcost;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Header, two scenarios (Testland as computed by hand elsewhere, then Borderland), footer.
std::string written(Format format, RowLayout layout, int width = 200) {
  static const Catalog catalog = testing::test_catalog();
  Query query = testing::query_for("testland");
  query.budget = Money::from_units(15000);
  const Estimate testland = estimate(catalog, query);
  query.country = "borderland";
  const Estimate borderland = estimate(catalog, query);
  RenderOptions options;
  options.width = width;
  const auto writer = make_row_writer(format, layout, options);
  std::string out;
  writer->header(out);
  writer->row(out, ScenarioRow{1, 7, "fam, \"one\"", 1, &testland});
  writer->row(out, ScenarioRow{2, 8, "fam-two", 2, &borderland});
  writer->footer(out);
  return out;
}

}  // namespace

TEST_CASE("rows: decimals for machines") {
  std::string out;
  append_decimal(out, Money::from_cents(1240050));
  out += ' ';
  append_decimal(out, Money::from_cents(-5));
  out += ' ';
  append_decimal(out, Money::from_cents(0));
  CHECK(out == "12400.50 -0.05 0.00");
}

TEST_CASE("rows: CSV summary, with every optional column") {
  RowLayout layout{"id", true, true, true, false, "batch"};
  const auto lines = lines_of(written(Format::csv, layout));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "scenario,input_row,id,rank,country,infusions,cycles,companions,from,nights,travelers,"
                    "treatment_low,treatment_mid,treatment_high,travel_low,travel_mid,travel_high,adjustments_low,"
                    "adjustments_mid,adjustments_high,total_low,total_mid,total_high,high_open,budget,fit,currency,stale,"
                    "advisory_level,advisory,warnings\r");
  // Testland: 10,000-20,000 + 1,900-3,400 = 11,900-23,400 (mid 17,650); budget 15,000: may fit.
  CHECK(lines[1] == "1,7,\"fam, \"\"one\"\"\",1,testland,2,1,1,north-america,4,2,10000.00,15000.00,20000.00,"
                    "1900.00,2650.00,3400.00,0.00,0.00,0.00,11900.00,17650.00,23400.00,false,15000.00,may fit,USD,,,,\r");
  CHECK(lines[2].starts_with("2,8,fam-two,2,borderland,"));
  // Borderland's advisory, where the treatment is: its number, and the issuer and level in words.
  CHECK(lines[2].ends_with(",true,15000.00,over,USD,,4,Test State Department: Level 4: Do not travel,\r"));
}

TEST_CASE("rows: CSV with the line items, subtotals and total of each scenario") {
  const auto lines = lines_of(written(Format::csv, RowLayout{"", false, false, false, true, "sweep"}));
  CHECK(lines[0] == "scenario,country,infusions,cycles,companions,from,nights,travelers,item,label,quantity,unit,"
                    "unit_low,unit_high,low,mid,high,high_open,currency,stale,advisory_level,advisory,warnings\r");
  // Testland: 7 lines (follow-up cycles among them) and 4 sums; Borderland: 8 lines (overland) and 4 sums.
  REQUIRE(lines.size() == 1 + 11 + 12);
  CHECK(lines[1] == "1,testland,2,1,1,north-america,4,2,treatment,\"Treatment, first cycle\",1,cycle,10000.00,20000.00,"
                    "10000.00,15000.00,20000.00,false,USD,false,,,\r");
  CHECK(lines[4] == "1,testland,2,1,1,north-america,4,2,flights,\"Flights, round trip\",2,round trip,500.00,900.00,"
                    "1000.00,1400.00,1800.00,false,USD,false,,,\r");
  CHECK(lines[11] == "1,testland,2,1,1,north-america,4,2,total,Total,,,,,11900.00,17650.00,23400.00,false,USD,,,,\r");
  CHECK(lines[15].find(",flights,\"Flights to Gateway City, round trip\",") != std::string::npos);
}

TEST_CASE("rows: figures over 18 months old, named in CSV and JSON, marked in the table with one note") {
  RowLayout layout{"", false, false, false, false, "sweep"};
  layout.today = Date{2026, 11, 25};  // the fixture's figures, 2025-01-01, are 22 months old
  const auto csv = lines_of(written(Format::csv, layout));
  // The lines with a quantity: no follow-up cycle and no extra infusion in this plan.
  CHECK(csv[1].ends_with(",USD,treatment;flights;accommodation;local_costs;visa,,,\r"));
  const auto json = nlohmann::json::parse(lines_of(written(Format::jsonl, layout))[0]);
  CHECK(json["stale_lines"].size() == 5);
  const std::string table = written(Format::table, layout);
  CHECK(table.find("Testland *") != std::string::npos);
  CHECK(table.find("* Rests on figures over 18 months old: cpcost --country ID names them") != std::string::npos);
  layout.today = Date{2025, 6, 1};  // 5 months: none
  CHECK(written(Format::table, layout).find("*") == std::string::npos);
  CHECK(lines_of(written(Format::csv, layout))[1].ends_with(",USD,,,,\r"));
  CHECK(written(Format::markdown, layout).find("Rests on figures") == std::string::npos);
  layout.today = Date{2026, 11, 25};
  CHECK(written(Format::markdown, layout).find("Testland \\*") != std::string::npos);
}

TEST_CASE("rows: JSON Lines, one object a line, with the query as understood") {
  const auto lines = lines_of(written(Format::jsonl, RowLayout{"name", true, false, true, false, "batch"}));
  REQUIRE(lines.size() == 2);
  const auto first = nlohmann::json::parse(lines[0]);
  CHECK(first["scenario"] == 1);
  CHECK(first["input_row"] == 7);
  CHECK(first["name"] == "fam, \"one\"");
  CHECK(first["destination"]["id"] == "testland");
  CHECK(first["query"]["nights"] == 4);
  CHECK(first["total"]["low_cents"] == 1190000);
  CHECK(first["total"]["high_cents"] == 2340000);
  CHECK(first["budget"]["fit"] == "may fit");
  CHECK(first["advisory_level"].is_null());  // Testland has no advisory
  CHECK(first["advisory"] == "");
  const auto second = nlohmann::json::parse(lines[1]);
  CHECK(second["advisory_level"] == 4);
  CHECK(second["advisory"] == "Test State Department: Level 4: Do not travel");
  CHECK_FALSE(first.contains("lines"));
  const auto with_items = nlohmann::json::parse(lines_of(written(Format::jsonl, RowLayout{"", false, false, false, true, "sweep"}))[1]);
  CHECK(with_items["lines"].size() == 8);  // Borderland's, the second row
}

TEST_CASE("rows: a JSON document whose rows stream in") {
  const auto document = nlohmann::json::parse(written(Format::json, RowLayout{"id", true, false, false, false, "batch"}));
  CHECK(document["schema_version"] == 2);
  CHECK(document["kind"] == "batch");
  CHECK(document["currency"] == "USD");
  REQUIRE(document["rows"].size() == 2);
  CHECK(document["rows"][1]["id"] == "fam-two");
  CHECK(document["rows"][1]["total"]["high_open"] == true);
  const auto empty = make_row_writer(Format::json, RowLayout{"", false, false, false, false, "sweep"}, {});
  std::string out;
  empty->header(out);
  empty->footer(out);
  CHECK(nlohmann::json::parse(out)["rows"].empty());
}

TEST_CASE("rows: markdown and table for people") {
  const auto markdown = lines_of(written(Format::markdown, RowLayout{"id", true, false, true, true, "batch"}));
  CHECK(markdown[0] == "| Scenario | Row | Id | Destination | Infusions | Cycles | Companions | From | Nights | "
                       "Treatment | Travel & stay | Total | Mid | Budget | Advisory |");
  CHECK(markdown[2] == "| 1 | 7 | fam, \"one\" | Testland | 2 | 1 | 1 | north-america | 4 | \\$10,000-\\$20,000 | "
                       "\\$1,900-\\$3,400 | \\$11,900-\\$23,400 | \\$17,650 | may fit |  |");
  CHECK(markdown[3] == "|  |  |  | Treatment, first cycle |  |  |  |  |  |  |  | \\$10,000-\\$20,000 |  |  |  |");
  const auto table = lines_of(written(Format::table, RowLayout{"", false, false, false, false, "sweep"}));
  CHECK(table[0].starts_with("Scenario  Destination"));
  CHECK(table[1] == "       1  Testland              2    1     1  north-america       4      $11,900-$23,400    $17,650");
  CHECK(table[2].ends_with("$65,250+  Level 4"));  // Borderland: its advisory, where the treatment is
  // 80 columns: the origin, the companions, the cycles and the mid-point give way; nothing is wider.
  const auto narrow = lines_of(written(Format::table, RowLayout{"", false, false, false, false, "sweep"}, 80));
  CHECK(narrow[1] == "       1  Testland              2       4      $11,900-$23,400");
  for (const auto& line : narrow) CHECK(display_width(line) <= 80);
}

TEST_CASE("rows: what the data contradicts, by id in CSV, in words in JSON, marked in the tables with one note") {
  static const Catalog catalog = testing::test_catalog();
  Query query = testing::query_for("testland");
  query.cycles = 3;
  query.nights = 1;  // the protocol: 3 x 4 = 12; and 3 trips in 1 night
  const Estimate contradicted = estimate(catalog, query);
  const Estimate plain = estimate(catalog, testing::query_for("borderland"));
  auto written_rows = [&](Format format) {
    RenderOptions options;
    options.width = 300;  // the note on one line
    const auto writer = make_row_writer(format, RowLayout{"", false, false, false, false, "sweep"}, options);
    std::string out;
    writer->header(out);
    writer->row(out, ScenarioRow{1, 0, {}, 0, &contradicted});
    writer->row(out, ScenarioRow{2, 0, {}, 0, &plain});
    writer->footer(out);
    return out;
  };
  const auto csv = lines_of(written_rows(Format::csv));
  CHECK(csv[1].ends_with(",USD,,,,nights_under_protocol;cycles_over_nights\r"));
  CHECK(csv[2].ends_with(",Test State Department: Level 4: Do not travel,\r"));  // none: empty
  const auto json = nlohmann::json::parse(lines_of(written_rows(Format::jsonl))[0]);
  REQUIRE(json["warnings"].size() == 2);
  CHECK(json["warnings"][0]["kind"] == "nights_under_protocol");
  CHECK(json["warnings"][0]["asked"] == 1);
  CHECK(json["warnings"][0]["limit"] == 12);
  CHECK(json["warnings"][1]["text"] ==
        "3 cycles in 1 night: each cycle is its own trip, so at least 2 trips have no night; the estimate prices 1 "
        "night as asked.");
  CHECK(nlohmann::json::parse(lines_of(written_rows(Format::jsonl))[1])["warnings"].empty());
  const std::string table = written_rows(Format::table);
  CHECK(table.find("Testland !") != std::string::npos);
  CHECK(table.find("Borderland !") == std::string::npos);
  CHECK(table.find("! Asks what the data contradicts (fewer nights than the protocol's stay; more cycles than "
                   "nights): priced as asked") != std::string::npos);
  CHECK(written_rows(Format::markdown).find("| Testland ! |") != std::string::npos);
}
