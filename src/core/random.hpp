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
  std::uint64_t below_or_at(std::uint64_t bound);
  // A uniform double in [0, 1) from 53 random bits.
  double unit();

 private:
  std::uint64_t next64();
  std::uint64_t state_ = 0;
  std::uint64_t increment_ = 0;
};

// One step of splitmix64 (Steele, Lea, Flood 2014): spreads a seed's bits.
std::uint64_t splitmix64(std::uint64_t& state);

}  // namespace cpcost
