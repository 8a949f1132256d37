// The cost model with the family's own numbers: a clinic's quote, overrides,
// adjustments and another currency, each checked on numbers computed by hand.

#include <doctest/doctest.h>

#include "core/estimate.hpp"
#include "core/test_catalog.hpp"

using namespace cpcost;
using cpcost::testing::dollars;

namespace {

const LineItem& line(const Estimate& estimate, std::string_view id) {
  for (const auto& item : estimate.lines) {
    if (item.id == id) return item;
  }
  FAIL("no line " << id);
  throw;
}

// Testland's quote: 12,000 a cycle with 3 infusions, 2,000 per extra infusion,
// 4 nights of one room, in US dollars.
Quote testland_quote(std::vector<Inclusion> includes) {
  Quote quote;
  quote.path = "q.toml";
  quote.clinic = "Clinic";
  quote.destination = "testland";
  quote.currency = "USD";
  quote.price = {MoneyRange::exactly(Money::from_units(12000)), Provenance{"quote", "2026-10-01", false, "", true}};
  quote.infusions_included = 3;
  quote.extra_infusion = PriceFigure{MoneyRange::exactly(Money::from_units(2000)), quote.price.provenance};
  quote.nights_included = 4;
  quote.includes = std::move(includes);
  return quote;
}

// 4 infusions, 2 companions: 3 travelers in 2 rooms; 1 extra infusion adds 2 nights: 6 nights, 7 days.
Query family_query(const Quote* quote) {
  Query query = testing::query_for("testland");
  query.infusions = 4;
  query.companions = 2;
  query.quote = quote;
  return query;
}

}  // namespace

TEST_CASE("quote: its price replaces the treatment, and its package is not charged again") {
  const Catalog catalog = testing::test_catalog();
  const Quote quote = testland_quote({Inclusion::accommodation, Inclusion::meals});
  const Estimate e = estimate(catalog, family_query(&quote));
  CHECK(e.quote == &quote);
  CHECK(e.infusions_included == 3);
  CHECK(e.extra_infusions == 1);
  CHECK(line(e, "treatment").cost == dollars(12000, 12000));
  CHECK(line(e, "treatment").provenance->yours);
  CHECK(line(e, "extra_infusions").cost == dollars(2000, 2000));
  CHECK(e.nights == 6);
  CHECK(e.rooms == 2);
  // Accommodation: 6 nights x 2 rooms x 100-200 = 1,200-2,400, of which the package's
  // 4 nights of one room, 400-800: 800-1,600 charged.
  const LineItem& room = line(e, "accommodation");
  CHECK(room.included_units == 4);
  CHECK(room.included == dollars(400, 800));
  CHECK(room.cost == dollars(800, 1600));
  // Meals & local transport: 7 days x 3 travelers x 50-80 = 1,050-1,680. The package's
  // 4 nights cover 5 days; meals are 68 % of those 5 x 3 traveler-days: 510-816 in the
  // package, 540-864 charged (the 2 days beyond the package are paid in full).
  const LineItem& local = line(e, "local_costs");
  CHECK(local.included == dollars(510, 816));
  CHECK(local.cost == dollars(540, 864));
  CHECK(e.treatment == dollars(14000, 14000));
  CHECK(e.travel == dollars(2840, 5164));
  CHECK(e.total == dollars(16840, 19164));
}

