#include "core/random.hpp"

namespace cpcost {

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

Pcg32::Pcg32(std::uint64_t initial_state, std::uint64_t stream) : increment_((stream << 1u) | 1u) {
  next();
  state_ += initial_state;
  next();
}

// A small seed ("1", "2") spread over both words, so that nearby seeds give unrelated streams.
Pcg32::Pcg32(std::uint64_t seed) : Pcg32(0, 0) {
  std::uint64_t mix = seed;
  const std::uint64_t initial = splitmix64(mix);
  *this = Pcg32(initial, splitmix64(mix));
}

std::uint64_t Pcg32::next64() { return (std::uint64_t{next()} << 32u) | next(); }

// Bounds of 2^32 - 1 and more: two 32-bit draws, rejection above the largest multiple.
std::uint64_t Pcg32::below_or_at_wide(std::uint64_t bound) {
  if (bound == UINT64_MAX) return next64();
  const std::uint64_t range = bound + 1;
  // The largest multiple of range that fits: draws at or above it are thrown back.
  const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % range + 1) % range;
  std::uint64_t draw = next64();
  while (draw > limit) draw = next64();
  return draw % range;
}

double Pcg32::unit() { return static_cast<double>(next64() >> 11u) * 0x1.0p-53; }

}  // namespace cpcost
