#include "core/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/cost_items.hpp"
#include "core/currency.hpp"
#include "core/estimate.hpp"
#include "core/random.hpp"

namespace cpcost {

namespace {

std::size_t index_of(int percentile) {
  for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
    if (kPercentiles[i] == percentile) return i;
  }
  return kPercentiles.size() / 2;
}

// The order statistic at rank p x (n - 1), rounded to the nearest rank (with
// 10,000 outcomes, neighbouring ranks differ by a ten-thousandth of the range).
std::size_t rank_of(double percentile, std::size_t count) {
  const double rank = std::clamp(percentile, 0.0, 100.0) / 100.0 * static_cast<double>(count - 1);
  return static_cast<std::size_t>(std::llround(rank));
}

std::int64_t value_at(const std::vector<std::int64_t>& sorted, double percentile) {
  return sorted[rank_of(percentile, sorted.size())];
}

// The percentiles of values, exactly (the order statistics at their nearest
// ranks) but without sorting, or even selecting over, all of them: a histogram
// of the values in at most 4,096 equal buckets (a shift of their distance from
// the least) tells which bucket holds each rank and how many values lie below
// it; only the values in those few buckets are gathered and selected among.
// Three passes over the outcomes instead of five selections: the likely range
// is computed on every estimate, so this is most of the start-up cost it adds.
Percentiles selected_percentiles(const std::vector<std::int64_t>& values) {
  constexpr std::size_t kBuckets = 4096;
  const std::size_t n = values.size();
  const auto [least_at, most_at] = std::minmax_element(values.begin(), values.end());
  const std::int64_t least = *least_at;
  const auto span = static_cast<std::uint64_t>(*most_at) - static_cast<std::uint64_t>(least);
  int shift = 0;
  while ((span >> shift) >= kBuckets) ++shift;
  const auto bucket_of = [&](std::int64_t value) {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(value) - static_cast<std::uint64_t>(least)) >> shift);
  };
  std::array<std::uint32_t, kBuckets> counts{};
  for (const std::int64_t value : values) ++counts[bucket_of(value)];

  // For each percentile: its bucket, and its rank among that bucket's values.
  std::array<std::size_t, kPercentiles.size()> bucket{}, rank_within{};
  std::array<std::int8_t, kBuckets> slot;
  slot.fill(-1);
  std::array<std::vector<std::int64_t>, kPercentiles.size()> gathered;
  std::size_t b = 0, below = 0;
  for (std::size_t i = 0; i < kPercentiles.size(); ++i) {  // kPercentiles ascend, so the walk only moves up
    const std::size_t rank = rank_of(kPercentiles[i], n);
    while (below + counts[b] <= rank) below += counts[b++];
    bucket[i] = b;
    rank_within[i] = rank - below;
    if (slot[b] < 0) {
      slot[b] = static_cast<std::int8_t>(i);
      gathered[i].reserve(counts[b]);
    }
  }
  for (const std::int64_t value : values) {
    const std::int8_t s = slot[bucket_of(value)];
    if (s >= 0) gathered[static_cast<std::size_t>(s)].push_back(value);
  }
  Percentiles result;
  for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
    std::vector<std::int64_t>& pool = gathered[static_cast<std::size_t>(slot[bucket[i]])];
    const auto at = pool.begin() + static_cast<std::ptrdiff_t>(rank_within[i]);
    std::nth_element(pool.begin(), at, pool.end());
    result.values[i] = Money::from_cents(*at);
  }
  return result;
}

// A standard normal draw (Box-Muller, the cosine half).
double normal(Pcg32& random) {
  const double u = 1.0 - random.unit();  // in (0, 1]: its logarithm is finite
  const double v = random.unit();
  return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * v);
}