TEST_CASE("quote: a package's transfers and diagnostics cover their lines, and local transport takes its share off") {
  Catalog catalog = testing::test_catalog();
  testing::figure(catalog.destinations[1], "transfers") = testing::price(20, 30, "taxi source");
  testing::figure(catalog.destinations[1], "tests") = testing::price(300, 900, "MRI source");
  // Airport transfers: the whole transfers line, 3 travelers x 1 trip x 20-30 = 60-90; local costs untouched.
  Quote quote = testland_quote({Inclusion::airport_transfers});
  quote.nights_included = 0;
  Estimate e = estimate(catalog, family_query(&quote));
  CHECK(line(e, "transfers").included == dollars(60, 90));
  CHECK(line(e, "transfers").cost == dollars(0, 0));
  CHECK(line(e, "tests").cost == dollars(300, 900));  // 1 cycle, not in this package
  CHECK(line(e, "local_costs").cost == dollars(1050, 1680));
  CHECK(line(e, "accommodation").cost == dollars(1200, 2400));  // no nights in this package
  quote.includes = {Inclusion::diagnostics};
  e = estimate(catalog, family_query(&quote));
  CHECK(line(e, "tests").included == dollars(300, 900));
  CHECK(line(e, "tests").cost == dollars(0, 0));
  CHECK(line(e, "transfers").cost == dollars(60, 90));
  // Local transport for the whole stay: 32 % of 1,050-1,680 = 336-537.60 off (transfers within it).
  quote.includes = {Inclusion::local_transport, Inclusion::airport_transfers};
  e = estimate(catalog, family_query(&quote));
  CHECK(line(e, "local_costs").cost == MoneyRange{Money::from_units(714), Money::from_cents(114240), false});
  // Meals and local transport both: nothing left to pay.
  quote.includes = {Inclusion::meals, Inclusion::local_transport};
  e = estimate(catalog, family_query(&quote));
  CHECK(line(e, "local_costs").cost == dollars(0, 0));
}

TEST_CASE("quote: more package nights than the stay cover the stay, no more") {
  const Catalog catalog = testing::test_catalog();
  Quote quote = testland_quote({Inclusion::accommodation});
  quote.nights_included = 30;
  Query query = family_query(&quote);
  query.companions = 1;  // one room
  const Estimate e = estimate(catalog, query);
  CHECK(line(e, "accommodation").included_units == 6);
  CHECK(line(e, "accommodation").cost == dollars(0, 0));
}

TEST_CASE("quote: for another destination is an error") {
  const Catalog catalog = testing::test_catalog();
  const Quote quote = testland_quote({});
  Query query = testing::query_for("borderland");
  query.quote = &quote;
  CHECK_THROWS_WITH(estimate(catalog, query), "the quote q.toml is for 'testland', not 'borderland'");
}

TEST_CASE("overrides: your figures replace the data's, marked as yours") {
  const Catalog catalog = testing::test_catalog();
  Query query = testing::query_for("testland");
  query.companions = 2;
  query.infusions = 3;
  query.overrides.set("flights", dollars(800, 1200));
  query.overrides.set("accommodation", dollars(150, 150));
  query.overrides.set("local_costs", dollars(60, 90));
  query.overrides.set("visa", dollars(100, 100));
  query.overrides.set("extra_infusions", dollars(500, 700));
  const Estimate e = estimate(catalog, query);
  CHECK(line(e, "flights").cost == dollars(2400, 3600));  // 3 travelers
  CHECK(line(e, "flights").provenance->yours);
  CHECK(line(e, "flights").provenance->source == "--flight");
  CHECK(line(e, "accommodation").cost == dollars(1800, 1800));  // 6 nights x 2 rooms x 150
  CHECK(line(e, "local_costs").cost == dollars(1260, 1890));    // 7 days x 3 travelers
  CHECK(line(e, "visa").cost == dollars(300, 300));
  CHECK(line(e, "extra_infusions").cost == dollars(500, 700));
  CHECK(line(e, "extra_infusions").provenance->source == "--extra-infusion");
  CHECK_FALSE(line(e, "treatment").provenance->yours);
}

