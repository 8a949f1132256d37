#include "report/json_rows.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/test_catalog.hpp"
#include "data/bundled_catalog.hpp"
#include "data/load_quote.hpp"
#include "report/json_document.hpp"

using namespace cpcost;

// SummaryJsonRow writes by hand what row_object and the library write: these
// tests are what keeps the two the same, byte for byte, over every destination,
// origin and member a summary row can have. Each layout's rows go through one
// writer, as a batch's do, so that what it caches from row to row is tested too.

namespace {

const Catalog& catalog() {
  static const Catalog bundled = bundled_catalog();
  return bundled;
}

// Every layout a summary row has: a batch keyed by id or by name, a sweep, a
// compare sweep; with and without a budget column and --draws.
std::vector<RowLayout> every_layout(const Date& today) {
  std::vector<RowLayout> all;
  for (const char* key : {"id", "name", ""}) {
    for (const bool rank : {false, true}) {
      RowLayout layout;
      layout.key_column = key;
      layout.input_row = !layout.key_column.empty();
      layout.rank = rank;
      layout.budget = true;
      layout.kind = layout.input_row ? "batch" : "sweep";
      layout.today = today;
      layout.likely = true;
      all.push_back(layout);
    }
  }
  return all;
}

// The keys a batch file may hold: plain ones, and every kind the library escapes.
const std::vector<std::string_view> kKeys = {
    "family-1", "", " spaced out ", "~!@#$%^&*()_+{}|:<>?`-=[];',./", "fam, \"one\"", "back\\slash", "tab\there",
    "line\nbreak", "bell\x07", std::string_view("nul\0byte", 8), "del\x7F", "Zo\xC3\xAB", "\xE6\x97\xA5\xE6\x9C\xAC",
    "\xF0\x9F\x98\x80 emoji", "bad \xFF utf-8", "cut \xC3", "cpcost:null", "x\"cpcost:null", "\"cpcost:null\"",
    "cpcost:null ", "\\u0041"};

// Checks each row against the library's, and counts them.
struct Compared {
  std::vector<RowLayout> layouts;
  std::vector<SummaryJsonRow> writers;
  std::size_t rows = 0;

  explicit Compared(const Date& today) : layouts(every_layout(today)) {
    for (const RowLayout& layout : layouts) writers.emplace_back(layout);
  }

  void check(const Estimate& e, std::string_view key = "family-1", std::uint64_t rank = 1) {
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      const ScenarioRow row{rows + 1, rows + 2, key, rank, &e};
      std::string fast = "before|";  // appended to, never replaced
      writers[i].append(fast, row);
      const std::string expected = "before|" + to_json_line(row_object(layouts[i], row));
      INFO("layout ", i, ", ", e.destination->id, ", key \"", key, "\"");
      CHECK(fast == expected);
    }
    ++rows;
  }
};

Query query_for(std::string_view country) {
  Query query;
  query.country = std::string(country);
  return query;
}

}  // namespace

TEST_CASE("json rows: every destination from every origin, with budgets that fit, may fit and do not") {
  Compared compared(Date{2026, 11, 25});
  for (const Destination& destination : catalog().destinations) {
    for (const std::string_view origin : kOrigins) {
      for (const std::optional<std::int64_t> budget : {std::optional<std::int64_t>(), std::optional<std::int64_t>(1000),
                                                       std::optional<std::int64_t>(40000),
                                                       std::optional<std::int64_t>(10'000'000)}) {
        Query query = query_for(destination.id);
        query.origin = std::string(origin);
        if (budget) query.budget = Money::from_units(*budget);
        compared.check(estimate(catalog(), query));
      }
    }
  }
  CHECK(compared.rows == catalog().destinations.size() * kOrigins.size() * 4);
}

TEST_CASE("json rows: the query as understood, defaults or given, adjustments, other currencies") {
  for (const Date today : {Date{2026, 11, 25}, Date{2024, 1, 1}, Date{2040, 1, 1}}) {  // stale lines: some, none, all
    Compared compared(today);
    for (const Destination& destination : catalog().destinations) {
      for (const char* currency : {"USD", "EUR", "INR", "THB", "MXN"}) {
        Query query = query_for(destination.id);
        query.currency = currency;
        query.infusions = 5;
        query.cycles = 2;
        query.companions = 0;
        query.nights = 40;
        query.contingency_bp = 1000;
        query.fx_fee_bp = 250;
        query.budget = Money::from_units(90000);
        compared.check(estimate(catalog(), query));
      }
    }
  }
}

