#pragma once
// A portable random generator, so that the same seed gives the same draws on
// every machine and standard library: PCG32 (O'Neill, pcg-random.org, the
// "XSH RR" output of a 64-bit LCG), seeded through splitmix64, with its own
// bounded integers (never std::uniform_*_distribution, whose output differs
// between standard libraries).

#include <cstdint>

namespace cpcost {

class Pcg32 {
 public:
  explicit Pcg32(std::uint64_t seed);
  // The reference seeding (pcg32_srandom_r): a start state and a stream.
  Pcg32(std::uint64_t initial_state, std::uint64_t stream);
  std::uint32_t next();
  // A uniform integer in [0, bound] (inclusive), without bias (rejection).
  // Inline: the likely range draws about ten of these per outcome.
  std::uint64_t below_or_at(std::uint64_t bound);
  // A uniform double in [0, 1) from 53 random bits.
  double unit();

 private:
  std::uint64_t next64();
  std::uint64_t below_or_at_wide(std::uint64_t bound);
  std::uint64_t state_ = 0;
  std::uint64_t increment_ = 0;
};

inline std::uint32_t Pcg32::next() {
  const std::uint64_t old = state_;
  state_ = old * 6364136223846793005ULL + increment_;
  const auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
  const auto rotation = static_cast<std::uint32_t>(old >> 59u);
  return (xorshifted >> rotation) | (xorshifted << ((32u - rotation) & 31u));
}

inline std::uint64_t Pcg32::below_or_at(std::uint64_t bound) {
  if (bound == 0) return 0;
  if (bound >= UINT32_MAX) return below_or_at_wide(bound);
  // Lemire's multiply-and-shift (ACM TOMACS 2019): one 32-bit draw, a division only when it may be biased.
  const auto range = static_cast<std::uint32_t>(bound + 1);
  std::uint64_t product = std::uint64_t{next()} * range;
  auto low = static_cast<std::uint32_t>(product);
  if (low < range) {
    const std::uint32_t threshold = (0u - range) % range;
    while (low < threshold) {
      product = std::uint64_t{next()} * range;
      low = static_cast<std::uint32_t>(product);
    }
  }
  return product >> 32u;
}

// One step of splitmix64 (Steele, Lea, Flood 2014): spreads a seed's bits.
std::uint64_t splitmix64(std::uint64_t& state);

}  // namespace cpcost
