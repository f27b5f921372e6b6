using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Weijian.Platform.Spreadsheets;

/// <summary>The cell styles of <see cref="XlsxStreamWriter"/>.</summary>
public enum XlsxStyle
{
    General = 0,
    Header = 1,
    RequiredHeader = 2,
    Text = 3,
    Date = 4,
    DateTime = 5,
    Wrap = 6,
}

/// <summary>
/// A forward-only .xlsx writer: rows go straight into the zip entry of the worksheet, so a million rows cost one row of
/// memory. (NPOI 2.4's streaming SXSSF cannot be used here: with the SharpZipLib our package mirror has, its Write fails
/// with a MissingMethodException and it cannot set date cells.) Strings are written inline, dates as Excel serial
/// numbers with a date format, so Excel sorts and filters them as dates.
/// </summary>
public sealed class XlsxStreamWriter : IDisposable
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly List<string> _sheets;
    private int _sheetIndex;
    private XmlWriter? _sheet;
    private int _row;

    /// <param name="output">Written forward only; left open.</param>
    /// <param name="sheetNames">Every sheet of the workbook, in order; fill them one after another with <see cref="BeginSheet"/>.</param>
    public XlsxStreamWriter(Stream output, IReadOnlyList<string> sheetNames)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheetNames);
        _sheets = sheetNames.Select(Workbooks.SheetName).ToList();
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteStaticParts();
    }

    /// <summary>Rows written to the current sheet.</summary>
    public int RowCount => _row;

    /// <summary>Starts the next sheet with column widths (in characters) and, optionally, the first row frozen.</summary>
    public void BeginSheet(IReadOnlyList<double> widths, bool freezeFirstRow = true)
    {
        ArgumentNullException.ThrowIfNull(widths);
        EndSheet();
        if (_sheetIndex >= _sheets.Count)
        {
            throw new InvalidOperationException("All sheets are written.");
        }

        var entry = _zip.CreateEntry($"xl/worksheets/sheet{++_sheetIndex}.xml", CompressionLevel.Fastest);
        _sheet = XmlWriter.Create(entry.Open(), XmlSettings);
        _row = 0;
        _sheet.WriteStartDocument(true);
        _sheet.WriteStartElement("worksheet", Main);
        if (freezeFirstRow)
        {
            _sheet.WriteStartElement("sheetViews", Main);
            _sheet.WriteStartElement("sheetView", Main);
            _sheet.WriteAttributeString("workbookViewId", _sheetIndex == 1 ? "0" : "0");
            if (_sheetIndex == 1)
            {
                _sheet.WriteAttributeString("tabSelected", "1");
            }

            _sheet.WriteStartElement("pane", Main);
            _sheet.WriteAttributeString("ySplit", "1");
            _sheet.WriteAttributeString("topLeftCell", "A2");
            _sheet.WriteAttributeString("activePane", "bottomLeft");
            _sheet.WriteAttributeString("state", "frozen");
            _sheet.WriteEndElement();
            _sheet.WriteEndElement();
            _sheet.WriteEndElement();
        }

        if (widths.Count > 0)
        {
            _sheet.WriteStartElement("cols", Main);
            for (var i = 0; i < widths.Count; i++)
            {
                _sheet.WriteStartElement("col", Main);
                var n = (i + 1).ToString(CultureInfo.InvariantCulture);
                _sheet.WriteAttributeString("min", n);
                _sheet.WriteAttributeString("max", n);
                _sheet.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
                _sheet.WriteAttributeString("customWidth", "1");
                _sheet.WriteEndElement();
            }

            _sheet.WriteEndElement();
        }

        _sheet.WriteStartElement("sheetData", Main);
    }

    /// <summary>Appends a row; a null value leaves its cell empty.</summary>
    public void Row(IReadOnlyList<(object? Value, XlsxStyle Style)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var w = _sheet ?? throw new InvalidOperationException("BeginSheet first.");
        _row++;
        var r = _row.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row", Main);
        w.WriteAttributeString("r", r);
        for (var i = 0; i < cells.Count; i++)
        {
            var (value, style) = cells[i];
            if (value is null)
            {
                continue;
            }

            w.WriteStartElement("c", Main);
            w.WriteAttributeString("r", ColumnName(i) + r);
            switch (value)
            {
                case DateOnly d:
                    Number(w, d.ToDateTime(TimeOnly.MinValue).ToOADate(), style == XlsxStyle.General ? XlsxStyle.Date : style);
                    break;
                case DateTime t:
                    Number(w, t.ToOADate(), style == XlsxStyle.General ? (t.TimeOfDay == TimeSpan.Zero ? XlsxStyle.Date : XlsxStyle.DateTime) : style);
                    break;
                case bool b:
                    InlineString(w, b ? "是" : "否", style);
                    break;
                case int or long or short or decimal or double or float:
                    Number(w, Convert.ToDouble(value, CultureInfo.InvariantCulture), style);
                    break;
                default:
                    InlineString(w, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", style);
                    break;
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Number(XmlWriter w, double value, XlsxStyle style)
    {
        if (style != XlsxStyle.General)
        {
            w.WriteAttributeString("s", ((int)style).ToString(CultureInfo.InvariantCulture));
        }

        w.WriteElementString("v", Main, value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void InlineString(XmlWriter w, string value, XlsxStyle style)
    {
        if (style != XlsxStyle.General)
        {
            w.WriteAttributeString("s", ((int)style).ToString(CultureInfo.InvariantCulture));
        }

        w.WriteAttributeString("t", "inlineStr");
        w.WriteStartElement("is", Main);
        w.WriteStartElement("t", Main);
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            w.WriteAttributeString("xml", "space", null, "preserve");
        }

        w.WriteString(XmlSafe(value));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters pasted from other systems).</summary>
    private static string XmlSafe(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 && c is not '\t' and not '\n' and not '\r')
            {
                return new string(value.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray());
            }
        }

        return value;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - m - 1) / 26;
        }

        return name;
    }

    private void EndSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        _sheet.WriteEndElement(); // sheetData
        _sheet.WriteEndElement(); // worksheet
        _sheet.WriteEndDocument();
        _sheet.Dispose();
        _sheet = null;
    }

    /// <summary>Finishes the workbook (sheets not begun are written empty).</summary>
    public void Dispose()
    {
        EndSheet();
        while (_sheetIndex < _sheets.Count)
        {
            BeginSheet([], freezeFirstRow: false);
            EndSheet();
        }

        _zip.Dispose();
    }

    private void WriteStaticParts()
    {
        Part("[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(w, "xml", "application/xml");
            Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            w.WriteEndElement();

            static void Default(XmlWriter w, string ext, string type)
            {
                w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
                w.WriteAttributeString("Extension", ext);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }

            static void Override(XmlWriter w, string part, string type)
            {
                w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
                w.WriteAttributeString("PartName", part);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }
        });
        Part("_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
            Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            w.WriteEndElement();
        });
        Part("xl/workbook.xml", w =>
        {
            w.WriteStartElement("workbook", Main);
            w.WriteAttributeString("xmlns", "r", null, RelNs);
            w.WriteStartElement("workbookPr", Main);
            w.WriteAttributeString("date1904", "0");
            w.WriteEndElement();
            w.WriteStartElement("sheets", Main);
            for (var i = 0; i < _sheets.Count; i++)
            {
                w.WriteStartElement("sheet", Main);
                w.WriteAttributeString("name", _sheets[i]);
                w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
        Part("xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
            for (var i = 0; i < _sheets.Count; i++)
            {
                Relationship(w, $"rId{i + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i + 1}.xml");
            }

            Relationship(w, $"rId{_sheets.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
            w.WriteEndElement();
        });
        var styles = _zip.CreateEntry("xl/styles.xml", CompressionLevel.Fastest);
        using (var text = new StreamWriter(styles.Open(), new UTF8Encoding(false)))
        {
            text.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            text.Write(Styles);
        }
    }

    private void Part(string name, Action<XmlWriter> write)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = XmlWriter.Create(entry.Open(), XmlSettings);
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships");
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    // cellXfs in the order of XlsxStyle: general, header (bold, grey), required header (bold red, grey), text (@), date, date-time, wrap.
    private const string Styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
        <fonts count="3"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><color rgb="FFC00000"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="7">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>
        <xf numFmtId="49" fontId="2" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
        </cellXfs>
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """;
}
