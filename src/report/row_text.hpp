#pragma once
// A row's text, written through a pointer into room made in the output string.
// Batch rows are millions of short pieces: appended to a std::string one by
// one (an out-of-line call and a capacity check each), numbers a character at a
// time, they were a third of a CSV batch's time. Here each piece checks its room
// inline, numbers are written straight into it, and the string is cut to what
// was written when the row is done.

#include <algorithm>
#include <bit>
#include <concepts>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/money.hpp"

namespace cpcost {

// Pieces written through a plain pointer into room already made; each returns
// the end of what it wrote. RowText writes with them, checking its room; a
// writer that knows a stretch's length beforehand writes a whole stretch with
// them after one check (RowText::bounded).
namespace row_chars {

// The longest number each writes: "-9223372036854775808", "-92233720368547758.08".
inline constexpr std::size_t kIntegerChars = 21;
inline constexpr std::size_t kDecimalChars = 22;

inline constexpr char kPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
inline constexpr std::uint64_t kPowersOfTen[] = {1ULL,
                                                 10ULL,
                                                 100ULL,
                                                 1000ULL,
                                                 10000ULL,
                                                 100000ULL,
                                                 1000000ULL,
                                                 10000000ULL,
                                                 100000000ULL,
                                                 1000000000ULL,
                                                 10000000000ULL,
                                                 100000000000ULL,
                                                 1000000000000ULL,
                                                 10000000000000ULL,
                                                 100000000000000ULL,
                                                 1000000000000000ULL,
                                                 10000000000000000ULL,
                                                 100000000000000000ULL,
                                                 1000000000000000000ULL,
                                                 10000000000000000000ULL};

// From the number's bit length (log10(2) is about 1233/4096), then one compare:
// a loop dividing by ten was a third of a CSV row's numbers.
constexpr int digit_count(std::uint64_t value) {
  const int bits = 64 - std::countl_zero(value | 1);
  const int guess = (bits * 1233) >> 12;  // floor(log10(2^bits)): the count, or one less
  return guess + ((value | 1) >= kPowersOfTen[guess] ? 1 : 0);  // 0 has one digit, as 1 has
}

[[gnu::always_inline]] inline char* text(char* at, std::string_view piece) {
  return std::copy(piece.begin(), piece.end(), at);  // not memcpy: an empty view's data may be null
}

// The decimal digits of value at at; returns their end. Two at a time from a
// table, into a length known first: what std::to_chars does, without its
// checks of the room left (made before) and as an inline function.
[[gnu::hot]] inline char* digits(char* at, std::uint64_t value) {
  const int count = digit_count(value);
  char* out = at + count;
  while (value > UINT32_MAX) {
    out -= 2;
    std::memcpy(out, kPairs + 2 * (value % 100), 2);
    value /= 100;
  }
  // The rest in 32 bits, where dividing by 100 is a multiply and a shift:
  // every amount under 42 million in cents comes here at once.
  auto rest = static_cast<std::uint32_t>(value);
  while (rest >= 100) {
    out -= 2;
    std::memcpy(out, kPairs + 2 * (rest % 100), 2);
    rest /= 100;
  }
  if (rest >= 10) {
    std::memcpy(out - 2, kPairs + 2 * rest, 2);
  } else {
    out[-1] = static_cast<char>('0' + rest);
  }
  return at + count;
}

template <std::integral Integer>
char* integer(char* at, Integer value) {
  if constexpr (std::is_signed_v<Integer>) {
    if (value < 0) {
      *at++ = '-';
      return digits(at, 0 - static_cast<std::uint64_t>(value));
    }
  }
  return digits(at, static_cast<std::uint64_t>(value));
}

// "12400.00", "-0.50": the machine form of an amount.
inline char* decimal(char* at, Money amount) {
  const std::int64_t cents = amount.cents();
  const std::uint64_t magnitude = cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  if (magnitude == 0) {  // nothing to adjust, as in most rows' adjustments
    std::memcpy(at, "0.00", 4);
    return at + 4;
  }
  if (cents < 0) *at++ = '-';
  at = digits(at, magnitude / 100);
  *at++ = '.';
  std::memcpy(at, kPairs + 2 * static_cast<std::uint32_t>(magnitude % 100), 2);
  return at + 2;
}

}  // namespace row_chars

class RowText {
 public:
  static constexpr std::size_t kIntegerChars = row_chars::kIntegerChars;
  static constexpr std::size_t kDecimalChars = row_chars::kDecimalChars;
  // The room made at first, and again when a row outgrows it: one resize of the
  // string for most rows (a JSON row is about 1,100 bytes, a CSV summary row
  // about 300), and not much more, since the string zero-fills what it adds.
  static constexpr std::size_t kDefaultRoom = 2048;
  static constexpr std::size_t kCsvRoom = 512;

  explicit RowText(std::string& out, std::size_t room = kDefaultRoom) : out_(out), used_(out.size()) { make_room(room); }
  ~RowText() { out_.resize(used()); }
  RowText(const RowText&) = delete;
  RowText& operator=(const RowText&) = delete;

  [[gnu::always_inline]] RowText& operator<<(std::string_view text) {
    room_for(text.size());
    at_ = row_chars::text(at_, text);
    return *this;
  }
  // A bool would print as a character: true and false are words, boolean()'s.
  template <class T>
    requires std::same_as<T, bool>
  RowText& operator<<(T) = delete;
  RowText& operator<<(char c) {
    room_for(1);
    *at_++ = c;
    return *this;
  }
  template <std::integral Integer>
  RowText& integer(Integer value) {
    room_for(kIntegerChars);
    at_ = row_chars::integer(at_, value);
    return *this;
  }
  RowText& boolean(bool value) { return *this << (value ? std::string_view("true") : std::string_view("false")); }
  // "12400.00", "-0.50": the machine form of an amount.
  RowText& decimal(Money amount) {
    room_for(kDecimalChars);
    at_ = row_chars::decimal(at_, amount);
    return *this;
  }

  // A stretch of at most most characters, written by write(char* at) -> its
  // end with row_chars' pieces: room made once, no check per piece, and the
  // pointer a local the compiler keeps in a register (written through here,
  // a char* may alias at_ and end_, reloaded after every character).
  template <class Write>
  RowText& bounded(std::size_t most, Write write) {
    room_for(most);
    char* const end = write(at_);
    if (static_cast<std::size_t>(end - at_) > most) overrun();  // a bound computed wrong: stop, not go on past it
    at_ = end;
    return *this;
  }

 private:

  // Past the room made: memory after it is already written over, so nothing can go on.
  [[noreturn, gnu::cold]] static void overrun() { std::abort(); }
  std::size_t used() const { return static_cast<std::size_t>(at_ - out_.data()); }
  void room_for(std::size_t size) {
    if (static_cast<std::size_t>(end_ - at_) < size) make_room(size + kDefaultRoom);
  }
  // The string grown by at least size past what is written (resize keeps its
  // capacity: after the first rows this allocates nothing).
  [[gnu::hot]] void make_room(std::size_t size) {
    const std::size_t written = at_ ? used() : used_;
    out_.resize(written + size);
    at_ = out_.data() + written;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  std::size_t used_;  // the string's size when the row began
  char* at_ = nullptr;
  char* end_ = nullptr;
};

}  // namespace cpcost
