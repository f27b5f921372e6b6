using NPOI.SS.UserModel;

namespace Weijian.Platform.Spreadsheets;

/// <summary>NPOI details shared by the writers: cell styles, widths (no AutoSizeColumn: it needs GDI+), safe sheet names.</summary>
internal static class Workbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record Styles(ICellStyle Header, ICellStyle RequiredHeader, ICellStyle Text, ICellStyle Date, ICellStyle DateTime, ICellStyle Number, ICellStyle Wrap);

    public static Styles CreateStyles(IWorkbook workbook)
    {
        var format = workbook.CreateDataFormat();
        var bold = workbook.CreateFont();
        bold.IsBold = true;
        var red = workbook.CreateFont();
        red.IsBold = true;
        red.Color = IndexedColors.Red.Index;

        ICellStyle Make(Action<ICellStyle> configure)
        {
            var style = workbook.CreateCellStyle();
            configure(style);
            return style;
        }

        return new Styles(
            Make(s =>
            {
                s.SetFont(bold);
                s.FillForegroundColor = IndexedColors.Grey25Percent.Index;
                s.FillPattern = FillPattern.SolidForeground;
                s.DataFormat = format.GetFormat("@");
            }),
            Make(s =>
            {
                s.SetFont(red);
                s.FillForegroundColor = IndexedColors.Grey25Percent.Index;
                s.FillPattern = FillPattern.SolidForeground;
                s.DataFormat = format.GetFormat("@");
            }),
            Make(s => s.DataFormat = format.GetFormat("@")),
            Make(s => s.DataFormat = format.GetFormat("yyyy-mm-dd")),
            Make(s => s.DataFormat = format.GetFormat("yyyy-mm-dd hh:mm")),
            Make(s => s.DataFormat = format.GetFormat("General")),
            Make(s =>
            {
                s.WrapText = true;
                s.VerticalAlignment = VerticalAlignment.Top;
            }));
    }

    /// <summary>Display width of a text in characters; a CJK character counts as two.</summary>
    public static int Width(string sample) => sample.Sum(c => c > 0x2E80 ? 2 : 1);

    /// <summary>Column width from a sample text (no AutoSizeColumn: it needs GDI+).</summary>
    public static void SetWidth(ISheet sheet, int column, string sample, int min = 8, int max = 60) =>
        sheet.SetColumnWidth(column, Math.Clamp(Width(sample) + 2, min, max) * 256);

    public static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }

    /// <summary>NPOI closes the stream it writes to; callers keep theirs open.</summary>
    public static void Write(IWorkbook workbook, Stream output)
    {
        using var keepOpen = new KeepOpenStream(output);
        workbook.Write(keepOpen);
    }

    private sealed class KeepOpenStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            inner.Flush();
            base.Dispose(disposing);
        }
    }
}
