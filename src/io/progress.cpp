#include "io/progress.hpp"

#include <cstdio>
#include <string>

#include "core/text.hpp"

namespace cpcost {

namespace {

// "12 %": whole percent, rounded down, so that 100 % means done.
std::string share_text(std::uint64_t done, std::uint64_t total) {
  const auto percent = static_cast<unsigned>(static_cast<double>(done) / static_cast<double>(total) * 100.0);
  return std::to_string(percent) + " %";
}

// "about 14 min", "about 40 s": what is left at the rate so far.
std::string time_left(std::uint64_t done, std::uint64_t total, std::uint64_t rate) {
  if (rate == 0 || done >= total) return "nothing";
  const std::uint64_t seconds = (total - done) / rate + 1;
  if (seconds < 120) return "about " + std::to_string(seconds) + " s";
  if (seconds < 7200) return "about " + std::to_string(seconds / 60) + " min";
  return "about " + std::to_string(seconds / 3600) + " h";
}

}  // namespace

void Progress::report(bool last) {
  const auto now = std::chrono::steady_clock::now();
  if (!last && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const auto rate = static_cast<std::uint64_t>(seconds > 0 ? static_cast<double>(rows_) / seconds : 0);
  if (total_ == 0) {
    std::fprintf(stderr, "\r%s rows, %s rows/s\x1b[K", group_thousands(rows_).c_str(), group_thousands(rate).c_str());
  } else {
    std::fprintf(stderr, "\r%s of %s rows (%s), %s rows/s, %s left\x1b[K", group_thousands(rows_).c_str(),
                 group_thousands(total_).c_str(), share_text(rows_, total_).c_str(), group_thousands(rate).c_str(),
                 time_left(rows_, total_, rate).c_str());
  }
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
}

}  // namespace cpcost
