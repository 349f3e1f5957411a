import TextSafety

/// Text made safe for the file it is exported to, the way `ReviewText.escape` makes it safe for
/// HTML: whatever a person typed is shown as the words they typed, and never becomes a formula,
/// a link, an image or markup in the program that opens the file.
public enum SafeExport {
    // MARK: CSV

    /// The characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as
    /// a formula or a command when they start it.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell for CSV (RFC 4180): one starting with `=` `+` `-` `@`, a tab or a carriage
    /// return gets a single quote in front (`'=1+1`), the usual neutralisation, so a spreadsheet
    /// shows it as text instead of running it; then the cell is quoted when it holds a comma, a
    /// quote or a line break, its quotes doubled.
    ///
    /// Only text cells are neutralised. The figures are formatted by Coach from numbers (see
    /// `csvNumber`), so a leading `-` there is a genuine negative number, and a spreadsheet
    /// should read it as one. Which cells are text is decided by the column, never guessed from
    /// the content: a building typed as `-1` is text and is shown as `'-1`.
    public static func csvText(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, formulaStarts.contains(first) { cell = "'" + cell }
        return csvQuoted(cell)
    }

    /// A number cell for CSV, formatted by Coach (`12`, `57.1`, `-3`): left as it is, so the
    /// spreadsheet reads a number.
    public static func csvNumber(_ formatted: String) -> String { csvQuoted(formatted) }

    /// RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in double quotes,
    /// and each double quote in it doubled.
    static func csvQuoted(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingScalar("\"", with: "\"\"") + "\""
    }

    // MARK: Markdown

    /// Text anyone typed, as inline Markdown (a table cell, a list item after its label) that a
    /// CommonMark renderer shows as exactly that text, on one line, with nothing in it that can
    /// become a link, an image, HTML or an autolink:
    ///
    /// - control characters and escape sequences go (SafeText), line breaks become spaces;
    /// - a `]` followed by `(`, `[` or `:`, or ending the text, is backslash-escaped: an inline
    ///   link or image (`[x](…)`, `![x](…)`) needs `](`, and a reference link (`[x]`, `[x][y]`)
    ///   a definition `[x]: …`, which then cannot be made either; so `[Y/n]` stays as typed,
    ///   and `!`, `[`, `(` and `)` need nothing;
    /// - `<` becomes `&lt;`: raw HTML (`<img src=x>`) and autolinks (`<http://x>`) need a raw
    ///   `<`; a lone `>` then does nothing;
    /// - `\` is escaped, so typed text cannot escape what follows it, and `|`, so it cannot
    ///   split a table cell (GitHub-flavoured tables);
    /// - GitHub-flavoured Markdown also links bare addresses (`http://…`, `www.…`, `a@b.c`):
    ///   the `:` of `://`, the `.` after `www` and `@` are backslash-escaped, which CommonMark
    ///   shows as the plain character.
    ///
    /// Emphasis (`*`, `_`) and code spans (`` ` ``) are left to the reader's renderer: they
    /// change how words look, never where anything points.
    public static func markdown(_ text: String) -> String {
        let chars = Array(SafeText.line(text))
        var out = ""
        out.reserveCapacity(chars.count)
        for (i, c) in chars.enumerated() {
            switch c {
            case "\\", "|", "@":
                out += "\\" + String(c)
            case "]" where i + 1 == chars.count || "([:".contains(chars[i + 1]):
                out += "\\]"
            case "<":
                out += "&lt;"
            case ":" where i + 2 < chars.count && chars[i + 1] == "/" && chars[i + 2] == "/":
                out += "\\:"
            case "." where i >= 3 && String(chars[(i - 3)..<i]).lowercased() == "www":
                out += "\\."
            default:
                out.append(c)
            }
        }
        return out
    }
}
