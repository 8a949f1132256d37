#pragma once
// A progress line on stderr for long batch runs: rows done and rows per
// second, only on a terminal, and only once a run is past about 100,000 rows.

#include <chrono>
#include <cstdint>

namespace cpcost {

class Progress {
 public:
  static constexpr std::uint64_t kQuietRows = 100'000;

  explicit Progress(bool enabled) : enabled_(enabled) {}
  // Called for each row; cheap, and prints at most a few times a second.
  void row_done() {
    if (++rows_ > kQuietRows && enabled_ && (rows_ & 0x3FF) == 0) report(false);
  }
  // Clears the line, if one was printed.
  void finish();

 private:
  void report(bool last);

  bool enabled_;
  bool shown_ = false;
  std::uint64_t rows_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

}  // namespace cpcost
