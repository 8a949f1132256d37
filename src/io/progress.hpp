#pragma once
// A progress line on stderr for long runs (a batch file, a sweep): rows done
// and rows per second, and with a known total (a sweep) the share done and the
// time left; only on a terminal, and only once a run is past about 100,000
// rows, or from its first quarter second when its total says it will be.

#include <chrono>
#include <cstdint>

namespace cpcost {

class Progress {
 public:
  static constexpr std::uint64_t kQuietRows = 100'000;

  // total: the rows the run will write, when known; 0 when not.
  explicit Progress(bool enabled, std::uint64_t total = 0) : enabled_(enabled), total_(total) {}
  // Called for each row; cheap, and prints at most a few times a second.
  void row_done() {
    ++rows_;
    if (enabled_ && (rows_ & 0x3FF) == 0 && (rows_ > kQuietRows || total_ > kQuietRows)) report(false);
  }
  // Clears the line, if one was printed.
  void finish();

 private:
  void report(bool last);

  bool enabled_;
  std::uint64_t total_;
  bool shown_ = false;
  std::uint64_t rows_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

}  // namespace cpcost
