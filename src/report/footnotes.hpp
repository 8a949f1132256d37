#pragma once
// Numbered sources: each distinct provenance once, in order of first use
// (lines, then advisories, then entry rules), shared by every renderer.

#include <string>
#include <vector>

#include "core/estimate.hpp"

namespace cpcost {

class Footnotes {
 public:
  explicit Footnotes(const Estimate& estimate);

  // 1-based number of a provenance that the estimate uses.
  int number_of(const Provenance& provenance) const;
  const std::vector<const Provenance*>& notes() const { return notes_; }

 private:
  void add(const Provenance& provenance);
  std::vector<const Provenance*> notes_;
};

// "PlacidWay, guide ... (2025-11-21)" or "Assumption: reason. Derived from: source (2025)".
std::string describe_provenance(const Provenance& provenance);

}  // namespace cpcost
