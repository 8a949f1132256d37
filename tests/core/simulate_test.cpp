// Likely ranges checked against closed forms: a uniform's quantiles, the sum of
// two uniforms (Irwin-Hall), a rate drawn once for many nights; the generator
// against PCG32's reference output.

#include "core/simulate.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/cost_items.hpp"
#include "core/estimate.hpp"
#include "core/random.hpp"

using namespace cpcost;

namespace {

// An estimate of given lines (cost ranges in whole dollars), their sums as subtotals and total.
Estimate with_lines(std::vector<std::pair<std::int64_t, std::int64_t>> costs) {
  Estimate e;
  for (const auto& [low, high] : costs) {
    LineItem line;
    line.id = "line";
    line.group = LineGroup::travel;
    line.cost = {Money::from_units(low), Money::from_units(high), false};
    e.travel += line.cost;
    e.lines.push_back(line);
  }
  e.total = e.travel;
  return e;
}

double dollars(Money amount) { return static_cast<double>(amount.cents()) / 100.0; }

}  // namespace

TEST_CASE("random: PCG32 gives the reference output for the reference seed") {
  // pcg32-demo (pcg-random.org): pcg32_srandom_r(&rng, 42u, 54u), then six numbers.
  Pcg32 random(42u, 54u);
  const std::uint32_t expected[] = {0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e};
  for (const std::uint32_t value : expected) CHECK(random.next() == value);
}

TEST_CASE("random: bounded draws stay in bounds and reach both ends") {
  Pcg32 random(7);
  bool low = false, high = false;
  for (int i = 0; i < 10'000; ++i) {
    const auto draw = random.below_or_at(4);
    CHECK(draw <= 4);
    low = low || draw == 0;
    high = high || draw == 4;
  }
  CHECK(low);
  CHECK(high);
  CHECK(random.below_or_at(0) == 0);
  const double unit = random.unit();
  CHECK((unit >= 0.0 && unit < 1.0));
}

