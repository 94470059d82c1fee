#include "render/text_writer.hpp"

#include <algorithm>

namespace lct::render::detail {
namespace {

constexpr std::size_t kWidth = 80;
constexpr std::string_view kMarkdownSpecial = "\\`*_[]<>#|";

// Display width of UTF-8 text: one column per character (the guide uses no wide characters).
std::size_t Columns(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

}  // namespace

std::string TextWriter::Escape(std::string_view text) const {
  if (!markdown()) return std::string(text);
  std::string out;
  for (const char c : text) {
    if (kMarkdownSpecial.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string TextWriter::Strong(std::string_view text) const {
  return markdown() ? "**" + std::string(text) + "**" : std::string(text);
}

void TextWriter::Wrapped(std::string_view first, std::string_view indent, std::string_view text) {
  if (markdown()) {
    out_ += std::string(first) + std::string(text) + "\n";
    return;
  }
  std::string line(first);
  std::size_t width = Columns(line);
  bool line_has_word = false;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t begin = text.find_first_not_of(" \n\t", at);
    if (begin == std::string_view::npos) break;
    const std::size_t end = std::min(text.find_first_of(" \n\t", begin), text.size());
    const std::string_view word = text.substr(begin, end - begin);
    if (line_has_word && width + 1 + Columns(word) > kWidth) {
      out_ += line + "\n";
      line = std::string(indent);
      width = Columns(line);
      line_has_word = false;
    }
    if (line_has_word) {
      line += ' ';
      ++width;
    }
    line += word;
    width += Columns(word);
    line_has_word = true;
    at = end;
  }
  out_ += line + "\n";
}

void TextWriter::Heading(int depth, std::string_view text) {
  if (!out_.empty() && !out_.ends_with("\n\n")) out_ += "\n";
  if (markdown()) {
    out_ += std::string(static_cast<std::size_t>(std::clamp(depth, 1, 6)), '#') + " " +
            Escape(text) + "\n\n";
    return;
  }
  if (depth <= 2) {
    out_ += std::string(text) + "\n" + std::string(Columns(text), depth == 1 ? '=' : '-') + "\n\n";
  } else {
    out_ += std::string(text) + ":\n\n";
  }
}

void TextWriter::Paragraph(std::string_view text) {
  Wrapped("", "", Escape(text));
  out_ += "\n";
}

void TextWriter::Labelled(std::string_view label, std::string_view text) {
  Wrapped(Strong(std::string(label) + ":") + " ", "", Escape(text));
  out_ += "\n";
}

void TextWriter::Item(std::string_view marker, std::string_view text,
                      const std::vector<std::string>& details) {
  const std::string pad(Columns(marker) + 1, ' ');
  Wrapped(std::string(marker) + " ", pad, text);
  for (const std::string& detail : details) Wrapped(pad + "- ", pad + "  ", detail);
}

void TextWriter::EndList() { out_ += "\n"; }

}  // namespace lct::render::detail