TEST_CASE("adjustments: fees on what is spent abroad, then a reserve on everything") {
  const Catalog catalog = testing::test_catalog();
  Query query = testing::query_for("testland");
  query.fx_fee_bp = 250;
  query.contingency_bp = 1000;
  const Estimate e = estimate(catalog, query);
  // Abroad, all but the flights: 10,000-20,000 + 400-800 + 500-800 = 10,900-21,600; 2.5 % = 272.50-540.
  const LineItem& fees = line(e, "fx_fee");
  CHECK(fees.group == LineGroup::adjustment);
  CHECK(fees.base == dollars(10900, 21600));
  CHECK(fees.cost == MoneyRange{Money::from_cents(27250), Money::from_units(540), false});
  // The reserve: 10 % of 11,900-23,400 and the fees: 12,172.50-23,940 -> 1,217.25-2,394.
  const LineItem& reserve = line(e, "contingency");
  CHECK(reserve.base == MoneyRange{Money::from_cents(1217250), Money::from_units(23940), false});
  CHECK(reserve.cost == MoneyRange{Money::from_cents(121725), Money::from_units(2394), false});
  CHECK(e.adjustments == MoneyRange{Money::from_cents(148975), Money::from_units(2934), false});
  CHECK(e.total == MoneyRange{Money::from_cents(1338975), Money::from_units(26334), false});
  CHECK(e.lines.back().id == "contingency");
}

TEST_CASE("currency: every figure converted once, totals are sums in that currency") {
  Catalog catalog = testing::test_catalog();
  catalog.currencies.rates["EUR"] = ExchangeRate{"EUR", 500'000, {}};
  catalog.currencies.rates["MXN"] = ExchangeRate{"MXN", 20'000'000, {}};
  Query query = testing::query_for("testland");
  query.currency = "EUR";
  Estimate e = estimate(catalog, query);
  CHECK(e.currency == "EUR");
  CHECK(line(e, "treatment").cost == dollars(5000, 10000));
  CHECK(line(e, "flights").unit_cost == dollars(250, 450));
  CHECK(e.total == dollars(5950, 11700));  // half of 11,900-23,400

  // A quote in pesos, into euros in one step: 200,000 MXN x 0.5 / 20 = 5,000 EUR.
  Quote quote = testland_quote({});
  quote.currency = "MXN";
  quote.price.range = MoneyRange::exactly(Money::from_units(200000));
  quote.nights_included = 0;
  query.quote = &quote;
  e = estimate(catalog, query);
  CHECK(line(e, "treatment").cost == dollars(5000, 5000));
  CHECK(e.quote_rate->code == "MXN");

  query.currency = "XYZ";
  CHECK_THROWS_WITH(estimate(catalog, query), "no exchange rate for currency 'XYZ'; the data has: EUR, MXN, USD");
}

TEST_CASE("quote: follow-up cycles and extra infusions by the rules take the quote's price") {
  Catalog catalog = testing::test_catalog();
  // Testland with no price per application of its own: its extra infusions come by the rule.
  ItemFigures& extra = testing::figures(catalog.destinations[1], "extra_infusions");
  extra.derived = true;
  Quote quote = testland_quote({});
  quote.extra_infusion.reset();  // the quote prices no extra infusion either
  Query query = family_query(&quote);
  query.cycles = 2;
  const Estimate e = estimate(catalog, query);
  // The quote's 12,000 a cycle with 3 infusions: 4,000 per extra infusion, 1 extra in each of 2 cycles.
  CHECK(line(e, "extra_infusions").unit_cost == dollars(4000, 4000));
  CHECK(line(e, "extra_infusions").cost == dollars(8000, 8000));
  CHECK(line(e, "extra_infusions").provenance == &kPerIncludedInfusion);
  // The second cycle a follow-up round: 52.63 % and 53.33 % of 12,000 = 6,315.60 and 6,399.60, to whole dollars.
  CHECK(line(e, "follow_ups").unit_cost == dollars(6316, 6400));
  CHECK(line(e, "treatment").cost == dollars(12000, 12000));
  CHECK(e.treatment == dollars(12000 + 6316 + 8000, 12000 + 6400 + 8000));
}