// A Gamma(shape, 1) draw for shape >= 1 (Marsaglia and Tsang, ACM TOMS 2000).
double gamma(Pcg32& random, double shape) {
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  while (true) {
    const double x = normal(random);
    const double v = std::pow(1.0 + c * x, 3);
    if (v <= 0) continue;
    const double u = random.unit();
    if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

// Where a PERT draw falls between low (0) and high (1), given the typical value's
// place: Beta(1 + 4 m, 1 + 4 (1 - m)), as Gamma(a) / (Gamma(a) + Gamma(b)).
double pert(Pcg32& random, double typical_at) {
  const double a = gamma(random, 1.0 + 4.0 * typical_at);
  const double b = gamma(random, 1.0 + 4.0 * (1.0 - typical_at));
  return a / (a + b);
}

// Lines whose figure the rules derive from the first cycle's price move with it.
bool follows_treatment(const LineItem& line) {
  return line.provenance == &kFollowUpRatio || line.provenance == &kPerIncludedInfusion;
}

// How many trips a line's figure is paid on, each at its own price: the fares,
// transfers, insurance and tests of every trip, the nights and days of every
// stay. The first cycle, the follow-ups that follow its price and the visa are
// paid once. (Fewer nights than trips: as many stays as there are nights.)
int trips_spanned(const LineItem& line, const Estimate& estimate) {
  if (line.item == nullptr) return 1;
  const int trips = std::max(estimate.cycles, 1);
  for (const Count count : line.item->factors.counts()) {
    switch (count) {
      case Count::trips:
      case Count::cycles:
        return trips;
      case Count::nights:
        return std::clamp(estimate.nights, 1, trips);
      case Count::days:
        return std::clamp(estimate.days, 1, trips);
      default:
        break;
    }
  }
  return 1;
}

}  // namespace

Money Percentiles::at(int percentile) const { return values[index_of(percentile)]; }

Money Simulation::total_at(double percentile) const {
  if (totals.empty()) return Money{};
  std::vector<std::int64_t> sorted = totals;
  std::sort(sorted.begin(), sorted.end());
  return Money::from_cents(value_at(sorted, percentile));
}
bool Percentiles::open_at(int percentile) const { return open[index_of(percentile)]; }

namespace {

// One line as the draws see it, worked out once: in cents, raw integers (every
// sum is bounded by the estimate's high total, which did not overflow).
struct DrawnLine {
  enum class Kind { fixed, uniform, pert, follows_first_cycle } kind = Kind::fixed;
  std::int64_t low = 0;
  std::int64_t width = 0;
  double typical_at = 0;
  int trips = 1;  // drawn once for each, each trip an equal share of the line
  bool treatment = false;
  bool abroad = false;
  bool first_cycle = false;
};

struct Adjustment {
  std::int64_t basis_points = 0;
  bool on_abroad = false;  // the fees; else the reserve on everything before it
};

}  // namespace

Simulation simulate(const Estimate& estimate, const Sampling& sampling) {
  Simulation simulation;
  simulation.sampling = sampling;
  const std::size_t draws = static_cast<std::size_t>(std::clamp(sampling.draws, kMinDraws, kMaxDraws));
  Pcg32 random(sampling.seed);

  // The amount from which a total reaches an open-ended figure's stated high:
  // that figure at its high, every other at its low.
  std::optional<std::int64_t> open_from;
  std::vector<DrawnLine> lines;
  std::vector<Adjustment> adjustments_asked;
  for (const LineItem& line : estimate.lines) {
    if (line.group == LineGroup::adjustment) {
      adjustments_asked.push_back({line.percent_bp, line.id == "fx_fee"});
      continue;
    }
    if (line.cost.high_open) {
      const std::int64_t reach = estimate.total.low.cents() + (line.cost.high - line.cost.low).cents();
      open_from = open_from ? std::min(*open_from, reach) : reach;
    }
    DrawnLine drawn;
    drawn.low = line.cost.low.cents();
    drawn.width = (line.cost.high - line.cost.low).cents();
    drawn.treatment = line.group == LineGroup::treatment;
    drawn.abroad = line.paid == Paid::abroad;
    drawn.first_cycle = line.id == "treatment";
    drawn.trips = trips_spanned(line, estimate);
    if (follows_treatment(line)) {
      drawn.kind = DrawnLine::Kind::follows_first_cycle;
    } else if (drawn.width > 0 && line.typical_at) {
      drawn.kind = DrawnLine::Kind::pert;
      drawn.typical_at = *line.typical_at;
    } else if (drawn.width > 0) {
      drawn.kind = DrawnLine::Kind::uniform;
    }
    lines.push_back(drawn);
  }

  std::vector<std::int64_t> totals(draws), treatments(draws), travels(draws), adjustments(draws);
  std::int64_t within = 0;
  const std::int64_t budget = estimate.budget ? estimate.budget->cents() : 0;
  for (std::size_t d = 0; d < draws; ++d) {
    std::int64_t treatment = 0, travel = 0, abroad = 0;
    double first_cycle = 0;  // where the first cycle's price fell, 0 to 1
    for (const DrawnLine& line : lines) {
      std::int64_t offset = 0;
      switch (line.kind) {
        case DrawnLine::Kind::fixed:
          break;
        case DrawnLine::Kind::uniform: {
          // Each trip's share at its own price: the mean of one draw per trip
          // (a sum bounded by trips x width, far from overflow), to the nearest cent.
          std::uint64_t sum = 0;
          for (int t = 0; t < line.trips; ++t) sum += random.below_or_at(static_cast<std::uint64_t>(line.width));
          const auto trips = static_cast<std::uint64_t>(line.trips);
          offset = static_cast<std::int64_t>((sum + trips / 2) / trips);
          break;
        }
        case DrawnLine::Kind::pert: {
          double sum = 0;
          for (int t = 0; t < line.trips; ++t) sum += pert(random, line.typical_at);
          offset = std::llround(sum / line.trips * static_cast<double>(line.width));
          break;
        }
        case DrawnLine::Kind::follows_first_cycle:
          offset = std::llround(first_cycle * static_cast<double>(line.width));
          break;
      }
      if (line.first_cycle && line.width > 0) first_cycle = static_cast<double>(offset) / static_cast<double>(line.width);
      const std::int64_t cost = line.low + offset;
      (line.treatment ? treatment : travel) += cost;
      if (line.abroad) abroad += cost;
    }
    Money adjusted;
    for (const Adjustment& adjustment : adjustments_asked) {
      // Recomputed on this outcome: fees on what is spent abroad, a reserve on everything before it.
      const Money base = Money::from_cents(adjustment.on_abroad ? abroad : treatment + travel) +
                         (adjustment.on_abroad ? Money{} : adjusted);
      adjusted += percent_of(base, adjustment.basis_points);
    }
    const std::int64_t total = treatment + travel + adjusted.cents();
    totals[d] = total;
    treatments[d] = treatment;
    travels[d] = travel;
    adjustments[d] = adjusted.cents();
    if (estimate.budget && total <= budget) ++within;
  }
  simulation.total = selected_percentiles(totals);
  for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
    simulation.total.open[i] = open_from && simulation.total.values[i].cents() >= *open_from;
  }
  simulation.totals = std::move(totals);
  simulation.open_from = open_from;
  simulation.treatment = selected_percentiles(treatments);
  simulation.travel = selected_percentiles(travels);
  simulation.adjustments = selected_percentiles(adjustments);
  if (estimate.budget) simulation.probability_within = static_cast<double>(within) / static_cast<double>(draws);
  return simulation;
}

}  // namespace cpcost
