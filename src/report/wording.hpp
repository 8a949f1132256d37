#pragma once
// Sentences shared by the human formats (table, markdown) and JSON.

#include <string>
#include <string_view>

#include "core/estimate.hpp"
#include "report/format_money.hpp"

namespace cpcost {

inline constexpr std::string_view kDisclaimer =
    "This is an estimate for an experimental therapy, not medical advice and not a price quote: "
    "confirm every figure with the clinic, and the treatment with your own doctor.";

// "Mexico (Tijuana, Guadalajara)".
std::string destination_title(const Destination& destination);

// "2 travelers × 1 trip" (an "x" without Unicode).
std::string describe_quantity(const LineItem& line, bool unicode);

// One sentence: travelers, infusions, cycles, nights and rooms, origin, and
// which of them are defaults.
std::string assumptions_sentence(const Estimate& estimate);

// "US Department of State: Level 2: Exercise increased caution. Summary..."
std::string describe_advisory(const Advisory& advisory);

// "Budget $20,000: may fit (the low total is within it, the high is not)".
std::string budget_sentence(Money budget, BudgetFit fit, const MoneyFormat& money);

}  // namespace cpcost
