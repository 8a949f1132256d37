#pragma once
// Numbered sources: each distinct provenance once, in order of first use
// (lines, then advisories, then entry rules), shared by every renderer.

#include <string>
#include <vector>

#include "core/estimate.hpp"

namespace cpcost {

class Footnotes {
 public:
  Footnotes() = default;
  explicit Footnotes(const Estimate& estimate);

  // Numbers provenance, unless an equal one has its number already.
  void add(const Provenance& provenance);
  // 1-based number of a provenance added before.
  int number_of(const Provenance& provenance) const;
  const std::vector<const Provenance*>& notes() const { return notes_; }

 private:
  std::vector<const Provenance*> notes_;
};

// The numbered list: "Sources:", then " [1] ..." with the numbers aligned,
// each source wrapped at width under its text.
std::string sources_section(const Footnotes& footnotes, bool color, std::size_t width);

// Markdown's numbered list: "1. ...", escaped.
std::string markdown_sources_section(const Footnotes& footnotes);

// "PlacidWay, guide ... (2025-11-21)" or "Assumption: reason. Derived from: source (2025)".
std::string describe_provenance(const Provenance& provenance);

}  // namespace cpcost