TEST_CASE("simulate: one uniform figure's percentiles are its quantiles") {
  const Estimate e = with_lines({{500, 900}});  // width 400: P10 540, P25 600, P50 700, P75 800, P90 860
  const Simulation s = simulate(e, {100'000, 1});
  for (const int p : kPercentiles) {
    CAPTURE(p);
    CHECK(std::abs(dollars(s.total.at(p)) - (500 + 400 * p / 100.0)) <= 0.01 * 400);
  }
  CHECK(s.total.at(10) < s.total.at(50));
  CHECK(s.total.at(50) < s.total.at(90));
  // Every line here is travel: the subtotal's percentiles are the total's.
  CHECK(s.travel.values == s.total.values);
  // Found by selection, they are what sorting every outcome gives.
  for (const int p : kPercentiles) CHECK(s.total.at(p) == s.total_at(p));
  CHECK(s.treatment.at(50) == Money{});
}

TEST_CASE("simulate: percentiles equal the sorted outcomes' at any spread") {
  // The percentiles are found through a histogram of at most 4,096 buckets; at
  // every spread — none, a few cents, beyond 2^32 cents (where draws take two
  // words), and one narrow figure beside a huge one, which crowds most outcomes
  // into few buckets — they must be the order statistics a full sort gives.
  const std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>> cases = {
      {{700, 700}}, {{700, 701}}, {{0, 90'000'000}}, {{100, 101}, {0, 1}, {5, 80'000'000}}};
  for (const auto& lines : cases) {
    const Simulation s = simulate(with_lines(lines), {1'000, 3});
    for (const int p : kPercentiles) {
      CAPTURE(p);
      CHECK(s.total.at(p) == s.total_at(p));
      CHECK(s.travel.at(p) == s.total_at(p));
    }
  }
}

TEST_CASE("simulate: two independent uniforms sum as Irwin-Hall") {
  // Two figures of 0-1,000: the sum's CDF is x^2/2 up to 1,000, 1 - (2 - x)^2/2 beyond.
  // P10 = 1,000 x sqrt(0.2) = 447.2; P50 = 1,000; P90 = 1,000 x (2 - sqrt(0.2)) = 1,552.8.
  const Simulation s = simulate(with_lines({{0, 1000}, {0, 1000}}), {100'000, 1});
  CHECK(std::abs(dollars(s.total.at(10)) - 1000 * std::sqrt(0.2)) <= 0.01 * 2000);
  CHECK(std::abs(dollars(s.total.at(50)) - 1000) <= 0.01 * 2000);
  CHECK(std::abs(dollars(s.total.at(90)) - 1000 * (2 - std::sqrt(0.2))) <= 0.01 * 2000);
}

TEST_CASE("simulate: a rate drawn once for 10 nights spreads with the nights, not their square root") {
  // 10 nights at 60-150 a night, the same rate every night: the line is uniform on 600-1,500,
  // so P90 - P10 = 0.8 x 10 x 90 = 720 (ten draws a night would give about a third of it).
  const Simulation s = simulate(with_lines({{600, 1500}}), {100'000, 3});
  CHECK(std::abs(dollars(s.total.at(90) - s.total.at(10)) - 720) <= 0.02 * 720);
}

TEST_CASE("simulate: a line paid on several trips is drawn once per trip") {
  // A fare of 0-1,000 for each of 2 trips: the line is the mean of two uniform
  // draws (each trip its half), so its spread follows Irwin-Hall for n = 2,
  // scaled by 1/2 — P10 = 1,000 x sqrt(0.2) / 2 = 223.6, P90 = 1,000 x (2 - sqrt(0.2)) / 2
  // = 776.4 — where one draw for both trips would put them at 100 and 900.
  const auto flights = std::find_if(kCostItems.begin(), kCostItems.end(), [](const CostItem& item) {
    return item.id == "flights";
  });
  REQUIRE(flights != kCostItems.end());
  Estimate e = with_lines({{0, 1000}});
  e.lines[0].item = &*flights;
  e.cycles = 2;
  const Simulation two = simulate(e, {100'000, 1});
  CHECK(std::abs(dollars(two.total.at(10)) - 500 * std::sqrt(0.2)) <= 0.01 * 1000);
  CHECK(std::abs(dollars(two.total.at(50)) - 500) <= 0.01 * 1000);
  CHECK(std::abs(dollars(two.total.at(90)) - 500 * (2 - std::sqrt(0.2))) <= 0.01 * 1000);
  // One trip: one draw, the uniform's own quantiles.
  e.cycles = 1;
  const Simulation one = simulate(e, {100'000, 1});
  CHECK(std::abs(dollars(one.total.at(10)) - 100) <= 0.01 * 1000);
  CHECK(std::abs(dollars(one.total.at(90)) - 900) <= 0.01 * 1000);
  // A line paid once (the visa) is one draw however many trips there are.
  e.lines[0].item = &*std::find_if(kCostItems.begin(), kCostItems.end(), [](const CostItem& item) {
    return item.id == "visa";
  });
  e.cycles = 2;
  CHECK(std::abs(dollars(simulate(e, {100'000, 1}).total.at(90)) - 900) <= 0.01 * 1000);
}

TEST_CASE("simulate: the chance within a budget is the share of outcomes within it") {
  Estimate e = with_lines({{500, 900}});
  e.budget = Money::from_units(800);  // 3/4 of the uniform's width
  const Simulation s = simulate(e, {100'000, 1});
  REQUIRE(s.probability_within.has_value());
  CHECK(std::abs(*s.probability_within - 0.75) <= 0.01);
  e.budget = Money::from_units(400);
  CHECK(*simulate(e, {1'000, 1}).probability_within == 0.0);
  e.budget = Money::from_units(900);
  CHECK(*simulate(e, {1'000, 1}).probability_within == 1.0);
  CHECK_FALSE(simulate(with_lines({{1, 2}}), {1'000, 1}).probability_within.has_value());
}

TEST_CASE("simulate: the same seed gives the same percentiles, another seed other draws of the same spread") {
  const Estimate e = with_lines({{500, 900}, {100, 300}, {0, 50}});
  const Simulation one = simulate(e, {10'000, 1});
  const Simulation again = simulate(e, {10'000, 1});
  const Simulation other = simulate(e, {10'000, 2});
  CHECK(one.total.values == again.total.values);
  CHECK(one.total.values != other.total.values);
  for (const int p : kPercentiles) CHECK(std::abs(dollars(one.total.at(p) - other.total.at(p))) <= 0.02 * 750);
}

TEST_CASE("simulate: fixed lines give fixed percentiles, and adjustments follow each outcome") {
  Estimate e = with_lines({{1000, 1000}});
  const Simulation fixed = simulate(e, {500, 1});
  for (const int p : kPercentiles) CHECK(fixed.total.at(p) == Money::from_units(1000));
  // A 10 % reserve on a line of 1,000-2,000: the total is 1.1 x a uniform on 1,000-2,000.
  e = with_lines({{1000, 2000}});
  LineItem reserve;
  reserve.id = "contingency";
  reserve.group = LineGroup::adjustment;
  reserve.percent_bp = 1000;
  e.lines.push_back(reserve);
  const Simulation adjusted = simulate(e, {100'000, 1});
  CHECK(std::abs(dollars(adjusted.total.at(50)) - 1650) <= 0.01 * 1100);
  CHECK(std::abs(dollars(adjusted.adjustments.at(50)) - 150) <= 0.01 * 100);
}

TEST_CASE("simulate: a percentile that reaches an open-ended figure's stated high is marked") {
  Estimate e = with_lines({{0, 1000}});
  e.lines[0].cost.high_open = true;
  e.total.high_open = true;
  // Open from 1,000 (that figure at its high): no percentile of a uniform on 0-1,000 reaches it.
  Simulation s = simulate(e, {10'000, 1});
  for (const int p : kPercentiles) CHECK_FALSE(s.total.open_at(p));
  e = with_lines({{1000, 1000}, {0, 0}});
  e.lines[1].cost = {Money{}, Money{}, true};  // open, but nothing to draw: every outcome reaches it
  e.total.high_open = true;
  s = simulate(e, {500, 1});
  for (const int p : kPercentiles) CHECK(s.total.open_at(p));
}

TEST_CASE("simulate: a figure with a typical value draws from its PERT distribution") {
  // PERT on 0-1,000 with mode 200: Beta(1.8, 4.2), mean (0 + 4 x 200 + 1,000) / 6 = 300, and a
  // median below the middle (about 281).
  Estimate e = with_lines({{0, 1000}});
  e.lines[0].typical_at = 0.2;
  const Simulation s = simulate(e, {100'000, 5});
  double sum = 0;
  for (const auto cents : s.totals) sum += static_cast<double>(cents) / 100.0;
  CHECK(std::abs(sum / static_cast<double>(s.totals.size()) - 300) <= 0.01 * 1000);
  CHECK(dollars(s.total.at(50)) < 300);
  CHECK(dollars(s.total.at(50)) > 250);
  // A typical value at the middle: symmetric, its median the middle.
  e.lines[0].typical_at = 0.5;
  CHECK(std::abs(dollars(simulate(e, {100'000, 5}).total.at(50)) - 500) <= 0.01 * 1000);
}
