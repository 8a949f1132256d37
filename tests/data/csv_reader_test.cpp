#include "data/csv_reader.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <string>
#include <random>
#include <thread>
#include <vector>

#include "core/error.hpp"

using namespace cpcost;

namespace {

struct Read {
  std::vector<std::vector<std::string>> fields;
  std::vector<std::uint64_t> lines;
  std::vector<bool> trimmed;  // each record's CsvRecord::trimmed
};

// Everything a reader gives for text written into a pipe.
Read read_all(const std::string& text) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::thread writer([&] {
    std::size_t done = 0;
    while (done < text.size()) done += static_cast<std::size_t>(::write(fds[1], text.data() + done, text.size() - done));
    close(fds[1]);
  });
  Read read;
  try {
    CsvReader reader(fds[0], "test.csv");
    CsvRecord record;
    while (reader.next(record)) {
      read.fields.emplace_back(record.fields.begin(), record.fields.end());
      read.lines.push_back(record.line);
      read.trimmed.push_back(record.trimmed);
    }
  } catch (...) {
    writer.join();
    close(fds[0]);
    throw;
  }
  writer.join();
  close(fds[0]);
  return read;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv reader: plain records, numbered, with the line each starts on") {
  const Read read = read_all("a,b\n1,2\n3,4\n");
  CHECK(read.fields == Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}});
  CHECK(read.lines == std::vector<std::uint64_t>{1, 2, 3});
}

TEST_CASE("csv reader: what spreadsheets save") {
  // A byte-order mark, CRLF, a quoted comma, a doubled quote, a line break in a cell,
  // empty fields, UTF-8, a last line without its break, and empty lines at the end.
  const Read read = read_all("\xEF\xBB\xBFid,note\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n4,\r\n"
                             "5,Łódź\r\n\r\n\r\n6,end");
  CHECK(read.fields == Rows{{"id", "note"}, {"1", "a, b"}, {"2", "say \"hi\""}, {"3", "two\r\nlines"}, {"4", ""},
                            {"5", "Łódź"}, {"6", "end"}});
  CHECK(read.lines == std::vector<std::uint64_t>{1, 2, 3, 4, 6, 7, 10});
}

TEST_CASE("csv reader: records across chunk boundaries, and one line longer than a chunk") {
  std::string text = "n,text\n";
  for (int i = 0; i < 20000; ++i) text += std::to_string(i) + ",row\n";
  const std::string long_cell(kMaxCsvField, 'x');  // the longest a field may be, and longer than a chunk
  text += "long," + long_cell + "\n";
  const Read read = read_all(text);
  REQUIRE(read.fields.size() == 20002);
  CHECK(read.fields[12345] == std::vector<std::string>{"12344", "row"});
  CHECK(read.fields.back()[1] == long_cell);
  CHECK(read.lines.back() == 20002);
}

TEST_CASE("csv reader: malformed CSV names the row and line") {
  CHECK_THROWS_WITH_AS(read_all("a,b\n1,2\n3,x\"y\n"), "test.csv:2: malformed CSV: error parsing data while strict checking enabled (line 3)", Error);
  CHECK_THROWS_WITH_AS(read_all("a,b\n1,\"open\n"), "test.csv:1: a quoted field is never closed (line 2)", Error);
}

TEST_CASE("csv reader: an empty input has no records") { CHECK(read_all("").fields.empty()); }

TEST_CASE("csv reader: before_read runs before each read") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const std::string text = "a\n1\n";
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fds[1]);
  int reads = 0;
  CsvReader reader(fds[0], "p", [&] { ++reads; });
  CsvRecord record;
  while (reader.next(record)) {
  }
  close(fds[0]);
  CHECK(reads == 2);  // the data, then the end
}

