#include "data/load_currencies.hpp"

#include <algorithm>

#include "data/table_reader.hpp"

namespace cpcost {

namespace {

bool is_currency_code(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Currencies read_currencies(const DataFile& file, Problems& problems, std::optional<Date> today) {
  Currencies currencies;
  const auto root = parse_toml(file.path, file.text, problems);
  if (!root) return currencies;
  TableReader reader(*root, file.path, "", problems, today);
  if (const toml::table* rates = reader.table("rates", Need::required)) {
    TableReader all = reader.child(*rates, "rates");
    for (auto&& [key, node] : *rates) {
      const std::string code(key.str());
      const toml::table* table = all.table(code, Need::required);
      if (!table) continue;
      if (!is_currency_code(code)) {
        all.problem_at(node, code, "a currency is three capital letters (ISO 4217), as EUR");
        continue;
      }
      if (code == kBaseCurrency) {
        all.problem_at(node, code, "US dollars are the base: every rate is per US dollar");
        continue;
      }
      TableReader rate = reader.child(*table, "rates." + code);
      ExchangeRate exchange{code, 0, {}};
      if (const toml::node* per_usd = rate.node("per_usd", Need::required)) {
        const auto* text = per_usd->as_string();
        const auto micros = text ? parse_rate(text->get()) : std::nullopt;
        if (!micros) {
          rate.problem_at(*per_usd, "per_usd",
                          "expected a positive decimal string with at most 6 decimals, such as \"0.9234\"");
        } else {
          exchange.per_usd_micros = *micros;
        }
      }
      exchange.provenance = read_provenance(rate);
      rate.reject_unknown_keys();
      if (exchange.per_usd_micros > 0) currencies.rates[code] = std::move(exchange);
    }
  }
  reader.reject_unknown_keys();
  return currencies;
}

}  // namespace cpcost
