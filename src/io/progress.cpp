#include "io/progress.hpp"

#include <cstdio>

#include "core/text.hpp"

namespace cpcost {

void Progress::report(bool last) {
  const auto now = std::chrono::steady_clock::now();
  if (!last && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const auto rate = static_cast<std::uint64_t>(seconds > 0 ? static_cast<double>(rows_) / seconds : 0);
  std::fprintf(stderr, "\r%s rows, %s rows/s\x1b[K", group_thousands(rows_).c_str(), group_thousands(rate).c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
}

}  // namespace cpcost
