#include "core/estimate.hpp"

#include <doctest/doctest.h>

#include <random>

#include <limits>
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "core/test_catalog.hpp"
#include "data/bundled_catalog.hpp"

using namespace cpcost;
using cpcost::testing::dollars;
using cpcost::testing::test_catalog;

namespace {

const LineItem& line(const Estimate& estimate, std::string_view id) {
  for (const auto& item : estimate.lines) {
    if (item.id == id) return item;
  }
  FAIL("no line " << id);
  throw;
}

bool has_line(const Estimate& estimate, std::string_view id) {
  for (const auto& item : estimate.lines) {
    if (item.id == id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("estimate: defaults are one cycle, the included infusions, one companion, from North America") {
  const Catalog catalog = test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("testland"));
  CHECK(e.destination->id == "testland");
  CHECK(e.infusions == 2);
  CHECK(e.extra_infusions == 0);
  CHECK(e.cycles == 1);
  CHECK(e.companions == 1);
  CHECK_FALSE(e.companions_from_query);
  CHECK(e.travelers == 2);
  CHECK(e.origin == "north-america");
  CHECK_FALSE(e.origin_from_query);
  CHECK(e.nights == 4);
  CHECK_FALSE(e.nights_from_query);
  CHECK(e.days == 5);
  CHECK(e.rooms == 1);

  // By hand: treatment 10,000-20,000; no extras; flights 2 x 500-900 = 1,000-1,800;
  // rooms 4 x 100-200 = 400-800; days 5 x 2 x 50-80 = 500-800; visa 0.
  CHECK(line(e, "treatment").cost == dollars(10000, 20000));
  CHECK(line(e, "extra_infusions").cost == dollars(0, 0));
  CHECK(line(e, "flights").cost == dollars(1000, 1800));
  CHECK(line(e, "accommodation").cost == dollars(400, 800));
  CHECK(line(e, "local_costs").cost == dollars(500, 800));
  CHECK(line(e, "visa").cost == dollars(0, 0));
  CHECK(e.treatment == dollars(10000, 20000));
  CHECK(e.travel == dollars(1900, 3400));
  CHECK(e.total == dollars(11900, 23400));
  CHECK(e.total.mid() == Money::from_units(17650));
}

TEST_CASE("estimate: extra infusions, cycles, companions and origin, computed by hand") {
  const Catalog catalog = test_catalog();
  Query query = testing::query_for("TL");
  query.infusions = 3;
  query.cycles = 2;
  query.companions = 2;
  query.origin = "europe";
  const Estimate e = estimate(catalog, query);

  CHECK(e.extra_infusions == 1);
  CHECK(e.travelers == 3);
  CHECK(e.nights == 12);  // 2 cycles x (4 + 1 extra x 2)
  CHECK(e.days == 14);    // each trip adds its day of arrival
  CHECK(e.rooms == 2);    // 3 travelers, 2 to a room

  // The first cycle in full; the second a follow-up round at the FTC ratio:
  // 52.63 % of 10,000 = 5,263 and 53.33 % of 20,000 = 10,666.
  CHECK(line(e, "treatment").cost == dollars(10000, 20000));
  CHECK(line(e, "treatment").quantity() == 1);
  CHECK(line(e, "follow_ups").unit_cost == dollars(5263, 10666));
  CHECK(line(e, "follow_ups").cost == dollars(5263, 10666));
  CHECK(line(e, "follow_ups").quantity() == 1);
  CHECK(line(e, "follow_ups").provenance == &kFollowUpRatio);
  CHECK(line(e, "extra_infusions").cost == dollars(2000, 3000));
  CHECK(line(e, "extra_infusions").quantity() == 2);
  CHECK(line(e, "flights").cost == dollars(4200, 6600));
  CHECK(line(e, "flights").quantity() == 6);
  CHECK(line(e, "accommodation").cost == dollars(2400, 4800));
  CHECK(line(e, "accommodation").quantity() == 24);
  CHECK(line(e, "local_costs").cost == dollars(2100, 3360));
  CHECK(line(e, "local_costs").quantity() == 42);
  CHECK(line(e, "visa").cost == dollars(180, 180));
  CHECK(e.treatment == dollars(17263, 33666));
  CHECK(e.travel == dollars(8880, 14940));
  CHECK(e.total == dollars(26143, 48606));
  CHECK(e.total.mid() == Money::from_cents(3737450));
}

TEST_CASE("estimate: fewer infusions than included cost the same cycle price") {
  const Catalog catalog = test_catalog();
  Query query = testing::query_for("testland");
  query.infusions = 1;
  const Estimate e = estimate(catalog, query);
  CHECK(e.extra_infusions == 0);
  CHECK(line(e, "treatment").cost == dollars(10000, 20000));
  CHECK(line(e, "extra_infusions").cost == dollars(0, 0));
}

TEST_CASE("estimate: --nights replaces the protocol's stay, and a day trip has no nights") {
  const Catalog catalog = test_catalog();
  Query query = testing::query_for("testland");
  query.nights = 10;
  Estimate e = estimate(catalog, query);
  CHECK(e.nights == 10);
  CHECK(e.nights_from_query);
  CHECK(e.days == 11);
  CHECK(line(e, "accommodation").cost == dollars(1000, 2000));
  CHECK(line(e, "local_costs").cost == dollars(1100, 1760));

  query.nights = 0;
  e = estimate(catalog, query);
  CHECK(e.days == 1);
  CHECK(line(e, "accommodation").cost == dollars(0, 0));
  CHECK(line(e, "local_costs").cost == dollars(100, 160));
}

TEST_CASE("estimate: the patient alone takes one room") {
  const Catalog catalog = test_catalog();
  Query query = testing::query_for("testland");
  query.companions = 0;
  const Estimate e = estimate(catalog, query);
  CHECK(e.travelers == 1);
  CHECK(e.rooms == 1);
  CHECK(line(e, "flights").cost == dollars(500, 900));
}

TEST_CASE("estimate: an overland leg is its own line, and an open high carries to the total") {
  const Catalog catalog = test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  REQUIRE(has_line(e, "overland"));
  CHECK(line(e, "overland").cost == dollars(80, 120));
  CHECK(line(e, "overland").label() == "Train from Gateway City, round trip");
  CHECK(line(e, "flights").label() == "Flights to Gateway City, round trip");
  CHECK(line(e, "treatment").cost == dollars(25000, 100000, true));
  CHECK(e.treatment.high_open);
  CHECK_FALSE(e.travel.high_open);
  CHECK(e.total.high_open);
  CHECK_FALSE(has_line(estimate(catalog, testing::query_for("testland")), "overland"));
}

TEST_CASE("estimate: the lines come in a stable order, treatment first") {
  const Catalog catalog = test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  std::vector<std::string_view> ids;
  for (const auto& item : e.lines) ids.push_back(item.id);
  CHECK(ids == std::vector<std::string_view>{"treatment", "follow_ups", "extra_infusions", "flights", "overland",
                                             "accommodation", "local_costs", "visa"});
  CHECK(e.lines[0].group == LineGroup::treatment);
  CHECK(e.lines[2].group == LineGroup::treatment);
  CHECK(e.lines[3].group == LineGroup::travel);
}

TEST_CASE("estimate: each line points at its figure's provenance") {
  const Catalog catalog = test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("testland"));
  CHECK(line(e, "treatment").provenance->source == "cycle source");
  CHECK(line(e, "flights").provenance->source == "fare source");
  CHECK(line(e, "visa").provenance->source == "visa source");
}

TEST_CASE("estimate: out-of-range queries are usage errors") {
  const Catalog catalog = test_catalog();
  auto with = [](auto change) {
    Query query = testing::query_for("testland");
    change(query);
    return query;
  };
  CHECK_THROWS_WITH(estimate(catalog, with([](Query& q) { q.infusions = 0; })), "infusions per cycle must be 1 to 50, not 0");
  CHECK_THROWS_WITH(estimate(catalog, with([](Query& q) { q.cycles = 21; })), "cycles must be 1 to 20, not 21");
  CHECK_THROWS_WITH(estimate(catalog, with([](Query& q) { q.companions = -1; })), "companions must be 0 to 10, not -1");
  CHECK_THROWS_WITH(estimate(catalog, with([](Query& q) { q.nights = 1001; })), "nights must be 0 to 1000, not 1001");
  CHECK_THROWS_WITH(estimate(catalog, with([](Query& q) { q.origin = "oceania"; })),
                    "unknown origin 'oceania'; known origins: north-america, europe, asia, middle-east, latin-america");
  CHECK_THROWS_AS(estimate(catalog, testing::query_for("nowhere")), Error);
}

TEST_CASE("estimate: amounts too large for the arithmetic are an error, never a wrapped number") {
  Catalog catalog = test_catalog();
  testing::figure(catalog.destinations[1], "treatment").range.high = Money::from_cents(std::numeric_limits<std::int64_t>::max() / 2);
  Query query = testing::query_for("testland");
  CHECK_NOTHROW(estimate(catalog, query));
  query.cycles = 3;
  try {
    estimate(catalog, query);
    FAIL("expected an error");
  } catch (const Error& error) {
    // The data's figure did it (a catalog past the data layer's bounds): the data's error, exit 3.
    CHECK(error.kind() == ErrorKind::data);
    CHECK(std::string(error.what()) ==
          "the estimate for 'testland' is too large to compute: the figures of testland.toml make an amount exceed "
          "the range of the arithmetic");
  }
}

namespace {

// What estimate throws for query, as kind and message.
std::pair<ErrorKind, std::string> failure(const Catalog& catalog, const Query& query) {
  try {
    estimate(catalog, query);
  } catch (const Error& error) {
    return {error.kind(), error.what()};
  }
  FAIL("expected an error");
  return {};
}

}  // namespace

TEST_CASE("estimate: an overflow is the fault of what caused it: a data file's rate, or the family's own figures") {
  Catalog catalog = test_catalog();
  // A rate a data file could hold (currencies.toml takes any positive decimal): 5 x 10^12 units per dollar.
  catalog.currencies.rates["XXX"] = ExchangeRate{"XXX", 5'000'000'000'000 * kMicros, {"rates source", "2025-01-01", false, ""}};
  Query query = testing::query_for("testland");
  query.currency = "XXX";
  // The cycle's 20,000 dollars x 5 x 10^12 = 10^17 units, 10^19 cents: beyond 9.2 x 10^18.
  const auto [kind, message] = failure(catalog, query);
  CHECK(kind == ErrorKind::data);
  CHECK(message == "the estimate for 'testland' is too large to compute in XXX at the data's exchange rates "
                   "(5000000000000 XXX per USD, currencies.toml): an amount exceeds the range of the arithmetic; check "
                   "the rate");
  CHECK(exit_code(kind) == 3);

  // The same rate as the family's (--rate): theirs to change, a usage error.
  catalog.currencies.rates["XXX"].provenance = Provenance{"--rate", "", false, "", true};
  CHECK(failure(catalog, query).first == ErrorKind::usage);

  // Their own figure, in a currency the arithmetic holds: theirs too.
  Query own = testing::query_for("testland");
  own.overrides.set("flights", MoneyRange::exactly(Money::from_cents(std::numeric_limits<std::int64_t>::max() / 2)));
  const auto [own_kind, own_message] = failure(catalog, own);
  CHECK(own_kind == ErrorKind::usage);
  CHECK(own_message == "the estimate for 'testland' is too large to compute: your own figures make an amount exceed "
                       "the range of the arithmetic");
  // Their figure and the data's rate, each too large: the rate is named, since without the figure it fails still.
  catalog.currencies.rates["XXX"].provenance = Provenance{"rates source", "2025-01-01", false, ""};
  own.currency = "XXX";
  CHECK(failure(catalog, own).first == ErrorKind::data);
}

TEST_CASE("estimate: what the data contradicts in the query is carried, and priced as asked") {
  Catalog catalog = test_catalog();
  Destination& testland = catalog.destinations[1];
  testland.entry_rules.push_back(EntryRule{"At most two attendants get visas", {"visa rule", "2024-03-04", false, ""}, {}, 2});
  testland.entry_rules.push_back(EntryRule{"Europeans: one companion", {"other rule", "2024-03-04", false, ""}, {"europe"}, 1});
  using enum Contradiction::Kind;

  Query query = testing::query_for("testland");
  CHECK(estimate(catalog, query).contradictions.empty());  // the defaults contradict nothing
  query.companions = 2;
  CHECK(estimate(catalog, query).contradictions.empty());  // at the limit: allowed

  query.companions = 3;
  Estimate e = estimate(catalog, query);
  REQUIRE(e.contradictions.size() == 1);
  CHECK(e.contradictions[0] == Contradiction{companions_over_entry_rule, 3, 2, &testland.entry_rules[0]});
  CHECK(line(e, "visa").factors.begin()->count == 4);  // still four travelers' visas: as asked
  // From Europe, the second rule too (it concerns Europeans only), in the rules' order.
  query.origin = "europe";
  e = estimate(catalog, query);
  REQUIRE(e.contradictions.size() == 2);
  CHECK(e.contradictions[1] == Contradiction{companions_over_entry_rule, 3, 1, &testland.entry_rules[1]});

  // Nights: the protocol is 4 a cycle, 2 more per extra infusion (2 included).
  query = testing::query_for("testland");
  query.infusions = 3;
  query.cycles = 2;
  query.nights = 11;  // the protocol: 2 x (4 + 1 x 2) = 12
  e = estimate(catalog, query);
  REQUIRE(e.contradictions.size() == 1);
  CHECK(e.contradictions[0] == Contradiction{nights_under_protocol, 11, 12, nullptr});
  CHECK(e.nights == 11);
  query.nights = 12;
  CHECK(estimate(catalog, query).contradictions.empty());
  query.nights = 1000;  // more than the protocol: a longer stay is no contradiction
  CHECK(estimate(catalog, query).contradictions.empty());

  // More cycles than nights: each cycle is a trip.
  query = testing::query_for("testland");
  query.cycles = 3;
  query.nights = 1;
  e = estimate(catalog, query);
  REQUIRE(e.contradictions.size() == 2);
  CHECK(e.contradictions[0] == Contradiction{nights_under_protocol, 1, 12, nullptr});
  CHECK(e.contradictions[1] == Contradiction{cycles_over_nights, 3, 1, nullptr});
  query.nights = 3;
  CHECK(estimate(catalog, query).contradictions.size() == 1);  // one a trip: only the protocol's stay is short
}

TEST_CASE("estimate_into: a reused estimate keeps nothing of the last query") {
  const Catalog catalog = test_catalog();
  Query busy = testing::query_for("testland");
  busy.nights = 1;  // under the protocol's 4: a contradiction
  busy.contingency_bp = 1000;
  busy.fx_fee_bp = 200;
  busy.origin = "europe";
  Estimate e;
  estimate_into(catalog, busy, e);
  REQUIRE_FALSE(e.contradictions.empty());
  REQUIRE(e.lines.size() == find_destination(catalog, "testland").items.size() + 2);  // with the two adjustments

  // Then the defaults, into the same estimate: as the first test has them, by hand.
  estimate_into(catalog, testing::query_for("testland"), e);
  CHECK(e.contradictions.empty());
  CHECK(e.lines.size() == find_destination(catalog, "testland").items.size());
  CHECK(e.origin == "north-america");
  CHECK_FALSE(e.origin_from_query);
  CHECK(e.nights == 4);
  CHECK(e.adjustments == MoneyRange{});
  CHECK(e.treatment == dollars(10000, 20000));
  CHECK(e.travel == dollars(1900, 3400));
  CHECK(e.total == dollars(11900, 23400));
}

namespace {

// Everything an estimate says, line by line, as text: two estimates that print
// the same text are the same to every report.
std::string everything_of(const Estimate& e) {
  std::ostringstream out;
  auto range = [&out](const MoneyRange& r) { out << r.low.cents() << ".." << r.high.cents() << (r.high_open ? "+" : "") << ' '; };
  out << e.destination->id << ' ' << e.origin << ' ' << e.origin_from_query << ' ' << e.currency << ' ' << e.rate << ' '
      << e.quote << ' ' << e.quote_rate << ' ' << e.nights << ' ' << e.travelers << '\n';
  for (const EntryRule* rule : e.entry_rules) out << rule << ' ';
  for (const LineItem& line : e.lines) {
    out << line.id << '|' << line.label() << '|' << static_cast<int>(line.group) << static_cast<int>(line.paid) << '|'
        << line.unit << '|' << line.quantity() << '|' << line.provenance << '|' << line.typical_at.value_or(-1) << '|'
        << line.included_units << '|' << line.percent_bp << '|';
    for (const Factor& factor : line.factors) out << factor.count << ' ' << static_cast<int>(factor.of) << ' ';
    for (const MoneyRange* r : {&line.unit_cost, &line.cost, &line.included, &line.base}) range(*r);
    out << '\n';
  }
  for (const MoneyRange* r : {&e.treatment, &e.travel, &e.adjustments, &e.total}) range(*r);
  out << e.contradictions.size() << ' ' << (e.fit ? static_cast<int>(*e.fit) : -1) << ' '
      << (e.simulation ? e.simulation->total.at(50).cents() : -1) << '\n';
  return out.str();
}

}  // namespace

namespace {

// The bundled data (derived figures: extra infusions, follow-ups; flights and
// visas per origin) with a euro rate, and a package quote for Mexico with
// nights and inclusions: lines it covers, in part or whole.
struct TemplatesFixture {
  Catalog catalog = bundled_catalog();
  Quote quote;
  TemplatesFixture() {
    catalog.currencies.rates["EUR"] = ExchangeRate{"EUR", 868'000, {}};
    quote.path = "q.toml";
    quote.destination = "mexico";
    quote.currency = "USD";
    quote.price = {MoneyRange::exactly(Money::from_units(12000)), Provenance{"quote", "2026-10-01", false, "", true}};
    quote.infusions_included = 3;
    quote.nights_included = 4;
    quote.includes = {Inclusion::accommodation, Inclusion::meals};
  }
};

}  // namespace

TEST_CASE("line templates: every estimate made from them is the estimate made without them") {
  TemplatesFixture fixture;
  const Catalog& catalog = fixture.catalog;
  const Quote& quote = fixture.quote;
  Overrides mine;
  mine.set("flights", MoneyRange{Money::from_units(500), Money::from_units(900)});

  // One run's templates through each change of what a run holds fixed, alone,
  // there and back (0 is none of them), from one estimate to the next.
  LineTemplates templates;
  Estimate reused;
  int compared = 0;
  for (const Destination& destination : catalog.destinations) {
    for (const std::string_view origin : kOrigins) {
      for (const int infusions : {1, 4}) {
        for (const int fixed : {0, 1, 0, 2, 0, 3, 0, 4, 0, 5}) {
          Query query;
          query.country = destination.id;
          query.origin = std::string(origin);
          query.infusions = infusions;
          query.cycles = infusions == 1 ? 1 : 3;
          query.companions = infusions == 1 ? 0 : 2;
          if (fixed == 1 || fixed == 4) query.currency = "EUR";
          if (fixed == 2) query.overrides = mine;
          if (fixed == 3) {
            query.sampling = Sampling{500, 7};
            query.budget = Money::from_units(30000);
          }
          if (fixed == 4 && destination.id == "mexico") query.quote = &quote;
          if (fixed == 5) {
            query.contingency_bp = 1000;
            query.fx_fee_bp = 250;
            query.nights = 2;
          }
          CAPTURE(fixed);
          CAPTURE(destination.id);
          CAPTURE(origin);
          estimate_into(catalog, query, reused, &templates);
          CHECK(everything_of(reused) == everything_of(estimate(catalog, query)));
          ++compared;
        }
      }
    }
  }
  CHECK(compared == static_cast<int>(catalog.destinations.size()) * 5 * 2 * 10);
}

TEST_CASE("line templates: an estimate in US dollars has the rate of its own catalog, whichever the templates saw before") {
  const Catalog first = bundled_catalog();
  Catalog second = first;  // a copy: its own map of currencies
  Query query;
  query.country = "mexico";
  LineTemplates templates;
  Estimate reused;
  for (const Catalog* catalog : std::initializer_list<const Catalog*>{&first, &second, &first}) {
    estimate_into(*catalog, query, reused, &templates);
    CHECK(reused.rate == &catalog->currencies.rates.at("USD"));
    CHECK(reused.currency == "USD");
    CHECK(templates.estimate(*catalog, query).rate == &catalog->currencies.rates.at("USD"));
  }
  query.currency = "EUR";
  CHECK(templates.estimate(second, query).rate == &second.currencies.rates.at("EUR"));
}

TEST_CASE("line templates: estimates counted again in place, in any order, are the estimates made afresh") {
  TemplatesFixture fixture;
  const Catalog& catalog = fixture.catalog;
  fixture.quote.includes.push_back(Inclusion::local_transport);
  const Quote& quote = fixture.quote;
  Overrides mine;
  mine.set("accommodation", MoneyRange{Money::from_units(50), Money::from_units(90)});

  // Rows as a batch has them: destinations, origins and counts at random, the
  // fixed part changing now and then, adjustments (extra lines) on some rows
  // and not the next of the same set, and rows that throw between them.
  LineTemplates templates;
  std::mt19937 random(20261129);
  auto pick = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  int fixed = 0;
  int compared = 0;
  int thrown = 0;
  for (int row = 0; row < 6000; ++row) {
    if (pick(0, 199) == 0) fixed = pick(0, 3);  // a new run: another currency, quote or the family's figures
    Query query;
    query.country = catalog.destinations[static_cast<std::size_t>(pick(0, static_cast<int>(catalog.destinations.size()) - 1))].id;
    query.origin = std::string(kOrigins[static_cast<std::size_t>(pick(0, static_cast<int>(kOrigins.size()) - 1))]);
    if (pick(0, 3) == 0) query.origin.reset();  // the default origin, not named
    query.infusions = pick(1, 6);
    query.cycles = pick(1, 3);
    query.companions = pick(0, 3);
    if (pick(0, 1) == 0) query.nights = pick(0, 30);
    if (pick(0, 2) == 0) query.contingency_bp = 1000;
    if (pick(0, 2) == 0) query.fx_fee_bp = 250;
    if (fixed == 1) query.currency = "EUR";
    if (fixed == 2 && query.country == "mexico") query.quote = &quote;
    if (fixed == 3) query.overrides = mine;
    if (pick(0, 99) == 0) query.cycles = 99;  // out of range: throws, and the next row of its set is made afresh
    CAPTURE(row);
    CAPTURE(query.country);
    CAPTURE(query.origin.value_or("(default)"));
    if (query.cycles == 99) {
      CHECK_THROWS_AS(templates.estimate(catalog, query), Error);
      ++thrown;
      continue;
    }
    CHECK(everything_of(templates.estimate(catalog, query)) == everything_of(estimate(catalog, query)));
    ++compared;
  }
  CHECK(compared > 5000);
  CHECK(thrown > 10);
  // A name or origin the catalog does not know: the estimate's own error.
  Query unknown;
  unknown.country = "atlantis";
  CHECK_THROWS_WITH_AS(templates.estimate(catalog, unknown), doctest::Contains("atlantis"), Error);
  unknown.country = "mexico";
  unknown.origin = "antarctica";
  CHECK_THROWS_WITH_AS(templates.estimate(catalog, unknown), doctest::Contains("unknown origin 'antarctica'"), Error);
}