TEST_CASE("json rows: warnings, the same kind for many destinations through one writer") {
  Compared compared(Date{2026, 11, 25});
  Query india = query_for("india");
  india.companions = 3;
  compared.check(estimate(catalog(), india));
  Query thailand = query_for("thailand");
  thailand.nights = 3;
  compared.check(estimate(catalog(), thailand));
  // Every destination with the same short stay, cycle and infusions: the same
  // numbers in each warning, which names the destination or not.
  for (int cycles = 1; cycles <= 3; ++cycles) {
    for (const Destination& destination : catalog().destinations) {
      Query query = query_for(destination.id);
      query.nights = 2;
      query.cycles = cycles;
      query.companions = 4;
      query.infusions = 3;
      const Estimate e = estimate(catalog(), query);
      compared.check(e);
      compared.check(e);  // the second time from what the writer kept
    }
  }
}

TEST_CASE("json rows: likely ranges (--draws), with and without a budget, open percentiles") {
  Compared compared(Date{2026, 11, 25});
  for (const Destination& destination : catalog().destinations) {
    for (const bool budget : {false, true}) {
      Query query = query_for(destination.id);
      query.sampling = Sampling{200, 7};
      if (budget) query.budget = Money::from_units(45000);
      compared.check(estimate(catalog(), query));
    }
  }
  // An open-ended price: percentiles that are floors ("open").
  static const Catalog testing_catalog = testing::test_catalog();
  Query borderland = testing::query_for("borderland");
  borderland.sampling = Sampling{500, 3};
  borderland.budget = Money::from_units(60000);
  const Estimate open = estimate(testing_catalog, borderland);
  REQUIRE(open.simulation);
  CHECK(open.total.high_open);
  compared.check(open);
  compared.check(estimate(testing_catalog, testing::query_for("testland")));  // no advisory: its level null
}

TEST_CASE("json rows: a clinic's quote, and compare's ranked rows") {
  Compared compared(Date{2026, 11, 25});
  const Quote quote = load_quote(CPCOST_FIXTURES "/../../data/examples/quote.toml", catalog());
  Query quoted = query_for("mexico");
  quoted.quote = &quote;
  quoted.infusions = 4;
  compared.check(estimate(catalog(), quoted));
  Query asked;
  asked.budget = Money::from_units(30000);
  asked.companions = 2;
  const Comparison every = compare(catalog(), ComparisonQuery{asked, {}, SortKey::total, false, {}});
  CHECK(every.rows.size() == catalog().destinations.size());
  for (std::size_t rank = 0; rank < every.rows.size(); ++rank) compared.check(every.rows[rank], "", rank + 1);
  const Comparison with_quote = compare(catalog(), ComparisonQuery{asked, {"mexico", "india"}, SortKey::total, false, {&quote}});
  CHECK(with_quote.rows.size() == 3);
  for (std::size_t rank = 0; rank < with_quote.rows.size(); ++rank) compared.check(with_quote.rows[rank], "", rank + 1);
}

TEST_CASE("json rows: keys, plain and escaped by the library") {
  Compared compared(Date{2026, 11, 25});
  const Estimate e = estimate(catalog(), query_for("georgia"));
  for (const std::string_view key : kKeys) compared.check(e, key);
  // Every single byte as a key, alone and between plain text.
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    compared.check(e, std::string_view(&c, 1));
    const std::string between = std::string("a") + c + "z";
    compared.check(e, between);
  }
}

TEST_CASE("json rows: JSON Lines and JSON print the summary rows so, and the rows with items through the library") {
  const Estimate e = estimate(catalog(), query_for("panama"));
  const ScenarioRow row{3, 4, "fam \"3\"", 0, &e};
  RowLayout layout{"id", true, false, false, false, "batch"};
  std::string lines;
  make_row_writer(Format::jsonl, layout, {})->row(lines, row);
  CHECK(lines == to_json_line(row_object(layout, row)) + "\n");
  layout.items = true;
  lines.clear();
  make_row_writer(Format::jsonl, layout, {})->row(lines, row);
  CHECK(lines == to_json_line(row_object(layout, row)) + "\n");
  CHECK(lines.find("\"lines\" : [") != std::string::npos);
}