namespace {

// A temporary file holding text, read from its start (removed when closed).
FILE* file_holding(const std::string& text) {
  FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  const int fd = fileno(file);
  REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  REQUIRE(::lseek(fd, 0, SEEK_SET) == 0);
  return file;
}

// Every record of text, read from a file: a reader that stops early leaves no writer waiting.
Rows read_file(const std::string& text) {
  FILE* file = file_holding(text);
  const int fd = fileno(file);
  Rows rows;
  try {
    CsvReader reader(fd, "test.csv");
    CsvRecord record;
    while (reader.next(record)) rows.emplace_back(record.fields.begin(), record.fields.end());
  } catch (...) {
    std::fclose(file);
    throw;
  }
  std::fclose(file);
  return rows;
}

}  // namespace

TEST_CASE("csv reader: a field longer than its limit names the row and the field") {
  const std::string longest(kMaxCsvField, 'x');
  CHECK(read_file("a,b\n1," + longest + "\n").back()[1] == longest);
  CHECK_THROWS_WITH_AS(read_file("a,b\n1,2\n3," + longest + "x\n"),
                       "test.csv:2: field 2 is longer than 64 KiB, the limit (line 3)", Error);
  // Quoted, over several lines.
  std::string lines;
  for (int i = 0; i < 700; ++i) lines += std::string(100, 'y') + "\n";
  CHECK_THROWS_WITH_AS(read_file("a,b\n1,\"" + lines + "\"\n"), "test.csv:1: field 2 is longer than 64 KiB, the limit (line 2)",
                       Error);
  CHECK_THROWS_WITH_AS(read_file(longest + "x,b\n"), "test.csv:header: field 1 is longer than 64 KiB, the limit (line 1)",
                       Error);
}

TEST_CASE("csv reader: a field or record longer than its limit, with no end in sight, is refused without reading on") {
  // A file of 16 MiB without a line break: the reader stops after about 64 KiB of it.
  FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  const int fd = fileno(file);
  REQUIRE(::ftruncate(fd, 16 << 20) == 0);  // zero bytes, as `truncate -s` makes
  REQUIRE(::write(fd, "a,b\n1,", 6) == 6);
  REQUIRE(::lseek(fd, 0, SEEK_SET) == 0);
  {
    CsvReader reader(fd, "z.csv");
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK_THROWS_WITH_AS(reader.next(record), "z.csv:1: field 2 is longer than 64 KiB, the limit (line 2)", Error);
  }
  CHECK(::lseek(fd, 0, SEEK_CUR) <= (256 << 10));
  std::fclose(file);

  // Fields within their limit, over many lines inside quotes, add up to a record over its limit.
  std::string field = "\"";
  for (int i = 0; i < 600; ++i) field += std::string(99, 'y') + "\n";
  field += "\"";
  std::string record = field;
  for (int i = 1; i < 20; ++i) record += "," + field;
  CHECK(read_file("a\n" + field + "," + field + "\n").back().size() == 2);
  CHECK_THROWS_WITH_AS(read_file("a\n" + record + "\n"), "test.csv:1: the row is longer than 1 MiB, the limit (line 2)",
                       Error);
  // The header too; and a line of short fields only.
  CHECK_THROWS_WITH_AS(read_file(std::string(kMaxCsvField + 1, 'h') + "\n"),
                       "test.csv:header: field 1 is longer than 64 KiB, the limit (line 1)", Error);
  CHECK_THROWS_WITH_AS(read_file("a\n" + std::string(kMaxCsvRecord + 1, ',')),
                       "test.csv:1: the row is longer than 1 MiB, the limit (line 2)", Error);
}

