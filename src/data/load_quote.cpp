#include "data/load_quote.hpp"

#include "core/error.hpp"
#include "data/load_catalog.hpp"
#include "data/table_reader.hpp"

namespace cpcost {

Quote read_quote(const DataFile& file, const Catalog& catalog, Problems& problems, std::optional<Date> today) {
  Quote quote;
  quote.path = file.path;
  const auto root = parse_toml(file.path, file.text, problems);
  if (!root) return quote;
  TableReader reader(*root, file.path, "", problems, today);

  quote.clinic = reader.text("clinic", Need::required).value_or("");
  if (const toml::node* node = reader.node("destination", Need::required)) {
    const auto name = reader.text("destination", Need::required);
    if (name) {
      try {
        quote.destination = find_destination(catalog, *name).id;
      } catch (const Error& error) {
        reader.problem_at(*node, "destination", error.what());
      }
    }
  }
  quote.city = reader.text("city", Need::optional).value_or("");
  if (const toml::node* node = reader.node("currency", Need::required)) {
    quote.currency = reader.text("currency", Need::required).value_or("");
    if (!quote.currency.empty() && !catalog.currencies.find(quote.currency)) {
      reader.problem_at(*node, "currency",
                        "no exchange rate for '" + quote.currency + "'; the data has: " + catalog.currencies.codes());
    }
  }
  if (!quote.currency.empty()) reader.set_currency(quote.currency);  // the quote's amounts are in it
  Provenance provenance;
  provenance.yours = true;
  provenance.as_of = reader.date("as_of", Need::required).value_or("");
  const std::string where = reader.text("source", Need::optional).value_or("");
  provenance.source = "quote from " + quote.clinic + (quote.city.empty() ? "" : ", " + quote.city) + " (" +
                      file.path + (where.empty() ? "" : "; " + where) + ")";

  quote.infusions_included = reader.count("infusions_included", 1, 50, Need::required).value_or(1);
  quote.nights_included = reader.count("nights_included", 0, 365, Need::optional).value_or(0);
  for (const auto& name : reader.texts("includes", Need::optional)) {
    if (const auto inclusion = inclusion_named(name)) {
      quote.includes.push_back(*inclusion);
    } else {
      std::string known;
      for (const auto known_name : kInclusionNames) known += (known.empty() ? "" : ", ") + std::string(known_name);
      reader.problem_at(*reader.node("includes", Need::optional), "includes",
                        "unknown inclusion '" + name + "'; known: " + known);
    }
  }
  if (quote.has(Inclusion::accommodation) && quote.nights_included == 0) {
    reader.problem_here("includes accommodation: say how many nights a cycle (nights_included)");
  }
  if (quote.nights_included > 0 && !quote.has(Inclusion::accommodation)) quote.includes.push_back(Inclusion::accommodation);

  auto price = [&](std::string_view key, Need need) -> std::optional<PriceFigure> {
    const toml::table* table = reader.table(key, need);
    if (!table) return std::nullopt;
    TableReader figure = reader.child(*table, std::string(key));
    PriceFigure result;
    if (figure.has("amount")) {
      result.range = MoneyRange::exactly(figure.amount("amount", Need::required).value_or(Money{}));
    } else {
      const auto low = figure.amount("low", Need::required);
      const auto high = figure.amount("high", Need::required);
      if (low && high && *low > *high) figure.problem_at(*figure.node("high", Need::required), "high", "is lower than low");
      result.range = {low.value_or(Money{}), high.value_or(Money{}), false};
    }
    result.provenance = provenance;
    figure.reject_unknown_keys("a quoted price has amount, or low and high");
    return result;
  };
  quote.price = price("price", Need::required).value_or(PriceFigure{});
  quote.extra_infusion = price("extra_infusion", Need::optional);
  reader.reject_unknown_keys();
  return quote;
}

Quote load_quote(const std::string& path, const Catalog& catalog, std::optional<Date> today) {
  Problems problems;
  Quote quote = read_quote(read_data_file(path), catalog, problems, today);
  if (!problems.empty()) throw Error(ErrorKind::data, problems.front().where, problems.front().message);
  return quote;
}

}  // namespace cpcost
