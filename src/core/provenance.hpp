#pragma once

#include <string>

namespace cpcost {

// Where a figure comes from: a published source with its date, an assumption
// with its reason (which may also name what it was derived from), or the
// user's own figure (an override on the command line, a clinic's quote).
struct Provenance {
  std::string source;
  std::string as_of;  // "YYYY-MM-DD", "YYYY-MM" or "YYYY"; empty for a bare assumption
  bool assumption = false;
  std::string reason;  // why, for an assumption
  bool yours = false;  // the user's figure: shown as "yours", not as a citation

  Provenance() = default;
  Provenance(std::string source_, std::string as_of_, bool assumption_, std::string reason_, bool yours_ = false)
      : source(std::move(source_)),
        as_of(std::move(as_of_)),
        assumption(assumption_),
        reason(std::move(reason_)),
        yours(yours_) {}

  friend bool operator==(const Provenance&, const Provenance&) = default;
};

}  // namespace cpcost
