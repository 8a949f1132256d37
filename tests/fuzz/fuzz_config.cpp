// libFuzzer: any bytes as a configuration file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/query_input.hpp"
#include "data/load_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cpcost::Problems problems;
  const cpcost::Config config =
      cpcost::read_config({"config.toml", std::string(reinterpret_cast<const char*>(data), size)}, problems);
  // Whatever a config file sets, each value is one its option accepts.
  for (const auto& setting : config.settings) {
    const cpcost::OptionSpec& option = cpcost::spec_of(setting.id);
    if (option.config_key.empty()) __builtin_trap();
    if (!cpcost::check_value(option, setting.value, cpcost::Values::one).empty()) __builtin_trap();
  }
  if (const auto* companions = config.find(cpcost::OptionId::companions)) {
    const auto value = cpcost::parse_whole_number(companions->value, 0, 10);
    if (!value) __builtin_trap();
  }
  return 0;
}