namespace {

// What a reader makes of text, read from a file: its records and their lines, or its error.
struct Outcome {
  Rows rows;
  std::vector<std::uint64_t> lines;
  std::string error;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

Outcome outcome_of(const std::string& text, CsvReader::Lines lines) {
  FILE* file = file_holding(text);
  const int fd = fileno(file);
  Outcome outcome;
  try {
    CsvReader reader(fd, "t.csv", {}, lines);
    CsvRecord record;
    while (reader.next(record)) {
      outcome.rows.emplace_back(record.fields.begin(), record.fields.end());
      outcome.lines.push_back(record.line);
    }
  } catch (const Error& error) {
    outcome.error = error.what();
  }
  std::fclose(file);
  return outcome;
}

}  // namespace

TEST_CASE("csv reader: plain lines split in place give what libcsv gives") {
  // Fields trimmed of spaces and tabs as libcsv trims unquoted ones; lines of
  // blanks make no record, and the records after them keep their line numbers.
  const std::string text = "a , b,\tc\t\n 1,2 2 ,3\r\n   \n\t\r\n,,\n x,\"q, r\" , z\n4,5,6";
  const Outcome plain = outcome_of(text, CsvReader::Lines::plain_in_place);
  CHECK(plain.rows == Rows{{"a", "b", "c"}, {"1", "2 2", "3"}, {"", "", ""}, {"x", "q, r", "z"}, {"4", "5", "6"}});
  CHECK(plain.lines == std::vector<std::uint64_t>{1, 2, 5, 6, 7});
  CHECK(plain == outcome_of(text, CsvReader::Lines::all_through_libcsv));

  // Random texts of the characters that matter, both ways: the same records,
  // lines and errors (a quote in an unquoted field, a quote never closed).
  std::mt19937 random(20261129);
  const std::string alphabet = "ab ,,,\t\"\r\n\n\n";
  for (int i = 0; i < 3000; ++i) {
    std::string random_text(std::uniform_int_distribution<std::size_t>(0, 60)(random), ' ');
    for (char& c : random_text) c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
    CAPTURE(random_text);
    CHECK(outcome_of(random_text, CsvReader::Lines::plain_in_place) ==
          outcome_of(random_text, CsvReader::Lines::all_through_libcsv));
  }
}

TEST_CASE("csv reader: long lines, read 16 bytes at a time, give what libcsv gives at every block boundary") {
  // A carriage return right before the line feed, or anywhere else, at each
  // place across the first blocks: before, at and after each 16-byte boundary.
  for (std::size_t length = 0; length < 50; ++length) {
    for (const std::string& ending : {std::string("\n"), std::string("\r\n"), std::string("\r\r\n"), std::string("\r")}) {
      const std::string text = std::string(length, 'x') + "," + ending + "a,b\n";
      CAPTURE(text);
      CHECK(outcome_of(text, CsvReader::Lines::plain_in_place) ==
            outcome_of(text, CsvReader::Lines::all_through_libcsv));
    }
    for (std::size_t at = 0; at < length; ++at) {
      for (const char inside : {'\r', '"', ',', ' '}) {
        std::string line(length, 'y');
        line[at] = inside;
        const std::string text = line + "\r\nc,d\n";
        CAPTURE(text);
        CHECK(outcome_of(text, CsvReader::Lines::plain_in_place) ==
              outcome_of(text, CsvReader::Lines::all_through_libcsv));
      }
    }
  }
  // Random long lines: line feeds rare, so that most lines cross several blocks.
  std::mt19937 random(20261130);
  const std::string alphabet = "abcdefgh,,,  \t\t\r\"\n";
  for (int i = 0; i < 2000; ++i) {
    std::string random_text(std::uniform_int_distribution<std::size_t>(0, 300)(random), ' ');
    for (char& c : random_text) {
      c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
      if ((c == '"' || c == '\r') && std::uniform_int_distribution<int>(0, 9)(random) > 0) c = 'q';  // rarer still
    }
    CAPTURE(random_text);
    CHECK(outcome_of(random_text, CsvReader::Lines::plain_in_place) ==
          outcome_of(random_text, CsvReader::Lines::all_through_libcsv));
  }
}

TEST_CASE("csv reader: a record says whether its fields are trimmed already: a plain line's are, quoted ones may not be") {
  const Read read = read_all("a,b\n 1 ,\t2\n\" 3 \",4\n5,6\n");
  REQUIRE(read.fields.size() == 4);
  CHECK(read.fields[1] == std::vector<std::string>{"1", "2"});  // split and trimmed in place
  CHECK(read.trimmed[1]);
  CHECK(read.fields[2] == std::vector<std::string>{" 3 ", "4"});  // libcsv keeps what the quotes hold
  CHECK_FALSE(read.trimmed[2]);
  CHECK(read.trimmed[3]);
}
