using System.Text;

namespace Weijian.Platform.Spreadsheets;

/// <summary>
/// CSV as Chinese offices produce it: UTF-8 (with or without BOM) or GB18030 (Excel's "CSV" on a Chinese Windows).
/// The encoding is detected from the bytes: a BOM decides; otherwise a file that is valid UTF-8 is UTF-8, else GB18030.
/// Records follow RFC 4180 (comma, double quotes, <c>""</c> escapes, line breaks inside quotes).
/// </summary>
public static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>What one pass over the bytes tells: the encoding and the number of records (approximate: blank lines count).</summary>
    public sealed record Scan(Encoding Encoding, int Records);

    /// <summary>Reads <paramref name="stream"/> once from its start (it must be seekable) and rewinds it.</summary>
    public static Scan Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Position = 0;
        var buffer = new byte[81920];
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var chars = new char[buffer.Length + 4];
        var validUtf8 = true;
        var first = true;
        Encoding? bom = null;
        var inQuotes = false;
        var records = 0;
        byte last = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (first)
            {
                first = false;
                bom = BomEncoding(buffer.AsSpan(0, read), out start);
            }

            if (validUtf8 && bom is null)
            {
                try
                {
                    decoder.GetChars(buffer, start, read - start, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    validUtf8 = false;
                }
            }

            // '"' (0x22) and '\n' (0x0A) never occur inside a multi-byte UTF-8 or GB18030 character.
            for (var i = start; i < read; i++)
            {
                var b = buffer[i];
                if (b == (byte)'"')
                {
                    inQuotes = !inQuotes;
                }
                else if (b == (byte)'\n' && !inQuotes)
                {
                    records++;
                }
            }

            last = buffer[read - 1];
        }

        if (validUtf8 && bom is null)
        {
            try
            {
                decoder.GetChars([], 0, 0, chars, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                validUtf8 = false;
            }
        }

        if (stream.Length > 0 && last != (byte)'\n')
        {
            records++;
        }

        stream.Position = 0;
        return new Scan(bom ?? (validUtf8 ? new UTF8Encoding(false) : Gb18030), records);
    }

    private static Encoding? BomEncoding(ReadOnlySpan<byte> head, out int length)
    {
        (Encoding? encoding, length) = head switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0x84, 0x31, 0x95, 0x33, ..] => (Gb18030, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>The records of <paramref name="reader"/>, one list of fields each; streaming.</summary>
    public static IEnumerable<IReadOnlyList<string>> Records(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (ch == '\uFEFF' && !any && fields.Count == 0 && field.Length == 0)
            {
                continue; // a BOM the decoder left in place
            }

            any = true;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    goto case '\n';
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    /// <summary>One CSV field, quoted when needed.</summary>
    public static string Quote(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
