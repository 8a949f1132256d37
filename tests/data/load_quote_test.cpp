#include "data/load_quote.hpp"

#include <doctest/doctest.h>

#include "core/test_catalog.hpp"
#include "data/bundled_data.hpp"
#include "data/load_catalog.hpp"

using namespace cpcost;

namespace {

// A valid quote; line numbers in the messages below count from its first line.
const std::string kQuote = R"(clinic = "Clinic"
destination = "TL"
city = "Testville"
currency = "USD"
as_of = 2026-10-01
infusions_included = 3
nights_included = 4
includes = ["accommodation", "meals"]
[price]
low = 12000
high = "13000.50"
[extra_infusion]
amount = 2000
)";

Catalog catalog_with_rates() {
  Catalog catalog = testing::test_catalog();
  catalog.currencies.rates["MXN"] = ExchangeRate{"MXN", 20'000'000, {}};
  return catalog;
}

std::vector<std::string> problems_of(const std::string& text) {
  Problems problems;
  read_quote({"q.toml", text}, catalog_with_rates(), problems, Date{2026, 11, 25});
  std::vector<std::string> messages;
  for (const auto& p : problems) {
    messages.push_back(std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + ": " + p.message);
  }
  return messages;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("quote file: every field") {
  Problems problems;
  const Quote quote = read_quote({"q.toml", kQuote}, catalog_with_rates(), problems);
  CHECK(problems.empty());
  CHECK(quote.clinic == "Clinic");
  CHECK(quote.destination == "testland");  // the alias, resolved
  CHECK(quote.city == "Testville");
  CHECK(quote.currency == "USD");
  CHECK(quote.infusions_included == 3);
  CHECK(quote.nights_included == 4);
  CHECK(quote.includes == std::vector<Inclusion>{Inclusion::accommodation, Inclusion::meals});
  CHECK(quote.price.range == MoneyRange{Money::from_units(12000), Money::from_cents(1300050), false});
  CHECK(quote.price.provenance.yours);
  CHECK(quote.price.provenance.as_of == "2026-10-01");
  CHECK(quote.price.provenance.source == "quote from Clinic, Testville (q.toml)");
  REQUIRE(quote.extra_infusion.has_value());
  CHECK(quote.extra_infusion->range == MoneyRange::exactly(Money::from_units(2000)));
}

TEST_CASE("quote file: the shortest one, and package nights that imply accommodation") {
  Problems problems;
  const Quote quote = read_quote({"q.toml", "clinic = \"C\"\ndestination = \"testland\"\ncurrency = \"MXN\"\n"
                                            "as_of = 2026-01-01\ninfusions_included = 1\nnights_included = 2\n"
                                            "[price]\namount = 200000\n"},
                                 catalog_with_rates(), problems);
  CHECK(problems.empty());
  CHECK(quote.has(Inclusion::accommodation));
  CHECK_FALSE(quote.extra_infusion.has_value());
}

TEST_CASE("quote file: broken ones, each with its message and place") {
  CHECK(problems_of(replaced(kQuote, "destination = \"TL\"", "destination = \"atlantis\"")) ==
        std::vector<std::string>{"2:15: destination: unknown country 'atlantis'. Known countries: 'borderland', 'testland'"});
  CHECK(problems_of(replaced(kQuote, "currency = \"USD\"", "currency = \"XYZ\"")) ==
        std::vector<std::string>{"4:12: currency: no exchange rate for 'XYZ'; the data has: MXN, USD"});
  CHECK(problems_of(replaced(kQuote, "\"meals\"]", "\"massage\"]")) ==
        std::vector<std::string>{"8:12: includes: unknown inclusion 'massage'; known: accommodation, airport-transfers, "
                                 "local-transport, meals, rehabilitation, translation, consultation, diagnostics"});
  CHECK(problems_of(replaced(kQuote, "nights_included = 4\n", "")) ==
        std::vector<std::string>{"1:1: includes accommodation: say how many nights a cycle (nights_included)"});
  CHECK(problems_of(replaced(kQuote, "low = 12000", "low = 14000")) ==
        std::vector<std::string>{"11:8: price.high: is lower than low"});
  CHECK(problems_of(replaced(kQuote, "as_of = 2026-10-01", "as_of = 2027-01-01")) ==
        std::vector<std::string>{"5:9: as_of: '2027-01-01' is in the future"});
  CHECK(problems_of(replaced(kQuote, "infusions_included = 3", "infusions_included = 0")) ==
        std::vector<std::string>{"6:22: infusions_included: must be 1 to 50, not 0"});
  CHECK(problems_of(replaced(kQuote, "[price]\nlow = 12000\nhigh = \"13000.50\"\n", "")) ==
        std::vector<std::string>{"1:1: missing key 'price'"});
  CHECK(problems_of(replaced(kQuote, "amount = 2000", "amount = 2000\ndiscount = 5")) ==
        std::vector<std::string>{"14:1: unknown key 'extra_infusion.discount'; a quoted price has amount, or low and high"});
  CHECK(problems_of("clinic = ").size() == 1);
}

TEST_CASE("quote file: amounts are named in the quote's currency, and an ambiguous one is refused") {
  const std::string pesos = replaced(kQuote, "currency = \"USD\"", "currency = \"MXN\"");
  // The limit in the quote's own currency: it was "at most 10,000,000 dollars" for any quote.
  CHECK(problems_of(replaced(pesos, "low = 12000", "low = 20000000")) ==
        std::vector<std::string>{"10:7: price.low: is larger than a figure may be (at most 10,000,000 MXN)"});
  CHECK(problems_of(replaced(pesos, "low = 12000", "low = true")) ==
        std::vector<std::string>{"10:7: price.low: expected an amount in MXN (12400, or a string with cents such as "
                                 "\"25.75\"), found a boolean"});
  // "1.200" may be 1,200 or 1.20: refused, with how to write either.
  CHECK(problems_of(replaced(kQuote, "high = \"13000.50\"", "high = \"13.000\"")) ==
        std::vector<std::string>{"11:8: price.high: \"13.000\" is ambiguous: write 13000 (or \"13.00\" for cents)"});
  CHECK(problems_of(replaced(kQuote, "amount = 2000", "amount = \"2.005\"")) ==
        std::vector<std::string>{"13:10: extra_infusion.amount: \"2.005\" is ambiguous: write 2005 (cents take two "
                                 "decimals)"});
}

TEST_CASE("quote file: the example shipped in data/examples loads against the bundled data") {
  const Catalog catalog = load_catalog(bundled_data_files());
  const Quote quote = load_quote(CPCOST_FIXTURES "/../../data/examples/quote.toml", catalog);
  CHECK(quote.destination == "mexico");
  CHECK(quote.nights_included == 5);
  CHECK_THROWS_WITH_AS(load_quote("/nonexistent/q.toml", catalog), "/nonexistent/q.toml: cannot open: No such file or directory",
                       Error);
}
